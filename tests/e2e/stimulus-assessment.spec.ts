import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";
const JAM = "remiss@jamstalldhetsmyndigheten.demo.samverka.se";
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const isoDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY).toISOString().slice(0, 10);

const stampOf = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A stimulus call of its own, open now, with an application from NCK submitted to it. */
async function callWithApplication(): Promise<{ callId: string; applicationId: string; title: string; officer: string }> {
  const stamp = stampOf();
  const sos = await apiAs(SOS);
  const year = Number(isoDate(0).slice(0, 4));
  const created = await sos(`mutation ($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year,
      title: `Stimulansmedel med bedömare ${stamp}`,
      budget: 2_000_000,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  const callId = created.createGrantCall.id as string;
  const { applicationId, title } = await submitted(callId, stamp);
  const officer = (await sos(`{ me { name } }`)).me.name as string;
  return { callId, applicationId, title, officer };
}

/** NCK's application of 400 000 kr, submitted to the call. */
async function submitted(callId: string, stamp: string): Promise<{ applicationId: string; title: string }> {
  const title = `Kompetens om våld i nära relationer ${stamp}`;
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
      requestedAmount: 400_000,
      budgetLines: [{ category: "Personal", amount: 400_000 }],
      contactName: "Nora NCK",
      contactEmail: NCK,
      purposeCategories: ["INFORMATION_AND_TRAINING"],
    },
  });
  const applicationId = saved.saveGrantApplication.id as string;
  await nck(`mutation ($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: applicationId });
  return { applicationId, title };
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

describe("assessment by reviewers on a stimulus call", () => {
  it("the officer sets criteria and assigns a reviewer on the call page; the reviewer declares no jäv and scores; the application page shows the scores side by side", async () => {
    const { callId, applicationId, title, officer } = await callWithApplication();
    const page = await signedIn(SOS);

    await page.goto(`/stimulansmedel/utlysningar/${callId}`);
    const setup = page.getByRole("region", { name: "Bedömning" });
    await setup.getByRole("heading", { level: 3, name: "Bedömningsgrunder" }).waitFor();
    await setup.getByLabel("Namn", { exact: true }).fill("Behov och målgrupp");
    await setup.getByLabel("Maxpoäng").fill("10");
    await setup.getByRole("button", { name: "Lägg till bedömningsgrund" }).click();
    await setup.getByRole("group", { name: "Bedömningsgrund 2" }).getByLabel("Namn", { exact: true }).fill("Genomförbarhet");
    await setup.getByRole("group", { name: "Bedömningsgrund 2" }).getByLabel("Maxpoäng").fill("5");
    await setup.getByRole("button", { name: "Spara bedömningsgrunder" }).click();
    await page.getByRole("status").getByText("Bedömningsgrunderna är sparade.").waitFor();
    // Nobody chosen: the form says so before anything is sent.
    await setup.getByRole("button", { name: "Tilldela" }).click();
    await setup.getByText("Välj minst en bedömare.").waitFor();
    await expectAccessible(page, "stimulus call: assessment set-up with an error");
    await setup.getByRole("group", { name: "Tilldela bedömare" }).getByLabel(officer, { exact: true }).check();
    await setup.getByRole("button", { name: "Tilldela" }).click();
    await page.getByRole("status").getByText("1 bedömare tilldelade. De har fått ett meddelande.").waitFor();
    await setup.getByRole("listitem").filter({ hasText: officer }).waitFor();
    await expectAccessible(page, "stimulus call: criteria and reviewer set");

    // The reviewer's queue is in the stimulus portal, where the assignment's notification leads.
    await page.goto("/stimulansmedel/bedomningar");
    await page.getByRole("heading", { level: 1, name: "Ansökningar att bedöma" }).waitFor();
    const task = page.getByRole("region", { name: title });
    await task.getByText("Jäv inte prövat").waitFor();
    expect(await task.getByRole("link", { name: `Läs ansökan ”${title}”` }).count()).toBe(0);
    await expectAccessible(page, "stimulus reviews: before declaring");
    await task.getByLabel("Jag är inte jävig").check();
    await task.getByRole("button", { name: "Lämna jävsprövning" }).click();
    await page.getByRole("status").getByText(`Du har förklarat att du inte är jävig i ”${title}”`).waitFor();
    await task.getByLabel("Behov och målgrupp (0–10 poäng)").fill("7");
    await task.getByLabel("Genomförbarhet (0–5 poäng)").fill("5");
    await task.getByLabel("Motivering").fill("Genomtänkt plan med tydlig målgrupp.");
    await task.getByRole("button", { name: "Spara poäng" }).click();
    await page.getByRole("status").getByText(`Poängen för ”${title}” är sparade: 12 poäng.`).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "stimulus reviews: scored, at 390 px");
    await page.setViewportSize({ width: 1280, height: 900 });

    // The link opens the application on the stimulus page, where the officer sees the assessment.
    await task.getByRole("link", { name: `Läs ansökan ”${title}”` }).click();
    await page.waitForURL(`**/stimulansmedel/ansokningar/${applicationId}`);
    const assessment = page.getByRole("region", { name: "Bedömning" });
    const table = assessment.getByRole("table", { name: "Poäng per bedömningsgrund och bedömare" });
    await table.waitFor();
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Bedömningsgrund", expect.stringContaining(officer)]);
    expect(
      await table
        .getByRole("row", { name: /Behov och målgrupp/ })
        .getByRole("cell")
        .innerText(),
    ).toBe("7");
    expect(await table.getByRole("row", { name: /Summa/ }).getByRole("cell").innerText()).toBe("12");
    await assessment.getByText("Medelvärde av de deltagande bedömarnas summor: 12,0").waitFor();
    await assessment.getByLabel("Beviljas", { exact: true }).check();
    await assessment.getByRole("textbox", { name: "Motivering" }).fill("Väl underbyggd ansökan.");
    await assessment.getByRole("button", { name: "Spara förslag" }).click();
    await assessment.getByText(/Väl underbyggd ansökan\./).waitFor();
    await expectAccessible(page, "stimulus application: assessment side by side");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "stimulus application: assessment at 390 px");
  });
});

describe("stimulus funds used over more than one year", () => {
  it("the new-call form takes Får användas till och med with the server's message on the field, and the applicant files a partial report on the application page", async () => {
    const stamp = stampOf();
    const year = Number(isoDate(0).slice(0, 4));
    const callTitle = `Stimulansmedel över flera år ${stamp}`;
    const page = await signedIn(SOS);
    await page.goto("/stimulansmedel/utlysningar/ny");
    await page.getByRole("heading", { level: 1, name: "Ny utlysning" }).waitFor();
    await page.getByLabel("Rubrik").fill(callTitle);
    await page.getByLabel(/^Budget \(kr\)/).fill("3 000 000");
    await page.getByLabel(/^Sista ansökningsdag/).fill(isoDate(30));
    await page.getByLabel(/^Återrapportering senast/).fill(`${year + 2}-05-31`);
    // Within the call's year: the server refuses it, on the field.
    await page.getByLabel(/^Får användas till och med/).fill(`${year}-06-30`);
    await page.getByRole("button", { name: "Skapa utlysning" }).click();
    await page.getByText(`Välj ett datum efter årets slut (${year}-12-31)`).first().waitFor();
    await expectAccessible(page, "new call: usable-until refused");
    await page.getByLabel(/^Får användas till och med/).fill(`${year + 1}-12-31`);
    await page.getByRole("button", { name: "Skapa utlysning" }).click();
    await page.getByRole("heading", { level: 1, name: callTitle }).waitFor();
    const callId = /utlysningar\/(\d+)/.exec(page.url())![1];

    const { applicationId } = await submitted(callId, stamp);
    const sos = await apiAs(SOS);
    await sos(`mutation ($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [applicationId] });
    const jam = await apiAs(JAM);
    await jam(`mutation ($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id } }`, {
      id: applicationId,
      i: { opinion: "SUPPORTS", text: "Jämställdhetsmyndigheten tillstyrker." },
    });
    await sos(`mutation ($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { id } }`, {
      id: applicationId,
      i: { outcome: "APPROVED", motivation: "Väl underbyggd." },
    });
    await sos(`mutation ($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: applicationId });

    const nck = await signedIn(NCK);
    await nck.goto(`/stimulansmedel/ansokningar/${applicationId}`);
    await nck.getByRole("heading", { name: "Delrapporter" }).waitFor();
    await nck.getByText(`Medlen får användas till och med ${year + 1}-12-31`).waitFor();
    const table = nck.getByRole("table", { name: /^Delrapporter per år/ });
    expect(await table.getByRole("row").nth(1).getByRole("rowheader").innerText()).toBe(String(year));
    await expectAccessible(nck, "stimulus application: partial report due");
    await nck.getByRole("button", { name: "Skicka delrapporten" }).click();
    await nck.getByRole("alert").getByRole("link", { name: "Beskriv vad som har gjorts under året." }).waitFor();
    await nck.getByLabel(/^Använt under året \(kr\)/).fill("150 000");
    await nck.getByLabel(/^Vad har gjorts under året\?/).fill("Två utbildningsdagar är genomförda.");
    await nck.getByRole("button", { name: "Skicka delrapporten" }).click();
    await nck.getByText(`Delrapporten för ${year} är skickad.`).first().waitFor();
    await nck.getByText(/Använt hittills enligt delrapporterna: 150\s000\skr/).waitFor();
    await nck.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(nck, "stimulus application: partial report filed, at 390 px");
  });
});
