import { Fragment, type ReactNode } from "react";

/**
 * A small, safe Markdown reader for minutes: headings (#), bulleted (- or *) and numbered
 * lists, paragraphs, **bold**, *italic* and links to http(s) and mailto. Everything is
 * rendered as React elements (never as HTML), so nothing typed can run in the page.
 */
export function Markdown({ text, headingLevel = 3 }: { text: string; headingLevel?: number }) {
  return <div className="nw-markdown">{blocks(text, headingLevel)}</div>;
}

type Block = { kind: "heading"; level: number; text: string } | { kind: "ul" | "ol"; items: string[] } | { kind: "p"; lines: string[] };

function parse(text: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let list: { kind: "ul" | "ol"; items: string[] } | null = null;
  const flush = () => {
    if (para.length) out.push({ kind: "p", lines: para });
    para = [];
    if (list) out.push(list);
    list = null;
  };
  for (const raw of text.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trimEnd();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*•]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (!line.trim()) {
      flush();
    } else if (heading) {
      flush();
      out.push({ kind: "heading", level: heading[1].length, text: heading[2] });
    } else if (bullet || numbered) {
      const kind = bullet ? "ul" : "ol";
      if (para.length) {
        out.push({ kind: "p", lines: para });
        para = [];
      }
      if (list && list.kind !== kind) {
        out.push(list);
        list = null;
      }
      list ??= { kind, items: [] };
      list.items.push((bullet ?? numbered)![1]);
    } else if (list && /^\s{2,}/.test(raw)) {
      // An indented line continues the list item above.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
    } else {
      if (list) {
        out.push(list);
        list = null;
      }
      para.push(line);
    }
  }
  flush();
  return out;
}

function blocks(text: string, base: number): ReactNode[] {
  return parse(text).map((b, i) => {
    if (b.kind === "heading") {
      const level = Math.min(6, base + b.level - 1);
      const H = `h${level}` as "h3";
      return <H key={i}>{inline(b.text)}</H>;
    }
    if (b.kind === "p") {
      return (
        <p key={i}>
          {b.lines.map((l, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {inline(l)}
            </Fragment>
          ))}
        </p>
      );
    }
    const L = b.kind;
    return (
      <L key={i}>
        {b.items.map((item, j) => (
          <li key={j}>{inline(item)}</li>
        ))}
      </L>
    );
  });
}

const INLINE = /(\*\*[^*]+\*\*|__[^_]+__|\*[^*\s][^*]*\*|_[^_\s][^_]*_|\[[^\]]+\]\((?:https?:\/\/|mailto:)[^)\s]+\))/g;

function inline(text: string): ReactNode[] {
  const parts = text.split(INLINE);
  return parts.map((p, i) => {
    if (i % 2 === 0) return p;
    if (p.startsWith("**") || p.startsWith("__")) return <strong key={i}>{p.slice(2, -2)}</strong>;
    if (p.startsWith("[")) {
      const m = /^\[([^\]]+)\]\(([^)]+)\)$/.exec(p)!;
      return (
        <a key={i} href={m[2]} rel="noopener noreferrer">
          {m[1]}
        </a>
      );
    }
    return <em key={i}>{p.slice(1, -1)}</em>;
  });
}
