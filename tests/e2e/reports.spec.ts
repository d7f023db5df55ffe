import fs from "node:fs";
import type { Browser } from "playwright-core";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, openAs, screenshot } from "./browser";

const ANALYST = "analys@vardanalys.demo.samverka.se";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("Rapporter", () => {
  it("Vårdanalys opens Rapporter, chooses 2018 and downloads the report as PDF and Excel", async () => {
    const page = await openAs(browser, ANALYST);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Rapporter" }).click();
    await page.getByRole("heading", { level: 1, name: "Rapporter" }).waitFor();
    await page.getByLabel("År", { exact: true }).selectOption("2018");
    await page.getByRole("heading", { level: 2, name: "Rapporten för 2018" }).waitFor();
    await page
      .getByRole("table", { name: /^Tabell 6\. Regioner som rekvirerat utvecklingsmedel/ })
      .getByText("18 313 247 kr")
      .waitFor();
    // The reporting dates of the decision, overdue unless submitted; Vårdanalys may not mark them.
    const dates = page.getByRole("table", { name: "Redovisningstillfällen och deras status" });
    await dates.getByRole("row", { name: /Slutredovisning av uppdraget 2023-09-30/ }).waitFor();
    expect(await dates.getByRole("button").count()).toBe(0);
    await page.locator("[data-testid=vega-chart] svg").first().waitFor();
    await screenshot(page, "reports");
    await expectAccessible(page, "Rapporter 2018");

    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner PDF för 2018" }).click()]);
    expect(pdf.suggestedFilename()).toBe("rapport-2018.pdf");
    const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync((await pdf.path())!)) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text.replace(/\s+/g, " ")).toContain("Tabell 1. Utvecklingsmedel 2018 per mottagare");

    const [xlsx] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Ladda ner Excel för 2018" }).click()]);
    expect(xlsx.suggestedFilename()).toBe("rapport-2018.xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.worksheets.map((w) => w.name)).toContain("Tabell 10");
  });
});
