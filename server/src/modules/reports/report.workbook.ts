import { renderXlsx } from "../../shared/spreadsheet";
import type { CellFormat, ReportData } from "./report.model";
import { tablesOf } from "./report.model";

const FORMATS: Record<CellFormat, string | undefined> = { text: undefined, int: "# ##0", kr: '# ##0" kr"', percent: "0%" };

/** The report's tables as a workbook: one sheet per table, its header first, figures as numbers. */
export function renderReportXlsx(report: ReportData): Promise<Buffer> {
  return renderXlsx(
    tablesOf(report).map((table) => ({
      name: table.sheet,
      rows: [table.columns.map((c) => c.label), ...table.rows],
      formats: table.columns.map((c) => FORMATS[c.format]),
    })),
    { created: new Date(report.generatedAt) },
  );
}
