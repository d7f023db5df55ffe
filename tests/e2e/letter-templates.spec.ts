import type { Browser } from "playwright-core";
import { inject } from "vitest";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, isoDate, openGrantCall } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";
const JAMSTALLDHETSMYNDIGHETEN = "remiss@jamstalldhetsmyndigheten.demo.samverka.se";
const stamp = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** NCK's application to the call, consulted and answered: ready for Socialstyrelsen's decision. */
async function readyToDecide(callId: string): Promise<string> {
  const nck = await apiAs(NCK);
  const saved = await nck(`mutation ($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
    i: {
      callId,
      title: `Mallprojekt ${stamp}`,
      purpose: "Höja kunskapen om våld i nära relationer.",
      plannedActivities: "Två utbildningsdagar.",
      targetGroups: "Socialsekreterare.",
      periodStart: isoDate(90),
      periodEnd: isoDate(365),
      requestedAmount: 1_250_000,
      budgetLines: [{ category: "Personal", amount: 1_250_000 }],
      contactName: "Nora NCK",
      contactEmail: NCK,
      purposeCategories: ["INFORMATION_AND_TRAINING"],
    },
  });
  const id = saved.saveGrantApplication.id as string;
  await nck(`mutation ($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id });
  const sos = await apiAs(SOCIALSTYRELSEN);
  await sos(`mutation ($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [id] });
  await (
    await apiAs(JAMSTALLDHETSMYNDIGHETEN)
  )(`mutation ($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id } }`, {
    id,
    i: { opinion: "SUPPORTS", text: "Tillstyrks." },
  });
  return id;
}

describe("letter templates", () => {
  it("the officer edits a call's decision letter with a preview, publishes it after confirmation, and the next decision letter uses it", async () => {
    const call = `Mallutlysning ${stamp}`;
    const callId = await openGrantCall(call);
    const page = await openAs(browser, SOCIALSTYRELSEN);
    await page.goto("/stimulansmedel");
    await page.getByRole("link", { name: "Brevmallar" }).click();
    await page.getByRole("heading", { level: 1, name: "Brevmallar" }).waitFor();
    await page.getByLabel("Utlysning").selectOption({ label: `${call} (${new Date().getFullYear()})` });
    await page.getByText("Gäller nu: den inbyggda texten").waitFor();
    await page.getByText("Inga versioner ännu").waitFor();

    // An unknown placeholder is refused with its name.
    const sv = page.getByLabel("Text (svenska)");
    await sv.fill("Beslut för {{organisaton}}: {{outcome}}");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page
      .getByText(/Platshållaren \{\{organisaton\}\} finns inte/)
      .first()
      .waitFor();

    await sv.fill("Socialstyrelsen beslutar om ansökan från {{organisation}}: {{outcome}}\n\nBeviljat belopp enligt mallen: {{amount}}.");
    await page
      .getByLabel("Text (engelska)")
      .fill("Socialstyrelsen decides on the application from {{organisation}}: {{outcome}}\n\nAmount granted by the template: {{amount}}.");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const preview = page.getByRole("region", { name: "Förhandsgranskning" });
    await preview.getByText(/ansökan från Exempelkommunen: Ansökan beviljas\./).waitFor();
    await preview.getByText(/Amount granted by the template: 1\s250\s000\skr\./).waitFor();
    await expectAccessible(page, "letter templates: editor with preview");

    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Publicera mallen?" });
    await dialog.getByText("Mallen sparas som version 1").waitFor();
    await expectAccessible(page, "letter templates: confirm publishing");
    await dialog.getByRole("button", { name: "Publicera version" }).click();
    await page.getByText("Version 1 är publicerad.").waitFor();
    await page.getByText("Gäller nu: version 1.").waitFor();
    await page
      .getByRole("region", { name: "Versioner" })
      .getByText(/^Version 1,/)
      .waitFor();
    await page.context().close();

    // A decision made now writes its letter from the published version.
    const id = await readyToDecide(callId);
    const sos = await apiAs(SOCIALSTYRELSEN);
    const decided = await sos<{ decideGrantApplication: { decisionLetterUrl: string } }>(
      `mutation ($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { decisionLetterUrl } }`,
      { id, i: { outcome: "APPROVED", motivation: "Väl underbyggd." } },
    );
    const res = await fetch(`${inject("baseUrl")}${decided.decideGrantApplication.decisionLetterUrl}`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(res.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, " ");
    await parser.destroy();
    expect(text).toContain("Socialstyrelsen beslutar om ansökan från Nationellt centrum");
    expect(text).toContain("Beviljat belopp enligt mallen: 1 250 000 kr.");
  });

  it("the officer gives a call its own reclaim e-mail with subject and text in both languages, previewed and published after confirmation", async () => {
    const call = `Återkravsmall ${stamp}`;
    await openGrantCall(call);
    const page = await openAs(browser, SOCIALSTYRELSEN);
    await page.goto("/stimulansmedel/brevmallar");
    await page.getByRole("heading", { level: 1, name: "Brevmallar" }).waitFor();
    await page.getByLabel("Mall", { exact: true }).selectOption({ label: "Återkravsmejl" });
    await page.getByLabel("Utlysning").selectOption({ label: `${call} (${new Date().getFullYear()})` });
    await page.getByText("Gäller nu: den inbyggda texten").waitFor();
    expect(await page.getByLabel("Text (svenska)").inputValue()).toMatch(/ska betalas tillbaka: \{\{reason\}\}/);

    // A placeholder of the decision letter is not one of the reclaim e-mail's.
    await page.getByLabel("Ämnesrad (svenska)").fill("Återkrav {{outcome}}");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    await page
      .getByText(/Platshållaren \{\{outcome\}\} finns inte/)
      .first()
      .waitFor();

    await page.getByLabel("Ämnesrad (svenska)").fill("Återkrav enligt mallen: {{diarienummer}}");
    await page.getByLabel("Ämnesrad (engelska)").fill("Reclaim by the template: {{diarienummer}}");
    await page.getByLabel("Text (svenska)").fill("{{organisation}} ska betala tillbaka {{amount}} enligt mallen.");
    await page.getByLabel("Text (engelska)").fill("{{organisation}} is to repay {{amount}} by the template.");
    await page.getByRole("button", { name: "Förhandsgranska" }).click();
    const preview = page.getByRole("region", { name: "Förhandsgranskning" });
    await preview.getByText(/Exempelkommunen ska betala tillbaka 250\s000\skr enligt mallen\./).waitFor();
    await preview.getByText(/Reclaim by the template: SoS \d{4}-0001/).waitFor();
    await expectAccessible(page, "letter templates: reclaim e-mail with preview");

    await page.getByRole("button", { name: "Publicera", exact: true }).click();
    await page.getByRole("dialog", { name: "Publicera mallen?" }).getByRole("button", { name: "Publicera version" }).click();
    await page.getByText("Version 1 är publicerad.").waitFor();
    await page.getByText("Gäller nu: version 1.").waitFor();
    await page.context().close();
  });
});
