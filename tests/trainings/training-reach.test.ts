import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, type TestApp, startTestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "./fixtures";

/** Each test starts on a database of its own (a copy of the run's template). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

/** A year the demo data leaves empty: events are registered for ahead, then moved to the days they were held. */
const YEAR = 2019;
let heldDay = 0;

const REACH = `query($y: Int!, $c: String) { trainingReach(year: $y, countyCode: $c) {
  year lansstyrelser
  byCounty { type countyCode events participants loggedParticipants kommuner regioner ngos otherBodies unmetDemand }
  totals { type countyCode events participants kommuner regioner ngos otherBodies unmetDemand }
  shares { type lansstyrelser share }
} }`;

async function ok(res: Promise<GqlResult>): Promise<Record<string, any>> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

/**
 * An event of `as` that takes registrations while it lies ahead, and is then moved by its
 * organiser to the day in YEAR it was held (each event a day of its own).
 */
async function heldEvent(as: string, input: Record<string, unknown>, registrations: [Client, Record<string, unknown>[]][]) {
  const event = await createEvent(t, input, as);
  await publish(t, event.id, as);
  for (const [c, people] of registrations) await ok(register(c, event.id, people));
  const day = new Date(Date.UTC(YEAR, 2, 1 + heldDay++, 8));
  const organiser = await t.as(as);
  await ok(
    organiser.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
      i: {
        id: event.id,
        type: event.type,
        title: event.title,
        description: "Hölls som planerat.",
        national: event.countyCode === null,
        location: "Länsstyrelsen",
        capacity: event.capacity,
        registrationDeadline: null,
        sessions: [{ startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 8 * 3_600_000).toISOString() }],
      },
    }),
  );
  return event as { id: string; countyCode: string | null };
}

type Row = Record<string, number | string | null>;
const rowOf = (rows: Row[], type: string, countyCode: string | null) => rows.find((r) => r.type === type && r.countyCode === countyCode);

describe("reach: counted by distinct people and organisations", () => {
  it("a person registered to two events of a type counts once, and an organisation with people in two counties counts once in each and once nationally", async () => {
    const [gbg, ale, vgr] = await Promise.all([t.as(DEMO.goteborg), t.as(DEMO.ale), t.as(DEMO.vgregion)]);
    // Västra Götaland (14): two kursledarutbildningar; the first is full, so Ale's fourth person waits and never gets a seat.
    await heldEvent(DEMO.lstO, { capacity: 3 }, [
      [gbg, [person("a", "goteborg"), person("b", "goteborg")]],
      [ale, [person("c", "ale"), person("g", "ale")]],
    ]);
    await heldEvent(DEMO.lstO, { capacity: 10 }, [[gbg, [{ ...person("a", "goteborg"), email: "Persona@Goteborg.se" }, person("d", "goteborg")]]]);
    // Stockholm (01): Göteborg and the region attend; Göteborg's person d waits there, but has a seat in Västra Götaland.
    await heldEvent(DEMO.lstAB, { capacity: 2 }, [
      [gbg, [person("e", "goteborg")]],
      [vgr, [person("f", "vgregion")]],
      [gbg, [person("d", "goteborg")]],
    ]);
    // A FREDA course in Västra Götaland, and one in Stockholm that was cancelled.
    await heldEvent(DEMO.lstO, { type: "FREDA", title: "FREDA-utbildning", capacity: 5 }, [[ale, [person("h", "ale")]]]);
    const cancelled = await createEvent(t, { type: "FREDA", title: "FREDA i Stockholm", capacity: 5 }, DEMO.lstAB);
    await ok((await t.as(DEMO.lstAB)).request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "Sjukdom") { status } }`, { id: cancelled.id }));

    const sos = await t.as(DEMO.handlaggare);
    const reach = (await ok(sos.request(REACH, { y: YEAR }))).trainingReach;
    expect(reach.lansstyrelser).toBe(21);
    expect(rowOf(reach.byCounty, "KURSLEDARUTBILDNING", "14")).toMatchObject({
      events: 2,
      participants: 4, // a (twice, once in other case), b, c, d
      kommuner: 2,
      regioner: 0,
      ngos: 0,
      otherBodies: 0,
      unmetDemand: 1, // g
    });
    expect(rowOf(reach.byCounty, "KURSLEDARUTBILDNING", "01")).toMatchObject({ events: 1, participants: 2, kommuner: 1, regioner: 1, unmetDemand: 1 });
    // Nationally Göteborg counts once, and d got a seat of the type, so only g is unmet demand.
    expect(rowOf(reach.totals, "KURSLEDARUTBILDNING", null)).toMatchObject({ events: 3, participants: 6, kommuner: 2, regioner: 1, unmetDemand: 1 });
    expect(rowOf(reach.totals, "FREDA", null)).toMatchObject({ events: 1, participants: 1, kommuner: 1 });
    // Held by two of 21 länsstyrelser, FREDA by one: the cancelled course does not count.
    expect(reach.shares).toEqual([
      { type: "KURSLEDARUTBILDNING", lansstyrelser: 2, share: 2 / 21 },
      { type: "FREDA", lansstyrelser: 1, share: 1 / 21 },
    ]);

    const county = (await ok(sos.request(REACH, { y: YEAR, c: "01" }))).trainingReach;
    expect(county.byCounty.map((r: Row) => `${r.type}:${r.countyCode}`)).toEqual(["KURSLEDARUTBILDNING:01"]);
    expect(county.totals).toEqual(reach.totals);
  });

  it("the share of länsstyrelser comes with its chart, and a chart per län of one measure", async () => {
    const gbg = await t.as(DEMO.goteborg);
    await heldEvent(DEMO.lstO, { type: "FREDA", title: "FREDA-utbildning" }, [[gbg, [person(1, "goteborg"), person(2, "goteborg")]]]);
    const res = await ok(
      (await t.as(DEMO.vardanalys)).request(`query($y: Int!) { trainingReach(year: $y) { sharesChart countyChart(type: FREDA, measure: PARTICIPANTS) } }`, {
        y: YEAR,
      }),
    );
    const shares = res.trainingReach.sharesChart;
    expect(shares.mark.type).toBe("bar");
    expect(shares.data.values).toEqual([{ category: "FREDA-bedömningsmetoder", series: "Andel", value: 1 / 21 }]);
    const perCounty = res.trainingReach.countyChart;
    expect(perCounty.data.values).toHaveLength(21);
    expect(perCounty.data.values.find((v: { category: string }) => v.category === "Västra Götalands län")).toMatchObject({ value: 2 });
  });

  it("a year without events gives empty rows, and a year out of range is refused", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const empty = (await ok(sos.request(REACH, { y: 2001 }))).trainingReach;
    expect(empty).toMatchObject({ byCounty: [], totals: [], shares: [] });
    expect(errorCode(await sos.request(REACH, { y: 1999 }))).toBe("BAD_USER_INPUT");
  });

  it("costs the same number of SQL statements for one event as for four in three counties", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const gbg = await t.as(DEMO.goteborg);
    const q = `query($y: Int!) { trainingReach(year: $y) { byCounty { events participants } totals { participants } shares { share } sharesChart countyChart(type: BAS) } }`;
    await heldEvent(DEMO.lstO, { type: "BAS", title: "Grundkurs" }, [[gbg, [person(1, "goteborg")]]]);
    const small = await sos.request(q, { y: YEAR });
    await heldEvent(DEMO.lstAB, { type: "BAS", title: "Grundkurs" }, [[gbg, [person(2, "goteborg")]]]);
    await heldEvent(DEMO.lstAB, { type: "FREDA", title: "FREDA" }, [[gbg, [person(3, "goteborg")]]]);
    await heldEvent(DEMO.nck, { type: "SPETS", title: "Spets" }, [[gbg, [person(4, "goteborg")]]]);
    const large = await sos.request(q, { y: YEAR });
    expect(large.data!.trainingReach.byCounty).toHaveLength(4);
    const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
    expect(count(large)).toBe(count(small));
  });

  it("only readers of national statistics see reach: a kommun and Jämställdhetsmyndigheten are refused", async () => {
    for (const who of [DEMO.ale, DEMO.jam, DEMO.nck]) {
      const res = await (await t.as(who)).request(REACH, { y: YEAR });
      expect(errorCode(res)).toBe("FORBIDDEN");
    }
    for (const who of [DEMO.handlaggare, DEMO.vardanalys, DEMO.lstO]) expect((await (await t.as(who)).request(REACH, { y: YEAR })).errors).toBeUndefined();
  });
});

describe("trainings by national bodies", () => {
  const NATIONAL_BODIES = { Socialstyrelsen: DEMO.handlaggare, NCK: DEMO.nck, Barnafrid: DEMO.barnafrid, Jämställdhetsmyndigheten: DEMO.jam };

  for (const [name, account] of Object.entries(NATIONAL_BODIES)) {
    it(`${name} creates and publishes a national training, and a kommun registers for it`, async () => {
      // Even when not marked national, a national body's event serves the whole country.
      const event = await createEvent(t, { type: "OTHER", title: `Utbildningsdag, ${name}`, national: false }, account);
      expect(event.countyCode).toBeNull();
      await publish(t, event.id, account);
      const res = await register(await t.as(DEMO.ale), event.id, [person(`n-${name.length}`, "ale")]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.registerForTraining[0].status).toBe("CONFIRMED");
    });
  }

  it("national bodies' events are reach of their own, apart from the counties and from the share of länsstyrelser", async () => {
    const ale = await t.as(DEMO.ale);
    await heldEvent(DEMO.handlaggare, { type: "UPPFOLJNINGSDAG", title: "Utbildningsdag för utvecklingsledare" }, [[ale, [person(1, "ale")]]]);
    await heldEvent(DEMO.barnafrid, { type: "UPPFOLJNINGSDAG", title: "Barnafrid" }, [[ale, [person(1, "ale"), person(2, "ale")]]]);
    const reach = (await ok((await t.as(DEMO.handlaggare)).request(REACH, { y: YEAR }))).trainingReach;
    expect(rowOf(reach.byCounty, "UPPFOLJNINGSDAG", null)).toMatchObject({ events: 2, participants: 2, kommuner: 1 });
    expect(reach.shares).toEqual([]);
  });

  it("Socialstyrelsen's training day for utvecklingsledare takes länsstyrelser, which count as other bodies", async () => {
    const lstAB = await t.as(DEMO.lstAB);
    await heldEvent(DEMO.handlaggare, { type: "OTHER", title: "Utbildningsdag för utvecklingsledare", eligibleKinds: ["LANSSTYRELSE"] }, [
      [lstAB, [person("ul1", "lansstyrelsen-ab"), person("ul2", "lansstyrelsen-ab")]],
    ]);
    const reach = (await ok((await t.as(DEMO.vardanalys)).request(REACH, { y: YEAR }))).trainingReach;
    expect(rowOf(reach.byCounty, "OTHER", null)).toMatchObject({ events: 1, participants: 2, kommuner: 0, otherBodies: 1 });
    // A kommun is not among those the day is for: refused, and nobody is registered.
    const day = await createEvent(t, { type: "OTHER", title: "Utbildningsdag för utvecklingsledare", eligibleKinds: ["LANSSTYRELSE"] }, DEMO.handlaggare);
    await publish(t, day.id, DEMO.handlaggare);
    expect(errorCode(await register(await t.as(DEMO.ale), day.id, [person("x")]))).toBe("FORBIDDEN");
    const seen = await (await t.as(DEMO.handlaggare)).request(`query($id: ID!) { trainingEvent(id: $id) { confirmedCount waitlistCount } }`, { id: day.id });
    expect(seen.data!.trainingEvent).toEqual({ confirmedCount: 0, waitlistCount: 0 });
  });

  it("a kommun cannot organise a training: refused, and no event is made", async () => {
    const ale = await t.as(DEMO.ale);
    const before = (await ale.request(`{ trainingEvents(statuses: [DRAFT, PUBLISHED], limit: 1) { total } }`)).data!.trainingEvents.total;
    const res = await ale.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
      i: {
        type: "BAS",
        title: "Egen kurs",
        location: "Ale",
        capacity: 5,
        sessions: [{ startsAt: new Date(Date.now() + 5 * 86_400_000).toISOString(), endsAt: new Date(Date.now() + 5 * 86_400_000 + 3_600_000).toISOString() }],
      },
    });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect((await ale.request(`{ trainingEvents(statuses: [DRAFT, PUBLISHED], limit: 1) { total } }`)).data!.trainingEvents.total).toBe(before);
  });
});

describe("self-sufficiency in basic knowledge, also for regions", () => {
  it("a region's certified kursledare counts for its county, and a follow-up day after certification is linked to them", async () => {
    const vgr = await t.as(DEMO.vgregion);
    const lst = await t.as(DEMO.lstO);
    const course = await createEvent(t, { capacity: 5 });
    await publish(t, course.id);
    const [reg] = (await ok(register(vgr, course.id, [person("kl", "vgregion")]))).registerForTraining;
    await ok(
      lst.request(`mutation($r: ID!) { markAttendance(registrationId: $r, sessionIds: [], attended: ATTENDED) { id } }`, {
        r: reg.id,
      }),
    );
    const followUp = await createEvent(t, { type: "UPPFOLJNINGSDAG", title: "Uppföljningsdag för kursledare", capacity: 5 });
    await publish(t, followUp.id);
    await ok(register(vgr, followUp.id, [{ ...person("kl", "vgregion"), email: "PERSONKL@vgregion.se" }]));

    const coverage = (
      await ok(
        (await t.as(DEMO.handlaggare)).request(
          `{ courseLeaderCoverage { countyCode kommuner regioner regionerWithCourseLeader regionCourseLeaders courseLeadersFollowedUp } }`,
        ),
      )
    ).courseLeaderCoverage;
    expect(coverage).toHaveLength(21);
    expect(coverage.find((c: Row) => c.countyCode === "14")).toMatchObject({
      regioner: 1,
      regionerWithCourseLeader: 1,
      regionCourseLeaders: 1,
      courseLeadersFollowedUp: 1,
    });
    expect(coverage.find((c: Row) => c.countyCode === "01")).toMatchObject({ regioner: 1, regionerWithCourseLeader: 0, courseLeadersFollowedUp: 0 });
  });
});
