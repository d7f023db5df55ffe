import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGO_APPLICANT as NGO, ngoApplicationInput } from "../helpers/ngo-application.mjs";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, signIn } from "./browser";

const SOS = "handlaggare@socialstyrelsen.demo.samverka.se";
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A round of its own (the first year from 2061 without one), with criteria on its NGO call, the officer as its reviewer and an NGO application. */
async function assessedApplication(): Promise<{ roundId: string; title: string; applicationId: string; officer: string }> {
  const sos = await apiAs(SOS);
  const years = new Set((await sos(`{ developmentFundRounds { year } }`)).developmentFundRounds.map((r: { year: number }) => r.year));
  let year = 2061;
  while (years.has(year)) year++;
  const opened = await sos(`mutation ($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id ngoPot { id } } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  const callId = opened.openDevelopmentFundRound.ngoPot.id as string;
  await sos(`mutation ($c: ID!, $k: [AssessmentCriterionInput!]!) { setAssessmentCriteria(callId: $c, criteria: $k) { id } }`, {
    c: callId,
    k: [
      { name: "Behov och målgrupp", nameEn: "Need and target group", maxPoints: 10 },
      { name: "Genomförbarhet", maxPoints: 5 },
    ],
  });
  const me = (await sos(`{ me { id name } }`)).me as { id: string; name: string };
  await sos(`mutation ($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { id } }`, { c: callId, u: [me.id] });
  const title = `Stödsamtal ${year}`;
  const ngo = await apiAs(NGO);
  const applied = await ngo(`mutation ($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
    i: ngoApplicationInput(opened.openDevelopmentFundRound.id, { title, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }),
  });
  return { roundId: opened.openDevelopmentFundRound.id, title, applicationId: applied.submitNgoApplication.id, officer: me.name };
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

/** The row's button that opens the assessment (its name ends with the application's title, spoken only). */
const assessmentButton = (page: Page, title: string) => page.getByRole("button", { name: new RegExp(`^Bedömning\\s*: ${title}$`) });

describe("assessment by reviewers with declared impartiality", () => {
  it("a reviewer declares no jäv, scores every criterion, and the decision view shows the scores side by side with the proposal and who took part", async () => {
    const { roundId, title, applicationId, officer } = await assessedApplication();
    const page = await signedIn(SOS);

    await page.goto("/utvecklingsmedel/bedomningar");
    await page.getByRole("heading", { level: 1, name: "Ansökningar att bedöma" }).waitFor();
    const task = page.getByRole("region", { name: title });
    await task.getByText("Jäv inte prövat").waitFor();
    await expectAccessible(page, "reviews: before declaring");
    // Nothing to score before the declaration.
    expect(await task.getByRole("button", { name: "Spara poäng" }).count()).toBe(0);
    await task.getByRole("button", { name: "Lämna jävsprövning" }).click();
    await task.getByText("Välj om du är jävig eller inte.").first().waitFor();
    await task.getByLabel("Jag är inte jävig").check();
    await task.getByRole("button", { name: "Lämna jävsprövning" }).click();
    await page.getByRole("status").getByText(`Du har förklarat att du inte är jävig i ”${title}”`).waitFor();

    await task.getByLabel("Behov och målgrupp (0–10 poäng)").fill("12");
    await task.getByRole("button", { name: "Spara poäng" }).click();
    await task.getByText("Ange 0–10 poäng.").first().waitFor();
    await expectAccessible(page, "reviews: scoring with errors");
    await task.getByLabel("Behov och målgrupp (0–10 poäng)").fill("8");
    await task.getByLabel("Genomförbarhet (0–5 poäng)").fill("4");
    await task.getByLabel("Motivering").fill("Tydlig målgrupp och rimlig plan.");
    await task.getByRole("button", { name: "Spara poäng" }).click();
    await page.getByRole("status").getByText(`Poängen för ”${title}” är sparade: 12 poäng.`).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "reviews: scored, at 390 px");
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goto(`/utvecklingsmedel/omgangar/${roundId}`);
    await page.getByRole("heading", { level: 2, name: "Bedömning" }).waitFor();
    await assessmentButton(page, title).click();
    const dialog = page.getByRole("dialog", { name: `Bedömning: ${title}` });
    const table = dialog.getByRole("table", { name: "Poäng per bedömningsgrund och bedömare" });
    await table.waitFor();
    expect(await table.getByRole("columnheader").allInnerTexts()).toEqual(["Bedömningsgrund", expect.stringContaining(officer)]);
    expect(
      await table
        .getByRole("row", { name: /Behov och målgrupp/ })
        .getByRole("cell")
        .innerText(),
    ).toBe("8");
    expect(await table.getByRole("row", { name: /Summa/ }).getByRole("cell").innerText()).toBe("12");
    await dialog.getByText("Medelvärde av de deltagande bedömarnas summor: 12,0").waitFor();

    await dialog.getByLabel("Avslås").check();
    await dialog.getByRole("textbox", { name: "Motivering" }).fill("Andra ansökningar prioriteras i omgången.");
    await dialog.getByRole("button", { name: "Spara förslag" }).click();
    await dialog.getByText(/Andra ansökningar prioriteras i omgången\./).waitFor();
    await expectAccessible(page, "decision view: assessment");

    const sos = await apiAs(SOS);
    await sos(`mutation ($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { status } }`, {
      id: applicationId,
      i: { outcome: "REJECTED", motivation: "Andra ansökningar prioriterades." },
    });
    await page.reload();
    await assessmentButton(page, title).click();
    await dialog.getByText(`Deltog: ${officer}.`).waitFor();
    await dialog.getByText("Ingen som anmält jäv deltog.").waitFor();
    await expectAccessible(page, "decision view: who took part");
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "decision view at 390 px");
  });

  it("an officer removes a reviewer who has not scored, after confirming, and the reviewer leaves the round's list", async () => {
    const { roundId, title, officer } = await assessedApplication();
    const page = await signedIn(SOS);
    await page.goto(`/utvecklingsmedel/omgangar/${roundId}`);
    await page.getByRole("heading", { level: 3, name: "Bedömare" }).waitFor();
    const remove = page.getByRole("button", { name: `Ta bort ${officer}` });
    await remove.click();
    const dialog = page.getByRole("dialog", { name: `Ta bort ${officer} som bedömare?` });
    await dialog.waitFor();
    await expectAccessible(page, "remove reviewer: confirmation");
    // Cancelling keeps the reviewer.
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await remove.waitFor();
    await remove.click();
    await dialog.getByRole("button", { name: "Ta bort bedömaren" }).click();
    await page.getByRole("status").getByText(`${officer} är inte längre bedömare och har fått ett meddelande.`).waitFor();
    await page.getByText("Inga bedömare är tilldelade.").waitFor();
    expect(await page.getByRole("button", { name: `Ta bort ${officer}` }).count()).toBe(0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "reviewer removed, at 390 px");

    // No longer a reviewer: the application is not among theirs to assess.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/utvecklingsmedel/bedomningar");
    await page.getByRole("heading", { level: 1, name: "Ansökningar att bedöma" }).waitFor();
    expect(await page.getByRole("region", { name: title }).count()).toBe(0);
  });
});
