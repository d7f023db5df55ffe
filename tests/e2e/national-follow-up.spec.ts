import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const LST_O = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const JAM = "remiss@jamstalldhetsmyndigheten.demo.samverka.se";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  await heldNetworkMeeting();
  await heldTraining();
});
afterAll(() => browser?.close());

/**
 * A network of Länsstyrelsen Västra Götaland on honour-related violence that met this year (other
 * spec files share the database: a network of its own, recorded as held yesterday).
 */
async function heldNetworkMeeting() {
  const lst = await apiAs(LST_O);
  const saved = await lst(`mutation ($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
    i: { name: `Hedersnätverket ${Math.random().toString(36).slice(2, 8)}`, topic: "HEDERSRELATERAT_VALD" },
  });
  const day = new Date(Date.now() - 86_400_000);
  await lst(`mutation ($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId: saved.saveNetwork.id,
      title: "Nätverksträff",
      startsAt: day.toISOString(),
      endsAt: new Date(day.getTime() + 3_600_000).toISOString(),
      location: "Länsstyrelsen",
      invite: false,
    },
  });
}

/** A FREDA course of Länsstyrelsen Västra Götaland that Ale registered for, then moved by its organiser to yesterday, when it was held. */
async function heldTraining() {
  const lst = await apiAs(LST_O);
  const ahead = new Date(Date.now() + 10 * 86_400_000);
  const input = {
    type: "FREDA",
    title: "FREDA-bedömningsmetoder",
    description: "",
    location: "Länsstyrelsen, Göteborg",
    capacity: 20,
    sessions: [{ startsAt: ahead.toISOString(), endsAt: new Date(ahead.getTime() + 3_600_000).toISOString() }],
  };
  const event = (await lst(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, { i: input })).saveTrainingEvent;
  await lst(`mutation ($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: event.id });
  const ale = await apiAs("samordnare@ale.demo.samverka.se");
  await ale(`mutation ($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`, {
    e: event.id,
    p: [{ name: "Alva Ale", email: `alva.${Math.random().toString(36).slice(2, 8)}@ale.se`, profession: "Socionom", workplace: "Socialtjänsten" }],
  });
  const held = new Date(Date.now() - 86_400_000);
  await lst(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: { ...input, id: event.id, sessions: [{ startsAt: held.toISOString(), endsAt: new Date(held.getTime() + 3_600_000).toISOString() }] },
  });
}

/** A page under the app's own Content-Security-Policy (no bypass), collecting what the console reports. */
async function pageUnderPolicy(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: inject("baseUrl"),
    locale: "sv-SE",
    timezoneId: "Europe/Stockholm",
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  return { page, problems };
}

async function openNationalFollowUp(page: Page, email: string) {
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  await page.goto("/statistik/nationell-uppfoljning");
  await page.getByRole("heading", { level: 1, name: "Nationell uppföljning" }).waitFor();
}

describe("Nationell uppföljning", () => {
  it("Socialstyrelsen sees the share of länsstyrelser per topic drawn as a chart under the app's policy, with the table beside it", async () => {
    const { page, problems } = await pageUnderPolicy();
    await openNationalFollowUp(page, SOS);
    const networks = page.getByRole("figure", { name: /organiserar nätverk per sakområde/ });
    await networks.locator(".chart__vega svg").first().waitFor();
    const table = networks.getByRole("table");
    await expect(table.getByRole("row", { name: /Hedersrelaterat våld och förtryck/ }).textContent()).resolves.toMatch(/\d+\s%\s*\(\d+\)/);
    // The reach of the trainings, nationally, per type.
    const reach = page.getByRole("table", { name: "Hela landet, per utbildning" });
    await expect(reach.getByRole("row", { name: /FREDA-bedömningsmetoder/ }).textContent()).resolves.toMatch(/FREDA-bedömningsmetoder\d+/);
    // The chart per län of the trainings draws too.
    await page
      .getByRole("figure", { name: /per län/ })
      .locator(".chart__vega svg")
      .first()
      .waitFor();
    expect(problems.filter((p) => /Content Security Policy|unsafe-eval|EvalError/i.test(p))).toEqual([]);
    await page.context().close();
  });

  it("is accessible at 1280 and 390 px, without sideways scrolling on the phone", async () => {
    const page = await newPage(browser);
    await openNationalFollowUp(page, SOS);
    await page.locator(".chart__vega svg").first().waitFor();
    await expectAccessible(page, "Nationell uppföljning at 1280 px");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator(".chart__vega svg").first().waitFor();
    await expectAccessible(page, "Nationell uppföljning at 390 px");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it("the analyst chooses 2017 and sees the demo year of the report: 14 kursledarutbildningar, FREDA in 62 % of the counties, and the map", async () => {
    const page = await newPage(browser);
    await openNationalFollowUp(page, "analys@vardanalys.demo.samverka.se");
    await page.getByLabel("År", { exact: true }).selectOption("2017");
    const reach = page.getByRole("table", { name: "Hela landet, per utbildning" });
    await reach.getByRole("row", { name: /^Kursledarutbildning 14 / }).waitFor();
    const shares = page.getByRole("figure", { name: /höll minst en utbildning/ });
    await expect(shares.getByRole("row", { name: /FREDA-bedömningsmetoder/ }).textContent()).resolves.toMatch(/62\s%\s*\(13\)/);
    await page.locator(".df-map__svg path").first().waitFor();
    await page.locator(".chart__vega svg").first().waitFor();
    await screenshot(page, "national-follow-up");
    await page.context().close();
  });

  it("the analyst chooses 2017 and sees the county boards' own work of the report: 71 % spread national campaigns, Bygga Broar in 24 %", async () => {
    const page = await newPage(browser);
    await openNationalFollowUp(page, "analys@vardanalys.demo.samverka.se");
    await page.getByLabel("År", { exact: true }).selectOption("2017");
    await page.getByRole("heading", { level: 2, name: "Länsstyrelsernas eget arbete 2017" }).waitFor();
    const shares = page.getByRole("figure", { name: /kampanjer och regionala strategier 2017/ });
    await expect(shares.getByRole("row", { name: /Spridit minst en nationell kampanj/ }).textContent()).resolves.toMatch(/71\s%\s*\(15\)/);
    const methods = page.getByRole("figure", { name: /spridit metoder och material 2017/ });
    await methods.locator(".chart__vega svg").first().waitFor();
    await expect(methods.getByRole("row", { name: /Bygga Broar/ }).textContent()).resolves.toMatch(/24\s%\s*\(5\)/);
    // Kommunbesök per län on a second map, beside the trainings' map; the page stays accessible with both.
    await page.locator(".df-map__svg").nth(1).waitFor();
    await expectAccessible(page, "Nationell uppföljning 2017 with the county boards' work");
    await page.context().close();
  });

  it("Jämställdhetsmyndigheten sees the networks per topic and no trainings", async () => {
    const page = await newPage(browser);
    await openNationalFollowUp(page, JAM);
    await page.getByRole("heading", { level: 2, name: /^Nätverk per sakområde/ }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: /räckvidd/ }).count()).toBe(0);
    expect(await page.getByRole("heading", { level: 2, name: /eget arbete/ }).count()).toBe(0);
    await page.context().close();
  });
});
