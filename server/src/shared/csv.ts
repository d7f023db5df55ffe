import { stringify } from "csv-stringify/sync";

/** A cell of a CSV export: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet (Excel, LibreOffice, Google Sheets) read a text cell as a
 * formula, or that it strips before doing so: = + - @, tab and carriage return, and the
 * full-width forms of the first four, which some spreadsheet locales treat alike.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/**
 * One cell, safe to open in a spreadsheet. Text that would start a formula (a title such as
 * `=HYPERLINK(…)`, a reflected query parameter) gets a leading apostrophe, so it is shown as the
 * text it is. Numbers are the export's own values (amounts, counts), never text someone typed:
 * they stay numbers, negative ones too (`-500` is written as -500, not as text), so sums keep working.
 */
export function csvCell(value: CsvCell): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * A whole CSV export: rows of cells, an optional header, a byte-order mark so that Excel reads
 * UTF-8 (å, ä, ö). Every export goes through here, so that every text cell goes through `csvCell`.
 */
export function renderCsv(rows: CsvCell[][], options: { header?: string[] } = {}): string {
  const safe = rows.map((row) => row.map(csvCell));
  if (options.header) return stringify(safe, { header: true, columns: options.header.map((h) => String(csvCell(h))), bom: true });
  return stringify(safe, { bom: true });
}
