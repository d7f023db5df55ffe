import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { Requisition } from "../../server/dist/modules/development-funds/development-fund.entities";
import { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";
import { MeetingResponse, NetworkContact, NetworkMeeting } from "../../server/dist/modules/networks/network.entities";
import { TrainingEvent, TrainingRegistration, TrainingSession } from "../../server/dist/modules/trainings/training.entities";
import { DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";
import { nationalFiguresQueries, RUN_RETENTION, SETTINGS, UPDATE_SETTINGS } from "./fixtures";

let t: TestApp;
beforeAll(async () => {
  // The demo history of 2017 (trainings with thousands of participants, networks, county work, funds) is far past the retention period.
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
});
afterAll(() => t?.close());

const suffix = Math.random().toString(36).slice(2, 8);
const CONTACT = { name: `Greta Gallringsdotter ${suffix}`, email: `greta.${suffix}@goteborg.se`, title: "Kvinnofridssamordnare" };
const ATTENDEE = { name: `Kalle Kollega ${suffix}`, email: `kalle.${suffix}@goteborg.se` };
const REQUISITION_CONTACT = { contactName: `Rita Rekvirent ${suffix}`, contactEmail: `rita.${suffix}@ale.se` };
const PARTICIPANT = { ...person(`gallras-${suffix}`), name: `Pia Deltagare ${suffix}` };

/** Everything in the database that could still hold a value: the tables that name people and the audit log. */
async function stored(value: string): Promise<number> {
  const like = `%${value.toLowerCase()}%`;
  const tables: [string, string[]][] = [
    ["training_registration", ["name", "email"]],
    ["course_leader", ["name", "email"]],
    ["meeting_response", ["attendees"]],
    ["network_contact", ["name", "email"]],
    ["agenda_item", ["presenter"]],
    ["audit_entry", ["before", "after"]],
    ["grant_application_version", ["content"]],
    ["requisition", ["contactName", "contactEmail"]],
  ];
  let n = 0;
  for (const [table, columns] of tables) {
    const where = columns.map((c) => `LOWER(${t.app.db.kind === "mysql" ? `\`${c}\`` : `"${c}"`}) LIKE ?`).join(" OR ");
    const rows = await t.app.db.manager.query(
      `SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`,
      columns.map(() => like),
    );
    n += Number(rows[0].n);
  }
  return n;
}

/** A network of Västra Götaland with Göteborg's contact person and a meeting Göteborg answered, and a training a person from Ale registered for: all then moved back to 2017. */
async function oldPersonalData() {
  const lst = await t.as(DEMO.lstO);
  const gbg = await t.as(DEMO.goteborg);
  const orgs = await lst.request(`{ organisations(search: "Göteborg", kinds: [KOMMUN], limit: 5) { items { id code } } }`);
  const gbgId = orgs.data!.organisations.items.find((o: { code: string }) => o.code === "1480").id;
  const net = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
    i: { name: `Gallringsnätverket ${suffix}`, topic: "VALD_I_NARA_RELATIONER", description: "Nätverk för test av gallring." },
  });
  const networkId = net.data!.saveNetwork.id;
  await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, { n: networkId, o: [gbgId] });
  const contacts = await gbg.request(
    `mutation($n: ID!, $o: ID!, $c: [ContactInput!]!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: $c) { name } }`,
    { n: networkId, o: gbgId, c: [CONTACT] },
  );
  expect(contacts.errors).toBeUndefined();
  const startsAt = new Date(Date.now() + 14 * 86_400_000);
  const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title: "Nätverksträff",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      location: "Länsstyrelsen, Göteborg",
      agenda: [{ title: "Läget i kommunerna", presenter: ATTENDEE.name, durationMinutes: 60 }],
    },
  });
  expect(scheduled.errors).toBeUndefined();
  const meetingId = Number(scheduled.data!.scheduleNetworkMeeting[0].id);
  const answered = await gbg.request(`mutation($m: ID!, $a: [AttendeeInput!]!) { respondToMeetingInvitation(meetingId: $m, attendees: $a) { respondedAt } }`, {
    m: meetingId,
    a: [ATTENDEE, { name: `Greta ${suffix}` }],
  });
  expect(answered.errors).toBeUndefined();

  const event = await createEvent(t);
  await publish(t, event.id);
  const registered = await register(await t.as(DEMO.ale), event.id, [PARTICIPANT]);
  expect(registered.errors).toBeUndefined();

  // Both took place in the spring of 2017.
  const m = t.app.db.manager;
  await m.update(NetworkMeeting, { id: meetingId }, { startsAt: new Date("2017-03-01T08:00:00Z"), endsAt: new Date("2017-03-01T11:00:00Z") });
  const day = { startsAt: new Date("2017-04-03T07:00:00Z"), endsAt: new Date("2017-04-04T15:00:00Z") };
  await m.update(TrainingEvent, { id: Number(event.id) }, day);
  await m.update(TrainingSession, { eventId: Number(event.id) }, day);
  // A requisition of the demo history, decided in 2017, names its contact person.
  const requisition = await m
    .createQueryBuilder(Requisition, "r")
    .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
    .where("a.decidedAt < :d", { d: new Date("2018-01-01T00:00:00Z") })
    .orderBy("r.applicationId")
    .getOneOrFail();
  await m.update(Requisition, { applicationId: requisition.applicationId }, REQUISITION_CONTACT);
  return { networkId: Number(networkId), meetingId, eventId: Number(event.id), requisitionId: requisition.applicationId };
}

describe("erasure of personal data past the retention period (gallring)", () => {
  it("erases participants', attendees' and contacts' personal data of 2017 and leaves every national figure of 2017 exactly as it was", async () => {
    const old = await oldPersonalData();
    const admin = await t.as(DEMO.admin);
    const sos = await t.as(DEMO.handlaggare);
    // A registration of this year stays as it is.
    const recent = await createEvent(t, { title: "Utbildning i år" });
    await publish(t, recent.id);
    const RECENT = person(`i-ar-${suffix}`);
    expect((await register(await t.as(DEMO.ale), recent.id, [RECENT])).errors).toBeUndefined();

    const figures = async () => {
      const answers = [];
      for (const query of nationalFiguresQueries()) {
        const res = await sos.request(query, { y: 2017 });
        expect(res.errors).toBeUndefined();
        answers.push(res.data);
      }
      return answers;
    };
    const before = await figures();
    const rows = await t.app.db.manager.count(TrainingRegistration);
    expect(await stored(PARTICIPANT.email)).toBeGreaterThan(0);
    expect(await stored(CONTACT.email)).toBeGreaterThan(0);
    expect(await stored(ATTENDEE.email)).toBeGreaterThan(0);
    expect(await stored(REQUISITION_CONTACT.contactEmail)).toBeGreaterThan(0);
    const historic = await t.app.db.manager.query(`SELECT COUNT(*) AS n FROM training_registration WHERE email LIKE 'deltagare%'`);
    expect(Number(historic[0].n)).toBeGreaterThan(400);

    const run = await admin.request(RUN_RETENTION);
    expect(run.errors).toBeUndefined();
    expect(run.data!.runPersonalDataRetention.months).toBe(24);
    const erased = Object.fromEntries(run.data!.runPersonalDataRetention.erased.map((e: { kind: string; count: number }) => [e.kind, e.count]));
    expect(erased.trainingRegistrations).toBeGreaterThan(400);
    expect(erased.networkContacts).toBeGreaterThanOrEqual(1);
    expect(erased.meetingAttendees).toBeGreaterThanOrEqual(2);
    expect(erased.agendaPresenters).toBeGreaterThanOrEqual(1);

    // The national figures are the same, to the last field.
    expect(await figures()).toEqual(before);
    // Every row is still there; the personal data is gone from the database, the audit log included.
    expect(await t.app.db.manager.count(TrainingRegistration)).toBe(rows);
    for (const value of [
      PARTICIPANT.email,
      PARTICIPANT.name,
      CONTACT.email,
      CONTACT.name,
      ATTENDEE.email,
      ATTENDEE.name,
      REQUISITION_CONTACT.contactName,
      REQUISITION_CONTACT.contactEmail,
    ])
      expect(await stored(value)).toBe(0);
    expect(await t.app.db.manager.findOneByOrFail(Requisition, { applicationId: old.requisitionId })).toMatchObject({
      contactName: "Gallrad",
      contactEmail: "",
    });
    expect(erased.applicationContacts).toBeGreaterThanOrEqual(1);
    expect(Number((await t.app.db.manager.query(`SELECT COUNT(*) AS n FROM training_registration WHERE email LIKE 'deltagare%'`))[0].n)).toBe(0);
    const attendees = await t.app.db.manager.findOneByOrFail(MeetingResponse, { meetingId: old.meetingId });
    expect(attendees.attendees).toEqual([
      { name: "Gallrad", email: null },
      { name: "Gallrad", email: null },
    ]);
    const contact = await t.app.db.manager.findOneByOrFail(NetworkContact, { networkId: old.networkId });
    expect(contact.name).toBe("Gallrad");
    // This year's registration is kept.
    expect(await stored(RECENT.email)).toBeGreaterThan(0);

    // The audit row names what was erased, by kind, count and id, and none of the data.
    const entry = await t.app.db.manager.findOneOrFail(AuditEntry, { where: { action: "personalData.retention" }, order: { id: "DESC" } });
    const after = entry.after as { erased: { kind: string; count: number; ids: number[] }[]; months: number };
    expect(after.months).toBe(24);
    const regs = after.erased.find((e) => e.kind === "trainingRegistrations")!;
    expect(regs.count).toBe(erased.trainingRegistrations);
    expect(regs.ids.length).toBeGreaterThan(0);
    const text = JSON.stringify(entry);
    for (const value of [PARTICIPANT.email, PARTICIPANT.name, CONTACT.email, ATTENDEE.name]) expect(text).not.toContain(value);

    // A second run finds nothing more to erase and still changes no figure.
    const again = await admin.request(RUN_RETENTION);
    expect(again.data!.runPersonalDataRetention.erased.filter((e: { kind: string }) => !["notifications", "mails"].includes(e.kind))).toEqual([]);
    expect(await figures()).toEqual(before);
  });
});

describe("the retention period is a platform setting", () => {
  // A database of its own: the run below would erase the history the test above compares.
  let own: TestApp;
  beforeAll(async () => {
    own = await startTestApp();
  });
  afterAll(() => own?.close());

  it("is 24 months by default, changed only by the platform administrator, within 1 to 240 months", async () => {
    const admin = await own.as(DEMO.admin);
    const initial = (await admin.request(SETTINGS)).data!.platformSettings;
    expect(initial).toMatchObject({ retentionMonths: 24, retentionMonthsDefault: 24 });

    const orgAdmin = await newUser(own, "1440", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    const refused = await orgAdmin.request(UPDATE_SETTINGS, { i: { retentionMonths: 6 } });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(errorCode(await orgAdmin.request(SETTINGS))).toBe("FORBIDDEN");
    expect(errorCode(await orgAdmin.request(RUN_RETENTION))).toBe("FORBIDDEN");
    expect(errorCode(await (await own.as(DEMO.handlaggare)).request(UPDATE_SETTINGS, { i: { retentionMonths: 6 } }))).toBe("FORBIDDEN");
    const outOfRange = await admin.request(UPDATE_SETTINGS, { i: { retentionMonths: 0 } });
    expect(errorCode(outOfRange)).toBe("BAD_USER_INPUT");
    expect((await admin.request(SETTINGS)).data!.platformSettings.retentionMonths).toBe(24);

    const changed = await admin.request(UPDATE_SETTINGS, { i: { retentionMonths: 36 } });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updatePlatformSettings).toMatchObject({ retentionMonths: 36, requireTotpForMoney: false });
    expect((await admin.request(RUN_RETENTION)).data!.runPersonalDataRetention.months).toBe(36);
    const entry = await own.app.db.manager.findOneOrFail(AuditEntry, { where: { action: "platform.updateSettings" }, order: { id: "DESC" } });
    expect(entry.before).toMatchObject({ retentionMonths: 24 });
    expect(entry.after).toMatchObject({ retentionMonths: 36 });
  });
});
