import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LETTERHEAD } from "../../server/dist/config/letterhead";
import { programmePolicy } from "../../server/dist/modules/grants/programmes";
import { GrantProgramme } from "../../server/dist/modules/grants/grant-call.entity";
import { renderPhrase } from "../../server/dist/shared/messages";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, getApplication, openCallId, opinion, submit } from "./fixtures";

let t: TestApp;
let callId: string;
beforeEach(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterEach(() => t?.close());

async function pdfText(url: string, c: Client): Promise<string> {
  const res = await fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${c.token}` } });
  expect(res.status).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  // pdf-parse breaks long lines where the PDF does: compare with single spaces.
  return text.replace(/\s+/g, " ");
}

/** Without spaces: pdf-parse may break a line after a dash. */
const bare = (s: string) => s.replace(/\s+/g, "");

/** NCK's application, consulted and answered, ready for Socialstyrelsen's decision. */
async function answeredApplication(): Promise<{ id: string; diarienummer: string }> {
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, callId, FULL_APPLICATION);
  const submitted = await submit(nck, app.id);
  expect(submitted.errors).toBeUndefined();
  expect((await consult(t, [app.id])).errors).toBeUndefined();
  expect((await opinion(t, app.id, "SUPPORTS")).errors).toBeUndefined();
  return submitted.data!.submitGrantApplication;
}

describe("the decision letter is an official document", () => {
  it("carries the letterhead, diarienummer, beslutande and föredragande, the programme's appeal text, page numbers, the year once and a follow-up date after the period", async () => {
    const app = await answeredApplication();
    const presenter = await newUser(t, "SOS", "SOCIALSTYRELSEN_HANDLAGGARE", "fia.foredragande@example.se");
    const presenterId = (await presenter.request(`{ me { id name } }`)).data!.me as { id: string; name: string };
    const sos = await t.as(DEMO.handlaggare);
    const decider = (await sos.request(`{ me { name } }`)).data!.me.name as string;
    // The server offers the decider its organisation's officers as föredragande; the applicant none.
    const offered = await sos.request(`query($id: ID!) { grantApplication(id: $id) { presentingOfficers { id name } } }`, { id: app.id });
    expect(offered.data!.grantApplication.presentingOfficers).toContainEqual(presenterId);
    const nckView = await (await t.as(DEMO.nck)).request(`query($id: ID!) { grantApplication(id: $id) { presentingOfficers { id } } }`, { id: app.id });
    expect(nckView.data!.grantApplication.presentingOfficers).toEqual([]);
    const decided = await decide(sos, app.id, { outcome: "APPROVED", motivation: "Väl underbyggd ansökan.", presentedById: presenterId.id });
    expect(decided.errors).toBeUndefined();

    const text = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, await t.as(DEMO.nck));
    expect(text).toContain("SOCIALSTYRELSEN");
    for (const detail of [LETTERHEAD.postalAddress, LETTERHEAD.visitingAddress, LETTERHEAD.phone, LETTERHEAD.email, LETTERHEAD.web])
      expect(text).toContain(detail);
    expect(text).toContain(`Diarienummer: ${app.diarienummer}`);
    expect(text).toContain(`Beslutande: ${decider}`);
    expect(text).toContain(`Föredragande: ${presenterId.name}`);
    expect(bare(text)).toContain(
      bare(renderPhrase(programmePolicy({ programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL }).appealInformation, undefined, "sv")),
    );
    expect(text).toMatch(/Sida 1 av [12]/);
    const pages = Number(/Sida 1 av (\d)/.exec(text)![1]);
    expect(text).toContain(`Sida ${pages} av ${pages}`);
    // The call's title already names the year: it is not repeated.
    const year = /Särskilda stimulansmedel (\d{4})/.exec(text)![1];
    expect(text).not.toContain(`${year} (${year})`);
    // The period ends 2027-12-31, after the call's follow-up date 2027-05-31: the report is due after the period.
    const due = /senast (\d{4}-\d{2}-\d{2})/.exec(text)![1];
    expect(due > FULL_APPLICATION.periodEnd).toBe(true);
    const stored = await sos.request(`query($id: ID!) { grantApplication(id: $id) { followUpDueDate } }`, { id: app.id });
    expect(stored.data!.grantApplication.followUpDueDate).toBe(due);
  });

  it("names the decision maker as föredragande when nobody else is named", async () => {
    const app = await answeredApplication();
    const sos = await t.as(DEMO.handlaggare);
    const decider = (await sos.request(`{ me { name } }`)).data!.me.name as string;
    const decided = await decide(sos, app.id, { outcome: "REJECTED", motivation: "Ryms inte i ramen." });
    const text = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, sos);
    expect(text).toContain(`Beslutande: ${decider}`);
    expect(text).toContain(`Föredragande: ${decider}`);
  });

  it("refuses a föredragande outside Socialstyrelsen's officers, and nothing is decided", async () => {
    const app = await answeredApplication();
    const sos = await t.as(DEMO.handlaggare);
    const nckMe = (await (await t.as(DEMO.nck)).request(`{ me { id } }`)).data!.me.id as string;
    const refused = await decide(sos, app.id, { outcome: "APPROVED", motivation: "Bra.", presentedById: nckMe });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect((await getApplication(sos, app.id)).data!.grantApplication).toMatchObject({ status: "CONSULTED", grantedAmount: null, outcome: null });
  });

  it("is written in English for a reader who reads Samverka in English", async () => {
    const app = await answeredApplication();
    const sos = await t.as(DEMO.handlaggare);
    const decided = await decide(sos, app.id, { outcome: "APPROVED", motivation: "Well founded." });
    const nck = await t.as(DEMO.nck);
    expect((await nck.request(`mutation { setMyLanguage(language: EN) { language } }`)).errors).toBeUndefined();
    const text = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, nck);
    expect(text).toContain("Decision on special stimulus funds");
    expect(text).toContain("Page 1 of");
    expect(text).toContain("The application is granted.");
    expect(text).toContain("Decision maker (beslutande)");
    expect(bare(text)).toContain(bare(renderPhrase("letter.appeal.forvaltningslagen", undefined, "en")));
    expect(text).not.toContain("Ansökan beviljas");
    expect(text).toContain("SOCIALSTYRELSEN");
  });

  it("a kommun's granted requisition has a decision letter on the same template", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const round = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year: 2020,
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        followUpDueDate: "2021-05-31",
      },
    });
    const roundId = round.data!.openDevelopmentFundRound.id as string;
    expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: roundId })).errors).toBeUndefined();
    const ale = await t.as(DEMO.ale);
    const amount = (await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment
      .amount as number;
    const req = await ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id diarienummer } }`, {
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
    expect(req.errors).toBeUndefined();
    const { id, diarienummer } = req.data!.requisitionDevelopmentFunds;
    const url = (await ale.request(`query($id: ID!) { grantApplication(id: $id) { decisionLetterUrl } }`, { id })).data!.grantApplication.decisionLetterUrl;
    const text = await pdfText(url, ale);
    expect(text).toContain("SOCIALSTYRELSEN");
    expect(text).toContain(LETTERHEAD.postalAddress);
    expect(text).toContain(`Diarienummer: ${diarienummer}`);
    expect(text).toContain("Beslut om utvecklingsmedel");
    expect(text).toContain("Rekvisitionen beviljas enligt fördelningsnyckeln.");
    expect(bare(text)).toContain(bare(renderPhrase(programmePolicy({ programme: GrantProgramme.UTVECKLINGSMEDEL }).appealInformation, undefined, "sv")));
    expect(text).toContain("Sida 1 av");
  });
});
