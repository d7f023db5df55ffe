import PDFDocument from "pdfkit";

export interface PdfLayout {
  /** Page margins in points; the default is 56 on every side. */
  margins?: { top: number; bottom: number; left: number; right: number };
  /** Drawn on every page once the whole document is laid out, with its number and the page count (headers, footers). */
  eachPage?: (doc: PDFKit.PDFDocument, page: number, pages: number) => void;
  /** Keeps every page open until the end (a table of contents that names pages); implied by `eachPage`. */
  bufferPages?: boolean;
}

/**
 * The one way to make a PDF: A4, our margins, the document built by `draw`, returned as bytes.
 * A fixed `CreationDate` makes the same content give the same bytes.
 */
export async function renderPdf(
  info: { Title: string; Author: string; CreationDate?: Date },
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
  layout: PdfLayout = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    info,
    bufferPages: !!layout.eachPage || !!layout.bufferPages,
    ...(layout.margins ? { margins: layout.margins } : { margin: 56 }),
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  await draw(doc);
  if (layout.eachPage) {
    const { start, count } = doc.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      doc.switchToPage(i);
      // Headers and footers sit in the margins: keep pdfkit from breaking to a new page there.
      const { top, bottom } = doc.page.margins;
      doc.page.margins.top = 0;
      doc.page.margins.bottom = 0;
      layout.eachPage(doc, i - start + 1, count);
      doc.page.margins.top = top;
      doc.page.margins.bottom = bottom;
    }
  }
  doc.end();
  return done;
}
