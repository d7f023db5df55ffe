import ExcelJS from "exceljs";

/** One sheet per table; the first row of each is its header, set in bold and frozen. */
export async function renderXlsx(sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Samverka";
  for (const sheet of sheets) {
    const ws = book.addWorksheet(sheet.name.slice(0, 31));
    for (const row of sheet.rows) ws.addRow(row.map((v) => (v === null ? "" : v)));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    ws.columns.forEach((c) => (c.width = 18));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
