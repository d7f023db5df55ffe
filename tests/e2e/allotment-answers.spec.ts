import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

async function openRound(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Utvecklingsmedel" }).waitFor();
  await page.getByRole("link", { name: title, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}

/** `1 250 000 kr` → 1250000 */
function kronor(text: string | null): number {
  return Number((text ?? "").replace(/[^\d-]/g, ""));
}

/**
 * A round of its own: other spec files share the database, so it takes the first year from 2061
 * that has no round. Open now (published) or opening in a week (nothing published).
 */
async function round(published: boolean): Promise<{ id: string; year: number; title: string }> {
  const sos = await apiAs(SOS);
  const years = new Set((await sos(`{ developmentFundRounds { year } }`)).developmentFundRounds.map((r: { year: number }) => r.year));
  let year = 2061;
  while (years.has(year)) year++;
  const opensAt = published ? Date.now() - DAY : Date.now() + 7 * DAY;
  const opened = await sos(`mutation ($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: { year, opensAt: new Date(opensAt).toISOString(), closesAt: new Date(opensAt + 30 * DAY).toISOString(), followUpDueDate: `${year + 1}-05-31` },
  });
  const id = opened.openDevelopmentFundRound.id as string;
  if (published) await sos(`mutation ($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: id });
  return { id, year, title: `Utvecklingsmedel ${year}` };
}

describe("answers to an allotment: declining it, and the advance notice before it", () => {
  it("Ale declines with a reason, and the handläggare sees it as declined in the national table", async () => {
    const r = await round(true);
    const ale = await signedIn(ALE);
    await openRound(ale, r.title);
    await ale.getByRole("heading", { name: "Vill ni inte rekvirera?" }).waitFor();
    await ale.getByRole("button", { name: "Avstå från medlen" }).click();

    // Checked before anything is asked: a reason, then a comment for "Annat".
    await ale.getByRole("button", { name: "Avstå", exact: true }).click();
    await ale.getByRole("alert").getByRole("link", { name: "Välj ett skäl." }).waitFor();
    await ale.getByRole("radio", { name: "Annat" }).check();
    await ale.getByRole("button", { name: "Avstå", exact: true }).click();
    await ale.getByRole("alert").getByRole("link", { name: "Beskriv varför ni avstår när skälet är Annat." }).click();
    expect(await ale.evaluate(() => document.activeElement?.id)).toBe("df-decline-comment");
    await expectAccessible(ale, "development funds: decline, with errors");
    await ale.getByLabel(/^Kommentar/).fill("Vi arbetar tillsammans med Göteborg i år.");
    await ale.getByRole("button", { name: "Avstå", exact: true }).click();

    const dialog = ale.getByRole("dialog", { name: `Avstå från utvecklingsmedel ${r.year}?` });
    await dialog.waitFor();
    await dialog.getByText("Skäl: Annat.").waitFor();
    await expectAccessible(ale, "development funds: confirm the decline");
    await dialog.getByRole("button", { name: "Avstå", exact: true }).click();
    await ale.getByRole("heading", { name: "Ni avstår från medlen" }).waitFor();
    await ale.getByText(/Skäl: Annat\./).waitFor();
    await ale.getByText("Vi arbetar tillsammans med Göteborg i år.").waitFor();
    await ale.getByRole("button", { name: "Ångra och rekvirera ändå" }).waitFor();
    expect(await ale.getByRole("heading", { name: "Rekvirera", exact: true }).count()).toBe(0);
    await expectAccessible(ale, "development funds: declined");
    await screenshot(ale, "devfunds-declined");
    await ale.context().close();

    const sos = await signedIn(SOS);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await sos.getByRole("navigation", { name: "Utvecklingsmedel", exact: true }).getByRole("link", { name: "Statistik", exact: true }).click();
    await sos.getByRole("heading", { level: 1, name: "Statistik över utvecklingsmedel" }).waitFor();
    await sos.getByLabel("År", { exact: true }).selectOption(String(r.year));
    await sos.getByRole("heading", { level: 2, name: new RegExp(`^${r.year}, Hela landet`) }).waitFor();
    const usage = sos.getByRole("table", { name: /Tabell 8/ });
    await usage.waitFor();
    const count = async (name: RegExp) => kronor(await usage.getByRole("row", { name }).locator("td").first().textContent());
    expect(await count(/^Avstod\s/)).toBe(1);
    expect(await count(/^Avstod: Annat/)).toBe(1);
    expect(await count(/^Inte rekvirerat, inget svar/)).toBe(289);
    const kommuner = sos.getByRole("table", { name: new RegExp(`^290 kommuner ${r.year}`) });
    expect(await kommuner.getByRole("row", { name: /^Ale\s/ }).textContent()).toContain("Avstod (Annat)");
    await expectAccessible(sos, "development funds: statistics with a decline");
    await sos.context().close();
  });

  it("the handläggare publishes an advance notice, Göteborg sees it, and then the difference once the allocation is published", async () => {
    const r = await round(false);
    const sos = await signedIn(SOS);
    await openRound(sos, r.title);
    await sos.getByRole("table", { name: "Fördelning till 290 kommuner" }).waitFor();
    const expected = kronor(
      await sos
        .getByRole("table", { name: "Fördelning till 290 kommuner" })
        .getByRole("row", { name: /^Göteborg\s/ })
        .locator("td")
        .last()
        .textContent(),
    );
    await sos.getByRole("button", { name: "Publicera förhandsbesked" }).click();
    const dialog = sos.getByRole("dialog", { name: `Publicera förhandsbesked för ${r.year}?` });
    await dialog.waitFor();
    await expectAccessible(sos, "development funds: confirm the advance notice");
    await dialog.getByRole("button", { name: "Publicera förhandsbesked" }).click();
    await sos.getByText(`Förhandsbeskedet för ${r.year} är publicerat.`).waitFor();
    await sos.getByText(/Förhandsbeskedet publicerades/).waitFor();
    expect(await sos.getByRole("button", { name: "Publicera förhandsbesked" }).count()).toBe(0);
    await sos.getByRole("button", { name: "Publicera fördelningen" }).waitFor();

    const gbg = await signedIn(GOTEBORG);
    await openRound(gbg, r.title);
    await gbg.getByRole("heading", { name: "Förhandsbesked", level: 2 }).waitFor();
    expect(kronor(await gbg.locator("#df-notice-amount").textContent())).toBe(expected);
    expect(await gbg.locator("#df-notice-text").textContent()).toMatch(/kan ändras när budgeten fastställs/);
    await expectAccessible(gbg, "development funds: advance notice (kommun)");
    await screenshot(gbg, "devfunds-advance-notice");

    // Socialstyrelsen publishes the allocation; Göteborg's page compares the allotment with the notice.
    await sos.getByRole("button", { name: "Publicera fördelningen" }).click();
    await sos
      .getByRole("dialog", { name: `Publicera fördelningen för ${r.year}?` })
      .getByRole("button", { name: "Publicera fördelningen" })
      .click();
    await sos.getByText(`Fördelningen för ${r.year} är publicerad.`).waitFor();
    await sos.context().close();

    await gbg.reload();
    await gbg.getByRole("heading", { name: "Vår tilldelning" }).waitFor();
    expect(kronor(await gbg.locator("#df-allotment-amount").textContent())).toBe(expected);
    await gbg.getByText(/^Förhandsbesked \d/).waitFor();
    expect(await gbg.locator("#df-notice-difference").textContent()).toBe("Samma som förhandsbeskedet");
    await expectAccessible(gbg, "development funds: allotment after the notice");
    await gbg.context().close();
  });

  it("Göteborg withdraws a decline, is told of a wrong check digit before sending, and requisitions after all", async () => {
    const r = await round(true);
    const gbgApi = await apiAs(GOTEBORG);
    await gbgApi(`mutation ($i: DeclineAllotmentInput!) { declineAllotment(input: $i) { declinedAt } }`, { i: { roundId: r.id, reason: "NO_CAPACITY" } });
    const page = await signedIn(GOTEBORG);
    await openRound(page, r.title);
    await page.getByRole("heading", { name: "Ni avstår från medlen" }).waitFor();
    await page.getByRole("button", { name: "Ångra och rekvirera ändå" }).click();
    await page.getByText("Avståendet är ångrat. Nu kan ni rekvirera.").waitFor();
    await page.getByRole("heading", { name: "Rekvirera", exact: true }).waitFor();

    await page.getByLabel("Kategori, rad 1").selectOption({ label: "Samordning" });
    // A test number with a valid check digit (the form prefills the one kept, if an earlier requisition gave one).
    await page.getByLabel("Organisationsnummer", { exact: true }).fill("212000-9994");
    await page.getByLabel("Nummer", { exact: true }).fill("5050-1056");
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Kontrollsiffran stämmer inte. Kontrollera bankgironumret." }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("df-req-number");
    await page.getByLabel("Nummer", { exact: true }).fill("505-010");
    await page.getByText("Ett bankgironummer har 7 eller 8 siffror, till exempel 5050-1055.").first().waitFor();
    await expectAccessible(page, "development funds: requisition with a wrong number");
    await page.getByLabel("Nummer", { exact: true }).fill("5050-1055");
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText(/Rekvisitionen är skickad\. Diarienummer: SoS/).waitFor();
    await page.context().close();
  });
});
