import type { ComponentProps } from "react";
import ReactMarkdown, { type Components } from "react-markdown";

type HeadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/**
 * Minutes are written in Markdown and rendered with react-markdown: React elements only, raw
 * HTML skipped and unsafe link protocols removed, so nothing typed can run in the page.
 * Headings are shifted so that the minutes' highest heading (whether written "#" or "##") sits at
 * `headingLevel`, right below the page's own headings, and no level is skipped.
 */
export function Markdown({ text, headingLevel = 3 }: { text: string; headingLevel?: number }) {
  const top = Math.min(6, ...[...text.matchAll(/^ {0,3}(#{1,6})[ \t]/gm)].map((m) => m[1].length));
  const tag = (n: number) => `h${Math.min(6, Math.max(2, headingLevel + n - top))}` as HeadingTag;
  const heading = (n: number) => {
    const Tag = tag(n);
    return ({ children }: ComponentProps<"h1">) => <Tag>{children}</Tag>;
  };
  const components: Components = { h1: heading(1), h2: heading(2), h3: heading(3), h4: heading(4), h5: heading(5), h6: heading(6) };
  return (
    <div className="nw-markdown">
      <ReactMarkdown skipHtml components={components}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
