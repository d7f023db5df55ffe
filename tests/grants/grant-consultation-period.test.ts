import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsultationRequest } from "../../server/dist/modules/grants/consultation.entity";
import { addDays, stockholmDate } from "../../server/dist/shared/dates";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { consult, createCall, decide, draft, FULL_APPLICATION, opinion, submit } from "./fixtures";

let t: TestApp;
let callId: string;
let sos: Client;
beforeAll(async () => {
  t = await startTestApp();
  callId = await createCall(t, 5_000_000);
  sos = await t.as(DEMO.handlaggare);
});
afterAll(() => t?.close());

const today = () => stockholmDate();
const STATE = `status grantedAmount outcome completionDueDate decidedWithoutOpinion decidableWithoutOpinion decidableWithoutOpinionFrom consultations { dueDate answeredAt }`;

/** A submitted application of the test call, by Barnafrid. */
async function submitted(title: string): Promise<string> {
  const barnafrid = await t.as(DEMO.barnafrid);
  const app = await draft(barnafrid, callId, {
    ...FULL_APPLICATION,
    title,
    requestedAmount: 300_000,
    budgetLines: [{ category: "Personal", amount: 300_000 }],
    contactEmail: DEMO.barnafrid,
  });
  expect((await submit(barnafrid, app.id)).errors).toBeUndefined();
  return app.id;
}

/** What a refusal must leave as it was: the application, its audit trail and the call's figures. */
async function state(id: string) {
  const app = await sos.request(`query($id: ID!) { grantApplication(id: $id) { ${STATE} } }`, { id });
  const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 50) { total } }`, { e: id });
  const call = await sos.request(`query($id: ID!) { grantCall(id: $id) { grantedTotal } }`, { id: callId });
  return { app: app.data!.grantApplication, audit: audit.data!.auditLog.total, call: call.data!.grantCall };
}

async function pdfText(url: string, token: string): Promise<string> {
  const res = await fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  return text.replace(/\s+/g, " ");
}

/** The consultation's due date passes without an answer. */
async function letDueDatePass(id: string) {
  await t.app.db.transaction((m) => m.update(ConsultationRequest, { applicationId: Number(id) }, { dueDate: addDays(today(), -1) }));
}

describe("a consultation cannot be skipped", () => {
  it("the call tells the web app the earliest due date, from its shortest consultation period (10 days unless set)", async () => {
    const res = await sos.request(`query($id: ID!) { grantCall(id: $id) { minConsultationDays consultationDays earliestConsultationDueDate } }`, {
      id: callId,
    });
    expect(res.data!.grantCall).toEqual({ minConsultationDays: 10, consultationDays: 14, earliestConsultationDueDate: addDays(today(), 10) });
  });

  it("a call whose consultation period is shorter than its own minimum is refused, and no call is created", async () => {
    const count = async () => (await sos.request(`{ grantCalls { id } }`)).data!.grantCalls.length;
    const before = await count();
    const input = {
      year: 2026,
      title: "Kort remisstid",
      budget: 100_000,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      followUpDueDate: "2027-05-31",
    };
    const res = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: { ...input, consultationDays: 7, minConsultationDays: 10 },
    });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "consultationDays", message: "Remisstiden måste vara minst 10 dagar." });
    expect(await count()).toBe(before);

    const longer = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { minConsultationDays earliestConsultationDueDate } }`, {
      i: { ...input, consultationDays: 30, minConsultationDays: 21 },
    });
    expect(longer.data!.createGrantCall).toEqual({ minConsultationDays: 21, earliestConsultationDueDate: addDays(today(), 21) });
  });

  it("a due date sooner than the shortest consultation period is refused on the dueDate field, and nothing changes", async () => {
    const id = await submitted("Remiss med för kort svarstid");
    const before = await state(id);
    for (const dueDate of ["2020-01-01", today(), addDays(today(), 9)]) {
      const res = await consult(t, [id], dueDate);
      expect(errorCode(res), dueDate).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "dueDate", message: `Välj ${addDays(today(), 10)} eller senare (minst 10 dagar).` });
      expect(res.errors![0].message).toContain(addDays(today(), 10));
      expect(await state(id)).toEqual(before);
    }
    expect(before.app).toMatchObject({ status: "SUBMITTED", consultations: [] });
    const ok = await consult(t, [id], addDays(today(), 10));
    expect(ok.data!.requestConsultation).toEqual([{ id, status: "IN_CONSULTATION" }]);
  });

  it("one application with a due date too soon refuses the whole request: the other is not sent either", async () => {
    const first = await submitted("Först i gruppen");
    const second = await submitted("Andra i gruppen");
    const before = [await state(first), await state(second)];
    expect(errorCode(await consult(t, [first, second], addDays(today(), 3)))).toBe("BAD_USER_INPUT");
    expect([await state(first), await state(second)]).toEqual(before);
  });

  it("a decision before the due date while the consultation is unanswered is refused with the day it can be decided, and nothing changes", async () => {
    const id = await submitted("Beslut för tidigt");
    const due = addDays(today(), 12);
    expect((await consult(t, [id], due)).errors).toBeUndefined();
    const before = await state(id);
    expect(before.app).toMatchObject({ status: "IN_CONSULTATION", decidableWithoutOpinion: false, decidableWithoutOpinionFrom: addDays(due, 1) });
    const res = await decide(sos, id, { outcome: "APPROVED", motivation: "Beviljas." });
    expect(errorCode(res)).toBe("CONFLICT");
    expect(res.errors![0].message).toBe(
      `Remissvar från Jämställdhetsmyndigheten saknas och svarstiden går ut ${due}. Beslut kan fattas när svaret kommit, eller utan yttrande från och med ${addDays(due, 1)}.`,
    );
    expect(res.errors![0].extensions!.decidableFrom).toBe(addDays(due, 1));
    expect(await state(id)).toEqual(before);
  });

  it("a decision after the due date without an answer is made without an opinion, and the application, the letter and the audit log say so", async () => {
    const id = await submitted("Beslut utan yttrande");
    expect((await consult(t, [id])).errors).toBeUndefined();
    await letDueDatePass(id);
    expect((await state(id)).app).toMatchObject({ decidableWithoutOpinion: true, decidableWithoutOpinionFrom: today() });

    const res = await sos.request(`mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { ${STATE} decisionLetterUrl } }`, {
      id,
      i: { outcome: "PARTIALLY_APPROVED", grantedAmount: 200_000, motivation: "Personalkostnaden ryms delvis." },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.decideGrantApplication).toMatchObject({
      status: "PARTIALLY_APPROVED",
      grantedAmount: 200_000,
      decidedWithoutOpinion: true,
      decidableWithoutOpinion: false,
    });

    const letter = await pdfText(res.data!.decideGrantApplication.decisionLetterUrl, (await t.as(DEMO.barnafrid)).token!);
    expect(letter).toContain("Beslutet har fattats utan yttrande från Jämställdhetsmyndigheten.");
    expect(letter).toContain("avgjorts utan yttrande");

    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { items { action after } } }`, {
      e: id,
    });
    const entry = audit.data!.auditLog.items[0];
    expect(entry.action).toBe("grantApplication.decide");
    expect(entry.after).toMatchObject({ withoutOpinion: true });
    expect(entry.after.consultation).toMatch(/^Beslut utan yttrande: Jämställdhetsmyndigheten hade inte svarat när svarstiden gick ut \d{4}-\d{2}-\d{2}\.$/);
  });

  it("a decision after an answer is not said to be without an opinion", async () => {
    const id = await submitted("Beslut efter remissvar");
    expect((await consult(t, [id])).errors).toBeUndefined();
    expect((await opinion(t, id)).errors).toBeUndefined();
    const res = await sos.request(
      `mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { decidedWithoutOpinion decisionLetterUrl } }`,
      {
        id,
        i: { outcome: "REJECTED", motivation: "Ryms inte i uppdraget." },
      },
    );
    expect(res.data!.decideGrantApplication.decidedWithoutOpinion).toBe(false);
    const letter = await pdfText(res.data!.decideGrantApplication.decisionLetterUrl, sos.token!);
    expect(letter).not.toContain("utan yttrande");
    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { items { after } } }`, { e: id });
    expect(audit.data!.auditLog.items[0].after).not.toHaveProperty("withoutOpinion");
  });
});

describe("a completion request's due date lies in the future", () => {
  it("today or earlier is refused on the dueDate field, and nothing changes; tomorrow is accepted", async () => {
    const id = await submitted("Komplettering i tid");
    const before = await state(id);
    const request = (dueDate: string) =>
      sos.request(
        `mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Specificera budgeten.", dueDate: $d) { status completionDueDate } }`,
        { id, d: dueDate },
      );
    for (const dueDate of ["2020-01-01", addDays(today(), -1), today()]) {
      const res = await request(dueDate);
      expect(errorCode(res), dueDate).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "dueDate", message: `Välj en dag efter i dag (${today()}).` });
      expect(await state(id)).toEqual(before);
    }
    const ok = await request(addDays(today(), 1));
    expect(ok.data!.requestGrantCompletion).toEqual({ status: "COMPLETION_REQUESTED", completionDueDate: addDays(today(), 1) });
  });
});
