import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConsultationRequest } from "../../server/dist/modules/grants/consultation.entity";
import { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";
import { stockholmDate } from "../../server/dist/shared/dates";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, getApplication, openCallId, opinion, submit } from "./fixtures";

/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
let t: TestApp;
let callId: string;
beforeEach(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterEach(() => t?.close());

/** Applications submitted to the call by NCK, Länsstyrelsen Västra Götaland and Barnafrid, as the story's tests submit them. */
async function submittedApplications(): Promise<void> {
  const applicants: [string, Record<string, unknown>][] = [
    [DEMO.nck, FULL_APPLICATION],
    [DEMO.lstO, { ...FULL_APPLICATION, title: "Utbildningsinsatser i Västra Götaland", contactName: "Olivia", contactEmail: DEMO.lstO }],
    [
      DEMO.barnafrid,
      { ...FULL_APPLICATION, title: "Barn som upplever våld", requestedAmount: 300_000, budgetLines: [{ category: "Personal", amount: 300_000 }] },
    ],
  ];
  for (const [email, fields] of applicants) {
    const c = await t.as(email);
    const app = await draft(c, callId, fields);
    const res = await submit(c, app.id);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
}

async function pdfText(url: string, token: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  return { status: res.status, type: res.headers.get("content-type"), text };
}

describe("stimulus grants, end to end: NCK → Socialstyrelsen → Jämställdhetsmyndigheten → Socialstyrelsen → NCK", () => {
  it("walks application, consultation, partial approval, letter, payout, follow-up and repayment", async () => {
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const jam = await t.as(DEMO.jam);

    // NCK drafts in two steps (autosave) and submits.
    const first = await draft(nck, callId, { title: "Utkast" });
    expect(first).toMatchObject({ status: "DRAFT", diarienummer: null, version: 0 });
    const saved = await nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id title status } }`, {
      i: { id: first.id, ...FULL_APPLICATION },
    });
    expect(saved.data!.saveGrantApplication).toMatchObject({ id: first.id, title: FULL_APPLICATION.title, status: "DRAFT" });
    const submitted = await submit(nck, first.id);
    expect(submitted.errors).toBeUndefined();
    const app = submitted.data!.submitGrantApplication;
    expect(app.status).toBe("SUBMITTED");
    expect(app.diarienummer).toMatch(/^SoS \d{4}-\d{4}$/);

    // After submit NCK cannot edit.
    const edit = await nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { id: app.id, title: "Ändrad" },
    });
    expect(errorCode(edit)).toBe("CONFLICT");
    expect((await getApplication(nck, app.id)).data!.grantApplication.status).toBe("SUBMITTED");

    // Socialstyrelsen is notified and sends it for consultation.
    const sosNotes = await sos.request(`{ notifications(limit: 5) { items { title } } }`);
    expect(sosNotes.data!.notifications.items.map((n: { title: string }) => n.title)).toContain(`Ny ansökan: ${app.diarienummer}`);
    const early = await decide(sos, app.id, { outcome: "APPROVED", motivation: "x" });
    expect(errorCode(early)).toBe("CONFLICT");
    const sent = await consult(t, [app.id]);
    expect(sent.data!.requestConsultation[0].status).toBe("IN_CONSULTATION");

    // Socialstyrelsen cannot decide before the opinion, and nothing changes.
    const tooSoon = await decide(sos, app.id, { outcome: "APPROVED", motivation: "Bra ansökan" });
    expect(errorCode(tooSoon)).toBe("CONFLICT");
    expect(tooSoon.errors![0].message).toMatch(/Remissvar från Jämställdhetsmyndigheten saknas/);
    expect((await getApplication(sos, app.id)).data!.grantApplication).toMatchObject({ status: "IN_CONSULTATION", grantedAmount: null });

    // Jämställdhetsmyndigheten sees it in its queue and answers; it cannot decide.
    const queue = await jam.request(`{ consultationRequests(openOnly: true) { dueDate application { id diarienummer title } } }`);
    expect(queue.data!.consultationRequests.map((c: { application: { id: string } }) => c.application.id)).toEqual([app.id]);
    const jamDecides = await decide(jam, app.id, { outcome: "APPROVED", motivation: "x" });
    expect(errorCode(jamDecides)).toBe("FORBIDDEN");
    expect((await opinion(t, app.id, "SUPPORTS_WITH_CHANGES")).errors).toBeUndefined();
    expect(errorCode(await opinion(t, app.id))).toBe("NOT_FOUND");

    // Socialstyrelsen approves part of the amount.
    const decided = await decide(sos, app.id, {
      outcome: "PARTIALLY_APPROVED",
      grantedAmount: 600_000,
      motivation: "Resor och material ryms inte i årets ram.",
    });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideGrantApplication).toMatchObject({ status: "PARTIALLY_APPROVED", grantedAmount: 600_000, outcome: "PARTIALLY_APPROVED" });
    const call = await sos.request(`query($id: ID!) { grantCall(id: $id) { budget grantedTotal remaining grantedCount } }`, { id: callId });
    expect(call.data!.grantCall).toMatchObject({ grantedTotal: 600_000, remaining: 6_400_000, grantedCount: 1 });

    // NCK is notified and downloads the decision letter.
    const nckNotes = await nck.request(`{ notifications(limit: 5) { items { title body } } }`);
    expect(nckNotes.data!.notifications.items[0].title).toBe(`Beslut: ${app.diarienummer}`);
    const letter = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, nck.token!);
    expect(letter.status).toBe(200);
    expect(letter.type).toBe("application/pdf");
    expect(letter.text).toContain(app.diarienummer);
    expect(letter.text).toContain("Beslut om särskilda stimulansmedel");
    expect(letter.text.replace(/\s/g, " ")).toMatch(/600 000 kr/);
    expect(letter.text).toContain("Resor och material ryms inte i årets ram.");
    expect(letter.text).toContain("Jämställdhetsmyndigheten");

    // Barnafrid cannot download NCK's letter.
    const other = await pdfText(decided.data!.decideGrantApplication.decisionLetterUrl, (await t.as(DEMO.barnafrid)).token!);
    expect(other.status).toBe(404);

    // Payout, follow-up with unused money, repayment.
    expect(errorCode(await nck.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: app.id }))).toBe("FORBIDDEN");
    const paid = await sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { status paidAt } }`, { id: app.id });
    expect(paid.data!.markGrantPaid.status).toBe("PAID");

    // A reminder before the follow-up is due, sent once; the overdue list once the date has passed.
    expect((await sos.request(`mutation { sendFollowUpReminders(withinDays: 800) }`)).data!.sendFollowUpReminders).toBe(1);
    expect((await sos.request(`mutation { sendFollowUpReminders(withinDays: 800) }`)).data!.sendFollowUpReminders).toBe(0);
    expect((await nck.request(`{ notifications(limit: 1) { items { title } } }`)).data!.notifications.items[0].title).toBe(
      `Påminnelse om återrapportering: ${app.diarienummer}`,
    );
    expect((await sos.request(`query($c: ID) { overdueFollowUps(callId: $c) { id } }`, { c: callId })).data!.overdueFollowUps).toEqual([]);
    await t.app.db.transaction((m) => m.update(GrantApplication, { id: Number(app.id) }, { followUpDueDate: "2020-01-01" }));
    expect((await sos.request(`query($c: ID) { overdueFollowUps(callId: $c) { id } }`, { c: callId })).data!.overdueFollowUps).toEqual([{ id: app.id }]);
    const tooMuch = await nck.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { status } }`, {
      id: app.id,
      i: { report: "Gjort", usedAmount: 700_000 },
    });
    expect(errorCode(tooMuch)).toBe("BAD_USER_INPUT");
    const report = await nck.request(
      `mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { status usedAmount repaymentAmount } }`,
      {
        id: app.id,
        i: { report: "Webbkursen uppdaterad, en nätverksträff hölls.", usedAmount: 550_000 },
      },
    );
    expect(report.data!.submitGrantFollowUp).toEqual({ status: "REPAYMENT_DUE", usedAmount: 550_000, repaymentAmount: 50_000 });
    const repaid = await sos.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { status repaidAt } }`, { id: app.id });
    expect(repaid.data!.markRepaymentReceived.status).toBe("REPAID");

    // Every transition is in the audit log.
    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 50) { items { action } } }`, {
      e: app.id,
    });
    expect(audit.data!.auditLog.items.map((a: { action: string }) => a.action).reverse()).toEqual([
      "grantApplication.create",
      "grantApplication.update",
      "grantApplication.submit",
      "grantApplication.requestConsultation",
      "grantApplication.consultationOpinion",
      "grantApplication.decide",
      "grantApplication.markPaid",
      "grantApplication.followUpReminder",
      "grantApplication.followUp",
      "grantApplication.markRepaid",
    ]);
  });

  it("completion: Socialstyrelsen returns an application, the applicant edits and resubmits, both versions stay readable", async () => {
    const lst = await t.as(DEMO.lstO);
    const sos = await t.as(DEMO.handlaggare);
    const app = await draft(lst, callId, {
      ...FULL_APPLICATION,
      title: "Utbildningsinsatser i Västra Götaland",
      contactName: "Olivia",
      contactEmail: DEMO.lstO,
    });
    const sub = (await submit(lst, app.id)).data!.submitGrantApplication;
    const due = stockholmDate(new Date(Date.now() + 14 * 86_400_000));
    const returned = await sos.request(
      `mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Budgeten för resor behöver specificeras.", dueDate: $d) { status completionMessage completionDueDate } }`,
      { id: app.id, d: due },
    );
    expect(returned.data!.requestGrantCompletion).toEqual({
      status: "COMPLETION_REQUESTED",
      completionMessage: "Budgeten för resor behöver specificeras.",
      completionDueDate: due,
    });
    const notes = await lst.request(`{ notifications(limit: 1) { items { title body } } }`);
    expect(notes.data!.notifications.items[0].body).toContain("Budgeten för resor behöver specificeras.");

    await lst.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: {
        id: app.id,
        budgetLines: [
          { category: "Personal", amount: 600_000 },
          { category: "Resor: 12 utbildningsdagar", amount: 100_000 },
          { category: "Kursmaterial", amount: 200_000 },
        ],
      },
    });
    const again = (await submit(lst, app.id)).data!.submitGrantApplication;
    expect(again).toMatchObject({ status: "SUBMITTED", version: 2, diarienummer: sub.diarienummer });
    const versions = await sos.request(`query($id: ID!) { grantApplication(id: $id) { versions { version content } } }`, { id: app.id });
    const v = versions.data!.grantApplication.versions;
    expect(v.map((x: { version: number }) => x.version)).toEqual([1, 2]);
    expect(v[0].content.budgetLines[1].category).toBe("Resor");
    expect(v[1].content.budgetLines[1].category).toBe("Resor: 12 utbildningsdagar");
  });

  it("a decision may be made without an answer once the consultation's due date has passed", async () => {
    const barnafrid = await t.as(DEMO.barnafrid);
    const sos = await t.as(DEMO.handlaggare);
    const app = await draft(barnafrid, callId, {
      ...FULL_APPLICATION,
      title: "Barn som upplever våld",
      requestedAmount: 300_000,
      budgetLines: [{ category: "Personal", amount: 300_000 }],
    });
    await submit(barnafrid, app.id);
    expect((await consult(t, [app.id])).errors).toBeUndefined();
    // The due date passes without an answer.
    await t.app.db.transaction((m) => m.update(ConsultationRequest, { applicationId: Number(app.id) }, { dueDate: "2020-01-01" }));
    const res = await decide(sos, app.id, { outcome: "REJECTED", motivation: "Insatsen ryms inte i uppdraget." });
    expect(res.data!.decideGrantApplication).toMatchObject({ status: "REJECTED", grantedAmount: 0 });
  });

  it("the analyst reads every application and call figure but changes nothing", async () => {
    await submittedApplications();
    const analyst = await t.as(DEMO.vardanalys);
    const list = await analyst.request(`query($c: ID) { grantApplications(callId: $c) { total items { id diarienummer status organisation { code } } } }`, {
      c: callId,
    });
    expect(list.data!.grantApplications.total).toBeGreaterThanOrEqual(3);
    expect(list.data!.grantApplications.items.every((a: { status: string }) => a.status !== "DRAFT")).toBe(true);
    const figures = await analyst.request(`query($id: ID!) { grantCall(id: $id) { requestedTotal statusCounts { status count } } }`, { id: callId });
    expect(figures.errors).toBeUndefined();
    expect(errorCode(await decide(analyst, list.data!.grantApplications.items[0].id ?? "1", { outcome: "REJECTED", motivation: "x" }))).toBe("FORBIDDEN");
  });

  it("an applicant sees the call itself but not the figures guarded field by field", async () => {
    const nck = await t.as(DEMO.nck);
    const plain = await nck.request(`query($id: ID!) { grantCall(id: $id) { id title budget } }`, { id: callId });
    expect(plain.errors).toBeUndefined();
    for (const field of ["requestedTotal", "grantedCount", "statusCounts { status count }"]) {
      const res = await nck.request(`query($id: ID!) { grantCall(id: $id) { title ${field} } }`, { id: callId });
      expect(errorCode(res), field).toBe("FORBIDDEN");
      expect(JSON.stringify(res.data ?? null)).not.toMatch(/requestedTotal":\d|grantedCount":\d|"count"/);
    }
  });

  it("exports a call's applications as CSV for Socialstyrelsen, not for applicants", async () => {
    await submittedApplications();
    const sos = await t.as(DEMO.handlaggare);
    const res = await fetch(`${t.baseUrl}/api/grant-calls/${callId}/applications.csv`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const csv = await res.text();
    expect(csv.split("\n")[0]).toContain("Diarienummer,Organisation,Rubrik,Status");
    expect(csv).toContain("Nationellt centrum för kvinnofrid");
    const nck = await t.as(DEMO.nck);
    const refused = await fetch(`${t.baseUrl}/api/grant-calls/${callId}/applications.csv`, { headers: { authorization: `Bearer ${nck.token}` } });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  });
});
