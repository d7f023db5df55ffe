import { LETTERHEAD, type Letterhead } from "../config/letterhead";
import { type Language, type MessageParams, renderPhrase } from "./messages";
import { renderPdf } from "./pdf";

const MARGIN = { top: 118, bottom: 96, left: 64, right: 64 };

/** What a letter's body is written with: headings, paragraphs and labelled lines, each from the phrase catalogue in the reader's language. */
export interface LetterWriter {
  readonly lang: Language;
  /** A phrase of the catalogue in the letter's language. */
  t(key: string, params?: MessageParams): string;
  heading(text: string): void;
  section(text: string): void;
  paragraph(text: string, opts?: { align?: "left" | "center" }): void;
  /** `Label: value` on one line. */
  field(label: string, value: string): void;
  space(lines?: number): void;
  /** Small grey text (a note at the end). */
  note(text: string, opts?: { align?: "left" | "center" }): void;
  readonly doc: PDFKit.PDFDocument;
}

export interface LetterSpec {
  lang: Language;
  /** The document's title in the PDF's properties. */
  title: string;
  /** The labelled references at the top right of the first page: date, diarienummer, certificate number. */
  references: { label: string; value: string }[];
  draw: (w: LetterWriter) => void;
  sender?: Letterhead;
}

/**
 * The one template of every official document (decision letters, requisition decisions,
 * certificates): the sender's letterhead with date and diarienummer on the first page, a short
 * header on the following ones, the postal details in the footer and "Sida 1 av 2" on every page.
 */
export function renderLetter(spec: LetterSpec): Promise<Buffer> {
  const sender = spec.sender ?? LETTERHEAD;
  const t = (key: string, params?: MessageParams) => renderPhrase(key, params, spec.lang);
  return renderPdf(
    { Title: spec.title, Author: sender.name },
    (doc) => {
      const w: LetterWriter = {
        lang: spec.lang,
        t,
        doc,
        heading: (text) => void doc.fillColor("#000").font("Helvetica-Bold").fontSize(17).text(text).font("Helvetica").moveDown(0.5),
        section: (text) => void doc.moveDown(0.6).fillColor("#000").font("Helvetica-Bold").fontSize(12.5).text(text).font("Helvetica").moveDown(0.2),
        paragraph: (text, opts) =>
          void doc
            .fillColor("#000")
            .fontSize(11)
            .text(text, { align: opts?.align ?? "left" }),
        field: (label, value) => void doc.fillColor("#000").fontSize(11).text(`${label}: ${value}`),
        space: (lines = 1) => void doc.moveDown(lines),
        note: (text, opts) =>
          void doc
            .fillColor("#444")
            .fontSize(9)
            .text(text, { align: opts?.align ?? "left" })
            .fillColor("#000"),
      };
      spec.draw(w);
    },
    {
      margins: MARGIN,
      eachPage: (doc, page, pages) => {
        const width = doc.page.width - MARGIN.left - MARGIN.right;
        const right = { width: width / 2, align: "right" as const };
        doc
          .fillColor("#000")
          .font("Helvetica-Bold")
          .fontSize(page === 1 ? 16 : 11)
          .text(sender.name.toUpperCase(), MARGIN.left, 48, { width: width / 2 });
        doc.font("Helvetica").fontSize(9).fillColor("#444");
        const top = 48;
        const lines = [
          t("letter.page", { page, pages }),
          ...(page === 1 ? spec.references.map((r) => `${r.label}: ${r.value}`) : spec.references.slice(-1).map((r) => `${r.label}: ${r.value}`)),
        ];
        lines.forEach((line, i) => doc.text(line, MARGIN.left + width / 2, top + i * 12, right));
        const y = doc.page.height - MARGIN.bottom + 24;
        doc
          .moveTo(MARGIN.left, y - 8)
          .lineTo(MARGIN.left + width, y - 8)
          .strokeColor("#999")
          .lineWidth(0.5)
          .stroke();
        const col = width / 3;
        const columns = [
          [t("letter.postalAddress"), sender.name, sender.postalAddress],
          [t("letter.visitingAddress"), sender.visitingAddress, `${t("letter.phone")} ${sender.phone}`],
          [t("letter.contact"), sender.email, sender.web],
        ];
        columns.forEach((c, i) =>
          c.forEach((line, j) =>
            doc
              .fontSize(8)
              .fillColor(j ? "#444" : "#000")
              .text(line, MARGIN.left + i * col, y + j * 10, { width: col, lineBreak: false }),
          ),
        );
        doc.fillColor("#000");
      },
    },
  );
}
