import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { IssuedLetter, LetterTemplateVersion } from "../../server/dist/modules/letter-templates/letter-template.entity";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { renderPhrase } from "../../server/dist/shared/messages";
import { addDays, stockholmDate } from "../../server/dist/shared/dates";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { must, paidRequisition } from "../development-funds/fixtures";
import { consult, createCall, decide, draft, FULL_APPLICATION, opinion, submit } from "./fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

const PUBLISH = `mutation($i: LetterTemplateInput!) { publishLetterTemplate(input: $i) { id version callId bodySv bodyEn subjectSv } }`;
const SCOPE = `query($k: LetterTemplateKind!, $p: GrantProgramme!, $c: ID) {
  letterTemplate(kind: $k, programme: $p, callId: $c) { inherited placeholders current { id version bodySv } builtInSv { body } builtInEn { body } }
  letterTemplateVersions(kind: $k, programme: $p, callId: $c) { id version bodySv }
}`;
const PREVIEW = `query($i: LetterTemplateInput!, $a: ID) { previewLetterTemplate(input: $i, applicationId: $a) { applicationId sv { subject body } en { subject body } } }`;

function letterInput(callId: string | null, bodySv: string, bodyEn = "The application from {{organisation}} is decided: {{outcome}} Amount: {{amount}}.") {
  return { kind: "DECISION_LETTER", programme: "SARSKILDA_STIMULANSMEDEL", callId, bodySv, bodyEn };
}

async function pdfText(url: string, c: Client): Promise<string> {
  const res = await fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${c.token}` } });
  expect(res.status).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text.replace(/\s+/g, " ");
}

/** An application of NCK to a call of its own, consulted and answered, ready to decide. */
async function readyToDecide(callId: string): Promise<string> {
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, callId, FULL_APPLICATION);
  expect((await submit(nck, app.id)).errors).toBeUndefined();
  expect((await consult(t, [app.id])).errors).toBeUndefined();
  expect((await opinion(t, app.id, "SUPPORTS")).errors).toBeUndefined();
  return app.id;
}

/** Ale's requisition of a development-fund round of its own, paid, with its follow-up report (all used) awaiting review. */
async function reviewedRequisition(year: number): Promise<string> {
  const { appId, granted } = await paidRequisition(await t.as(DEMO.handlaggare), await t.as(DEMO.ale), year);
  await submitFollowUp(appId, granted);
  return appId;
}

async function submitFollowUp(appId: string, used?: number) {
  const ale = await t.as(DEMO.ale);
  const amount =
    used ??
    ((await must(ale.request(`query($id: ID!) { grantApplication(id: $id) { grantedAmount } }`, { id: appId }))).data.grantApplication.grantedAmount as number);
  await must(
    ale.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: {
        applicationId: appId,
        usedAmount: amount,
        report: "Rutin med skolan.",
        usedByCategory: [{ category: "SAMORDNING", amount }],
        targetGroups: [],
        assessmentMethods: [],
      },
    }),
  );
}

const RECLAIM = `mutation($id: ID!, $i: ReclaimInput!) { reclaimGrant(id: $id, input: $i) { status } }`;

const counts = async () => {
  const m = t.app.db.manager;
  return {
    versions: await m.count(LetterTemplateVersion),
    audit: await m.countBy(AuditEntry, { entityType: "LetterTemplate" }),
  };
};

describe("letter templates", () => {
  it("every publish is a new immutable version with its audit row, listed newest first; the call's own overrides its programme's", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const before = await sos.request(SCOPE, { k: "DECISION_LETTER", p: "SARSKILDA_STIMULANSMEDEL", c: callId });
    expect(before.errors).toBeUndefined();
    expect(before.data!.letterTemplate.current).toBeNull();
    expect(before.data!.letterTemplate.builtInSv.body).toBe("{{outcome}}");
    expect(before.data!.letterTemplate.placeholders).toContain("diarienummer");

    const programme = await sos.request(PUBLISH, { i: letterInput(null, "Programmets text: {{outcome}}") });
    expect(programme.errors).toBeUndefined();
    const inherited = await sos.request(SCOPE, { k: "DECISION_LETTER", p: "SARSKILDA_STIMULANSMEDEL", c: callId });
    expect(inherited.data!.letterTemplate).toMatchObject({ inherited: true, current: { bodySv: "Programmets text: {{outcome}}" } });

    const first = await sos.request(PUBLISH, { i: letterInput(callId, "Första: {{outcome}}") });
    const second = await sos.request(PUBLISH, { i: letterInput(callId, "Andra: {{outcome}}") });
    expect(first.data!.publishLetterTemplate.version).toBe(1);
    expect(second.data!.publishLetterTemplate.version).toBe(2);
    const after = await sos.request(SCOPE, { k: "DECISION_LETTER", p: "SARSKILDA_STIMULANSMEDEL", c: callId });
    expect(after.data!.letterTemplate).toMatchObject({ inherited: false, current: { version: 2, bodySv: "Andra: {{outcome}}" } });
    expect(after.data!.letterTemplateVersions.map((v: { version: number; bodySv: string }) => [v.version, v.bodySv])).toEqual([
      [2, "Andra: {{outcome}}"],
      [1, "Första: {{outcome}}"],
    ]);
    const rows = await t.app.db.manager.findBy(AuditEntry, { entityType: "LetterTemplate", action: "letterTemplate.publish" });
    expect(rows).toHaveLength(3);
  });

  it("a decision made after an edit uses the new version, an earlier decision keeps its old text", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const nck = await t.as(DEMO.nck);
    expect((await sos.request(PUBLISH, { i: letterInput(callId, "Gammal mall för {{organisation}}: {{outcome}} Belopp {{amount}}.") })).errors).toBeUndefined();
    const early = await readyToDecide(callId);
    const late = await readyToDecide(callId);
    const earlyDecided = await decide(sos, early, { outcome: "APPROVED", motivation: "Väl underbyggd." });
    expect(earlyDecided.errors).toBeUndefined();
    const earlyUrl = earlyDecided.data!.decideGrantApplication.decisionLetterUrl as string;
    const earlyBefore = await pdfText(earlyUrl, nck);
    expect(earlyBefore).toContain("Gammal mall för");
    expect(earlyBefore).toContain("Belopp 900 000 kr.");

    expect((await sos.request(PUBLISH, { i: letterInput(callId, "Ny mall, beslutat {{decisionDate}}: {{outcome}}") })).errors).toBeUndefined();
    const lateDecided = await decide(sos, late, { outcome: "APPROVED", motivation: "Väl underbyggd." });
    expect(lateDecided.errors).toBeUndefined();
    const lateText = await pdfText(lateDecided.data!.decideGrantApplication.decisionLetterUrl, nck);
    expect(lateText).toMatch(/Ny mall, beslutat \d{4}-\d{2}-\d{2}: Ansökan beviljas\./);
    expect(lateText).not.toContain("Gammal mall");

    // The earlier decision's letter, rendered again, reads as it did.
    const earlyAgain = await pdfText(earlyUrl, nck);
    expect(earlyAgain).toContain("Gammal mall för");
    expect(earlyAgain).not.toContain("Ny mall");
    const issued = await t.app.db.manager.findBy(IssuedLetter, { applicationId: Number(early), kind: "DECISION_LETTER" as never });
    expect(issued).toHaveLength(1);
    expect(issued[0].templateVersionId).not.toBeNull();
  });

  it("the decision e-mail comes from the call's e-mail template, in the reader's language", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const published = await sos.request(PUBLISH, {
      i: {
        kind: "DECISION_EMAIL",
        programme: "SARSKILDA_STIMULANSMEDEL",
        callId,
        subjectSv: "Beslut i {{diarienummer}}",
        subjectEn: "Decision on {{diarienummer}}",
        bodySv: "Hej {{organisation}}! Ansökan har {{outcome}} med {{amount}}.",
        bodyEn: "Hello {{organisation}}! The application has been {{outcome}} for {{amount}}.",
      },
    });
    expect(published.errors).toBeUndefined();
    const id = await readyToDecide(callId);
    const nck = await t.as(DEMO.nck);
    expect((await nck.request(`mutation { setMyLanguage(language: EN) { language } }`)).errors).toBeUndefined();
    const decided = await decide(sos, id, { outcome: "APPROVED", motivation: "Well founded." });
    expect(decided.errors).toBeUndefined();
    const diarienummer = decided.data!.decideGrantApplication.diarienummer as string;
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: DEMO.nck }, order: { id: "DESC" } });
    expect(mail.subject).toBe(`Decision on ${diarienummer}`);
    expect(mail.textBody).toContain("The application has been approved for 900 000 kr.");
    const english = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, nck);
    expect(english).toContain("The application is granted.");
  });

  it("previews a draft for a real application and a sample one in Swedish and English, storing nothing", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const id = await readyToDecide(callId);
    expect((await decide(sos, id, { outcome: "APPROVED", motivation: "Väl underbyggd." })).errors).toBeUndefined();
    const before = await counts();
    const input = letterInput(callId, "{{organisation}} får {{amount}} ({{diarienummer}}).", "{{organisation}} receives {{amount}}.");
    const real = await sos.request(PREVIEW, { i: input, a: id });
    expect(real.errors).toBeUndefined();
    expect(real.data!.previewLetterTemplate.sv.body).toMatch(/får 900 000 kr \(SoS \d{4}-\d{4}\)\./);
    expect(real.data!.previewLetterTemplate.en.body).toContain("receives 900 000 kr.");
    const sample = await sos.request(PREVIEW, { i: input });
    expect(sample.data!.previewLetterTemplate).toMatchObject({
      applicationId: null,
      sv: { body: expect.stringContaining("Exempelkommunen får 1 250 000 kr") },
    });
    const mail = await sos.request(PREVIEW, {
      i: {
        kind: "DECISION_EMAIL",
        programme: "SARSKILDA_STIMULANSMEDEL",
        callId,
        subjectSv: "Beslut {{diarienummer}}",
        subjectEn: "Decision {{diarienummer}}",
        bodySv: "Ansökan har {{outcome}}.",
        bodyEn: "The application has been {{outcome}}.",
      },
    });
    expect(mail.errors).toBeUndefined();
    expect(mail.data!.previewLetterTemplate.sv).toMatchObject({ subject: expect.stringMatching(/^Beslut SoS \d{4}-0001$/), body: "Ansökan har beviljats." });
    expect(mail.data!.previewLetterTemplate.en).toMatchObject({ body: "The application has been approved." });
    expect(await counts()).toEqual(before);
  });

  it("refuses an unknown placeholder naming it, and stores nothing", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const before = await counts();
    const res = await sos.request(PUBLISH, { i: letterInput(null, "Hej {{orgnisation}}, {{outcome}}") });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toContain("{{orgnisation}}");
    expect(res.errors![0].extensions).toMatchObject({ field: "bodySv", placeholder: "orgnisation" });
    const preview = await sos.request(PREVIEW, { i: letterInput(null, "{{outcome}}", "{{amount}} {{unknown}}") });
    expect(errorCode(preview)).toBe("BAD_USER_INPUT");
    expect(preview.errors![0].message).toContain("{{unknown}}");
    expect(await counts()).toEqual(before);
  });

  it("refuses users without the ability, changing nothing", async () => {
    const before = await counts();
    const nck = await t.as(DEMO.nck);
    const analyst = await t.as(DEMO.vardanalys);
    for (const c of [nck, analyst, t.anonymous]) {
      const res = await c.request(PUBLISH, { i: letterInput(null, "Hej {{outcome}}") });
      expect(["FORBIDDEN", "UNAUTHENTICATED"]).toContain(errorCode(res));
      expect(res.data?.publishLetterTemplate ?? null).toBeNull();
      expect(errorCode(await c.request(SCOPE, { k: "DECISION_LETTER", p: "SARSKILDA_STIMULANSMEDEL", c: null }))).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect(await counts()).toEqual(before);
  });

  it("a requisition's decision letter and a reclaim letter use the programme's templates published before them, and keep them after a later edit", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const ale = await t.as(DEMO.ale);
    await must(
      sos.request(PUBLISH, {
        i: {
          kind: "DECISION_LETTER",
          programme: "UTVECKLINGSMEDEL",
          callId: null,
          bodySv: "Rekvisition från {{organisation}}: {{outcome}}",
          bodyEn: "{{outcome}}",
        },
      }),
    );
    const appId = await reviewedRequisition(2029);
    const reclaimInput = (bodySv: string) => ({
      kind: "RECLAIM_LETTER",
      programme: "UTVECKLINGSMEDEL",
      callId: null,
      bodySv,
      bodyEn: "{{organisation}} is to repay {{amount}}: {{reason}}",
    });
    await must(sos.request(PUBLISH, { i: reclaimInput("{{organisation}} ska betala tillbaka {{amount}} enligt mallen.") }));
    await must(sos.request(RECLAIM, { id: appId, i: { amount: 120_000, motivation: "Fel ändamål." } }));
    await must(sos.request(PUBLISH, { i: reclaimInput("En senare mall: {{amount}}.") }));
    await must(
      sos.request(PUBLISH, {
        i: { kind: "DECISION_LETTER", programme: "UTVECKLINGSMEDEL", callId: null, bodySv: "Ändrad: {{outcome}}", bodyEn: "{{outcome}}" },
      }),
    );
    const decision = await pdfText(`/api/grant-applications/${appId}/decision-letter.pdf`, ale);
    expect(decision).toMatch(/Rekvisition från Ale[^:]*: Rekvisitionen beviljas enligt fördelningsnyckeln\./);
    expect(decision).not.toContain("Ändrad:");
    const text = await pdfText(`/api/grant-applications/${appId}/reclaim-letter.pdf`, ale);
    expect(text).toMatch(/ska betala tillbaka 120 000 kr enligt mallen\./);
    expect(text).not.toContain("En senare mall");
  });

  it("a decision letter's conditions and appeal information come from their templates, and the letter keeps all three versions after new ones are published", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const nck = await t.as(DEMO.nck);
    const conditions = (bodySv: string) => ({
      kind: "DECISION_CONDITIONS",
      programme: "SARSKILDA_STIMULANSMEDEL",
      callId,
      bodySv,
      bodyEn: "Use {{amount}} during {{periodStart}} to {{periodEnd}}.",
    });
    const appeal = (bodySv: string) => ({
      kind: "APPEAL_INFORMATION",
      programme: "SARSKILDA_STIMULANSMEDEL",
      callId: null,
      bodySv,
      bodyEn: "Appeal by letter.",
    });
    const decisionText = await must(sos.request(PUBLISH, { i: letterInput(callId, "Beslutstext enligt mall: {{outcome}}") }));
    const conditionsV1 = await must(
      sos.request(PUBLISH, {
        i: conditions("Villkor enligt mall: {{amount}} för {{periodStart}}–{{periodEnd}}, återrapportering senast {{followUpDueDate}}."),
      }),
    );
    const appealV1 = await must(sos.request(PUBLISH, { i: appeal("Överklaga hos förvaltningsrätten enligt mallen, ange {{diarienummer}}.") }));
    const id = await readyToDecide(callId);
    const decided = await must(decide(sos, id, { outcome: "APPROVED", motivation: "Väl underbyggd." }));
    const { decisionLetterUrl: url, diarienummer } = decided.data.decideGrantApplication;
    const builtInAppeal = renderPhrase("letter.appeal.forvaltningslagen", undefined, "sv").replace(/\s+/g, " ");
    const sent = await pdfText(url, nck);
    expect(sent).toContain("Beslutstext enligt mall: Ansökan beviljas.");
    expect(sent).toMatch(/Villkor enligt mall: 900 000 kr för 2027-01-01– ?2027-12-31, återrapportering senast \d{4}-\d{2}-\d{2}\./);
    expect(sent).toContain(`Överklaga hos förvaltningsrätten enligt mallen, ange ${diarienummer}.`);
    expect(sent).not.toContain(builtInAppeal.slice(0, 60));
    const issued = await t.app.db.manager.find(IssuedLetter, {
      where: { applicationId: Number(id), letter: "DECISION_LETTER" as never },
      order: { kind: "ASC" },
    });
    expect(issued.map((r) => [r.kind, r.templateVersionId])).toEqual([
      ["APPEAL_INFORMATION", Number(appealV1.data.publishLetterTemplate.id)],
      ["DECISION_CONDITIONS", Number(conditionsV1.data.publishLetterTemplate.id)],
      ["DECISION_LETTER", Number(decisionText.data.publishLetterTemplate.id)],
    ]);

    await must(sos.request(PUBLISH, { i: conditions("Nya villkor: {{amount}}.") }));
    await must(sos.request(PUBLISH, { i: appeal("Ny överklagandehänvisning.") }));
    await must(sos.request(PUBLISH, { i: letterInput(callId, "Ny beslutstext: {{outcome}}") }));
    expect(await pdfText(url, nck)).toBe(sent);
    expect(await t.app.db.manager.countBy(IssuedLetter, { applicationId: Number(id) })).toBe(issued.length + 1);
  });

  it("a decision letter of a call without stored conditions or appeal templates keeps the built-in texts", async () => {
    const callId = await createCall(t, 5_000_000);
    const sos = await t.as(DEMO.handlaggare);
    const id = await readyToDecide(callId);
    const decided = await must(decide(sos, id, { outcome: "APPROVED", motivation: "Väl underbyggd." }));
    const text = await pdfText(decided.data.decideGrantApplication.decisionLetterUrl, await t.as(DEMO.nck));
    // The PDF's text may break the line after the dash.
    expect(text).toMatch(/Medlen ska användas för det ändamål som anges i ansökan under perioden 2027-01-01– ?2027-12-31\. Återrapportering/);
    expect(text).toContain(renderPhrase("letter.appeal.forvaltningslagen", undefined, "sv").replace(/\s+/g, " ").slice(0, 80));
    const scope = await must(sos.request(SCOPE, { k: "APPEAL_INFORMATION", p: "SARSKILDA_STIMULANSMEDEL", c: callId }));
    expect(scope.data.letterTemplate).toMatchObject({ current: null, builtInEn: { body: renderPhrase("letter.appeal.forvaltningslagen", undefined, "en") } });
  });

  it("the completion-request e-mail and the reclaim e-mail come from their templates, in the reader's language", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const ale = await t.as(DEMO.ale);
    await must(ale.request(`mutation { setMyLanguage(language: EN) { language } }`));
    const mail = (kind: string, subject: string, body: string) => ({
      kind,
      programme: "UTVECKLINGSMEDEL",
      callId: null,
      subjectSv: `Svenska: ${subject}`,
      subjectEn: subject,
      bodySv: `Svenska: ${body}`,
      bodyEn: body,
    });
    await must(
      sos.request(PUBLISH, { i: mail("FOLLOW_UP_COMPLETION_EMAIL", "Please complete {{diarienummer}}", "{{organisation}}: by {{dueDate}}, {{message}}") }),
    );
    await must(
      sos.request(PUBLISH, { i: mail("RECLAIM_EMAIL", "Repay {{diarienummer}}", "{{organisation}} repays {{amount}} of {{totalToRepay}}: {{reason}}") }),
    );
    const appId = await reviewedRequisition(2030);
    const latest = () => t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: DEMO.ale }, order: { id: "DESC" } });
    const due = addDays(stockholmDate(), 14);
    await must(
      sos.request(`mutation($id: ID!, $m: String!, $d: String!) { requestGrantFollowUpCompletion(id: $id, message: $m, dueDate: $d) { status } }`, {
        id: appId,
        m: "Describe the target groups.",
        d: due,
      }),
    );
    const asked = await latest();
    expect(asked.subject).toMatch(/^Please complete SoS \d{4}-\d{4}$/);
    expect(asked.textBody).toMatch(new RegExp(`Ale[^:]*: by ${due}, Describe the target groups\\.`));
    expect(asked.textBody).not.toContain("Svenska:");

    await submitFollowUp(appId);
    await must(sos.request(RECLAIM, { id: appId, i: { amount: 120_000, motivation: "Wrong purpose." } }));
    const reclaimed = await latest();
    expect(reclaimed.subject).toMatch(/^Repay SoS \d{4}-\d{4}$/);
    expect(reclaimed.textBody).toMatch(/repays 120 000 kr of 120 000 kr: Wrong purpose\./);
    const issued = await t.app.db.manager.findBy(IssuedLetter, { applicationId: Number(appId) });
    expect(
      issued
        .filter((r) => r.templateVersionId != null)
        .map((r) => r.kind)
        .sort(),
    ).toEqual(["FOLLOW_UP_COMPLETION_EMAIL", "RECLAIM_EMAIL"]);
  });

  it("refuses a placeholder the new kinds do not know, naming it, and stores nothing", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const before = await counts();
    const conditions = await sos.request(PUBLISH, {
      i: { kind: "DECISION_CONDITIONS", programme: "SARSKILDA_STIMULANSMEDEL", callId: null, bodySv: "{{periodStart}}", bodyEn: "{{outcome}}" },
    });
    expect(errorCode(conditions)).toBe("BAD_USER_INPUT");
    expect(conditions.errors![0].message).toContain("{{outcome}}");
    expect(conditions.errors![0].extensions).toMatchObject({ field: "bodyEn", placeholder: "outcome" });
    const completion = await sos.request(PUBLISH, {
      i: {
        kind: "FOLLOW_UP_COMPLETION_EMAIL",
        programme: "UTVECKLINGSMEDEL",
        callId: null,
        subjectSv: "Komplettera {{amount}}",
        subjectEn: "Complete",
        bodySv: "{{message}}",
        bodyEn: "{{message}}",
      },
    });
    expect(errorCode(completion)).toBe("BAD_USER_INPUT");
    expect(completion.errors![0].extensions).toMatchObject({ field: "subjectSv", placeholder: "amount" });
    expect(await counts()).toEqual(before);
  });
});
