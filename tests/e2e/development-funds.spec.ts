import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const ANALYST = "analys@vardanalys.demo.samverka.se";
const BANKGIRO = "5050-1055";

let browser: Browser;
let sos: Page;
let year = 0;
let roundTitle = "";

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

/** From the main menu to this spec's round. */
async function openRound(page: Page) {
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Utvecklingsmedel" }).waitFor();
  await page.getByRole("link", { name: roundTitle, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: roundTitle }).waitFor();
}

/** `1 250 000 kr` → 1250000 */
function kronor(text: string | null): number {
  return Number((text ?? "").replace(/\D/g, ""));
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("development funds: open, allocate, requisition, follow the statistics", () => {
  it("Socialstyrelsen opens a round for an unused year, previews and publishes the allocation", async () => {
    sos = await signedIn(SOS);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await sos.getByRole("heading", { level: 1, name: "Utvecklingsmedel" }).waitFor();
    // The seeded history is listed, marked as demo data.
    await sos.getByRole("link", { name: "Utvecklingsmedel 2018", exact: true }).waitFor();
    await sos.getByText("Demodata", { exact: true }).first().waitFor();
    await expectAccessible(sos, "development funds: rounds (Socialstyrelsen)");
    await screenshot(sos, "devfunds-rounds");

    // Other spec files share the database: take the first year from 2031 that has no round.
    const listed = (await sos.getByRole("table").textContent()) ?? "";
    year = 2031;
    while (listed.includes(`Utvecklingsmedel ${year}`)) year++;
    roundTitle = `Utvecklingsmedel ${year}`;

    await sos.getByRole("link", { name: "Öppna utvecklingsmedel" }).click();
    await sos.getByRole("heading", { level: 1, name: "Öppna utvecklingsmedel" }).waitFor();
    await sos.getByLabel("År", { exact: true }).fill(String(year));
    expect(kronor(await sos.getByLabel("Kommuner (kr)").inputValue())).toBe(75_000_000);
    expect(kronor(await sos.getByLabel("Regioner (kr)").inputValue())).toBe(31_500_000);
    expect(kronor(await sos.getByLabel("Ideella organisationer (kr)").inputValue())).toBe(8_000_000);
    expect(kronor(await sos.getByLabel("Lägsta belopp per kommun (kr)").inputValue())).toBe(80_000);
    await expectAccessible(sos, "development funds: open a round");
    await screenshot(sos, "devfunds-open");
    await sos.getByRole("button", { name: "Öppna utvecklingsmedel" }).click();

    await sos.getByRole("heading", { level: 1, name: roundTitle }).waitFor();
    await sos.getByText(`Utvecklingsmedel ${year} är öppnade`).waitFor();
    const allocation = sos.getByRole("table", { name: "Fördelning till 290 kommuner" });
    await allocation.waitFor();
    await allocation.getByRole("rowheader", { name: "Göteborg", exact: true }).waitFor();
    expect(await allocation.locator("tfoot").textContent()).toMatch(/75\s000\s000\skr/);
    // Sorted by amount, largest first, Stockholm leads.
    await allocation.getByRole("button", { name: /Belopp/ }).click();
    await allocation.getByRole("button", { name: /Belopp/ }).click();
    expect(await allocation.getByRole("columnheader", { name: /Belopp/ }).getAttribute("aria-sort")).toBe("descending");
    expect(await allocation.locator("tbody tr").first().locator("th").textContent()).toBe("Stockholm");
    await sos.getByRole("radio", { name: "Regioner (21)" }).check();
    await sos.getByRole("table", { name: "Fördelning till 21 regioner" }).waitFor();
    await expectAccessible(sos, "development funds: allocation preview");
    await screenshot(sos, "devfunds-allocation");

    await sos.getByRole("button", { name: "Publicera fördelningen" }).click();
    const dialog = sos.getByRole("dialog", { name: `Publicera fördelningen för ${year}?` });
    await dialog.waitFor();
    await expectAccessible(sos, "development funds: confirm publishing");
    await dialog.getByRole("button", { name: "Publicera fördelningen" }).click();
    await sos.getByText(`Fördelningen för ${year} är publicerad.`).waitFor();
    await sos.getByText(/Fördelningen publicerades/).waitFor();
  });

  it("Göteborg requisitions all of its allotment", async () => {
    const page = await signedIn(GOTEBORG);
    await openRound(page);
    await page.getByRole("heading", { name: "Vår tilldelning" }).waitFor();
    const allotment = kronor(await page.locator("#df-allotment-amount").textContent());
    expect(allotment).toBeGreaterThan(1_000_000);
    expect(kronor(await page.getByLabel("Belopp (kr)").inputValue())).toBe(allotment);
    await page.getByLabel("Kategori, rad 1").selectOption({ label: "Samordning" });
    await page.getByLabel("Nummer", { exact: true }).fill(BANKGIRO);
    await expectAccessible(page, "development funds: requisition form");
    await screenshot(page, "devfunds-requisition");
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();

    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText(/Rekvisitionen är skickad\. Diarienummer: SoS/).waitFor();
    await page.getByText("Rekvirerad", { exact: true }).waitFor();
    await expectAccessible(page, "development funds: our requisition");
    await page.context().close();
  });

  it("Ale requisitions part, corrects a missing number, and asks for more", async () => {
    const page = await signedIn(ALE);
    await openRound(page);
    await page.getByRole("heading", { name: "Vår tilldelning" }).waitFor();
    const allotment = kronor(await page.locator("#df-allotment-amount").textContent());
    const amount = allotment - 100_000;
    await page.getByLabel("Belopp (kr)").fill(String(amount));
    await page.getByLabel("Kategori, rad 1").selectOption({ label: "Kompetensutveckling" });
    await page.getByLabel("Belopp, rad 1").fill(String(amount - 50_000));
    await page.getByRole("button", { name: "Lägg till rad" }).click();
    await page.getByLabel("Kategori, rad 2").selectOption({ label: "Metoder (t.ex. FREDA)" });
    await page.getByLabel("Belopp, rad 2").fill("50 000");
    await page.getByText(/Stämmer med beloppet/).waitFor();
    await page.getByLabel("Vi vill gärna ha del av medel som blir över").check();
    await page.getByLabel("Upp till (kr)").fill("250 000");

    // Without the bankgiro number the form says so at the field.
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Ange bankgiro- eller plusgironummer." }).waitFor();
    expect(await page.getByLabel("Nummer", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "development funds: requisition with an error");

    await page.getByLabel("Nummer", { exact: true }).fill(BANKGIRO);
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText("Ja, upp till 250 000 kr").waitFor();
    expect(await page.getByRole("main").textContent()).toContain("Kompetensutveckling");
    await screenshot(page, "devfunds-requisition-sent");
    await page.context().close();
  });

  it("Socialstyrelsen sees both requisitions and who still has to be reminded", async () => {
    await sos.reload();
    await sos.getByRole("heading", { level: 1, name: roundTitle }).waitFor();
    const table = sos.getByRole("table", { name: "2 rekvisitioner från kommuner" });
    await table.waitFor();
    await table.getByRole("row", { name: /Göteborg/ }).waitFor();
    const ale = table.getByRole("row", { name: /Ale/ });
    expect(await ale.textContent()).toMatch(/Ja, upp till 250\s000\skr/);
    expect(await ale.textContent()).toContain("Rekvirerad");
    await sos.getByText("288 kommuner och 21 regioner har inte rekvirerat.").waitFor();
    await sos.getByText(/Omfördelning kan göras när rekvisitionstiden har gått ut/).waitFor();
    await sos.getByRole("table", { name: "2 mottagare att betala ut till" }).waitFor();
    await expectAccessible(sos, "development funds: requisitions (Socialstyrelsen)");
    await screenshot(sos, "devfunds-round-manager");
    await sos.context().close();
  });

  it("the analyst opens the statistics for 2018 with the map and its table", async () => {
    const page = await signedIn(ANALYST);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Statistik över utvecklingsmedel" }).waitFor();
    await page.getByLabel("År", { exact: true }).selectOption("2018");
    await page.getByRole("heading", { level: 2, name: /^2018, Hela landet/ }).waitFor();
    await page.getByText("Demodata", { exact: true }).first().waitFor();

    const groups = page.getByRole("table", { name: /per kommungrupp enligt SKR \(Tabell 10\)/ });
    await groups.waitFor();
    expect(await groups.getByRole("row", { name: /Totalt/ }).textContent()).toMatch(/290\s*266\s*92\s%/);
    const usage = page.getByRole("table", { name: /Tabell 8/ });
    expect(await usage.getByRole("row", { name: /Förbrukat allt eller delvis/ }).textContent()).toContain("266");

    const kommunTable = page.getByRole("table", { name: /^290 kommuner 2018/ });
    await kommunTable.waitFor();
    await page.locator(".df-map path[data-kod]").nth(289).waitFor({ state: "attached" });
    expect(await page.locator(".df-map path[data-kod]").count()).toBe(290);
    await page.getByText("Förklaring: kommunens status").waitFor();
    await expectAccessible(page, "development funds: statistics 2018");
    await screenshot(page, "devfunds-statistics");

    await page.getByRole("radio", { name: "Kronor per invånare" }).check();
    await page.getByText("Förklaring: rekvirerade kronor per invånare").waitFor();
    await page.getByLabel("Län", { exact: true }).selectOption({ label: "Västra Götalands län" });
    await page.getByRole("table", { name: /^49 kommuner 2018/ }).waitFor();
    await expect.poll(() => page.locator(".df-map path[data-kod]").count()).toBe(49);
    await page.getByLabel("Gruppera efter").selectOption({ label: "Invånarantal (Tabell 9)" });
    await page.getByRole("table", { name: /per invånarantal \(Tabell 9\)/ }).waitFor();
    await expectAccessible(page, "development funds: statistics, one county");
    await screenshot(page, "devfunds-statistics-county");
    await page.context().close();
  });
});
