import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { ngoApplicationInput } from "../helpers/ngo-application.mjs";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const DALS_ED = "samordnare@dals-ed.demo.samverka.se";
const GULLSPANG = "samordnare@gullspang.demo.samverka.se";
const ANALYST = "analys@vardanalys.demo.samverka.se";
const NGO = "ansokan@kvinnojouren-goteborg.demo.samverka.se";
const BANKGIRO = "5050-1055";
/** Organisation numbers with a valid check digit, for the tests only (not the demo kommuner's real ones). */
const KOMMUN_ORG_NUMBER = "212000-9994";
const NGO_ORG_NUMBER = "802000-0009";

const DAY = 86_400_000;

let browser: Browser;

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

/** From the main menu to the round. */
async function openRound(page: Page, roundTitle: string) {
  await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "Utvecklingsmedel" }).waitFor();
  await page.getByRole("link", { name: roundTitle, exact: true }).click();
  await page.getByRole("heading", { level: 1, name: roundTitle }).waitFor();
}

/** `1 250 000 kr` → 1250000 */
function kronor(text: string | null): number {
  return Number((text ?? "").replace(/\D/g, ""));
}

interface Round {
  id: string;
  year: number;
  title: string;
}

/**
 * A round of its own, open and with its allocation published. Other spec files share the
 * database: it takes the first year from 2041 that has no round.
 */
async function publishedRound(): Promise<Round> {
  const sos = await apiAs(SOS);
  const years = new Set((await sos(`{ developmentFundRounds { year } }`)).developmentFundRounds.map((r: { year: number }) => r.year));
  let year = 2041;
  while (years.has(year)) year++;
  const opened = await sos(`mutation ($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  const id = opened.openDevelopmentFundRound.id as string;
  await sos(`mutation ($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: id });
  return { id, year, title: `Utvecklingsmedel ${year}` };
}

async function allotment(email: string, roundId: string): Promise<number> {
  return (await (await apiAs(email))(`query ($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).myAllotment.allotment.amount;
}

async function requisition(email: string, roundId: string, input: Record<string, unknown>): Promise<string> {
  const data = await (
    await apiAs(email)
  )(`mutation ($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
    i: {
      roundId,
      contactName: "Samordnare",
      contactEmail: email,
      paymentMethod: "BANKGIRO",
      paymentNumber: BANKGIRO,
      organisationNumber: KOMMUN_ORG_NUMBER,
      ...input,
    },
  });
  return data.requisitionDevelopmentFunds.id;
}

/** Dals-Ed's requisition of the whole allotment jointly with Gullspång, asking for up to 150 000 kr more, not yet confirmed. */
async function jointRequisition(roundId: string): Promise<string> {
  const gullspang = (await (await apiAs(GULLSPANG))(`{ me { organisation { id } } }`)).me.organisation.id;
  const amount = (await allotment(DALS_ED, roundId)) + (await allotment(GULLSPANG, roundId));
  return requisition(DALS_ED, roundId, {
    amount,
    plannedUse: [{ category: "SAMORDNING", amount }],
    jointMemberOrganisationIds: [gullspang],
    wantsMore: true,
    wantsMoreUpTo: 150_000,
  });
}

/**
 * Göteborg has requisitioned all, Ale 100 000 kr less and asks for up to 250 000 kr more, Dals-Ed
 * with Gullspång jointly all and asks for up to 150 000 kr more. Returns what Ale requisitioned.
 */
async function requisitioned(roundId: string): Promise<{ aleRequested: number; aleRequisition: string }> {
  const gbg = await allotment(GOTEBORG, roundId);
  await requisition(GOTEBORG, roundId, { amount: gbg, plannedUse: [{ category: "SAMORDNING", amount: gbg }] });
  const aleRequested = (await allotment(ALE, roundId)) - 100_000;
  const aleRequisition = await requisition(ALE, roundId, {
    amount: aleRequested,
    plannedUse: [
      { category: "KOMPETENSUTVECKLING", amount: aleRequested - 50_000 },
      { category: "METODER", amount: 50_000 },
    ],
    wantsMore: true,
    wantsMoreUpTo: 250_000,
  });
  const joint = await jointRequisition(roundId);
  await (
    await apiAs(GULLSPANG)
  )(`mutation ($id: ID!) { confirmJointRequisition(id: $id) { status } }`, { id: joint });
  return { aleRequested, aleRequisition };
}

/** Requisitioned as above, the window closed and what was not requisitioned redistributed. */
async function redistributed(roundId: string) {
  const result = await requisitioned(roundId);
  const sos = await apiAs(SOS);
  await sos(`mutation ($r: ID!) { closeRequisitionWindow(roundId: $r) { closesAt } }`, { r: roundId });
  await sos(`mutation ($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: roundId });
  return result;
}

/** Redistributed as above, and Ale paid. */
async function alePaid(roundId: string) {
  const result = await redistributed(roundId);
  await (
    await apiAs(SOS)
  )(`mutation ($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, {
    r: roundId,
    ids: [result.aleRequisition],
  });
  return result;
}

/** Kvinnojouren i Göteborg's application in the NGO pot, submitted. */
async function ngoSubmitted(roundId: string, title: string, amount: number): Promise<string> {
  const ngo = await apiAs(NGO);
  const sent = await ngo(`mutation ($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
    i: ngoApplicationInput(roundId, {
      title,
      description: "Stödsamtal för våldsutsatta kvinnor och deras barn i nordöstra Göteborg.",
      supportMissing: true,
      targetGroups: "Våldsutsatta kvinnor och barn",
      periodStart: "2030-01-01",
      periodEnd: "2030-12-31",
      requestedAmount: amount,
    }),
  });
  return sent.submitNgoApplication.id as string;
}

/** Kvinnojouren i Göteborg's application in the NGO pot, granted in full and paid. */
async function ngoPaid(roundId: string, title: string, amount: number): Promise<string> {
  const id = await ngoSubmitted(roundId, title, amount);
  const sos = await apiAs(SOS);
  await sos(
    `mutation ($id: ID!) { decideGrantApplication(id: $id, input: { outcome: APPROVED, motivation: "Prioriterad verksamhet.", rankingDeviationReason: "Stödet saknas annars i länet." }) { status } }`,
    { id },
  );
  await sos(`mutation ($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, { r: roundId, ids: [id] });
  return id;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("development funds: open, allocate, requisition, redistribute, pay, follow up, follow the statistics", () => {
  it("Socialstyrelsen opens a round for an unused year, previews and publishes the allocation", async () => {
    const sos = await signedIn(SOS);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await sos.getByRole("heading", { level: 1, name: "Utvecklingsmedel" }).waitFor();
    // The seeded history is listed, marked as demo data.
    await sos.getByRole("link", { name: "Utvecklingsmedel 2018", exact: true }).waitFor();
    await sos.getByText("Demodata", { exact: true }).first().waitFor();
    await expectAccessible(sos, "development funds: rounds (Socialstyrelsen)");
    await screenshot(sos, "devfunds-rounds");

    // Other spec files share the database: take the first year from 2031 that has no round.
    const listed = (await sos.getByRole("table").textContent()) ?? "";
    let year = 2031;
    while (listed.includes(`Utvecklingsmedel ${year}`)) year++;
    const roundTitle = `Utvecklingsmedel ${year}`;

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
    await sos.context().close();
  });

  it("Göteborg requisitions all of its allotment", async () => {
    const round = await publishedRound();
    const page = await signedIn(GOTEBORG);
    await openRound(page, round.title);
    await page.getByRole("heading", { name: "Vår tilldelning" }).waitFor();
    const allotment = kronor(await page.locator("#df-allotment-amount").textContent());
    expect(allotment).toBeGreaterThan(1_000_000);
    expect(kronor(await page.getByLabel("Belopp (kr)").inputValue())).toBe(allotment);
    await page.getByLabel("Kategori, rad 1").selectOption({ label: "Samordning" });
    await page.getByLabel("Organisationsnummer", { exact: true }).fill(KOMMUN_ORG_NUMBER);
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
    const round = await publishedRound();
    const page = await signedIn(ALE);
    await openRound(page, round.title);
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

    // Without the organisation number and the bankgiro number the form says so at the fields.
    await page.getByLabel("Organisationsnummer", { exact: true }).fill("");
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Ange bankgiro- eller plusgironummer." }).waitFor();
    await page.getByRole("alert").getByRole("link", { name: "Ange organisationsnummer." }).waitFor();
    expect(await page.getByLabel("Nummer", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "development funds: requisition with an error");

    // A number whose check digit does not match is refused too.
    await page.getByLabel("Organisationsnummer", { exact: true }).fill("212000-9995");
    await page.getByLabel("Nummer", { exact: true }).fill(BANKGIRO);
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret." }).waitFor();
    await page.getByLabel("Organisationsnummer", { exact: true }).fill(KOMMUN_ORG_NUMBER);
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();
    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText("Ja, upp till 250 000 kr").waitFor();
    expect(await page.getByRole("main").textContent()).toContain("Kompetensutveckling");
    await screenshot(page, "devfunds-requisition-sent");
    await page.context().close();
  });

  it("Dals-Ed requisitions jointly with Gullspång and asks for more", async () => {
    const round = await publishedRound();
    const page = await signedIn(DALS_ED);
    await openRound(page, round.title);
    await page.getByRole("heading", { name: "Vår tilldelning" }).waitFor();
    const allotment = kronor(await page.locator("#df-allotment-amount").textContent());
    expect(kronor(await page.getByLabel("Belopp (kr)").inputValue())).toBe(allotment);
    await page.getByLabel("Kategori, rad 1").selectOption({ label: "Samordning" });
    await page.getByLabel("Organisationsnummer", { exact: true }).fill(KOMMUN_ORG_NUMBER);
    await page.getByLabel("Nummer", { exact: true }).fill(BANKGIRO);
    await page.getByLabel("Vi vill gärna ha del av medel som blir över").check();
    await page.getByLabel("Upp till (kr)").fill("150 000");
    await page.getByLabel("Rekvirera gemensamt med andra kommuner").check();
    const picker = page.getByRole("combobox", { name: "Kommuner som rekvirerar tillsammans med oss" });
    await picker.fill("Gullsp");
    await page.getByRole("option", { name: /Gullspång/ }).click();
    await page.getByRole("button", { name: "Ta bort Gullspång", exact: true }).waitFor();
    await expectAccessible(page, "development funds: joint requisition form");
    await screenshot(page, "devfunds-joint-requisition");
    await page.getByRole("button", { name: "Skicka rekvisitionen" }).click();

    await page.getByRole("heading", { name: "Vår gemensamma rekvisition" }).waitFor();
    await page.getByText(/Den gemensamma rekvisitionen är skickad/).waitFor();
    await page.getByText("Väntar på bekräftelse", { exact: true }).waitFor();
    const members = page.getByRole("table", { name: "Bekräftelser (leds av Dals-Ed)" });
    expect(await members.getByRole("row", { name: /Gullspång/ }).textContent()).toContain("Inte bekräftad ännu");
    await expectAccessible(page, "development funds: joint requisition awaiting confirmation");
    await page.context().close();
  });

  it("Gullspång confirms the joint requisition", async () => {
    const round = await publishedRound();
    await jointRequisition(round.id);
    const page = await signedIn(GULLSPANG);
    await openRound(page, round.title);
    await page.getByRole("heading", { name: "Vår gemensamma rekvisition" }).waitFor();
    await page.getByRole("heading", { name: "Er bekräftelse behövs" }).waitFor();
    await expectAccessible(page, "development funds: joint requisition to confirm");
    await screenshot(page, "devfunds-joint-confirm");
    await page.getByRole("button", { name: "Bekräfta gemensam rekvisition" }).click();
    const dialog = page.getByRole("dialog", { name: "Bekräfta gemensam rekvisition" });
    await dialog.waitFor();
    await expectAccessible(page, "development funds: confirm the joint requisition");
    await dialog.getByRole("button", { name: "Bekräfta gemensam rekvisition" }).click();
    await page.getByText("Er bekräftelse är registrerad. Alla kommuner har bekräftat och rekvisitionen är beviljad.").waitFor();
    await page.getByText("Rekvirerad", { exact: true }).waitFor();
    expect(
      await page
        .getByRole("table", { name: "Bekräftelser (leds av Dals-Ed)" })
        .getByRole("row", { name: /Gullspång/ })
        .textContent(),
    ).toContain("Bekräftad");
    await page.context().close();
  });

  it("Socialstyrelsen sees the requisitions, closes the window and redistributes", async () => {
    const { id, year, title } = await publishedRound();
    await requisitioned(id);

    const sos = await signedIn(SOS);
    await openRound(sos, title);
    const table = sos.getByRole("table", { name: "3 rekvisitioner från kommuner" });
    await table.waitFor();
    await table.getByRole("row", { name: /Göteborg/ }).waitFor();
    const ale = table.getByRole("row", { name: /Ale/ });
    expect(await ale.textContent()).toMatch(/Ja, upp till 250\s000\skr/);
    expect(await ale.textContent()).toContain("Rekvirerad");
    const joint = table.getByRole("row", { name: /Dals-Ed/ });
    expect(await joint.textContent()).toContain("Gemensam med Gullspång");
    expect(await joint.textContent()).toMatch(/Ja, upp till 150\s000\skr/);
    // Ale's case file (akt), as handed out on request: a ZIP starting with its index.
    const [akt] = await Promise.all([sos.waitForEvent("download"), ale.getByRole("link", { name: "Akt (ZIP) Ale" }).click()]);
    expect(akt.suggestedFilename()).toMatch(/\.zip$/);
    expect(
      fs
        .readFileSync((await akt.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
    await sos.getByText("286 kommuner och 21 regioner har inte rekvirerat.").waitFor();
    await sos.getByText(/Omfördelning kan göras när rekvisitionstiden har gått ut/).waitFor();
    await sos.getByRole("table", { name: "3 mottagare att betala ut till" }).waitFor();
    await expectAccessible(sos, "development funds: requisitions (Socialstyrelsen)");
    await screenshot(sos, "devfunds-round-manager");

    // Everyone who was going to requisition has: close the window now.
    await sos.getByRole("button", { name: "Stäng rekvisitionen nu" }).click();
    const closeDialog = sos.getByRole("dialog", { name: `Stäng rekvisitionen för ${year} nu?` });
    await closeDialog.waitFor();
    expect(await closeDialog.textContent()).toContain("inga fler rekvisitioner");
    expect(await closeDialog.textContent()).toContain("omfördelningen");
    await expectAccessible(sos, "development funds: confirm closing the requisition");
    await closeDialog.getByRole("button", { name: "Stäng rekvisitionen nu" }).click();
    await sos.getByText(`Rekvisitionen för ${year} är stängd. Nu kan omfördelningen göras.`).waitFor();
    await sos.getByText("(har gått ut)").waitFor();
    expect(await sos.getByRole("button", { name: "Stäng rekvisitionen nu" }).count()).toBe(0);

    await sos.getByRole("button", { name: "Förhandsgranska omfördelningen" }).click();
    await sos.getByRole("heading", { name: "Förhandsgranskning" }).waitFor();
    const preview = sos.getByRole("table", { name: "2 mottagare av omfördelade medel" });
    await preview.waitFor();
    expect(kronor(await preview.getByRole("row", { name: /Ale/ }).locator("td").last().textContent())).toBe(250_000);
    expect(
      kronor(
        await preview
          .getByRole("row", { name: /Dals-Ed/ })
          .locator("td")
          .last()
          .textContent(),
      ),
    ).toBe(150_000);
    await expectAccessible(sos, "development funds: redistribution preview");
    await screenshot(sos, "devfunds-redistribution");

    await sos.getByRole("button", { name: "Omfördela", exact: true }).click();
    const redistDialog = sos.getByRole("dialog", { name: "Omfördela medlen?" });
    await redistDialog.waitFor();
    await expectAccessible(sos, "development funds: confirm the redistribution");
    await redistDialog.getByRole("button", { name: "Omfördela", exact: true }).click();
    await sos.getByText(/Omfördelningen är gjord: 400\s000\skr till 2 mottagare\./).waitFor();
    await sos.getByRole("heading", { name: "Omfördelningen", exact: true }).waitFor();
    expect(await table.getByRole("row", { name: /Ale/ }).textContent()).toMatch(/250\s000\skr/);
    await sos.context().close();
  });

  it("Socialstyrelsen marks Ale paid", async () => {
    const round = await publishedRound();
    const { aleRequested } = await redistributed(round.id);

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const payments = sos.getByRole("table", { name: "3 mottagare att betala ut till" });
    await payments.waitFor();
    const granted = aleRequested + 250_000;
    expect(kronor(await payments.getByRole("row", { name: /Ale/ }).locator("td").last().textContent())).toBe(granted);
    expect(await payments.getByRole("row", { name: /Ale/ }).textContent()).toContain("Inte exporterad");

    // The payment file for the finance system: every recipient ready to be paid, once.
    const [file] = await Promise.all([sos.waitForEvent("download"), sos.getByRole("link", { name: "Hämta betalfil (CSV)" }).click()]);
    expect(file.suggestedFilename()).toMatch(/^betalfil-\d+-.*\.csv$/);
    const lines = fs
      .readFileSync((await file.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("Mottagare,Organisationsnummer,Betalsätt,Kontonummer,Belopp (kr),Diarienummer,Referens");
    expect(lines).toHaveLength(4);
    const aleLine = lines.find((l) => l.startsWith("Ale,"))!;
    expect(aleLine).toContain(`,BANKGIRO,${BANKGIRO},${granted},`);
    expect(aleLine).toMatch(new RegExp(`Utvecklingsmedel ${round.year} `));
    await sos.reload();
    const exported = sos.getByRole("table", { name: "3 mottagare att betala ut till" });
    await exported.waitFor();
    expect(await exported.getByRole("row", { name: /Ale/ }).textContent()).not.toContain("Inte exporterad");
    await exported.getByRole("checkbox", { name: "Välj Ale", exact: true }).check();
    await sos.getByText(/^1 vald, /).waitFor();
    await sos.getByRole("button", { name: "Markera som utbetalda" }).click();
    const dialog = sos.getByRole("dialog", { name: "Markera 1 mottagare som utbetald?" });
    await dialog.waitFor();
    expect(kronor(await dialog.getByRole("listitem").first().textContent())).toBe(granted);
    await expectAccessible(sos, "development funds: confirm payment");
    await dialog.getByRole("button", { name: "Markera som utbetalda" }).click();
    await sos.getByText(/1 mottagare är markerad som utbetald/).waitFor();
    await sos.getByRole("table", { name: "2 mottagare att betala ut till" }).waitFor();
    await sos.getByRole("table", { name: "3 rekvisitioner från kommuner" }).getByRole("row", { name: /Ale/ }).getByText("Utbetald", { exact: true }).waitFor();
    await sos.context().close();
  });

  it("Socialstyrelsen sees the overdue follow-up reports and sends reminders", async () => {
    const round = await publishedRound();
    await alePaid(round.id);

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const section = sos.getByRole("region", { name: "Återrapportering", exact: true });
    await section.waitFor();
    await section
      .getByText("Inga försenade återrapporteringar.")
      .or(section.getByRole("table", { name: /försenade? återrapportering/ }))
      .waitFor();
    await expectAccessible(sos, "development funds: overdue follow-up reports");
    await section.getByRole("button", { name: "Skicka påminnelser om återrapportering" }).click();
    const dialog = sos.getByRole("dialog", { name: "Skicka påminnelser om återrapportering?" });
    await dialog.waitFor();
    await expectAccessible(sos, "development funds: confirm follow-up reminders");
    await dialog.getByRole("button", { name: "Skicka påminnelser om återrapportering" }).click();
    await section
      .getByRole("status")
      .filter({ hasText: /^\d+ mottagare har påmints\.$/ })
      .waitFor();
    await dialog.waitFor({ state: "hidden" });
    await sos.context().close();
  });

  it("Ale reports less used than granted and sees the repayment due", async () => {
    const round = await publishedRound();
    const { aleRequested } = await alePaid(round.id);

    const page = await signedIn(ALE);
    await openRound(page, round.title);
    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText("Utbetald", { exact: true }).first().waitFor();
    await page.getByText(/varav 250\s000\skr omfördelat/).waitFor();
    await page.getByRole("heading", { name: "Redovisa användningen" }).waitFor();
    expect(kronor(await page.getByLabel("Använt belopp (kr)", { exact: true }).inputValue())).toBe(aleRequested + 250_000);

    // Socialstyrelsen's tables have no coded follow-up for the year yet.
    const sos = await signedIn(SOS);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await sos.getByRole("navigation", { name: "Utvecklingsmedel", exact: true }).getByRole("link", { name: "Statistik", exact: true }).click();
    await sos.getByRole("heading", { level: 1, name: "Statistik över utvecklingsmedel" }).waitFor();
    await sos.getByLabel("År", { exact: true }).selectOption(String(round.year));
    await sos.getByText(`Ingen kommun eller ideell organisation har ännu skickat in en kodad återrapportering för ${round.year}.`).waitFor();

    // The extra 250 000 kr went unused; the amounts per area add up to what was used.
    await page.getByLabel("Använt belopp (kr)", { exact: true }).fill(String(aleRequested));
    await page.getByLabel(/Använt belopp \(kr\): Kunskap om regelverk och verksamma metoder$/).fill(String(aleRequested - 50_000));
    await page.getByLabel(/Använt belopp \(kr\): Samverkan och samordning$/).fill("50 000");
    await page.getByText(/Summa per område: [\d\s]+kr av använt belopp/).waitFor();
    await page.getByRole("radio", { name: "Specifik enhet inom socialtjänsten, till exempel IFO" }).check();
    await page.getByLabel("Kommentar (frivillig)").first().fill("Samordnaren sitter på IFO sedan mars.");
    await page.getByRole("radio", { name: "Ja", exact: true }).check();
    await page.getByRole("checkbox", { name: "Vuxna och barn som drabbats av hedersrelaterat våld" }).check();
    await page.getByRole("checkbox", { name: "Våldsutsatta äldre kvinnor över 65 år" }).check();
    await page.getByRole("checkbox", { name: "FREDA", exact: true }).check();
    await page.getByRole("checkbox", { name: "Motiverande samtal (MI)" }).check();
    await page.getByLabel("Vad har medlen använts till?").fill("Utbildning i FREDA för socialtjänsten och en ny rutin för samverkan med skolan.");
    await page.getByText(/250\s000\skr har inte använts och ska betalas tillbaka\./).waitFor();
    await expectAccessible(page, "development funds: follow-up form");
    await screenshot(page, "devfunds-follow-up");
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();

    await page.getByText(/Redovisningen är skickad\. 250\s000\skr ska betalas tillbaka till Socialstyrelsen\./).waitFor();
    await page.getByText("Återbetalning krävs", { exact: true }).waitFor();
    await page.getByText(/^Att återbetala: 250\s000\skr$/).waitFor();
    await page.getByText(/Betala tillbaka 250\s000\skr till Socialstyrelsen och ange diarienummer SoS/).waitFor();
    await page.getByText("Samordnaren sitter på IFO sedan mars.", { exact: false }).waitFor();
    await expectAccessible(page, "development funds: repayment due");
    await screenshot(page, "devfunds-repayment-due");
    await page.context().close();

    // The handläggare's Tabell 3–5 now count Ale.
    await sos.reload();
    await sos.getByRole("heading", { level: 1, name: "Statistik över utvecklingsmedel" }).waitFor();
    await sos.getByLabel("År", { exact: true }).selectOption(String(round.year));
    await sos.getByText("1 kommun har redovisat. 1 har finansierat samordnaren med utvecklingsmedel.").waitFor();
    const placement = sos.getByRole("table", { name: /^Samordningsfunktionens placering, antal \(n = 1\)/ });
    expect(
      await placement
        .getByRole("row", { name: /Specifik enhet inom socialtjänsten/ })
        .locator("td")
        .first()
        .textContent(),
    ).toBe("1");
    const groups = sos.getByRole("table", { name: /^Kommuner som använt medlen för utsatta grupper/ });
    expect(
      await groups
        .getByRole("row", { name: /hedersrelaterat våld/ })
        .locator("td")
        .first()
        .textContent(),
    ).toBe("1");
    const methods = sos.getByRole("table", { name: /^Kommuner som använt medlen för standardiserade metoder/ });
    expect(
      await methods
        .getByRole("row", { name: /^FREDA/ })
        .locator("td")
        .first()
        .textContent(),
    ).toBe("1");
    expect(await methods.getByRole("row", { name: /^SARA/ }).locator("td").first().textContent()).toBe("0");
    await expectAccessible(sos, "development funds: follow-up tables");
    await sos.context().close();
  });

  it("granting an NGO application past a higher-ranked undecided one asks for a reason, and the ranking shows it", async () => {
    const round = await publishedRound();
    const best = await ngoSubmitted(round.id, `Rankad först ${round.year}`, 100_000);
    const lower = `Rankad lägre ${round.year}`;
    const lowerId = await ngoSubmitted(round.id, lower, 100_000);
    const api = await apiAs(SOS);
    for (const [id, score] of [
      [best, 5],
      [lowerId, 2],
    ] as const) {
      await api(`mutation ($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, { id, i: { score, comment: "Bedömning" } });
    }

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const ranking = sos.getByRole("table", { name: "2 ansökningar, rangordnade" });
    await ranking
      .getByRole("row", { name: new RegExp(lower) })
      .getByRole("button", { name: /^Besluta/ })
      .click();
    const dialog = sos.getByRole("dialog");
    // The reason is asked only once the outcome grants money.
    expect(await dialog.getByLabel("Varför beviljas ansökan före en högre rankad?").count()).toBe(0);
    await dialog.getByRole("radio", { name: "Beviljas", exact: true }).check();
    await dialog.getByLabel("Motivering").fill("Verksamheten når kvinnor som annars saknar stöd.");
    await dialog.getByRole("button", { name: "Granska beslutet" }).click();
    await dialog.getByRole("alert").getByRole("link", { name: "Skriv varför ansökan beviljas före en högre rankad." }).waitFor();
    await expectAccessible(sos, "development funds: NGO decision asking for a ranking reason");
    await dialog.getByLabel("Varför beviljas ansökan före en högre rankad?").fill("Den högre rankade kompletteras först.");
    await dialog.getByRole("button", { name: "Granska beslutet" }).click();
    await dialog.getByRole("button", { name: "Fatta beslutet" }).click();
    await ranking.getByText("Avsteg från rangordningen: Den högre rankade kompletteras först.").waitFor();
    await sos.context().close();
  });

  it("an NGO writes and attaches in its application's thread, and the handläggare answers from the ranking and removes the attachment after confirming", async () => {
    const round = await publishedRound();
    const title = `Ärende ideell ${round.year}`;
    await ngoSubmitted(round.id, title, 100_000);
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    const ngo = await signedIn(NGO);
    await openRound(ngo, round.title);
    await ngo
      .getByRole("table", { name: "1 ansökan" })
      .getByRole("button", { name: `Meddelanden ${title}` })
      .click();
    const thread = ngo.getByRole("region", { name: "Ärendet / Meddelanden" });
    await thread.getByLabel("Meddelande", { exact: true }).fill("Får lokalhyran ingå i budgeten?");
    await thread.getByRole("button", { name: "Skicka meddelande" }).click();
    await thread.getByText("Får lokalhyran ingå i budgeten?").waitFor();
    await thread.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Hyresavtal.pdf", mimeType: "application/pdf", buffer: pdf });
    await thread.getByRole("button", { name: "Ladda upp" }).click();
    await ngo.getByText("Hyresavtal.pdf har laddats upp.").waitFor();
    // Submitted: the applicant no longer removes its attachments, and is offered no button for it.
    expect(await thread.getByRole("button", { name: "Ta bort Hyresavtal.pdf" }).count()).toBe(0);
    await expectAccessible(ngo, "development funds: the NGO's case thread");

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    await sos
      .getByRole("table", { name: "1 ansökan, rangordnad" })
      .getByRole("row", { name: new RegExp(title) })
      .getByRole("button", { name: /^Meddelanden/ })
      .click();
    const officerThread = sos.getByRole("region", { name: "Ärendet / Meddelanden" });
    await officerThread.getByText("Får lokalhyran ingå i budgeten?").waitFor();
    await officerThread.getByRole("button", { name: "Ta bort Hyresavtal.pdf" }).click();
    const dialog = sos.getByRole("dialog", { name: "Ta bort bilagan?" });
    await dialog.getByText("Bilagan Hyresavtal.pdf tas bort", { exact: false }).waitFor();
    await expectAccessible(sos, "development funds: confirming the removal of an attachment");
    // Cancelling keeps it.
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await officerThread.getByRole("link", { name: "Hyresavtal.pdf" }).waitFor();
    await officerThread.getByRole("button", { name: "Ta bort Hyresavtal.pdf" }).click();
    await dialog.getByRole("button", { name: "Ta bort", exact: true }).click();
    await sos.getByText("Hyresavtal.pdf har tagits bort.").waitFor();
    await officerThread.getByText("Inga bilagor.").waitFor();
    // Focus lands on the list's heading, not on the start of the page.
    await officerThread.getByRole("heading", { name: "Bilagor" }).and(sos.locator(":focus")).waitFor();
    await expectAccessible(sos, "development funds: the handläggare's case thread after a removal");
    await ngo.context().close();
    await sos.context().close();
  });

  it("an NGO applies in the web with its legal form, local activity and account; a company is refused per condition, an association is ranked with the bonus", async () => {
    const round = await publishedRound();
    const title = `Stödsamtal i Angered ${round.year}`;
    const page = await signedIn(NGO);
    await openRound(page, round.title);
    await page.getByRole("button", { name: "Ansök om utvecklingsmedel" }).click();
    await page.getByRole("heading", { name: `Ansökan om utvecklingsmedel ${round.year}` }).waitFor();
    await page.getByLabel("Rubrik").fill(title);
    await page.getByLabel("Organisationsnummer").fill(NGO_ORG_NUMBER);
    await page.getByLabel("Juridisk form").selectOption({ label: "Aktiebolag" });
    await page.getByLabel("Verksamhetsområde").selectOption({ label: "Insatser till våldsutsatta kvinnor" });
    await page.getByLabel("Beskrivning av verksamheten").fill("Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.");
    await page.getByLabel("Län där ni verkar").selectOption({ label: "Västra Götalands län" });
    await page.getByLabel("Stödet saknas i dag där vi verkar").check();
    await page.getByLabel("Målgrupper").fill("Våldsutsatta kvinnor");
    await page.getByLabel("Sökt belopp (kr)").fill("100 000");
    await page.getByLabel("Kategori, rad 1").fill("Personal");
    await page.getByLabel("Belopp, rad 1").fill("100 000");
    await page.getByRole("radio", { name: "Plusgiro" }).check();
    await page.getByLabel("Nummer", { exact: true }).fill("28 65 43-4");
    await expectAccessible(page, "development funds: NGO application form");

    // A company that is not active locally: the server says each condition not met, next to its field.
    await page.getByRole("button", { name: "Skicka ansökan" }).click();
    const alert = page.getByRole("alert");
    await alert.getByRole("link", { name: /kan sökas av ideella föreningar och stiftelser/ }).waitFor();
    await alert.getByRole("link", { name: /verksam på lokal nivå/ }).waitFor();
    expect(await page.getByLabel("Juridisk form").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "development funds: NGO application refused as not eligible");

    await page.getByLabel("Juridisk form").selectOption({ label: "Ideell förening" });
    await page.getByLabel("Vi är verksamma på lokal nivå, i vår kommun eller vårt län").check();
    await page.getByRole("button", { name: "Skicka ansökan" }).click();
    await page.getByRole("heading", { name: "Våra ansökningar" }).waitFor();
    await page.getByRole("rowheader", { name: title }).waitFor();
    await page.context().close();

    // The handläggare sees the conditions met and the score with the bonus for support otherwise missing.
    const api = await apiAs(SOS);
    const ranked = await api(`query ($r: ID!) { ngoRanking(roundId: $r) { application { id title } } }`, { r: round.id });
    const id = ranked.ngoRanking.find((r: { application: { title: string } }) => r.application.title === title).application.id;
    await api(`mutation ($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, { id, i: { score: 4, comment: "Bedömning" } });
    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const row = sos.getByRole("table", { name: "1 ansökan, rangordnad" }).getByRole("row", { name: new RegExp(title) });
    await row.getByText("Uppfyller villkoren").waitFor();
    await row.getByText("Medelbetyg 4,0 + 0,5").waitFor();
    expect(await row.textContent()).toContain("4,5");
    await row.getByRole("button", { name: /^Bedöm\s*:/ }).click();
    const dialog = sos.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Villkor för att söka" }).waitFor();
    expect(await dialog.getByRole("list", { name: "Villkor för att söka" }).textContent()).toContain("Ideell förening eller stiftelse: Uppfyllt");
    await dialog.getByText("Plusgiro 286543-4").waitFor();
    await expectAccessible(sos, "development funds: NGO eligibility for the handläggare");
    await sos.context().close();
  });

  it("an NGO reports the use per its seven areas in the web and the handläggare's NGO table counts it", async () => {
    const round = await publishedRound();
    const title = `Stödsamtal ${round.year}`;
    await ngoPaid(round.id, title, 200_000);

    const page = await signedIn(NGO);
    await openRound(page, round.title);
    const mine = page.getByRole("table", { name: "1 ansökan" });
    await mine.getByText("Utbetald", { exact: true }).waitFor();
    await mine.getByRole("button", { name: `Redovisa användningen för ${title}` }).click();
    await page.getByRole("heading", { name: "Redovisa användningen" }).waitFor();
    expect(kronor(await page.getByLabel("Använt belopp (kr)", { exact: true }).inputValue())).toBe(200_000);
    // An NGO is asked its own seven areas, not the kommuner's.
    expect(await page.getByLabel(/Använt belopp \(kr\): Samverkan och samordning$/).count()).toBe(0);
    expect(await page.getByRole("radio", { name: "Enskild handläggare" }).count()).toBe(0);

    // 20 000 kr went unused; the areas first add up to the wrong sum, and the form says so.
    await page.getByLabel("Använt belopp (kr)", { exact: true }).fill("180 000");
    await page.getByLabel(/Använt belopp \(kr\): Stöd till våldsutsatta kvinnor$/).fill("150 000");
    await page.getByLabel(/Använt belopp \(kr\): Stöd till barn som upplevt våld$/).fill("20 000");
    await page.getByRole("checkbox", { name: "Våldsutsatta kvinnor med utländsk bakgrund" }).check();
    await page.getByLabel("Kommentar (frivillig)").first().fill("Samtalen hölls på arabiska och somaliska.");
    await page.getByRole("checkbox", { name: "FREDA", exact: true }).check();
    await page.getByLabel("Vad har medlen använts till?").fill("Stödsamtal för 40 kvinnor och en grupp för barn som upplevt våld.");
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();
    await page
      .getByRole("alert")
      .getByRole("link", { name: /Beloppen per område summerar till 170\s000\skr/ })
      .waitFor();
    await expectAccessible(page, "development funds: NGO follow-up with an error");

    await page.getByLabel(/Använt belopp \(kr\): Stöd till barn som upplevt våld$/).fill("30 000");
    await page.getByText(/Summa per område: 180\s000\skr av använt belopp 180\s000\skr\./).waitFor();
    await page.getByText(/20\s000\skr har inte använts och ska betalas tillbaka\./).waitFor();
    await expectAccessible(page, "development funds: NGO follow-up form");
    await screenshot(page, "devfunds-ngo-follow-up");
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();
    await page.getByText(/Redovisningen är skickad\. 20\s000\skr ska betalas tillbaka till Socialstyrelsen\./).waitFor();
    await mine.getByText("Återbetalning krävs", { exact: true }).waitFor();
    await mine.getByText(/Att återbetala: 20\s000\skr/).waitFor();
    expect(await mine.getByRole("button", { name: `Redovisa användningen för ${title}` }).count()).toBe(0);
    await page.context().close();

    const sos = await signedIn(SOS);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utvecklingsmedel", exact: true }).click();
    await sos.getByRole("navigation", { name: "Utvecklingsmedel", exact: true }).getByRole("link", { name: "Statistik", exact: true }).click();
    await sos.getByRole("heading", { level: 1, name: "Statistik över utvecklingsmedel" }).waitFor();
    await sos.getByLabel("År", { exact: true }).selectOption(String(round.year));
    const areas = sos.getByRole("table", { name: /^Ideella organisationer per verksamhetsområde, antal \(n = 1\)/ });
    await areas.waitFor();
    const women = areas.getByRole("row", { name: /Stöd till våldsutsatta kvinnor/ });
    expect(await women.locator("td").first().textContent()).toBe("1");
    expect(kronor(await women.locator("td").nth(1).textContent())).toBe(150_000);
    expect(
      await areas
        .getByRole("row", { name: /Arbete med våldsutövare/ })
        .locator("td")
        .first()
        .textContent(),
    ).toBe("0");
    await sos.context().close();
  });

  it("Socialstyrelsen marks the repayment received", async () => {
    // Ale has reported 250 000 kr unused.
    const round = await publishedRound();
    const { aleRequested, aleRequisition } = await alePaid(round.id);
    await (
      await apiAs(ALE)
    )(`mutation ($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: {
        applicationId: aleRequisition,
        usedAmount: aleRequested,
        report: "Utbildning i FREDA för socialtjänsten och en ny rutin för samverkan med skolan.",
        usedByCategory: [{ category: "KOMPETENSUTVECKLING", amount: aleRequested }],
        coordinatorPlacement: "Socialtjänstens ledningsstab",
        targetGroups: ["Våldsutsatta kvinnor"],
        assessmentMethods: ["FREDA"],
      },
    });

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const table = sos.getByRole("table", { name: "3 rekvisitioner från kommuner" });
    const ale = table.getByRole("row", { name: /Ale/ });
    await ale.getByText(/Ska återbetala 250\s000\skr/).waitFor();
    await ale.getByRole("button", { name: "Återbetalning mottagen Ale" }).click();
    const dialog = sos.getByRole("dialog", { name: "Markera återbetalningen som mottagen?" });
    await dialog.waitFor();
    await expectAccessible(sos, "development funds: confirm the repayment");
    await dialog.getByRole("button", { name: "Återbetalning mottagen" }).click();
    await sos.getByText(/Återbetalningen från Ale \(250\s000\skr\) är markerad som mottagen\./).waitFor();
    await ale.getByText("Återbetald", { exact: true }).waitFor();
    await expectAccessible(sos, "development funds: repayment received");
    await sos.context().close();
  });

  it("the handläggare reviews Ale's follow-up report and decides a reclaim, and Ale sees the decision", async () => {
    const round = await publishedRound();
    const { aleRequested, aleRequisition } = await alePaid(round.id);
    const granted = aleRequested + 250_000;
    await (
      await apiAs(ALE)
    )(`mutation ($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: {
        applicationId: aleRequisition,
        usedAmount: granted,
        report: "Medlen har gått till en konferensresa för förvaltningsledningen.",
        usedByCategory: [{ category: "KOMPETENSUTVECKLING", amount: granted }],
        targetGroups: [],
        assessmentMethods: [],
      },
    });

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const section = sos.getByRole("region", { name: "Granskning av återrapporteringar" });
    const table = section.getByRole("table", { name: "1 återrapportering" });
    await table.getByRole("rowheader", { name: "Ale" }).waitFor();
    expect(await table.getByRole("row", { name: /Ale/ }).textContent()).toContain("Väntar på granskning");
    await expectAccessible(sos, "development funds: follow-up reports to review");
    await table.getByRole("button", { name: "Granska återrapporteringen från Ale" }).click();
    const dialog = sos.getByRole("dialog", { name: "Återrapportering från Ale" });
    await dialog.getByText("Medlen har gått till en konferensresa för förvaltningsledningen.").waitFor();
    await expectAccessible(sos, "development funds: a follow-up report under review");
    await dialog.getByRole("button", { name: "Besluta om återkrav" }).click();

    // Checked before the confirmation: the reasons are missing.
    await dialog.getByLabel("Belopp att återkräva (kr)").fill("100 000");
    await dialog.getByRole("button", { name: "Granska beslutet" }).click();
    await dialog.getByRole("alert").getByRole("link", { name: "Motivera återkravet." }).waitFor();
    await dialog.getByLabel("Motivering").fill("En konferensresa är inte utvecklingsarbete enligt villkoren i beslutet.");
    await dialog.getByRole("button", { name: "Granska beslutet" }).click();
    await dialog.getByRole("heading", { name: /^Återkräva 100\s000\skr från Ale\?$/ }).waitFor();
    await expectAccessible(sos, "development funds: confirm a reclaim");
    await screenshot(sos, "devfunds-reclaim-confirm");
    await dialog.getByRole("button", { name: "Besluta om återkrav" }).click();
    await section.getByText(/Återkrav på 100\s000\skr är beslutat för Ale\./).waitFor();
    await dialog.waitFor({ state: "hidden" });
    await section.getByText("Inga återrapporteringar med den statusen.").waitFor();
    await section.getByLabel("Visa").selectOption({ label: "Återkrav beslutat" });
    await section
      .getByRole("table", { name: "1 återrapportering" })
      .getByText(/Återkrävt 100\s000\skr/)
      .waitFor();
    await sos.context().close();

    const page = await signedIn(ALE);
    await openRound(page, round.title);
    await page.getByRole("heading", { name: "Vår rekvisition" }).waitFor();
    await page.getByText("Återbetalning krävs", { exact: true }).waitFor();
    await page.getByText("Återkrav beslutat", { exact: true }).waitFor();
    await page.getByText(/^Beslut om återkrav: 100\s000\skr$/).waitFor();
    await page.getByText(/En konferensresa är inte utvecklingsarbete/).waitFor();
    await page.getByText(/^Att återbetala: 100\s000\skr$/).waitFor();
    expect(await page.getByRole("link", { name: "Beslutsbrevet om återkrav (PDF)" }).getAttribute("href")).toBe(
      `/api/grant-applications/${aleRequisition}/reclaim-letter.pdf`,
    );
    await expectAccessible(page, "development funds: a reclaim decided");
    await screenshot(page, "devfunds-reclaim-recipient");
    await page.context().close();
  });

  it("the handläggare asks for a completion, and Ale edits the report it sent and resubmits it", async () => {
    const round = await publishedRound();
    const { aleRequested, aleRequisition } = await alePaid(round.id);
    const granted = aleRequested + 250_000;
    await (
      await apiAs(ALE)
    )(`mutation ($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: {
        applicationId: aleRequisition,
        usedAmount: granted,
        report: "Utbildning.",
        usedByCategory: [{ category: "KOMPETENSUTVECKLING", amount: granted }],
        targetGroups: ["Våldsutsatta äldre kvinnor över 65 år"],
        assessmentMethods: ["FREDA"],
        coordinatorPlacement: "Socialtjänstens ledningsstab",
      },
    });

    const sos = await signedIn(SOS);
    await openRound(sos, round.title);
    const section = sos.getByRole("region", { name: "Granskning av återrapporteringar" });
    await section.getByRole("button", { name: "Granska återrapporteringen från Ale" }).click();
    const dialog = sos.getByRole("dialog", { name: "Återrapportering från Ale" });
    await dialog.getByRole("button", { name: "Begär komplettering" }).click();
    await dialog.getByLabel("Vad behöver kompletteras?").fill("Beskriv vilka utbildningar som genomförts och för vilka.");
    await expectAccessible(sos, "development funds: ask for a completion of a follow-up report");
    await dialog.getByRole("button", { name: "Begär komplettering" }).click();
    await section.getByText(/^Komplettering är begärd från Ale senast \d{4}-\d{2}-\d{2}\.$/).waitFor();
    await sos.context().close();

    const page = await signedIn(ALE);
    await openRound(page, round.title);
    await page.getByText(/^Socialstyrelsen ber er komplettera återrapporteringen senast/).waitFor();
    // The request is shown above the report, and as an entry of the case thread.
    await page.getByText("Beskriv vilka utbildningar som genomförts och för vilka.").first().waitFor();
    await page.getByRole("region", { name: "Ärendet / Meddelanden" }).getByText("Beskriv vilka utbildningar som genomförts och för vilka.").waitFor();
    // The report sent in before, ready to edit.
    expect(await page.getByLabel("Vad har medlen använts till?").inputValue()).toBe("Utbildning.");
    expect(kronor(await page.getByLabel("Använt belopp (kr)", { exact: true }).inputValue())).toBe(granted);
    expect(await page.getByRole("checkbox", { name: "FREDA", exact: true }).isChecked()).toBe(true);
    await page.getByLabel("Vad har medlen använts till?").fill("");
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Beskriv vad medlen har använts till." }).waitFor();
    await expectAccessible(page, "development funds: completing a follow-up report");
    await page.getByLabel("Vad har medlen använts till?").fill("Utbildning i FREDA för 40 socialsekreterare i Ale, våren 2029.");
    // The question the earlier report left unanswered is asked for by the server, at the question.
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();
    await page.getByRole("alert").getByRole("link", { name: "Besvara frågan, den ingår i den nationella uppföljningen." }).waitFor();
    await page.getByRole("radio", { name: "Ja", exact: true }).check();
    await page.getByRole("button", { name: "Skicka redovisningen" }).click();
    await page.getByText("Redovisningen är skickad. Hela beloppet har använts.").waitFor();
    await page.getByText("Väntar på granskning", { exact: true }).waitFor();
    await page.context().close();
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
    await page.getByRole("table", { name: /per invånarantal den 31 december 2018 \(Tabell 9\)/ }).waitFor();
    await expectAccessible(page, "development funds: statistics, one county");
    await screenshot(page, "devfunds-statistics-county");
    await page.context().close();
  });
});
