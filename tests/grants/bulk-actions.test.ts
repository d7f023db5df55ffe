import { In } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { ConsultationRequest } from "../../server/dist/modules/grants/consultation.entity";
import { Notification } from "../../server/dist/modules/notifications/notification.entity";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { consult, draft, openCallId, submit } from "./fixtures";

let t: TestApp;
let callId: string;
beforeAll(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterAll(() => t?.close());

const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

async function submittedApplications(n: number, who: string = DEMO.nck): Promise<{ id: string; diarienummer: string }[]> {
  const c = await t.as(who);
  const out: { id: string; diarienummer: string }[] = [];
  for (let i = 0; i < n; i++) {
    const app = await draft(c, callId);
    out.push(ok(await submit(c, app.id)).data!.submitGrantApplication);
  }
  return out;
}

const STATE = `query($id: ID!) { grantApplication(id: $id) { status completionMessage consultations { id } availableActions } }`;
async function states(c: Client, ids: string[]) {
  return Promise.all(ids.map(async (id) => ok(await c.request(STATE, { id })).data!.grantApplication));
}

/** What a bulk action writes besides the applications: consultation requests, audit rows, notifications and mails. */
async function written(ids: string[]) {
  const m = t.app.db.manager;
  return {
    consultations: await m.countBy(ConsultationRequest, { applicationId: In(ids.map(Number)) }),
    audit: await m.countBy(AuditEntry, { entityType: "GrantApplication", entityId: In(ids) }),
    notifications: await m.count(Notification),
    mails: await m.count(OutboxMail),
  };
}

const COMPLETIONS = `mutation($ids: [ID!]!, $m: String!, $d: String!) { requestGrantCompletions(applicationIds: $ids, message: $m, dueDate: $d) { id status } }`;
const REMIND = `mutation($ids: [ID!]!) { remindGrantCompletions(applicationIds: $ids) { id status } }`;

describe("an officer acts on many applications at once", () => {
  it("sends three applications on consultation in one step: each gets its request and audit row, the consultation body one notification naming all three", async () => {
    const apps = await submittedApplications(3);
    const ids = apps.map((a) => a.id);
    const before = await written(ids);
    const res = ok(await consult(t, ids));
    expect(res.data!.requestConsultation.map((a: { status: string }) => a.status)).toEqual(["IN_CONSULTATION", "IN_CONSULTATION", "IN_CONSULTATION"]);
    const after = await written(ids);
    expect(after.consultations - before.consultations).toBe(3);
    expect(after.audit - before.audit).toBe(3);
    const jam = await t.as(DEMO.jam);
    const feed = ok(await jam.request(`{ notifications(limit: 1) { items { title body } } }`)).data!.notifications.items[0];
    expect(feed.title).toContain("3 ansökningar");
    for (const a of apps) expect(feed.body).toContain(a.diarienummer);
  });

  it("changes none of them when one may not be sent on consultation, and says which one", async () => {
    const apps = await submittedApplications(3);
    const ids = apps.map((a) => a.id);
    // The middle one is already in consultation: it cannot be sent again.
    ok(await consult(t, [ids[1]]));
    const sos = await t.as(DEMO.handlaggare);
    const stateBefore = await states(sos, ids);
    const before = await written(ids);
    const res = await consult(t, ids);
    expect(errorCode(res)).toBe("CONFLICT");
    expect(res.errors![0].message).toContain(apps[1].diarienummer);
    expect(res.errors![0].message).toContain("Ingen av de valda ansökningarna har ändrats");
    expect(res.errors![0].extensions!.applicationId).toBe(ids[1]);
    expect(await states(sos, ids)).toEqual(stateBefore);
    expect(await written(ids)).toEqual(before);
  });

  it("costs the same number of SQL statements to send 2 applications on consultation as 5", async () => {
    const apps = (await submittedApplications(15)).map((a) => a.id);
    const sos = await t.as(DEMO.handlaggare);
    const statements = async (ids: string[]) => {
      const res = ok(await sos.request(`mutation($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids }));
      return Number(res.headers.get("x-sql-statements"));
    };
    await statements(apps.slice(0, 1));
    // The fewer of two readings, so that a one-off statement of a request is not taken for a cost per row.
    const two = Math.min(await statements(apps.slice(1, 3)), await statements(apps.slice(3, 5)));
    const five = Math.min(await statements(apps.slice(5, 10)), await statements(apps.slice(10, 15)));
    expect(two).toBeGreaterThan(0);
    expect(five).toBe(two);
  });

  it("requests completion of two applications and reminds both applicants, by notification and e-mail, without changing their status", async () => {
    const [a, b] = await submittedApplications(2);
    const ids = [a.id, b.id];
    const sos = await t.as(DEMO.handlaggare);
    const requested = ok(await sos.request(COMPLETIONS, { ids, m: "Bifoga budgetspecifikationen.", d: inAWeek() }));
    expect(requested.data!.requestGrantCompletions.map((x: { status: string }) => x.status)).toEqual(["COMPLETION_REQUESTED", "COMPLETION_REQUESTED"]);
    const offered = await states(sos, ids);
    expect(offered.map((s) => s.availableActions)).toEqual([["REMIND_COMPLETION"], ["REMIND_COMPLETION"]]);
    expect(offered.map((s) => s.completionMessage)).toEqual(["Bifoga budgetspecifikationen.", "Bifoga budgetspecifikationen."]);

    const before = await written(ids);
    const mailsToNck = () => t.app.db.manager.countBy(OutboxMail, { toAddress: DEMO.nck });
    const nckMails = await mailsToNck();
    const reminded = ok(await sos.request(REMIND, { ids }));
    expect(reminded.data!.remindGrantCompletions.map((x: { status: string }) => x.status)).toEqual(["COMPLETION_REQUESTED", "COMPLETION_REQUESTED"]);
    const after = await written(ids);
    expect(after.audit - before.audit).toBe(2);
    expect(after.consultations).toBe(before.consultations);
    expect(await mailsToNck()).toBe(nckMails + 2);
    const nck = await t.as(DEMO.nck);
    const feed = ok(await nck.request(`{ notifications(limit: 2) { items { title body } } }`)).data!.notifications.items as { title: string; body: string }[];
    expect(feed.map((n) => n.title).sort()).toEqual(
      [`Påminnelse om komplettering: ${a.diarienummer}`, `Påminnelse om komplettering: ${b.diarienummer}`].sort(),
    );
    expect(feed[0].body).toContain("Bifoga budgetspecifikationen.");
    const audit = await t.app.db.manager.findBy(AuditEntry, {
      entityType: "GrantApplication",
      entityId: In(ids),
      action: "grantApplication.completionReminder",
    });
    expect(audit).toHaveLength(2);
  });

  it("reminds nobody when one of the applications has no outstanding completion", async () => {
    const [a, b] = await submittedApplications(2);
    const sos = await t.as(DEMO.handlaggare);
    ok(await sos.request(COMPLETIONS, { ids: [a.id], m: "Komplettera.", d: inAWeek() }));
    const before = await written([a.id, b.id]);
    const res = await sos.request(REMIND, { ids: [a.id, b.id] });
    expect(errorCode(res)).toBe("CONFLICT");
    expect(res.errors![0].message).toContain(b.diarienummer);
    expect(await written([a.id, b.id])).toEqual(before);
  });

  it("takes at most 100 applications at a time, and none from an applicant", async () => {
    const [a] = await submittedApplications(1);
    const sos = await t.as(DEMO.handlaggare);
    const many = Array.from({ length: 101 }, (_, i) => String(i + 1));
    for (const q of [REMIND, `mutation($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`]) {
      const res = await sos.request(q, { ids: many });
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
    }
    const none = await sos.request(REMIND, { ids: [] });
    expect(errorCode(none)).toBe("BAD_USER_INPUT");
    const before = await states(sos, [a.id]);
    const nck = await t.as(DEMO.nck);
    expect(errorCode(await nck.request(COMPLETIONS, { ids: [a.id], m: "x", d: inAWeek() }))).toBe("FORBIDDEN");
    expect(await states(sos, [a.id])).toEqual(before);
  });

  it("exports only the chosen applications of the call to CSV", async () => {
    const apps = await submittedApplications(3);
    const sos = await t.as(DEMO.handlaggare);
    const chosen = [apps[0], apps[2]];
    const res = await fetch(`${t.baseUrl}/api/grant-calls/${callId}/applications.csv?ids=${chosen.map((a) => a.id).join(",")}`, {
      headers: { authorization: `Bearer ${sos.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/-urval\.csv"$/);
    const lines = (await res.text()).trim().split(/\r?\n/);
    expect(lines).toHaveLength(3);
    for (const a of chosen) expect(lines.some((l) => l.includes(a.diarienummer))).toBe(true);
    expect(lines.some((l) => l.includes(apps[1].diarienummer))).toBe(false);
    const tooMany = await fetch(`${t.baseUrl}/api/grant-calls/${callId}/applications.csv?ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(",")}`, {
      headers: { authorization: `Bearer ${sos.token}` },
    });
    expect(tooMany.status).toBe(400);
  });
});
