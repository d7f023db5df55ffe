import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { TrainingAttendance, TrainingRegistration, TrainingSession } from "../../server/dist/modules/trainings/training.entities";
import { DEMO, errorCode, mailAsSent, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "./fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

/** The personal link's token mailed to the address, as the person receives it. */
async function linkToken(address: string): Promise<string> {
  const text = await mailAsSent(t, address);
  return /\/anmalan\?token=([A-Za-z0-9_-]+)/.exec(text)![1];
}

async function view(token: string) {
  const res = await fetch(`${t.baseUrl}/api/public/registration?token=${encodeURIComponent(token)}`);
  return { status: res.status, body: await res.json() };
}

async function cancel(token: string) {
  const res = await fetch(`${t.baseUrl}/api/public/registration/cancel`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ token }),
  });
  return { status: res.status, body: await res.json() };
}

/** A published course with one seat: person 1 of Ale confirmed, person 2 of Göteborg waiting. */
async function fullCourse() {
  const event = await createEvent(t, { capacity: 1 });
  await publish(t, event.id);
  const ale = await register(await t.as(DEMO.ale), event.id, [person(1, "ale")]);
  expect(ale.errors).toBeUndefined();
  const gbg = await register(await t.as(DEMO.goteborg), event.id, [person(2, "goteborg")]);
  expect(gbg.data!.registerForTraining[0].status).toBe("WAITLISTED");
  return { event, confirmed: ale.data!.registerForTraining[0], waiting: gbg.data!.registerForTraining[0] };
}

describe("the participant's personal link", () => {
  it("is mailed to each registered person with a check-in code, and only its digest is stored", async () => {
    await fullCourse();
    const token = await linkToken("person1@ale.se");
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: "person1@ale.se" }, order: { id: "DESC" } });
    expect(mail.subject).toContain("Din anmälan till");
    // The outbox shows the link hidden; the token is nowhere in the database.
    expect(mail.textBody).not.toContain(token);
    const regs = await t.app.db.manager.find(TrainingRegistration, {});
    expect(JSON.stringify(regs)).not.toContain(token);
    expect(await mailAsSent(t, "person1@ale.se")).toMatch(/[A-Z2-9]{4}-[A-Z2-9]{4}/);
  });

  it("is written in the registering coordinator's language for a person without an account", async () => {
    const event = await createEvent(t, { capacity: 5 });
    await publish(t, event.id);
    const ale = await t.as(DEMO.ale);
    expect((await ale.request(`mutation { setMyLanguage(language: EN) { id } }`)).errors).toBeUndefined();
    expect((await register(ale, event.id, [person(7, "ale")])).errors).toBeUndefined();
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: "person7@ale.se" }, order: { id: "DESC" } });
    expect(mail.subject).toContain("Your registration for");
    expect(await mailAsSent(t, "person7@ale.se")).toContain("You have a confirmed seat.");
  });

  it("shows the person's own registration without sign-in: the training, dates, place, status and place in the queue", async () => {
    const { event } = await fullCourse();
    const confirmed = await view(await linkToken("person1@ale.se"));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      name: "Person 1",
      status: "CONFIRMED",
      waitlistPosition: null,
      availableActions: ["CANCEL"],
      event: { title: event.title, location: "Länsstyrelsen, Göteborg", organiser: "Länsstyrelsen Västra Götaland" },
    });
    expect(confirmed.body.event.sessions).toHaveLength(2);
    expect(confirmed.body.checkInCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(confirmed.body.qrSvg).toContain("<svg");
    // Nobody else's data: no e-mail addresses, no other participant.
    expect(JSON.stringify(confirmed.body)).not.toContain("person2@goteborg.se");
    expect(JSON.stringify(confirmed.body)).not.toContain("person1@ale.se");
    const waiting = await view(await linkToken("person2@goteborg.se"));
    expect(waiting.body).toMatchObject({ name: "Person 2", status: "WAITLISTED", waitlistPosition: 1, checkInCode: null, qrSvg: null });
  });

  it("gives the training's sessions as a calendar file", async () => {
    await fullCourse();
    const res = await fetch(`${t.baseUrl}/api/public/registration/calendar.ics?token=${await linkToken("person1@ale.se")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const ics = await res.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("cancels through the registration state machine and promotes the waitlisted person at once", async () => {
    const { event, confirmed, waiting } = await fullCourse();
    const token = await linkToken("person1@ale.se");
    const waitingToken = await linkToken("person2@goteborg.se");
    const res = await cancel(token);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "CANCELLED", availableActions: [], checkInCode: null });
    const m = t.app.db.manager;
    expect((await m.findOneByOrFail(TrainingRegistration, { id: Number(confirmed.id) })).status).toBe("CANCELLED");
    expect((await m.findOneByOrFail(TrainingRegistration, { id: Number(waiting.id) })).status).toBe("CONFIRMED");
    const lst = await t.as(DEMO.lstO);
    const after = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { confirmedCount waitlistCount } }`, { id: event.id });
    expect(after.data!.trainingEvent).toEqual({ confirmedCount: 1, waitlistCount: 0 });
    // The promoted person's own link now says so; the used link stays readable but offers nothing.
    expect((await view(waitingToken)).body).toMatchObject({ status: "CONFIRMED", waitlistPosition: null });
    expect(await mailAsSent(t, "person2@goteborg.se")).toContain("har fått en plats");
    const again = await cancel(token);
    expect(again.status).toBe(409);
    expect((await m.findOneByOrFail(TrainingRegistration, { id: Number(waiting.id) })).status).toBe("CONFIRMED");
  });

  it("refuses a wrong token with a clear message and no one's data, and changes nothing", async () => {
    const { confirmed } = await fullCourse();
    for (const token of ["", "wrong", `${await linkToken("person1@ale.se")}x`]) {
      const shown = await view(token);
      expect(shown.status).toBe(404);
      expect(shown.body).toEqual({ error: { code: "NOT_FOUND", message: expect.stringContaining("Länken gäller inte") } });
      const cancelled = await cancel(token);
      expect(cancelled.status).toBe(404);
    }
    expect((await t.app.db.manager.findOneByOrFail(TrainingRegistration, { id: Number(confirmed.id) })).status).toBe("CONFIRMED");
  });

  it("refuses further attempts from an address that tried too many unknown links", async () => {
    await fullCourse();
    const good = await linkToken("person1@ale.se");
    let last = 0;
    for (let i = 0; i < 21; i++) last = (await view(`unknown-${i}`)).status;
    expect(last).toBe(403);
    const refused = await view(good);
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("För många försök");
  });
});

describe("check-in at the door by code", () => {
  /** Moves the event's first session to now (today in Stockholm), as on the day of the training. */
  async function today(eventId: string) {
    const m = t.app.db.manager;
    const sessions = await m.find(TrainingSession, { where: { eventId: Number(eventId) }, order: { startsAt: "ASC" } });
    const now = Date.now();
    await m.update(TrainingSession, { id: sessions[0].id }, { startsAt: new Date(now), endsAt: new Date(now + 60_000) });
    return sessions;
  }

  async function codeOf(address: string) {
    return /([A-Z2-9]{4}-[A-Z2-9]{4})/.exec(await mailAsSent(t, address))![1];
  }

  const CHECK_IN = `mutation($e: ID!, $c: String!) { checkInTrainingParticipant(eventId: $e, code: $c) { alreadyCheckedIn session { id } registration { id name } } }`;

  it("records today's attendance through the attendance rules; twice is harmless", async () => {
    const { event, confirmed } = await fullCourse();
    const sessions = await today(event.id);
    const lst = await t.as(DEMO.lstO);
    const code = await codeOf("person1@ale.se");
    const res = await lst.request(CHECK_IN, { e: event.id, c: code.toLowerCase().replace("-", " ") });
    expect(res.errors).toBeUndefined();
    expect(res.data!.checkInTrainingParticipant).toMatchObject({
      alreadyCheckedIn: false,
      session: { id: String(sessions[0].id) },
      registration: { name: "Person 1" },
    });
    const marked = await t.app.db.manager.findBy(TrainingAttendance, { registrationId: Number(confirmed.id) });
    expect(marked).toEqual([expect.objectContaining({ sessionId: sessions[0].id, status: "ATTENDED" })]);
    const again = await lst.request(CHECK_IN, { e: event.id, c: code });
    expect(again.data!.checkInTrainingParticipant.alreadyCheckedIn).toBe(true);
    const shown = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { checkInSession { id } } }`, { id: event.id });
    expect(shown.data!.trainingEvent.checkInSession).toEqual({ id: String(sessions[0].id) });
  });

  it("refuses a code of another training, a day without a session, a waitlisted person and a non-organiser, with nothing changed", async () => {
    const { event, waiting } = await fullCourse();
    const other = await createEvent(t, { title: "Annan utbildning" });
    await publish(t, other.id);
    expect((await register(await t.as(DEMO.vgregion), other.id, [person(9, "vgregion")])).errors).toBeUndefined();
    const lst = await t.as(DEMO.lstO);
    const code = await codeOf("person1@ale.se");

    // No session today yet.
    const noDay = await lst.request(CHECK_IN, { e: event.id, c: code });
    expect(errorCode(noDay)).toBe("CONFLICT");
    expect(noDay.errors![0].message).toContain("inget tillfälle i dag");

    await today(event.id);
    const wrongTraining = await lst.request(CHECK_IN, { e: event.id, c: await codeOf("person9@vgregion.se") });
    expect(errorCode(wrongTraining)).toBe("CONFLICT");
    expect(wrongTraining.errors![0].message).toContain("annan utbildning");
    expect(wrongTraining.errors![0].message).not.toContain("Annan utbildning");

    const unknown = await lst.request(CHECK_IN, { e: event.id, c: "ZZZZ-ZZZZ" });
    expect(errorCode(unknown)).toBe("NOT_FOUND");

    // A waitlisted person has no seat to check in to.
    const waitingCode = (await t.app.db.manager.findOneByOrFail(TrainingRegistration, { id: Number(waiting.id) })).checkInCode!;
    expect(errorCode(await lst.request(CHECK_IN, { e: event.id, c: waitingCode }))).toBe("CONFLICT");

    expect(errorCode(await (await t.as(DEMO.ale)).request(CHECK_IN, { e: event.id, c: code }))).toBe("FORBIDDEN");
    expect(errorCode(await (await t.as(DEMO.lstAB)).request(CHECK_IN, { e: event.id, c: code }))).toBe("FORBIDDEN");
    expect(await t.app.db.manager.count(TrainingAttendance, {})).toBe(0);
  });

  it("certifies a kursledare only after attendance at every session", async () => {
    const { event } = await fullCourse();
    const sessions = await today(event.id);
    const lst = await t.as(DEMO.lstO);
    expect((await lst.request(CHECK_IN, { e: event.id, c: await codeOf("person1@ale.se") })).errors).toBeUndefined();
    const leaders = `{ courseLeaders(limit: 50) { items { name } } }`;
    expect((await lst.request(leaders)).data!.courseLeaders.items.map((c: { name: string }) => c.name)).not.toContain("Person 1");
    // The second day.
    const m = t.app.db.manager;
    const now = Date.now();
    await m.update(TrainingSession, { id: sessions[0].id }, { startsAt: new Date(now - 86_400_000), endsAt: new Date(now - 86_400_000 + 60_000) });
    await m.update(TrainingSession, { id: sessions[1].id }, { startsAt: new Date(now), endsAt: new Date(now + 60_000) });
    expect((await lst.request(CHECK_IN, { e: event.id, c: await codeOf("person1@ale.se") })).errors).toBeUndefined();
    expect((await lst.request(leaders)).data!.courseLeaders.items.map((c: { name: string }) => c.name)).toContain("Person 1");
  });
});
