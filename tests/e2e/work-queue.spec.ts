import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, isoDate } from "./api";
import { expectAccessible, launch, openAs, screenshot, workQueueLoaded } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";
const JAMSTALLDHETSMYNDIGHETEN = "remiss@jamstalldhetsmyndigheten.demo.samverka.se";
const ORGANISER = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ANALYST = "analys@vardanalys.demo.samverka.se";

// This file's own rows: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const DAY = 86_400_000;

/** NCK's application, submitted, sent on consultation and answered by Jämställdhetsmyndigheten: ready for a decision. */
async function applicationToDecide(title: string): Promise<{ id: string; diarienummer: string }> {
  const sos = await apiAs(SOCIALSTYRELSEN);
  const call = await sos(`mutation ($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year: new Date().getFullYear(),
      title: `Arbetskö e2e ${stamp}`,
      description: "Utlysning för webbtestet av startsidan.",
      budget: 2_000_000,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      followUpDueDate: isoDate(400),
    },
  });
  const nck = await apiAs(NCK);
  const saved = await nck(`mutation ($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
    i: {
      callId: call.createGrantCall.id,
      title,
      purpose: "Stärka regionernas arbete mot våld i nära relationer.",
      plannedActivities: "Två nätverksträffar och metodstöd.",
      targetGroups: "Hälso- och sjukvårdspersonal",
      periodStart: isoDate(90),
      periodEnd: isoDate(365),
      requestedAmount: 300_000,
      budgetLines: [{ category: "Personal", amount: 300_000 }],
      contactName: "Nora NCK",
      contactEmail: NCK,
      purposeCategories: ["DEVELOPMENT"],
    },
  });
  const id = saved.saveGrantApplication.id as string;
  const submitted = await nck(`mutation ($id: ID!) { submitGrantApplication(id: $id) { diarienummer } }`, { id });
  await sos(`mutation ($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [id] });
  const jam = await apiAs(JAMSTALLDHETSMYNDIGHETEN);
  await jam(`mutation ($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id } }`, {
    id,
    i: { opinion: "SUPPORTS", text: "Jämställdhetsmyndigheten tillstyrker." },
  });
  return { id, diarienummer: submitted.submitGrantApplication.diarienummer as string };
}

/** A published training for the kommuner of Västra Götaland whose registration closes tomorrow. */
async function trainingClosingSoon(title: string): Promise<string> {
  const organiser = await apiAs(ORGANISER);
  const first = new Date(Date.now() + 5 * DAY);
  first.setUTCHours(7, 0, 0, 0);
  const saved = await organiser(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: {
      type: "BAS",
      title,
      description: "Grundutbildning om våld i nära relationer.",
      national: false,
      location: "Länsstyrelsen, Göteborg",
      capacity: 20,
      // Earlier than any other spec's deadline, so that it is among the first listed.
      registrationDeadline: new Date(Date.now() + 2 * 3_600_000).toISOString(),
      sessions: [{ startsAt: first.toISOString(), endsAt: new Date(first.getTime() + 7 * 3_600_000).toISOString() }],
    },
  });
  const id = saved.saveTrainingEvent.id as string;
  await organiser(`mutation ($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id });
  return id;
}

/** Waits until the start page's queue has loaded (its list or its empty state). */
async function queueLoaded(page: Page) {
  const section = page.getByRole("region", { name: "Väntar på dig" });
  await section.waitFor();
  await workQueueLoaded(page);
  return section;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the start page as a work queue", () => {
  it("a handläggare sees applications to decide and follows a link to one", async () => {
    const title = `Ansökan att besluta e2e ${stamp}`;
    const app = await applicationToDecide(title);
    const page = await openAs(browser, SOCIALSTYRELSEN);
    const queue = await queueLoaded(page);
    const group = queue.getByRole("region", { name: /^Ansökningar att besluta om/ });
    await group.waitFor();
    await expectAccessible(page, "the handläggare's work queue");
    await screenshot(page, "start-work-queue");
    // The oldest waiting come first; this file's application is listed unless five older ones wait too.
    const mine = group.getByRole("link", { name: title });
    const link = (await mine.count()) ? mine : group.getByRole("link").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/stimulansmedel\/ansokningar\/\d+$/);
    await link.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${href}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    if (href === `/stimulansmedel/ansokningar/${app.id}`) await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await expectAccessible(page, "the application opened from the work queue");
    await page.close();
  });

  it("a kommun coordinator sees a training whose registration closes soon, with its last day, and opens it", async () => {
    const title = `BAS-utbildning e2e ${stamp}`;
    const id = await trainingClosingSoon(title);
    const page = await openAs(browser, GOTEBORG);
    const queue = await queueLoaded(page);
    const group = queue.getByRole("region", { name: /^Utbildningar med sista anmälningsdag inom 14 dagar/ });
    const item = group.getByRole("listitem").filter({ hasText: title });
    await item.waitFor();
    const lastDay = new Date(Date.now() + 2 * 3_600_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    expect(await item.textContent()).toContain(`Sista dag ${lastDay}`);
    await expectAccessible(page, "the kommun coordinator's work queue");
    await item.getByRole("link", { name: title }).click();
    await page.waitForURL(`**/utbildningar/${id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.close();
  });

  it("a user with nothing to do reads that nothing is waiting, above the portal cards", async () => {
    const page = await openAs(browser, ANALYST);
    const queue = await queueLoaded(page);
    await queue.getByText("Inget väntar på dig just nu.").waitFor();
    // The cards that lead to the portals follow the queue.
    const order = await page.evaluate(() => {
      const headings = [...document.querySelectorAll("#main h2")].map((h) => h.textContent);
      return headings;
    });
    expect(order.indexOf("Väntar på dig")).toBeLessThan(order.indexOf("Det här kan du göra i Samverka"));
    await expectAccessible(page, "an empty work queue");
    await page.close();
  });
});

describe("search from the header", () => {
  it("finds an application by its diarienummer with the keyboard, and the result links to it", async () => {
    const title = `Sökbar ansökan e2e ${stamp}`;
    const app = await applicationToDecide(title);
    const page = await openAs(browser, SOCIALSTYRELSEN);
    const field = page.getByRole("searchbox", { name: "Sök i Samverka" });
    await field.focus();
    await page.keyboard.type(app.diarienummer);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/sok\?q=/);
    await page.getByRole("heading", { level: 1, name: `Sökresultat för ”${app.diarienummer}”` }).waitFor();
    const applications = page.getByRole("region", { name: /^Ansökningar/ });
    const hit = applications.getByRole("link", { name: title });
    await hit.waitFor();
    await expectAccessible(page, "search results");
    await screenshot(page, "search-results");
    await hit.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/stimulansmedel/ansokningar/${app.id}`);
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    await page.close();
  });

  it("says what is needed when the term is too short", async () => {
    const page = await openAs(browser, GOTEBORG);
    await page.getByRole("searchbox", { name: "Sök i Samverka" }).fill("ab");
    await page.getByRole("button", { name: "Sök", exact: true }).click();
    await page.getByText("Skriv minst 3 tecken att söka efter.").waitFor();
    await expectAccessible(page, "a search term that is too short");
    await page.close();
  });
});
