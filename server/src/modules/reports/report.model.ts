import type { VegaLiteSpec } from "../../shared/charts";
import type { Locale } from "../../shared/request-context";

/** How a cell is written: `1 250 000 kr`, `92 %` (a share 0–1), a whole number, or text as it is. */
export type CellFormat = "text" | "int" | "kr" | "percent";
export type Cell = string | number | null;

/** A numbered table of the report: one sheet of the workbook, one table of the PDF. */
export interface ReportTable {
  kind: "table";
  /** The sheet's name in the workbook (at most 31 characters, unique in the report). */
  sheet: string;
  title: string;
  columns: { label: string; format: CellFormat }[];
  rows: Cell[][];
  note?: string;
}

/** A chart: the same Vega-Lite specification the web draws (shared/charts.ts). */
export interface ReportChart {
  kind: "chart";
  spec: VegaLiteSpec;
}

/** The kommuner coloured by class, with its legend. */
export interface ReportMap {
  kind: "map";
  title: string;
  legend: { key: string; label: string; colour: string }[];
  /** Kommun code → legend key. */
  classes: Record<string, string>;
}

export interface ReportText {
  kind: "text";
  text: string;
  heading?: string;
}

export type ReportBlock = ReportTable | ReportChart | ReportMap | ReportText;

export interface ReportSectionData {
  key: string;
  title: string;
  blocks: ReportBlock[];
}

/**
 * The whole yearly report as data, in one language: what the PDF and the workbook are rendered
 * from, and what a submitted report keeps, so its copy is rendered the same later.
 */
export interface ReportData {
  year: number;
  locale: Locale;
  /** ISO instant the figures were read. */
  generatedAt: string;
  /** The platform holds demo data: the report says so on its cover and in the method notes. */
  demo: boolean;
  sections: ReportSectionData[];
}

/** The tables of the report in order (for the workbook and the table of contents). */
export function tablesOf(report: ReportData): ReportTable[] {
  return report.sections.flatMap((s) => s.blocks.filter((b): b is ReportTable => b.kind === "table"));
}
