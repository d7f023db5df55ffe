import ExcelJS from "exceljs";

/** A column's number format in Excel's notation, e.g. `# ##0" kr"` or `0%`. */
export type SheetFormats = (string | undefined)[];

/** One sheet per table; the first row of each is its header, set in bold and frozen. */
export async function renderXlsx(
  sheets: { name: string; rows: (string | number | null)[][]; formats?: SheetFormats }[],
  options: { created?: Date } = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Samverka";
  if (options.created) {
    book.created = options.created;
    book.modified = options.created;
  }
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31));
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? "" : v)));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    ws.columns.forEach((c, i) => {
      c.width = 18;
      const format = sheet.formats?.[i];
      if (format) for (let r = 2; r <= sheet.rows.length; r++) ws.getRow(r).getCell(i + 1).numFmt = format;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
