import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

interface Props {
  /** A Vega-Lite specification, as the server builds it (`shared/charts.ts`: one specification for the web and a PDF). */
  spec: unknown;
}

/**
 * Draws a chart specification with vega-embed, loaded only when a chart is shown. Expressions are
 * run by vega-interpreter from their syntax tree, never compiled with `new Function`, so the
 * page's Content-Security-Policy (no unsafe-eval) holds. The drawing is a picture of a table beside
 * it, which carries the same numbers for screen readers: it is hidden from them.
 */
export function VegaChart({ spec }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    let finalize: (() => void) | undefined;
    Promise.all([import("vega-embed"), import("vega-interpreter")])
      .then(async ([embed, interpreter]) => {
        if (!live || !ref.current) return;
        const result = await embed.default(ref.current, spec as Parameters<typeof embed.default>[1], {
          actions: false,
          renderer: "svg",
          ast: true,
          expr: interpreter.expressionInterpreter,
          defaultStyle: false,
        });
        if (live) finalize = () => result.finalize();
        else result.finalize();
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      finalize?.();
    };
  }, [spec]);
  return (
    <div className="chart__drawing" aria-hidden="true">
      {failed ? <p className="chart__failed">{t("chart.failed")}</p> : <div ref={ref} className="chart__vega" data-testid="vega-chart" />}
    </div>
  );
}
