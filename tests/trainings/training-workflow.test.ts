import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, EVENT_FIELDS, person, publish, REG_FIELDS, register } from "./fixtures";

/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

/**
 * The registrations the other tests of this file make: a kursledarutbildning where Göteborg
 * registers two and cancels one and Ale registers two (the second from the waitlist), a FREDA
 * course with two from Göteborg, and a county course with one from Västra Götalandsregionen.
 */
async function registrationsOfTheYear(): Promise<void> {
  const gbg = await t.as(DEMO.goteborg);
  const ok = async (res: ReturnType<typeof register>) => {
    const r = await res;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.registerForTraining as { id: string }[];
  };
  const course = await createEvent(t, { capacity: 3 });
  await publish(t, course.id);
  const g = await ok(register(gbg, course.id, [person(1, "goteborg"), person(2, "goteborg")]));
  await ok(register(await t.as(DEMO.ale), course.id, [person(1, "ale"), person(2, "ale")]));
  const cancelled = await gbg.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id: g[1].id });
  if (cancelled.errors) throw new Error(JSON.stringify(cancelled.errors));
  const freda = await createEvent(t, { title: "FREDA", type: "FREDA", capacity: 2 });
  await publish(t, freda.id);
  await ok(register(gbg, freda.id, [person("f1", "goteborg"), person("f2", "goteborg")]));
  const county = await createEvent(t, { title: "BAS Västra Götaland", type: "BAS", national: false, capacity: 10 });
  await publish(t, county.id);
  await ok(register(await t.as(DEMO.vgregion), county.id, [person("r1", "vgregion")]));
}

describe("training: utvecklingsledare Västra Götaland → samordnare Göteborg and Ale → attendance → registry", () => {
  it("logs a two-day kursledarutbildning, fills it, waitlists, promotes on cancellation, certifies and counts", async () => {
    const lst = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);

    const event = await createEvent(t, { capacity: 3 });
    expect(event).toMatchObject({ status: "DRAFT", countyCode: null, placesLeft: 3 });
    expect(event.sessions).toHaveLength(2);
    // Not visible to kommuner until published.
    expect(errorCode(await gbg.request(`query($id: ID!) { trainingEvent(id: $id) { id } }`, { id: event.id }))).toBe("NOT_FOUND");
    await publish(t, event.id);

    const found = await gbg.request(`{ trainingEvents(types: [KURSLEDARUTBILDNING], withPlacesLeft: true) { total items { id title placesLeft } } }`);
    expect(found.data!.trainingEvents.items.map((e: { id: string }) => e.id)).toContain(event.id);

    const g = await register(gbg, event.id, [person(1, "goteborg"), person(2, "goteborg")]);
    expect(g.data!.registerForTraining.map((r: { status: string }) => r.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    const a = await register(ale, event.id, [person(1, "ale"), person(2, "ale")]);
    expect(a.data!.registerForTraining.map((r: { status: string; waitlistPosition: number | null }) => [r.status, r.waitlistPosition])).toEqual([
      ["CONFIRMED", null],
      ["WAITLISTED", 1],
    ]);

    // Ale sees only its own participants; Göteborg's are not visible.
    const aleView = await ale.request(`query($id: ID!) { trainingEvent(id: $id) { placesLeft waitlistCount registrations { ${REG_FIELDS} } } }`, {
      id: event.id,
    });
    expect(aleView.data!.trainingEvent.registrations.map((r: { email: string }) => r.email).sort()).toEqual(["person1@ale.se", "person2@ale.se"]);
    expect(JSON.stringify(aleView)).not.toContain("goteborg.se");
    const lstView = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { registrations { email } } }`, { id: event.id });
    expect(lstView.data!.trainingEvent.registrations).toHaveLength(4);

    // Göteborg cancels one: Ale's waitlisted person is promoted and the registrant notified.
    const cancelled = await gbg.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id: g.data!.registerForTraining[1].id });
    expect(cancelled.data!.cancelTrainingRegistration.status).toBe("CANCELLED");
    const mine = await ale.request(`{ myTrainingRegistrations { email status waitlistPosition } }`);
    expect(mine.data!.myTrainingRegistrations.find((r: { email: string }) => r.email === "person2@ale.se")).toMatchObject({
      status: "CONFIRMED",
      waitlistPosition: null,
    });
    const notes = await ale.request(`{ notifications(limit: 1) { items { title body } } }`);
    expect(notes.data!.notifications.items[0].title).toBe(`Plats på ${event.title}`);

    // Ale cannot cancel Göteborg's registration.
    const foreign = await ale.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id: g.data!.registerForTraining[0].id });
    expect(errorCode(foreign)).toBe("NOT_FOUND");

    // Attendance: person1@ale attends both days and becomes a certified kursledare; person2@ale misses day 2.
    const [day1, day2] = event.sessions.map((s: { id: string }) => s.id);
    const aleRegs = (await ale.request(`{ myTrainingRegistrations { id email } }`)).data!.myTrainingRegistrations;
    const p1 = aleRegs.find((r: { email: string }) => r.email === "person1@ale.se").id;
    const p2 = aleRegs.find((r: { email: string }) => r.email === "person2@ale.se").id;
    expect(errorCode(await ale.request(`mutation($r: ID!) { markAttendance(registrationId: $r, sessionIds: [], attended: ATTENDED) { id } }`, { r: p1 }))).toBe(
      "FORBIDDEN",
    );
    expect(
      (await lst.request(`mutation($r: ID!) { markAttendance(registrationId: $r, sessionIds: [], attended: ATTENDED) { id } }`, { r: p1 })).errors,
    ).toBeUndefined();
    await lst.request(`mutation($r: ID!, $s: [ID!]!) { markAttendance(registrationId: $r, sessionIds: $s, attended: ATTENDED) { id } }`, { r: p2, s: [day1] });
    await lst.request(`mutation($r: ID!, $s: [ID!]!) { markAttendance(registrationId: $r, sessionIds: $s, attended: ABSENT) { id } }`, { r: p2, s: [day2] });

    const leaders = await ale.request(`{ courseLeaders { total items { id name organisation { code } certificateUrl } } }`);
    expect(leaders.errors).toBeUndefined();
    expect(leaders.data!.courseLeaders.items).toEqual([expect.objectContaining({ name: "Person 1", organisation: { code: "1440" } })]);
    const cert = await fetch(`${t.baseUrl}${leaders.data!.courseLeaders.items[0].certificateUrl}`, { headers: { authorization: `Bearer ${ale.token}` } });
    expect(cert.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await cert.arrayBuffer()) });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain("Person 1");
    expect(text).toContain("Certifierad kursledare");
    // The same letter template as the decision letters: the letterhead, the postal details and page numbers.
    expect(text).toContain("SOCIALSTYRELSEN");
    expect(text).toContain("106 30 Stockholm");
    expect(text).toContain("Sida 1 av 1");
    // Göteborg does not see Ale's kursledare; the county board and Socialstyrelsen do.
    expect((await gbg.request(`{ courseLeaders { total } }`)).data!.courseLeaders.total).toBe(0);
    expect((await lst.request(`{ courseLeaders { total } }`)).data!.courseLeaders.total).toBe(1);
    const coverage = await lst.request(`{ courseLeaderCoverage { countyCode kommuner kommunerWithCourseLeader share } }`);
    expect(coverage.data!.courseLeaderCoverage).toEqual([{ countyCode: "14", kommuner: 49, kommunerWithCourseLeader: 1, share: 1 / 49 }]);

    // The kursledare runs a local basic course: the cascade shows.
    const local = await ale.request(`mutation($i: LocalCourseInput!) { logLocalCourse(input: $i) { id participants } }`, {
      i: { courseLeaderId: leaders.data!.courseLeaders.items[0].id, date: "2027-02-10", participants: 18, title: "Grundkurs för socialtjänsten" },
    });
    expect(local.errors).toBeUndefined();
    const after = await lst.request(`{ courseLeaderCoverage { localCourses localCourseParticipants } }`);
    expect(after.data!.courseLeaderCoverage[0]).toEqual({ localCourses: 1, localCourseParticipants: 18 });

    // Calendar of the event.
    const ics = await fetch(`${t.baseUrl}/api/training-events/${event.id}/calendar.ics`, { headers: { authorization: `Bearer ${ale.token}` } });
    const cal = (await ics.text()).replace(/\r\n[ \t]/g, "");
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect(cal.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(cal).toContain("dag 1 av 2");
    const mineIcs = (
      await (await fetch(`${t.baseUrl}/api/my-training-registrations/calendar.ics`, { headers: { authorization: `Bearer ${ale.token}` } })).text()
    ).replace(/\r\n[ \t]/g, "");
    expect(mineIcs).toContain("Person 1");
  });

  it("a kommun cannot create events, and nothing is created", async () => {
    const ale = await t.as(DEMO.ale);
    const before = (await ale.request(`{ trainingEvents(statuses: [DRAFT, PUBLISHED]) { total } }`)).data!.trainingEvents.total;
    const res = await ale.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
      i: {
        type: "BAS",
        title: "Egen kurs",
        capacity: 10,
        location: "Ale",
        sessions: [{ startsAt: new Date(Date.now() + 9e8).toISOString(), endsAt: new Date(Date.now() + 9.1e8).toISOString() }],
      },
    });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect((await ale.request(`{ trainingEvents(statuses: [DRAFT, PUBLISHED]) { total } }`)).data!.trainingEvents.total).toBe(before);
  });

  it("a county event is not open to kommuner of another county", async () => {
    const event = await createEvent(t, { title: "BAS Västra Götaland", type: "BAS", national: false, capacity: 10 });
    expect(event.countyCode).toBe("14");
    await publish(t, event.id);
    const solna = await newUser(t, "0184", "KOMMUN_SAMORDNARE");
    const refused = await register(solna, event.id, [person("s1", "solna")]);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].message).toContain("i län 14");
    const region = await register(await t.as(DEMO.vgregion), event.id, [person("r1", "vgregion")]);
    expect(region.data!.registerForTraining[0].status).toBe("CONFIRMED");
    const lst = await t.as(DEMO.lstO);
    const view = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { registrations { email } } }`, { id: event.id });
    expect(view.data!.trainingEvent.registrations.map((r: { email: string }) => r.email)).toEqual(["personr1@vgregion.se"]);
  });

  it("capacity cannot go below the confirmed count", async () => {
    const lst = await t.as(DEMO.lstO);
    const event = await createEvent(t, { title: "FREDA", type: "FREDA", capacity: 2 });
    await publish(t, event.id);
    await register(await t.as(DEMO.goteborg), event.id, [person("f1", "goteborg"), person("f2", "goteborg")]);
    const res = await lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { capacity } }`, {
      i: {
        id: event.id,
        type: "FREDA",
        title: "FREDA",
        national: true,
        location: "Göteborg",
        capacity: 1,
        sessions: event.sessions.map((s: { startsAt: string; endsAt: string }) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
      },
    });
    expect(errorCode(res)).toBe("CONFLICT");
    expect(res.errors![0].message).toBe("Antalet platser kan inte bli 1: 2 deltagare är redan bekräftade.");
    const again = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { ${EVENT_FIELDS} } }`, { id: event.id });
    expect(again.data!.trainingEvent).toMatchObject({ capacity: 2, confirmedCount: 2 });
  });

  it("statistics count people once and distinct kommuner, regions and organisations", async () => {
    await registrationsOfTheYear();
    const lst = await t.as(DEMO.lstO);
    const year = new Date(Date.now() + 30 * 86_400_000).getUTCFullYear();
    const stats = await lst.request(
      `query($y: Int!) { trainingStatistics(year: $y) { events participants kommuner regioner organisations byType { type events participants } } }`,
      { y: year },
    );
    expect(stats.errors).toBeUndefined();
    // Göteborg (person1, f1, f2), Ale (person1, person2), Västra Götalandsregionen (r1).
    expect(stats.data!.trainingStatistics).toMatchObject({ participants: 6, kommuner: 2, regioner: 1, organisations: 0 });
    const csv = await fetch(`${t.baseUrl}/api/training-statistics.csv?year=${year}`, { headers: { authorization: `Bearer ${lst.token}` } });
    expect(await csv.text()).toContain("Kommuner,2");
    const ale = await t.as(DEMO.ale);
    expect(errorCode(await ale.request(`query($y: Int!) { trainingStatistics(year: $y) { events } }`, { y: year }))).toBe("FORBIDDEN");
  });
});

describe("texts at their limits", () => {
  it("an event with the longest title allowed can be registered for: the notification's title is shortened, not refused", async () => {
    const title = `Kursledarutbildning ${"å".repeat(180)}`;
    expect(title.length).toBe(200);
    const event = await createEvent(t, { capacity: 5, title });
    await publish(t, event.id);
    const ale = await t.as(DEMO.ale);
    const res = await register(ale, event.id, [person("lang-titel", "ale")]);
    expect(res.errors).toBeUndefined();
    const notes = await ale.request(`{ notifications(limit: 5) { items { title } } }`);
    const mine = notes.data!.notifications.items.find((n: { title: string }) => n.title.startsWith("Anmälan till Kursledarutbildning å"));
    expect(mine.title).toHaveLength(200);
    expect(mine.title.endsWith("…")).toBe(true);
  });
});
