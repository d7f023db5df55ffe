import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { deadlineStatus, REPORT_DEADLINES } from "../../server/dist/modules/reports/report.deadlines";
import { formatCell } from "../../server/dist/modules/reports/report.pdf";
import { renderReportXlsx } from "../../server/dist/modules/reports/report.workbook";

const final = REPORT_DEADLINES.find((d) => d.key === "final-2023")!;

describe("a reporting date's status", () => {
  it("is upcoming up to and including the due date, overdue from the day after, and submitted once marked, whenever", () => {
    expect(deadlineStatus(final, false, "2023-09-29")).toBe("UPCOMING");
    expect(deadlineStatus(final, false, "2023-09-30")).toBe("UPCOMING");
    expect(deadlineStatus(final, false, "2023-10-01")).toBe("OVERDUE");
    expect(deadlineStatus(final, true, "2023-10-01")).toBe("SUBMITTED");
    expect(deadlineStatus(final, true, "2023-01-01")).toBe("SUBMITTED");
  });

  it("lists the dates the government's decision sets, oldest first", () => {
    expect(REPORT_DEADLINES.map((d) => d.dueDate)).toEqual(["2020-09-01", "2021-10-30", "2023-09-30", "2023-11-30"]);
  });
});

describe("a report cell", () => {
  it("writes kronor with spaces and kr, shares as whole per cent, counts with spaces, and a dash for nothing", () => {
    expect(formatCell(1_250_000, "kr")).toBe("1 250 000 kr");
    expect(formatCell(0.9157, "percent")).toBe("92 %");
    expect(formatCell(12_345, "int")).toBe("12 345");
    expect(formatCell(null, "percent")).toBe("–");
    expect(formatCell("Kommuner", "text")).toBe("Kommuner");
  });
});

describe("the report's renderers", () => {
  it("render whatever tables the sections hold: a new section's table becomes a sheet of its own", async () => {
    const bytes = await renderReportXlsx({
      year: 2018,
      locale: "sv",
      generatedAt: "2026-12-01T10:00:00.000Z",
      demo: true,
      sections: [
        {
          key: "codedFollowUp",
          title: "Hur medlen använts",
          blocks: [
            {
              kind: "table",
              sheet: "Tabell 3",
              title: "Tabell 3. Insatser",
              columns: [
                { label: "Insats", format: "text" },
                { label: "Kommuner", format: "int" },
              ],
              rows: [["Utbildning", 120]],
            },
          ],
        },
      ],
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tabell 3"]);
    expect(book.getWorksheet("Tabell 3")!.getRow(2).values).toEqual([undefined, "Utbildning", 120]);
  });
});
