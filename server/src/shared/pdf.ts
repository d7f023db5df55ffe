import PDFDocument from "pdfkit";

/**
 * The one way to make a PDF: A4, our margins, the document built by `draw`, returned as bytes.
 * `bufferPages` keeps every page open until the end (a table of contents, page numbers); a fixed
 * `CreationDate` makes the same content give the same bytes.
 */
export function renderPdf(
  info: { Title: string; Author: string; CreationDate?: Date },
  draw: (doc: PDFKit.PDFDocument) => void | Promise<void>,
  options: { bufferPages?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 56, info, bufferPages: options.bufferPages ?? false });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return Promise.resolve(draw(doc)).then(() => {
    doc.end();
    return done;
  });
}
