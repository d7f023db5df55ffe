import { useEffect, useRef } from "react";

interface Props {
  /** A Vega-Lite specification, as the server builds it (one specification for the web and a PDF). */
  spec: unknown;
}

/**
 * Draws a chart specification with vega-embed, loaded only when a chart is shown. Expressions are
 * run by vega-interpreter from their syntax tree, never compiled with `new Function`, so the
 * page's Content-Security-Policy (no unsafe-eval) holds. The chart is a picture of the table
 * beside it, which carries the same numbers for screen readers: it is hidden from them.
 */
export function VegaChart({ spec }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let cancelled = false;
    let finalize: (() => void) | undefined;
    void Promise.all([import("vega-embed"), import("vega-interpreter")]).then(async ([embed, interpreter]) => {
      if (cancelled || !ref.current) return;
      const result = await embed.default(ref.current, spec as Parameters<typeof embed.default>[1], {
        actions: false,
        renderer: "svg",
        ast: true,
        expr: interpreter.expressionInterpreter,
        defaultStyle: false,
      });
      if (cancelled) result.finalize();
      else finalize = () => result.finalize();
    });
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [spec]);
  return <div ref={ref} className="qn-chart" aria-hidden="true" data-testid="vega-chart" />;
}
