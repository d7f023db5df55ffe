import SVGtoPDF from "svg-to-pdfkit";
import type { VegaLiteSpec } from "../../shared/charts";
import { formatKronor, stockholmDate } from "../../shared/dates";
import { renderPhrase } from "../../shared/messages";
import { renderPdf } from "../../shared/pdf";
import { DECISION_REFERENCE } from "./report.deadlines";
import { kommunPaths } from "./report.map";
import type { Cell, CellFormat, ReportChart, ReportData, ReportMap, ReportTable } from "./report.model";

const MARGIN = 56;
const INK = "#1a1a1a";
const MUTED = "#555555";
const DEMO_RED = "#b00020";

/** A cell as the report writes it: `1 250 000 kr`, `92 %`, `1 234`. */
export function formatCell(value: Cell, format: CellFormat): string {
  if (value === null || value === "") return "–";
  if (typeof value === "string") return value;
  if (format === "kr") return formatKronor(value);
  if (format === "percent") return `${Math.round(value * 100)} %`;
  if (format === "int") return formatKronor(value).replace(/ kr$/, "");
  return String(value);
}

/**
 * A chart's Vega-Lite specification (the web's) drawn as SVG by Vega's headless view: compiled
 * with vega-lite, rendered without a canvas. Only the width is fixed, where the web fills its container.
 */
export async function chartSvg(spec: VegaLiteSpec, width: number): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  const compiled = vegaLite.compile({ ...spec, width, config: { font: "Helvetica" } } as never).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The report as a PDF: cover, contents, each section's text, tables, charts and map, page numbers. */
export async function renderReportPdf(report: ReportData, submittedAt: Date | null): Promise<Buffer> {
  const lang = report.locale;
  const t = (key: string, params?: Record<string, string | number>) => renderPhrase(`report.${key}`, params, lang);
  // Charts are drawn before the document is written, so the document is built in one pass.
  const charts = new Map<ReportChart, string>();
  for (const s of report.sections) for (const b of s.blocks) if (b.kind === "chart") charts.set(b, await chartSvg(b.spec, 440));

  return renderPdf(
    { Title: t("title", { year: report.year }), Author: t("author"), CreationDate: new Date(report.generatedAt) },
    (doc) => {
      const width = doc.page.width - 2 * MARGIN;
      const bottom = () => doc.page.height - MARGIN - 20;
      const ensure = (height: number) => {
        if (doc.y + height > bottom()) doc.addPage();
      };

      // Cover
      doc.font("Helvetica").fillColor(MUTED).fontSize(11).text(t("author"));
      doc.moveDown(8);
      doc
        .font("Helvetica-Bold")
        .fillColor(INK)
        .fontSize(26)
        .text(t("title", { year: report.year }));
      doc.moveDown(0.5);
      doc.font("Helvetica").fontSize(13).fillColor(MUTED).text(t("subtitle"));
      doc.moveDown(2);
      doc
        .fontSize(11)
        .fillColor(INK)
        .text(t("decision", { reference: DECISION_REFERENCE }));
      doc.text(t("generated", { date: stockholmDate(new Date(report.generatedAt)) }));
      if (submittedAt) doc.text(t("submitted", { date: stockholmDate(submittedAt) }));
      if (report.demo) {
        doc.moveDown(2);
        doc.font("Helvetica-Bold").fillColor(DEMO_RED).fontSize(14).text(t("demoBanner"));
      }

      // Contents: written once the sections' pages are known.
      doc.addPage();
      const tocPage = doc.bufferedPageRange().start + doc.bufferedPageRange().count - 1;
      const starts: { title: string; page: number; level: number }[] = [];

      for (const section of report.sections) {
        doc.addPage();
        starts.push({ title: section.title, page: doc.bufferedPageRange().count, level: 0 });
        doc.font("Helvetica-Bold").fillColor(INK).fontSize(18).text(section.title);
        doc.moveDown(0.6);
        for (const block of section.blocks) {
          if (block.kind === "text") {
            if (block.heading) {
              ensure(40);
              doc.font("Helvetica-Bold").fontSize(12).fillColor(INK).text(block.heading);
              doc.moveDown(0.2);
            }
            doc.font("Helvetica").fontSize(10).fillColor(INK).text(block.text, { width });
            doc.moveDown(0.8);
          } else if (block.kind === "table") {
            starts.push({ title: block.title, page: doc.bufferedPageRange().count, level: 1 });
            drawTable(doc, block, width, ensure, t);
          } else if (block.kind === "chart") {
            const svg = charts.get(block)!;
            const size = /width="([\d.]+)" height="([\d.]+)"/.exec(svg);
            const natural = { w: Number(size?.[1] ?? width), h: Number(size?.[2] ?? 200) };
            // At most the page's width and a third of its height, in proportion.
            const scale = Math.min(1, width / natural.w, 280 / natural.h);
            const h = natural.h * scale;
            ensure(h + 10);
            const top = doc.y;
            doc.save();
            doc.translate(MARGIN, top).scale(scale);
            SVGtoPDF(doc, svg, 0, 0, { width: natural.w, height: natural.h, assumePt: true });
            doc.restore();
            doc.y = top + h + 14;
            doc.x = MARGIN;
          } else {
            drawMap(doc, block, ensure);
          }
        }
      }

      // Contents page, then page numbers (and the demo label) on every page but the cover.
      doc.switchToPage(tocPage);
      doc.x = MARGIN;
      doc.y = MARGIN;
      doc.font("Helvetica-Bold").fillColor(INK).fontSize(18).text(t("toc"));
      doc.moveDown(0.8);
      for (const entry of starts) {
        const y = doc.y;
        const indent = entry.level ? 16 : 0;
        doc
          .font(entry.level ? "Helvetica" : "Helvetica-Bold")
          .fontSize(entry.level ? 9 : 11)
          .text(entry.title, MARGIN + indent, y, { width: width - indent - 40 });
        const after = doc.y;
        doc.text(String(entry.page), MARGIN, y, { width, align: "right" });
        doc.y = Math.max(after, doc.y) + (entry.level ? 1 : 4);
      }
      const range = doc.bufferedPageRange();
      for (let i = 1; i < range.count; i++) {
        doc.switchToPage(range.start + i);
        // Below the bottom margin: without lifting it, pdfkit would start a new page for the footer.
        doc.page.margins.bottom = 0;
        const footerY = doc.page.height - MARGIN + 10;
        doc.font("Helvetica").fontSize(8).fillColor(MUTED);
        doc.text(t("page", { page: i + 1 }), MARGIN, footerY, { width, align: "right", lineBreak: false });
        if (report.demo) doc.fillColor(DEMO_RED).text(t("demoBanner"), MARGIN, footerY, { width: width - 60, lineBreak: false });
      }
    },
    { bufferPages: true },
  );
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable, width: number, ensure: (h: number) => void, t: (key: string) => string) {
  const n = table.columns.length;
  // The first column holds names; the figures share the rest.
  const first = n > 2 ? Math.max(width * 0.28, width / n) : width / 2;
  const rest = n > 1 ? (width - first) / (n - 1) : width;
  const widths = table.columns.map((_, i) => (i === 0 ? first : rest));
  const x0 = MARGIN;
  const pad = 3;
  const rowHeight = (cells: string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * pad }))) + 2 * pad;
  };
  const drawRow = (cells: string[], font: string, size: number, fill: string | null) => {
    const h = rowHeight(cells, font, size);
    const y = doc.y;
    if (fill) doc.rect(x0, y, width, h).fill(fill);
    doc.font(font).fontSize(size).fillColor(INK);
    let x = x0;
    cells.forEach((c, i) => {
      const numeric = i > 0 && table.columns[i].format !== "text";
      doc.text(c, x + pad, y + pad, { width: widths[i] - 2 * pad, align: numeric ? "right" : "left" });
      x += widths[i];
    });
    doc
      .moveTo(x0, y + h)
      .lineTo(x0 + width, y + h)
      .lineWidth(0.5)
      .strokeColor("#bbbbbb")
      .stroke();
    doc.x = x0;
    doc.y = y + h;
  };
  const header = table.columns.map((c) => c.label);
  ensure(60);
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(table.title, x0, doc.y, { width });
  doc.moveDown(0.3);
  drawRow(header, "Helvetica-Bold", 8, "#e8eef4");
  for (const row of table.rows) {
    const cells = row.map((v, i) => formatCell(v, table.columns[i].format));
    const h = rowHeight(cells, "Helvetica", 8);
    if (doc.y + h > doc.page.height - MARGIN - 20) {
      doc.addPage();
      drawRow(header, "Helvetica-Bold", 8, "#e8eef4");
    }
    drawRow(cells, "Helvetica", 8, null);
  }
  if (!table.rows.length) drawRow([t("none"), ...table.columns.slice(1).map(() => "")], "Helvetica", 8, null);
  if (table.note) {
    doc.moveDown(0.3);
    doc.font("Helvetica-Oblique").fontSize(8).fillColor(MUTED).text(table.note, x0, doc.y, { width });
  }
  doc.moveDown(1);
}

function drawMap(doc: PDFKit.PDFDocument, map: ReportMap, ensure: (h: number) => void) {
  const w = 230;
  const h = 480;
  ensure(h + 30);
  doc.font("Helvetica-Bold").fontSize(11).fillColor(INK).text(map.title, MARGIN, doc.y);
  doc.moveDown(0.3);
  const top = doc.y;
  const colours = new Map(map.legend.map((l) => [l.key, l.colour]));
  doc.save();
  doc.translate(MARGIN, top);
  for (const p of kommunPaths(w, h)) {
    doc
      .path(p.d)
      .lineWidth(0.2)
      .fillAndStroke(colours.get(map.classes[p.code] ?? "") ?? "#ffffff", "#ffffff");
  }
  doc.restore();
  let y = top + 20;
  for (const l of map.legend) {
    doc.rect(MARGIN + w + 30, y, 12, 12).fillAndStroke(l.colour, "#888888");
    const count = Object.values(map.classes).filter((c) => c === l.key).length;
    doc
      .font("Helvetica")
      .fontSize(9)
      .fillColor(INK)
      .text(`${l.label} (${count})`, MARGIN + w + 48, y + 1, { width: 180 });
    y += 20;
  }
  doc.x = MARGIN;
  doc.y = top + h + 14;
}
