import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "../helpers/database";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

const SHEETS = [
  "Bilaga 1 Tabell 1",
  "Tabell 1",
  "Tabell 2",
  "Tabell 6",
  "Tabell 8",
  "Avstod",
  "Tabell 9",
  "Tabell 10",
  "Tabell 3",
  "Tabell 4",
  "Tabell 5",
  "Figur 2",
  "Ideella verksamhetsområden",
  "Tabell 7",
  "Stimulansmedel",
  "Stimulansmedel mottagare",
  "Stimulansmedel ändamål",
  "Utbildningar",
  "Kursledare",
  "Nätverk",
  "Länets arbete",
  "Enkäter",
];

const DEADLINES = `{ reportDeadlines { key dueDate year responsible status canSubmit submittedYear pdfUrl xlsxUrl } }`;
const SUBMIT = `mutation($k: String!, $y: Int!) { submitReport(deadlineKey: $k, year: $y) { key status submittedYear pdfUrl xlsxUrl canSubmit } }`;

async function download(t: TestApp, c: Client, path: string, language = "sv-SE") {
  return fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${c.token}`, "accept-language": language } });
}

async function pdfText(res: Response): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/\s+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

async function workbook(res: Response): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await res.arrayBuffer());
  return book;
}

/** The row of a sheet whose first cell is the value, as plain values. */
function rowOf(book: ExcelJS.Workbook, sheet: string, first: string): unknown[] {
  const ws = book.getWorksheet(sheet)!;
  let found: unknown[] = [];
  ws.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1);
    if (values[0] === first) found = values;
  });
  return found;
}

describe("the yearly report from the seeded 2014–2018 history", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
  });
  afterAll(() => t?.close());

  it("gives Vårdanalys the 2018 report as a PDF with cover, contents, the numbered tables, their figures, charts, map and the demo label", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const res = await download(t, analyst, "/api/reports/2018.pdf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="rapport-2018.pdf"');
    const { text, pages } = await pdfText(res);
    expect(pages).toBeGreaterThanOrEqual(8);
    for (const heading of [
      "Utvecklingsmedel och kompetensstöd 2018",
      "Innehåll",
      "Bilaga 1, Tabell 1. Utvecklingsmedel 2014–2018 per mottagare",
      "Tabell 1. Utvecklingsmedel 2018 per mottagare",
      "Tabell 2. Kommuner som rekvirerat utvecklingsmedel 2014–2018",
      "Tabell 7. Idéburna organisationer 2016–2018",
      // Tabell 3–5 are counted from the kommuner's coded follow-up answers.
      "Hur kommunerna använt utvecklingsmedlen",
      "Tabell 3. Samordningsfunktionens placering 2018",
      "Tabell 5. Kommuner som använt medlen för standardiserade metoder 2018",
      "Tabell 10. Andel kommuner som använt medel per kommungrupp, 2014 och 2018",
      "Särskilda stimulansmedel",
      "Kompetensstöd",
      "Metod och källor",
      // Chart titles come from the charts' own specifications, drawn as SVG.
      "Andel använda utvecklingsmedel 2014–2018",
      "Kommunernas utvecklingsmedel 2018",
    ])
      expect(text).toContain(heading);
    // Tabell 6 / Bilaga 1: the regioner used 18 313 247 kr of 20 000 000 kr in 2018.
    expect(text).toContain("18 313 247 kr");
    expect(text).toContain("20 000 000 kr");
    expect(text).toContain("DEMODATA");
    expect(text).toContain("Plattformen innehåller demodata");
  });

  it("writes the PDF in the reader's language", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const { text } = await pdfText(await download(t, analyst, "/api/reports/2018.pdf", "en-GB"));
    expect(text).toContain("Development funds and competence support 2018");
    expect(text).toContain("Table 1. Development funds 2018 by recipient");
    expect(text).toContain("DEMO DATA");
  });

  it("gives the 2018 report as a workbook with one sheet per table and the figures as numbers", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const res = await download(t, analyst, "/api/reports/2018.xlsx");
    expect(res.status).toBe(200);
    const book = await workbook(res);
    expect(book.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(rowOf(book, "Tabell 2", "2018")).toEqual(["2018", 50_000_000, 273, 50_000_000, expect.any(Number), expect.closeTo(0.92, 2)]);
    expect(rowOf(book, "Tabell 6", "2018")).toEqual(["2018", 20_000_000, 21, 20_000_000, 18_313_247, expect.closeTo(0.9157, 3)]);
    // 273 of 290 kommuner requisitioned in 2018; none of the other 17 declined (no decline was recorded then).
    expect(rowOf(book, "Tabell 8", "2018").slice(0, 3)).toEqual(["2018", 17, 0]);
    expect(rowOf(book, "Avstod", "Svarade inte")).toEqual(["Svarade inte", 17]);
    expect(rowOf(book, "Avstod", "Samarbete med annan kommun")).toEqual(["Samarbete med annan kommun", 0]);
    expect(rowOf(book, "Tabell 7", "2018").slice(0, 4)).toEqual(["2018", 10_000_000, 66, 28]);
    expect(book.getWorksheet("Tabell 1")!.getRow(1).values).toContain("Andel använda medel");
    // Tabell 3: one row per placement, the national count and one column per SKR kommungrupp, counted from the codes.
    const table3 = book.getWorksheet("Tabell 3")!;
    const header = (table3.getRow(1).values as unknown[]).filter((v) => v !== undefined);
    expect(header.slice(0, 2)).toEqual(["Svar", "Kommuner"]);
    expect(header.length).toBeGreaterThan(2);
    const counts: number[] = [];
    table3.eachRow((row, n) => {
      if (n > 1) counts.push(Number(row.getCell(2).value));
    });
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("lists the reporting dates of the decision with their status", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const res = await sos.request(DEADLINES);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportDeadlines.map((d: Record<string, unknown>) => [d.key, d.dueDate, d.responsible, d.status, d.canSubmit])).toEqual([
      ["plan-2020", "2020-09-01", "SOCIALSTYRELSEN", "OVERDUE", true],
      ["interim-2021", "2021-10-30", "SOCIALSTYRELSEN", "OVERDUE", true],
      ["final-2023", "2023-09-30", "SOCIALSTYRELSEN", "OVERDUE", true],
      ["evaluation-2023", "2023-11-30", "VARDANALYS", "OVERDUE", false],
    ]);
    const analyst = await t.as(DEMO.vardanalys);
    const read = await analyst.request(DEADLINES);
    expect(read.data!.reportDeadlines.every((d: { canSubmit: boolean }) => !d.canSubmit)).toBe(true);
  });

  it("shows the report's sections, tables and chart specifications to Vårdanalys", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const res = await analyst.request(`query { reportOverview(year: 2018) { year demo pdfUrl xlsxUrl sections { key title tables { title rows } charts } } }`);
    expect(res.errors).toBeUndefined();
    const o = res.data!.reportOverview;
    expect(o).toMatchObject({ year: 2018, demo: true, pdfUrl: "/api/reports/2018.pdf", xlsxUrl: "/api/reports/2018.xlsx" });
    expect(o.sections.map((s: { key: string }) => s.key)).toEqual(["developmentFunds", "followUp", "ngoFunds", "stimulusFunds", "competenceSupport", "method"]);
    const table6 = o.sections[0].tables.find((x: { title: string }) => x.title.startsWith("Tabell 6"));
    expect(table6.rows.at(-1)).toEqual(["2018", "20 000 000 kr", "21", "20 000 000 kr", "18 313 247 kr", "92 %"]);
    expect(o.sections[0].charts[1].mark.type).toBe("line");
  });

  it("refuses a kommun the report, its files and the reporting dates, and changes nothing", async () => {
    const kommun = await t.as(DEMO.goteborg);
    const before = await rowCounts(t.app.ds, ["report_submission", "audit_entry"]);
    for (const path of ["/api/reports/2018.pdf", "/api/reports/2018.xlsx", "/api/reports/submitted/final-2023.pdf"]) {
      const res = await download(t, kommun, path);
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
    }
    expect(errorCode(await kommun.request(`query { reportOverview(year: 2018) { year } }`))).toBe("FORBIDDEN");
    expect(errorCode(await kommun.request(DEADLINES))).toBe("FORBIDDEN");
    expect(errorCode(await kommun.request(SUBMIT, { k: "final-2023", y: 2018 }))).toBe("FORBIDDEN");
    expect(await rowCounts(t.app.ds, ["report_submission", "audit_entry"])).toEqual(before);
  });

  it("refuses Vårdanalys to mark a report submitted, and changes nothing", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const before = await rowCounts(t.app.ds, ["report_submission", "audit_entry"]);
    const res = await analyst.request(SUBMIT, { k: "final-2023", y: 2018 });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(await rowCounts(t.app.ds, ["report_submission", "audit_entry"])).toEqual(before);
    const sos = await t.as(DEMO.handlaggare);
    const read = await sos.request(DEADLINES);
    expect(read.data!.reportDeadlines.find((d: { key: string }) => d.key === "final-2023").status).toBe("OVERDUE");
  });
});

describe("a submitted report", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
  });
  afterAll(() => t?.close());

  it("keeps a frozen copy, with its audit row, that stays the same when the figures change; a second submission is a conflict", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const analyst = await t.as(DEMO.vardanalys);
    const audits = (await rowCounts(t.app.ds, ["audit_entry"])).audit_entry;
    const res = await sos.request(SUBMIT, { k: "final-2023", y: 2018 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitReport).toEqual({
      key: "final-2023",
      status: "SUBMITTED",
      submittedYear: 2018,
      pdfUrl: "/api/reports/submitted/final-2023.pdf",
      xlsxUrl: "/api/reports/submitted/final-2023.xlsx",
      canSubmit: false,
    });
    expect((await rowCounts(t.app.ds, ["audit_entry"])).audit_entry).toBe(audits + 1);

    const frozenPdf = await pdfText(await download(t, analyst, "/api/reports/submitted/final-2023.pdf"));
    const frozenBook = await workbook(await download(t, analyst, "/api/reports/submitted/final-2023.xlsx"));
    expect(frozenPdf.text).toContain("Inlämnad");
    expect(rowOf(frozenBook, "Stimulansmedel", "2018")[1]).not.toBe(123_456_789);

    // The figures change: a further stimulus call for 2018.
    const created = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: {
        year: 2018,
        title: "Särskilda stimulansmedel 2018, extra",
        budget: 123_456_789,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        followUpDueDate: "2019-05-31",
      },
    });
    expect(created.errors).toBeUndefined();
    const live = await workbook(await download(t, analyst, "/api/reports/2018.xlsx"));
    expect(rowOf(live, "Stimulansmedel", "2018")[1]).toBe(Number(rowOf(frozenBook, "Stimulansmedel", "2018")[1]) + 123_456_789);
    // Tabell 1 of the stimulus funds: 5 000 000 kr before, 128 456 789 kr with the further call.
    expect((await pdfText(await download(t, analyst, "/api/reports/2018.pdf"))).text).toContain("128 456 789 kr");

    const againPdf = await pdfText(await download(t, analyst, "/api/reports/submitted/final-2023.pdf"));
    const againBook = await workbook(await download(t, analyst, "/api/reports/submitted/final-2023.xlsx"));
    expect(againPdf.text).toBe(frozenPdf.text);
    expect(againPdf.text).not.toContain("128 456 789");
    expect(rowOf(againBook, "Stimulansmedel", "2018")).toEqual(rowOf(frozenBook, "Stimulansmedel", "2018"));

    const unchanged = await rowCounts(t.app.ds, ["report_submission", "audit_entry"]);
    const second = await sos.request(SUBMIT, { k: "final-2023", y: 2018 });
    expect(errorCode(second)).toBe("CONFLICT");
    expect(await rowCounts(t.app.ds, ["report_submission", "audit_entry"])).toEqual(unchanged);
  });
});
