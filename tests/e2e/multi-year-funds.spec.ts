import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const REGION = "samordnare@vgregion.demo.samverka.se";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** `1 250 000 kr` → 1250000 */
function kronor(text: string | null): number {
  return Number((text ?? "").replace(/[^\d-]/g, ""));
}

describe("development funds used over more than one year", () => {
  it("Socialstyrelsen opens a round usable for two years, and the region files the first year's partial report from its start page", async () => {
    const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    const thisYear = Number(today.slice(0, 4));
    // A round of its own: other spec files share the database, so the latest past year without a round.
    const sosApi = await apiAs(SOS);
    const taken = new Set((await sosApi(`{ developmentFundRounds { year } }`)).developmentFundRounds.map((r: { year: number }) => r.year));
    let year = thisYear - 1;
    while (taken.has(year)) year--;
    expect(year).toBeGreaterThanOrEqual(thisYear - 3);

    // The round form: a last day of use within the year is refused on its field, and nothing is opened.
    const sos = await openAs(browser, SOS);
    await sos.goto(new URL("/utvecklingsmedel/omgangar/ny", sos.url()).toString());
    await sos.getByRole("heading", { level: 1, name: "Öppna utvecklingsmedel" }).waitFor();
    await sos.getByLabel(/^År/).fill(String(year));
    await sos.getByLabel(/^Redovisas senast/).fill(`${thisYear + 1}-03-31`);
    await sos.getByLabel(/^Får användas till och med/).fill(`${year}-12-31`);
    await sos.getByRole("button", { name: "Öppna utvecklingsmedel" }).click();
    await sos
      .getByRole("alert")
      .getByRole("link", { name: /Välj ett datum efter årets slut/ })
      .waitFor();
    await expectAccessible(sos, "the round form with a refused last day of use");
    expect((await sosApi(`{ developmentFundRounds { year } }`)).developmentFundRounds.some((r: { year: number }) => r.year === year)).toBe(false);

    await sos.getByLabel(/^Får användas till och med/).fill(`${thisYear}-12-31`);
    await sos.getByRole("button", { name: "Öppna utvecklingsmedel" }).click();
    await sos.getByRole("heading", { level: 1, name: `Utvecklingsmedel ${year}` }).waitFor();
    const roundId = /omgangar\/(\d+)/.exec(sos.url())![1];
    await sos.close();

    // Allocation, the region's requisition and the payment, through the API.
    await sosApi(`mutation ($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId });
    const regionApi = await apiAs(REGION);
    const amount = (await regionApi(`query ($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).myAllotment.allotment
      .amount as number;
    const made = await regionApi(`mutation ($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
      i: {
        roundId,
        amount,
        plannedUse: [{ category: "SAMORDNING", amount }],
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
      },
    });
    await sosApi(`mutation ($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, {
      r: roundId,
      ids: [made.requisitionDevelopmentFunds.id],
    });

    // The region's start page lists the partial report as due (overdue since early this year), and leads to the round.
    const page = await openAs(browser, REGION);
    const group = page.getByRole("region", { name: /^Delrapporter att lämna/ });
    const item = group.getByRole("listitem").filter({ hasText: String(year) });
    await item.waitFor();
    await item.getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: `Utvecklingsmedel ${year}` }).waitFor();
    await page.getByRole("heading", { name: "Delrapporter" }).waitFor();
    await page.getByText(`Medlen får användas till och med ${thisYear}-12-31`).waitFor();
    const table = page.getByRole("table", { name: /^Delrapporter per år/ });
    expect(await table.getByRole("row").nth(1).textContent()).toContain("Försenad");
    // The final report waits for the end of the period: no form for it yet.
    expect(await page.getByRole("button", { name: "Skicka redovisningen" }).count()).toBe(0);
    await expectAccessible(page, "the region's round with a partial report due");

    // Checked before anything is sent; then the server asks for the follow-up form's core answers, and nothing is stored.
    await page.getByRole("button", { name: "Skicka delrapporten" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Beskriv vad som har gjorts under året." }).waitFor();
    await page.getByLabel(/^Använt under året \(kr\)/).fill("120 000");
    await page.getByLabel(/^Vad har gjorts under året\?/).fill("Regionen har utbildat personal i FREDA.");
    await page.getByRole("button", { name: "Skicka delrapporten" }).click();
    await page
      .getByRole("alert")
      .getByRole("link", { name: /Besvara frågan, den ingår i den nationella uppföljningen/ })
      .waitFor();
    await expectAccessible(page, "the partial report on the follow-up form, refused without its core answers");
    expect(await table.getByRole("row").nth(1).textContent()).toContain("Inte lämnad");

    // The year on the same form as the final report: the amounts per area add up to the year's.
    await page.getByLabel(/Använt belopp \(kr\): Samverkan och samordning$/).fill("70 000");
    await page.getByLabel(/Använt belopp \(kr\): Kunskap om regelverk och verksamma metoder$/).fill("50 000");
    await page.getByText(/Summa per område: 120\s000\skr av använt belopp/).waitFor();
    await page.getByRole("radio", { name: "Förvaltningsövergripande nivå (stabsfunktion)" }).check();
    await page.getByRole("radio", { name: "Ja", exact: true }).check();
    await page.getByRole("checkbox", { name: "Våldsutsatta unga kvinnor" }).check();
    await page.getByRole("checkbox", { name: "FREDA", exact: true }).check();
    await page.getByRole("button", { name: "Skicka delrapporten" }).click();
    await page.getByText(`Delrapporten för ${year} är skickad.`).waitFor();
    // The year's answers are shown as the final report's are.
    await page.getByText(`Delrapport ${year}`, { exact: true }).click();
    await page.getByRole("definition").filter({ hasText: "Förvaltningsövergripande nivå (stabsfunktion)" }).waitFor();
    await page.getByText(/Använt hittills enligt delrapporterna: 120\s000\skr/).waitFor();
    expect(kronor(await table.getByRole("row").nth(1).getByRole("cell").nth(1).textContent())).toBe(120_000);
    await expectAccessible(page, "the region's round with the partial report filed");
    await page.setViewportSize({ width: 390, height: 800 });
    await expectAccessible(page, "the region's round with the partial report filed, at 390 px");
    await page.close();

    // The handläggare sees what the partial reports say in the round's list of requisitions.
    const officer = await openAs(browser, SOS);
    await officer.goto(new URL(`/utvecklingsmedel/omgangar/${roundId}`, officer.url()).toString());
    await officer.getByRole("heading", { level: 1, name: `Utvecklingsmedel ${year}` }).waitFor();
    await officer.getByRole("region", { name: "Rekvisitioner" }).getByRole("radio", { name: "Regioner", exact: true }).check();
    await officer.getByText(new RegExp(`Delrapporterat hittills 120\\s000\\skr \\(${year}\\)`)).waitFor();
    await expectAccessible(officer, "the officer's round with a partial report filed");

    // The national tables count final reports as used; the partial reports show beside them as used so far, with a note saying so.
    await officer.goto(new URL("/utvecklingsmedel/statistik", officer.url()).toString());
    await officer.getByLabel("År", { exact: true }).selectOption(String(year));
    const kinds = officer.getByRole("table", { name: /^Tillgängliga, rekvirerade och använda medel/ });
    await kinds
      .getByRole("row", { name: /Regioner/ })
      .getByText(/Hittills 120\s000\skr enligt delrapporter/)
      .waitFor();
    await officer
      .getByText(/ingår delrapporterna som ”använt hittills” tills slutrapporten är lämnad/)
      .first()
      .waitFor();
    await expectAccessible(officer, "the national tables with partial reports used so far");
    await officer.close();
  });
});
