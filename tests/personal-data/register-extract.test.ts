import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { TrainingRegistration } from "../../server/dist/modules/trainings/training.entities";
import { User } from "../../server/dist/modules/users/user.entity";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const EXTRACT = `query($e: String!) { personalDataExtract(email: $e) { email sections { kind label count erasable keptReason records } } }`;
const ERASE = `mutation($i: ErasePersonalDataInput!) { erasePersonalData(input: $i) { erased { kind count } kept { kind label count keptReason } } }`;

/** A person from Ale registered for a training of Västra Götaland. */
async function registered(): Promise<{ participant: ReturnType<typeof person>; eventId: string }> {
  const participant = person(`utdrag-${Math.random().toString(36).slice(2, 8)}`);
  const event = await createEvent(t);
  await publish(t, event.id);
  const res = await register(await t.as(DEMO.ale), event.id, [participant]);
  expect(res.errors).toBeUndefined();
  return { participant, eventId: event.id };
}

function download(c: Client, kind: "json" | "pdf", email: string) {
  return fetch(`${t.baseUrl}/api/personal-data/extract.${kind}?email=${encodeURIComponent(email)}`, { headers: { authorization: `Bearer ${c.token}` } });
}

function section(extract: { sections: { kind: string }[] }, kind: string) {
  type Section = { count: number; erasable: number; keptReason: string | null; records: Record<string, unknown>[] };
  return extract.sections.find((s) => s.kind === kind) as unknown as Section;
}

describe("register extract (GDPR article 15)", () => {
  it("gives the platform administrator everything held about an e-mail address, as JSON and as a PDF, and records that it was produced", async () => {
    const { participant } = await registered();
    const admin = await t.as(DEMO.admin);
    const res = await admin.request(EXTRACT, { e: participant.email.toUpperCase() });
    expect(res.errors).toBeUndefined();
    const extract = res.data!.personalDataExtract;
    expect(extract.email).toBe(participant.email);
    const regs = section(extract, "TRAINING_REGISTRATION");
    expect(regs).toMatchObject({ count: 1, erasable: 1, keptReason: null });
    expect(regs.records[0]).toMatchObject({ name: participant.name, email: participant.email, profession: "Socionom", organisation: "Ale" });

    const json = await download(admin, "json", participant.email);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toBe('attachment; filename="registerutdrag.json"');
    const body = await json.json();
    expect(body.sections.find((s: { kind: string }) => s.kind === "TRAINING_REGISTRATION").records[0].name).toBe(participant.name);

    const pdf = await download(admin, "pdf", participant.email);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    const entry = await t.app.db.manager.findOneOrFail(AuditEntry, { where: { action: "personalData.extract" }, order: { id: "DESC" } });
    expect(entry.after).toMatchObject({ counts: { TRAINING_REGISTRATION: 1 } });
    expect(JSON.stringify(entry)).not.toContain(participant.email);
  });

  it("lists a user account and the audit log as kept, with why", async () => {
    // Ale's sign-in is an entry of the audit log naming the person.
    await t.as(DEMO.ale);
    const admin = await t.as(DEMO.admin);
    const extract = (await admin.request(EXTRACT, { e: DEMO.ale })).data!.personalDataExtract;
    const account = section(extract, "USER_ACCOUNT");
    expect(account).toMatchObject({ count: 1, erasable: 0 });
    expect(account.keptReason).toContain("kontot behövs för att logga in");
    expect(section(extract, "AUDIT_ENTRY").count).toBeGreaterThan(0);
    expect(section(extract, "AUDIT_ENTRY").keptReason).toContain("loggen");
  });

  it("is refused to an organisation administrator, also for their own organisation's person, and to an officer, through GraphQL and the downloads", async () => {
    const { participant } = await registered();
    const orgAdmin = await newUser(t, "1480", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    const aleAdmin = await newUser(t, "1440", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    for (const c of [orgAdmin, aleAdmin, await t.as(DEMO.handlaggare)]) {
      const refused = await c.request(EXTRACT, { e: participant.email });
      expect(errorCode(refused)).toBe("FORBIDDEN");
      expect(refused.data ?? null).toBeNull();
      for (const kind of ["json", "pdf"] as const) {
        const res = await download(c, kind, participant.email);
        expect(res.status).toBe(403);
        expect(await res.text()).not.toContain(participant.name);
      }
    }
    expect(await t.app.db.manager.countBy(AuditEntry, { action: "personalData.extract", actorUserId: (await meId(orgAdmin)) as number })).toBe(0);
  });
});

async function meId(c: Client): Promise<number> {
  return Number((await c.request(`{ me { id } }`)).data!.me.id);
}

describe("erasure on request", () => {
  it("erases the person's registrations with the reason recorded, keeping the row and every count; the audit row names counts, not the data", async () => {
    const { participant, eventId } = await registered();
    const admin = await t.as(DEMO.admin);
    const lst = await t.as(DEMO.lstO);
    const counts = `query($id: ID!) { trainingEvent(id: $id) { confirmedCount placesLeft } }`;
    const countsBefore = (await lst.request(counts, { id: eventId })).data;

    const erased = await admin.request(ERASE, { i: { email: participant.email, reason: "Personen begärde radering per e-post 2026-12-01." } });
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.erasePersonalData.erased).toContainEqual({ kind: "trainingRegistrations", count: 1 });

    const row = await t.app.db.manager.findOneByOrFail(TrainingRegistration, {
      eventId: Number(eventId),
      organisationId: (await t.app.db.manager.findOneByOrFail(User, { email: DEMO.ale })).organisationId,
    });
    expect(row.name).toBe("Gallrad");
    expect(row.email).toMatch(/^gallrad-[0-9a-f]+@gallrad\.invalid$/);
    expect(row.status).toBe("CONFIRMED");
    expect((await lst.request(counts, { id: eventId })).data).toEqual(countsBefore);
    expect(await t.app.db.manager.countBy(TrainingRegistration, { email: participant.email })).toBe(0);

    const after = (await admin.request(EXTRACT, { e: participant.email })).data!.personalDataExtract;
    expect(section(after, "TRAINING_REGISTRATION").count).toBe(0);

    const entry = await t.app.db.manager.findOneOrFail(AuditEntry, { where: { action: "personalData.erase" }, order: { id: "DESC" } });
    expect(entry.after).toMatchObject({
      reason: "Personen begärde radering per e-post 2026-12-01.",
      // The registration, and the confirmation mailed to the person with their link.
      erased: [expect.objectContaining({ kind: "trainingRegistrations", count: 1 }), expect.objectContaining({ kind: "mails", count: 1 })],
    });
    expect(JSON.stringify(entry)).not.toContain(participant.email);
    expect(JSON.stringify(entry)).not.toContain(participant.name);
  });

  it("keeps a user account and says why", async () => {
    const admin = await t.as(DEMO.admin);
    const res = await admin.request(ERASE, { i: { email: DEMO.vgregion, reason: "Begäran om radering från personen." } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.erasePersonalData.kept).toContainEqual(expect.objectContaining({ kind: "USER_ACCOUNT", count: 1 }));
    expect(await t.app.db.manager.countBy(User, { email: DEMO.vgregion })).toBe(1);
  });

  it("is refused without a reason, and to anyone but the platform administrator, with nothing changed", async () => {
    const { participant } = await registered();
    const admin = await t.as(DEMO.admin);
    const orgAdmin = await newUser(t, "1440", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    const audits = await t.app.db.manager.countBy(AuditEntry, { action: "personalData.erase" });

    expect(errorCode(await admin.request(ERASE, { i: { email: participant.email, reason: "kort" } }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await admin.request(ERASE, { i: { email: "inte en adress", reason: "Personen begärde radering." } }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await orgAdmin.request(ERASE, { i: { email: participant.email, reason: "Personen begärde radering." } }))).toBe("FORBIDDEN");

    expect(await t.app.db.manager.countBy(TrainingRegistration, { email: participant.email, name: participant.name })).toBe(1);
    expect(await t.app.db.manager.countBy(AuditEntry, { action: "personalData.erase" })).toBe(audits);
  });
});
