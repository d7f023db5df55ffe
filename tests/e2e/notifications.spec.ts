import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";
const stamp = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The unread count the header's bell shows, e.g. 3 for "Aviseringar (3)". */
async function bell(page: Page): Promise<number> {
  const text = await page.getByRole("link", { name: /^Aviseringar \(\d+ oläst/ }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? "")?.[1] ?? NaN);
}

/** NCK applies to a call of its own, both written through the second server process; Socialstyrelsen's officers are notified. */
async function applicationThroughTheSecondProcess(title: string) {
  const sos = await apiAs(SOCIALSTYRELSEN, { process: "second" });
  const call = await sos(`mutation ($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year: new Date().getFullYear(),
      title: `Avisering e2e ${stamp}`,
      budget: 1_000_000,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      followUpDueDate: "2028-05-31",
    },
  });
  const nck = await apiAs(NCK, { process: "second" });
  const saved = await nck(`mutation ($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
    i: {
      callId: call.createGrantCall.id,
      title,
      purpose: "Stärka arbetet mot våld i nära relationer.",
      plannedActivities: "Två utbildningsdagar.",
      targetGroups: "Socialtjänstens personal",
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
      requestedAmount: 100_000,
      budgetLines: [{ category: "Personal", amount: 100_000 }],
      contactName: "Nora NCK",
      contactEmail: NCK,
      purposeCategories: ["INFORMATION_AND_TRAINING"],
    },
  });
  await nck(`mutation ($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: saved.saveGrantApplication.id });
}

describe("live notifications", () => {
  it("the bell counts a notification written by another server process without a reload; opening it marks it read, and all can be marked read", async () => {
    const page = await openAs(browser, SOCIALSTYRELSEN);
    const before = await bell(page);
    await applicationThroughTheSecondProcess(`Ansökan som aviseras ${stamp}`);
    // No reload: the page hears of it from the server.
    await expect.poll(() => bell(page), { timeout: 15_000 }).toBeGreaterThan(before);
    const arrived = await bell(page);

    await page.getByRole("link", { name: /^Aviseringar \(/ }).click();
    await page.getByRole("heading", { level: 1, name: "Aviseringar" }).waitFor();
    await expectAccessible(page, "notifications page");
    const newest = page
      .getByRole("listitem")
      .filter({ has: page.getByText("Oläst", { exact: true }) })
      .first();
    await newest.getByRole("link").click();
    await expect.poll(() => bell(page)).toBe(arrived - 1);

    await page.goBack();
    await page.getByRole("button", { name: "Markera alla som lästa" }).click();
    await expect.poll(() => bell(page)).toBe(0);
    await expect
      .poll(() =>
        page
          .getByRole("listitem")
          .filter({ has: page.getByText("Oläst", { exact: true }) })
          .count(),
      )
      .toBe(0);
  });

  it("a person chooses a daily digest instead of one e-mail per notification, with the keyboard", async () => {
    const page = await openAs(browser, NCK);
    await page.goto("/aviseringar");
    const group = page.getByRole("group", { name: "Hur vill du få e-post om dina aviseringar?" });
    await expect.poll(() => group.getByRole("radio", { name: "Ett e-brev för varje avisering" }).isChecked()).toBe(true);
    await group.getByRole("radio", { name: /En sammanfattning om dagen/ }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Spara val" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText("Sparat: du får en sammanfattning om dagen av det som är oläst.").waitFor({ state: "attached" });
    await expectAccessible(page, "notifications page with the e-mail choice");
    await page.reload();
    await expect.poll(() => page.getByRole("radio", { name: /En sammanfattning om dagen/ }).isChecked()).toBe(true);
    // Back to the default, so that other specs' mail to NCK arrives as before.
    await page.getByRole("radio", { name: "Ett e-brev för varje avisering" }).check();
    await page.getByRole("button", { name: "Spara val" }).click();
    await page.getByText("Sparat: du får ett e-brev för varje avisering.").waitFor({ state: "attached" });
  });
});
