import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, type GqlResult, graphql, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { createEvent, person, publish, REG_FIELDS } from "../trainings/fixtures";

/**
 * Two server processes on one database; the second is killed (SIGKILL) in the middle of a burst of
 * registrations. What it had committed stays, what it had under way is rolled back, and the
 * surviving process serves the retries.
 */
let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

const CAPACITY = 30;
const PEOPLE = 160;
/** Clients registering at the same time, each one person after another. */
const LANES = 16;
/** The second process is killed once it has answered this many of its 80 requests. */
const KILL_AFTER = 16;

const REGISTER = `mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { ${REG_FIELDS} } }`;

type Outcome = { answered: GqlResult } | { connectionError: { code: string } };

/** Codes of a connection that was refused, reset or closed before the answer came: worth retrying elsewhere. */
const CONNECTION_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);

async function attempt(baseUrl: string, token: string, eventId: string, participant: Record<string, unknown>): Promise<Outcome> {
  try {
    return { answered: await graphql(`${baseUrl}/graphql`, REGISTER, { e: eventId, p: [participant] }, { authorization: `Bearer ${token}` }) };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { connectionError: { code: cause?.code ?? String(err) } };
  }
}

describe("a server process killed in the middle of a burst of registrations", () => {
  it("the survivor serves the retries; seats, waitlist, audit rows and people stay consistent", async () => {
    const event = await createEvent(t, { capacity: CAPACITY, title: "Utbildning under driftstörning" });
    await publish(t, event.id);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);

    const people = Array.from({ length: PEOPLE }, (_, i) => ({
      participant: person(`pf${i}`, i % 2 === 0 ? "goteborg" : "ale"),
      token: (i % 2 === 0 ? gbg : ale).token!,
      // Two of every four go to the second process, from both kommuner.
      viaSecond: i % 4 >= 2,
    }));

    let killed: Promise<void> | null = null;
    const answeredBySecond: GqlResult[] = [];
    const failedOnSecond: string[] = [];
    const answeredByFirst: GqlResult[] = [];
    const retries: GqlResult[] = [];

    const lane = async (start: number) => {
      for (let i = start; i < PEOPLE; i += LANES) {
        const { participant, token, viaSecond } = people[i];
        const outcome = await attempt(viaSecond ? second.baseUrl : t.baseUrl, token, event.id, participant);
        if ("answered" in outcome) {
          (viaSecond ? answeredBySecond : answeredByFirst).push(outcome.answered);
          if (viaSecond && answeredBySecond.length === KILL_AFTER) killed = second.kill();
          continue;
        }
        // Only the killed process may fail, and only at the connection; the client retries on the survivor.
        expect(viaSecond, `a request to the surviving process failed: ${outcome.connectionError.code}`).toBe(true);
        expect(CONNECTION_ERRORS, outcome.connectionError.code).toContain(outcome.connectionError.code);
        failedOnSecond.push(participant.email);
        const retry = await attempt(t.baseUrl, token, event.id, participant);
        expect("answered" in retry, "the surviving process answers the retry").toBe(true);
        retries.push((retry as { answered: GqlResult }).answered);
      }
    };
    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(killed, "the second process was killed during the burst").not.toBeNull();
    // Assigned inside the lanes above, so the type checker only sees its initial null here.
    await Promise.resolve(killed);

    // The kill fell in the middle: the second process had answered some and failed the rest.
    expect(answeredBySecond.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(failedOnSecond.length).toBeGreaterThan(0);
    expect(answeredBySecond.length + failedOnSecond.length).toBe(PEOPLE / 2);
    for (const res of [...answeredByFirst, ...answeredBySecond]) expect(res.errors).toBeUndefined();
    // A retry either registers the person or finds them registered by the killed process just before it died.
    for (const res of retries) {
      if (res.errors) expect(errorCode(res)).toBe("CONFLICT");
    }

    // As the organiser sees it afterwards.
    const lst = await t.as(DEMO.lstO);
    const view = await lst.request(
      `query($id: ID!) { trainingEvent(id: $id) { confirmedCount placesLeft waitlistCount registrations { id email status waitlistPosition } } }`,
      { id: event.id },
    );
    expect(view.errors).toBeUndefined();
    const e = view.data!.trainingEvent;
    const regs = e.registrations as { id: string; email: string; status: string; waitlistPosition: number | null }[];
    expect(e).toMatchObject({ confirmedCount: CAPACITY, placesLeft: 0, waitlistCount: PEOPLE - CAPACITY });
    expect(regs.filter((r) => r.status === "CONFIRMED")).toHaveLength(CAPACITY);
    const positions = regs
      .filter((r) => r.status === "WAITLISTED")
      .map((r) => r.waitlistPosition!)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: PEOPLE - CAPACITY }, (_, i) => i + 1));
    // Everyone is registered, each exactly once.
    expect(regs.map((r) => r.email).sort()).toEqual(people.map((p) => p.participant.email).sort());

    // Nothing half-applied: each registration has its audit row, and each audit row its registration.
    const admin = await t.as(DEMO.admin);
    const log = await admin.request(
      `query($id: String) { auditLog(action: "trainingRegistration.create", entityType: "TrainingEvent", entityId: $id, limit: 200) { total items { after } } }`,
      { id: String(event.id) },
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.auditLog.total).toBe(PEOPLE);
    const audited = (log.data!.auditLog.items as { after: { registrations: { id: number; status: string }[] } }[]).flatMap((a) => a.after.registrations);
    expect(audited.map((a) => String(a.id)).sort()).toEqual(regs.map((r) => r.id).sort());
    const statusById = new Map(regs.map((r) => [r.id, r.status]));
    for (const a of audited) expect(a.status).toBe(statusById.get(String(a.id)));

    // The survivor goes on serving.
    const after = await t.anonymous.request(`{ me { email } }`);
    expect(after.errors).toBeUndefined();
  });
});
