import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TrainingEvent } from "../../server/dist/modules/trainings/training.entities";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "./fixtures";

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

interface PublicTraining {
  id: number;
  title: string;
  placesLeft: number;
  sessions: { startsAt: string; endsAt: string }[];
  [key: string]: unknown;
}

/** The public calendar as an anonymous visitor sees it: no cookie, no token. */
async function publicCalendar(query = ""): Promise<{ status: number; body: { items: PublicTraining[]; total: number; limit: number; offset: number } }> {
  const res = await fetch(`${t.baseUrl}/api/public/trainings${query}`);
  return { status: res.status, body: await res.json() };
}

/** A published open training, a draft, a cancelled one, a full one and one whose registration has closed. */
async function trainingsOfEveryKind() {
  const open = await createEvent(t, { title: "Öppen kursledarutbildning", capacity: 5 });
  await publish(t, open.id);
  await register(await t.as(DEMO.ale), open.id, [person(1, "ale")]);
  const draft = await createEvent(t, { title: "Utkast till utbildning" });
  const cancelled = await createEvent(t, { title: "Inställd utbildning" });
  await publish(t, cancelled.id);
  const lst = await t.as(DEMO.lstO);
  expect((await lst.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "Sjukdom") { status } }`, { id: cancelled.id })).errors).toBeUndefined();
  const full = await createEvent(t, { title: "Fullbokad utbildning", capacity: 1 });
  await publish(t, full.id);
  await register(await t.as(DEMO.goteborg), full.id, [person(2, "goteborg")]);
  const closed = await createEvent(t, { title: "Stängd anmälan" });
  await publish(t, closed.id);
  await t.app.db.transaction((m) => m.update(TrainingEvent, { id: Number(closed.id) }, { registrationDeadline: new Date(Date.now() - 86_400_000) }));
  return { open, draft, cancelled, full, closed };
}

describe("the public training calendar, without sign-in", () => {
  it("lists only published trainings open for registration with places left, and no personal data", async () => {
    const { open, draft, cancelled, full, closed } = await trainingsOfEveryKind();
    const { status, body } = await publicCalendar("?limit=50");
    expect(status).toBe(200);
    const ids = body.items.map((e) => String(e.id));
    expect(ids).toContain(open.id);
    for (const hidden of [draft, cancelled, full, closed]) expect(ids).not.toContain(hidden.id);
    const mine = body.items.find((e) => String(e.id) === open.id)!;
    expect(mine).toMatchObject({
      title: "Öppen kursledarutbildning",
      placesLeft: 4,
      organiser: "Länsstyrelsen Västra Götaland",
      location: "Länsstyrelsen, Göteborg",
    });
    expect(mine.sessions).toHaveLength(2);
    expect(Object.keys(mine).sort()).toEqual(
      [
        "countyCode",
        "description",
        "id",
        "location",
        "nationwide",
        "online",
        "organiser",
        "placesLeft",
        "registrationDeadline",
        "sessions",
        "title",
        "type",
        "typeLabel",
      ].sort(),
    );
    for (const e of body.items) expect(e.placesLeft).toBeGreaterThan(0);
    // No participant, no e-mail address, no internal reason.
    const json = JSON.stringify(body);
    expect(json).not.toContain("Person 1");
    expect(json).not.toMatch(/@/);
    expect(json).not.toContain("Sjukdom");
  });

  it("is paginated with a maximum page size", async () => {
    const { body } = await publicCalendar("?limit=1000");
    expect(body.limit).toBe(50);
    const first = await publicCalendar("?limit=1");
    expect(first.body.items.length).toBeLessThanOrEqual(1);
    expect(first.body.total).toBe(body.total);
  });

  it("offers the same trainings as an iCalendar feed, in UTC", async () => {
    const { open, cancelled } = await trainingsOfEveryKind();
    const res = await fetch(`${t.baseUrl}/api/public/trainings.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const lines = (await res.text()).replace(/\r\n[ \t]/g, "").split("\r\n");
    expect(lines[0]).toBe("BEGIN:VCALENDAR");
    expect(lines).toContain("END:VCALENDAR");
    const events = lines.filter((l) => l === "BEGIN:VEVENT").length;
    expect(events).toBeGreaterThanOrEqual(2);
    expect(lines.filter((l) => l === "END:VEVENT").length).toBe(events);
    const starts = lines.filter((l) => l.startsWith("DTSTART"));
    expect(starts).toHaveLength(events);
    for (const l of starts) expect(l).toMatch(/^DTSTART(:\d{8}T\d{6}Z|;TZID=Europe\/Stockholm:\d{8}T\d{6})$/);
    const summaries = lines.filter((l) => l.startsWith("SUMMARY:"));
    expect(summaries).toContain("SUMMARY:Öppen kursledarutbildning (1/2)");
    expect(summaries.join()).not.toContain("Inställd utbildning");
    expect(open.id).not.toBe(cancelled.id);
  });
});
