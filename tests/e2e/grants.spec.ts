import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, openGrantCall as openCall } from "./api";
import { expectAccessible, launch, openAs, screenshot } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";
const JAMSTALLDHETSMYNDIGHETEN = "remiss@jamstalldhetsmyndigheten.demo.samverka.se";
const ANALYST = "analys@vardanalys.demo.samverka.se";

// This file's own calls and applications: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const CALL = `Stimulansmedel e2e ${stamp}`;
const TITLE = `Utbildning om våld i nära relationer ${stamp}`;

function isoDate(daysFromNow: number) {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** NCK's application of 600 000 kr with three budget lines, submitted to the call. */
async function submittedApplication(callId: string, title: string): Promise<string> {
  const nck = await apiAs(NCK);
  const saved = await nck(`mutation ($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
    i: {
      callId,
      title,
      purpose: "Höja kunskapen om våld i nära relationer hos socialtjänstens personal.",
      plannedActivities: "Fyra utbildningsdagar och ett webbinarium.",
      targetGroups: "Socialsekreterare och kvinnofridssamordnare.",
      periodStart: isoDate(90),
      periodEnd: isoDate(365),
      requestedAmount: 600_000,
      budgetLines: [
        { category: "Personal", amount: 300_000 },
        { category: "Utbildningsmaterial", amount: 200_000 },
        { category: "Resor", amount: 100_000 },
      ],
      contactName: "Nora NCK",
      contactEmail: NCK,
      purposeCategories: ["INFORMATION_AND_TRAINING"],
    },
  });
  const id = saved.saveGrantApplication.id as string;
  await nck(`mutation ($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id });
  return id;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("stimulus funds in the browser", () => {
  it("Socialstyrelsen opens a call; NCK applies with a budget of three lines and submits", async () => {
    const sos = await openAs(browser, SOCIALSTYRELSEN);
    await sos.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Stimulansmedel" }).click();
    await sos.getByRole("heading", { level: 1, name: "Stimulansmedel" }).waitFor();
    await sos.getByRole("table", { name: /utlysning/ }).waitFor();
    await expectAccessible(sos, "grants overview, Socialstyrelsen");
    await screenshot(sos, "grants-socialstyrelsen");

    await sos.getByRole("main").getByRole("link", { name: "Ny utlysning" }).click();
    await sos.getByRole("heading", { level: 1, name: "Ny utlysning" }).waitFor();
    await sos.getByLabel("Budget (kr)").fill("2 000 000");
    await sos.getByLabel("Rubrik").fill(CALL);
    await sos.getByLabel("Beskrivning").fill("Utlysning för webbtestet.");
    await sos.getByLabel("Sista ansökningsdag").fill(isoDate(60));
    await sos.getByLabel("Återrapportering senast").fill(isoDate(400));
    await expectAccessible(sos, "new call form");
    await sos.getByRole("button", { name: "Skapa utlysning" }).click();
    await sos.getByRole("heading", { level: 1, name: CALL }).waitFor();
    await sos.getByText(`Utlysningen ”${CALL}” är skapad.`).waitFor();

    await sos.context().close();

    const nck = await openAs(browser, NCK);
    await nck.goto("/stimulansmedel");
    await nck.getByRole("heading", { name: "Öppna utlysningar" }).waitFor();
    await nck.getByRole("heading", { name: "Mina ansökningar" }).waitFor();
    await expectAccessible(nck, "grants overview, NCK");
    await screenshot(nck, "grants-nck");

    await nck.getByRole("link", { name: `Ansök till ${CALL}` }).click();
    await nck.getByRole("heading", { level: 1, name: "Ansökan om stimulansmedel" }).waitFor();
    await nck.getByLabel("Rubrik").fill(TITLE);
    await nck.getByLabel("Syfte").fill("Höja kunskapen om våld i nära relationer hos socialtjänstens personal.");
    await nck
      .getByRole("group", { name: /^Ändamål/ })
      .getByLabel("Riktade insatser för vissa grupper")
      .check();
    await nck.getByLabel("Planerade aktiviteter").fill("Fyra utbildningsdagar och ett webbinarium.");
    await nck.getByLabel("Målgrupper").fill("Socialsekreterare och kvinnofridssamordnare.");
    await nck.getByLabel("Period från").fill(isoDate(90));
    await nck.getByLabel("Period till").fill(isoDate(365));
    await nck.getByLabel("Sökt belopp (kr)").fill("600 000");
    const lines = [
      ["Personal", "300 000"],
      ["Utbildningsmaterial", "200 000"],
      ["Resor", "100 000"],
    ];
    for (const [i, [category, amount]] of lines.entries()) {
      if (i > 0) await nck.getByRole("button", { name: "Lägg till budgetrad" }).click();
      await nck.getByLabel(`Kategori, budgetrad ${i + 1}`).fill(category);
      await nck.getByLabel(`Belopp (kr), budgetrad ${i + 1}`).fill(amount);
    }
    await nck.getByText(/Summa: 600\s000\skr\. Stämmer med sökt belopp\./).waitFor();
    // The draft saves itself and gets its own address.
    await nck.getByText(/^Sparat \d{2}:\d{2}$/).waitFor();
    await expect.poll(() => nck.url()).toMatch(/\/stimulansmedel\/ansokningar\/\d+$/);
    await expectAccessible(nck, "application form");
    await screenshot(nck, "grants-application-form");

    await nck.getByRole("button", { name: "Skicka in ansökan" }).click();
    const confirm = nck.getByRole("dialog", { name: "Skicka in ansökan?" });
    await expectAccessible(nck, "submit confirmation");
    await confirm.getByRole("button", { name: "Skicka in", exact: true }).click();
    await nck.getByText(/Ansökan är inskickad\. Diarienummer: SoS \d{4}-\d{4}\./).waitFor();
    await nck.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await nck.getByRole("button", { name: "Återkalla ansökan" }).waitFor();
    await expectAccessible(nck, "submitted application");
    await nck.context().close();
  });

  it("goes on remiss to Jämställdhetsmyndigheten, is partly approved, and NCK downloads the decision letter", async () => {
    const call = `Stimulansmedel remiss e2e ${stamp}`;
    const title = `Utbildning om våld i nära relationer, remiss ${stamp}`;
    const callId = await openCall(call);
    const applicationUrl = `/stimulansmedel/ansokningar/${await submittedApplication(callId, title)}`;

    const sos = await openAs(browser, SOCIALSTYRELSEN);
    await sos.goto(`/stimulansmedel/utlysningar/${callId}`);
    await sos.getByRole("heading", { level: 1, name: call }).waitFor();
    await sos.getByRole("checkbox", { name: new RegExp(`^Välj ${title}`) }).check();
    await sos.getByRole("button", { name: "Skicka på remiss (1 vald)" }).click();
    await sos.getByRole("dialog", { name: "Skicka 1 ansökan på remiss" }).getByRole("button", { name: "Skicka på remiss (1 vald)" }).click();
    await sos.getByText("1 ansökan är skickad på remiss.").waitFor();
    await sos
      .getByRole("row", { name: new RegExp(title) })
      .getByText("På remiss")
      .waitFor();
    await expectAccessible(sos, "call page, Socialstyrelsen");
    await screenshot(sos, "grants-call-socialstyrelsen");

    const jam = await openAs(browser, JAMSTALLDHETSMYNDIGHETEN);
    await jam.goto("/stimulansmedel");
    await jam.getByText("1 remiss väntar på svar.").waitFor();
    await expectAccessible(jam, "grants overview, Jämställdhetsmyndigheten");
    await jam.getByRole("link", { name: "Till remisserna" }).click();
    await jam.getByRole("heading", { level: 1, name: "Remisser" }).waitFor();
    await expectAccessible(jam, "consultations, Jämställdhetsmyndigheten");
    await screenshot(jam, "grants-jamstalldhetsmyndigheten");
    await jam.getByRole("link", { name: title }).click();
    await jam.getByRole("heading", { level: 1, name: title }).waitFor();
    await jam.getByRole("radio", { name: "Tillstyrker", exact: true }).check();
    await jam.getByLabel("Synpunkter").fill("Insatsen är angelägen och väl avgränsad.");
    await expectAccessible(jam, "opinion form");
    await jam.getByRole("button", { name: "Skicka remissvar" }).click();
    await jam.getByRole("dialog", { name: "Skicka remissvaret?" }).getByRole("button", { name: "Skicka", exact: true }).click();
    await jam.getByText("Remissvaret är skickat till Socialstyrelsen.").waitFor();
    await jam.context().close();

    await sos.goto(applicationUrl);
    await sos.getByRole("heading", { level: 1, name: title }).waitFor();
    await sos.getByText("Insatsen är angelägen och väl avgränsad.").waitFor();
    await sos.getByRole("button", { name: "Fatta beslut" }).click();
    const decision = sos.getByRole("dialog", { name: "Fatta beslut" });
    await decision.getByRole("radio", { name: "Beviljas delvis" }).check();
    await decision.getByLabel("Beviljat belopp (kr)").fill("400 000");
    await decision.getByLabel("Motivering").fill("Insatsen beviljas delvis; resorna ryms inte i årets medel.");
    await expectAccessible(sos, "decision dialog");
    await decision.getByRole("button", { name: "Fatta beslut" }).click();
    await decision.getByText(/Beviljas delvis, 400\s000\skr av sökta 600\s000\skr/).waitFor();
    await decision.getByRole("button", { name: "Bekräfta beslutet" }).click();
    await sos.getByText("Beslutet är fattat och sökanden har aviserats.").waitFor();
    await sos.getByRole("definition").getByText("Delvis beviljad").waitFor();
    await expectAccessible(sos, "decided application, Socialstyrelsen");
    await screenshot(sos, "grants-application-socialstyrelsen");
    await sos.context().close();

    const nck = await openAs(browser, NCK);
    await nck.goto(applicationUrl);
    await nck.getByRole("heading", { level: 1, name: title }).waitFor();
    await nck.getByRole("heading", { name: "Beslut", exact: true }).waitFor();
    await expectAccessible(nck, "decided application, NCK");
    const [download] = await Promise.all([nck.waitForEvent("download"), nck.getByRole("link", { name: "Ladda ner beslutsbrev (PDF)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const file = await download.path();
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
    await nck.context().close();
  });

  it("the analyst follows the calls read-only", async () => {
    const call = `Stimulansmedel analys e2e ${stamp}`;
    const title = `Utbildning om våld i nära relationer, analys ${stamp}`;
    const id = await submittedApplication(await openCall(call), title);
    const sos = await apiAs(SOCIALSTYRELSEN);
    await sos(`mutation ($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [id] });
    await (
      await apiAs(JAMSTALLDHETSMYNDIGHETEN)
    )(`mutation ($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id } }`, {
      id,
      i: { opinion: "SUPPORTS", text: "Insatsen är angelägen och väl avgränsad." },
    });
    await sos(`mutation ($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { id } }`, {
      id,
      i: { outcome: "PARTIALLY_APPROVED", grantedAmount: 400_000, motivation: "Insatsen beviljas delvis; resorna ryms inte i årets medel." },
    });

    const analyst = await openAs(browser, ANALYST);
    await analyst.goto("/stimulansmedel");
    await analyst.getByRole("link", { name: call }).waitFor();
    expect(await analyst.getByRole("link", { name: "Ny utlysning" }).count()).toBe(0);
    await expectAccessible(analyst, "grants overview, analyst");
    await screenshot(analyst, "grants-analyst");
    await analyst.getByRole("link", { name: call }).click();
    await analyst
      .getByRole("row", { name: new RegExp(title) })
      .getByText("Delvis beviljad")
      .waitFor();
    expect(await analyst.getByRole("button", { name: /Skicka på remiss/ }).count()).toBe(0);
    await expectAccessible(analyst, "call page, analyst");

    // The yearly summary, as Tabell 1 of the final report (the demo history 2016–2018).
    await analyst.goto("/stimulansmedel");
    await analyst.getByRole("link", { name: "Årssammanställning av stimulansmedlen" }).click();
    await analyst.getByRole("heading", { level: 1, name: "Årssammanställning" }).waitFor();
    await analyst.getByLabel("År").selectOption("2017");
    const table1 = analyst.getByRole("table", { name: "Tillgängliga, beviljade och använda stimulansmedel 2017" });
    await table1.getByRole("cell", { name: "Fem länsstyrelser och NCK" }).waitFor();
    await table1.getByRole("cell", { name: "98 %" }).waitFor();
    await table1
      .getByRole("cell", { name: /^5\s000\s000\skr$/ })
      .first()
      .waitFor();
    await analyst.getByRole("table", { name: "Per ändamål 2017" }).waitFor();
    await analyst.getByRole("link", { name: "Ladda ner 2017 som CSV" }).waitFor();
    await expectAccessible(analyst, "yearly summary, analyst");
    await analyst.context().close();
  });
});
