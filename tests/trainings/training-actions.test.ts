import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { futureSessions, person } from "./fixtures";

/**
 * Walks every state of a training event and of a registration, reads `availableActions` for each
 * viewer, and checks that every advertised action succeeds and every other one is refused with its
 * code, changing nothing.
 */

let t: TestApp;
let lst: Client;
let otherLst: Client;
let ale: Client;
let gbg: Client;
let aleOrgId: string;
beforeAll(async () => {
  t = await startTestApp();
  [lst, otherLst, ale, gbg] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.lstAB), t.as(DEMO.ale), t.as(DEMO.goteborg)]);
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: "1440" });
  aleOrgId = res.data!.organisations.items.find((o: { code: string }) => o.code === "1440").id;
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const EVENT_ACTIONS = ["EDIT", "PUBLISH", "COMPLETE", "CANCEL", "LOG_PARTICIPATION", "REGISTER"] as const;
const REGISTRATION_ACTIONS = ["CANCEL", "CONFIRM", "WAITLIST", "MARK_ATTENDANCE"] as const;
type EventAction = (typeof EVENT_ACTIONS)[number];
type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];
let seq = 0;

function eventInput(extra: Record<string, unknown> = {}) {
  return {
    type: "BAS",
    title: `Grundutbildning ${++seq}`,
    description: "En dag om våld i nära relationer.",
    national: true,
    location: "Länsstyrelsen, Göteborg",
    capacity: 1,
    registrationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
    sessions: futureSessions(1),
    ...extra,
  };
}

const ok = (res: { errors?: unknown }) => expect(res.errors).toBeUndefined();

type EventState = "draft" | "loggedOnlyDraft" | "published" | "registrationClosed" | "completed" | "cancelled";

/** A training event of Länsstyrelsen Västra Götaland in the named state, reached through the API. */
async function eventIn(state: EventState): Promise<{ id: string; input: Record<string, unknown> }> {
  const input = eventInput(state === "loggedOnlyDraft" ? { loggedOnly: true, registrationDeadline: null } : {});
  const res = await lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, { i: input });
  ok(res);
  const id = res.data!.saveTrainingEvent.id as string;
  if (state === "draft" || state === "loggedOnlyDraft") return { id, input };
  ok(await lst.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { status } }`, { id }));
  if (state === "registrationClosed") {
    // The last day to register has passed: the organiser moves it back, the event stays ahead.
    const closed = { ...input, id, registrationDeadline: new Date(Date.now() - 60_000).toISOString() };
    ok(await lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, { i: closed }));
    return { id, input: closed };
  }
  if (state === "completed") ok(await lst.request(`mutation($id: ID!) { completeTrainingEvent(id: $id) { status } }`, { id }));
  if (state === "cancelled") ok(await lst.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "Kursledaren är sjuk.") { status } }`, { id }));
  return { id, input: { ...input, id } };
}

async function eventSnapshot(id: string) {
  const res = await lst.request(
    `query($id: ID!) { trainingEvent(id: $id) { status title capacity confirmedCount waitlistCount registrations { status } participationLogs { participants } } }`,
    { id },
  );
  return res.data!.trainingEvent;
}

async function doEventAction(c: Client, ev: { id: string; input: Record<string, unknown> }, action: EventAction): Promise<string | null> {
  const id = ev.id;
  const res =
    action === "EDIT"
      ? await c.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, { i: { ...ev.input, id, title: "Ändrad rubrik" } })
      : action === "PUBLISH"
        ? await c.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { status } }`, { id })
        : action === "COMPLETE"
          ? await c.request(`mutation($id: ID!) { completeTrainingEvent(id: $id) { status } }`, { id })
          : action === "CANCEL"
            ? await c.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "Lokalen är inte tillgänglig.") { status } }`, { id })
            : action === "LOG_PARTICIPATION"
              ? await c.request(`mutation($id: ID!, $c: [ParticipationCountInput!]!) { logTrainingEventParticipation(id: $id, counts: $c) { id } }`, {
                  id,
                  c: [{ organisationId: aleOrgId, participants: 3 }],
                })
              : await c.request(`mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`, {
                  e: id,
                  p: [person(`walk${++seq}`)],
                });
  return res.errors ? (errorCode(res) ?? "ERROR") : null;
}

const ORGANISER_ONLY = { EDIT: "FORBIDDEN", PUBLISH: "FORBIDDEN", COMPLETE: "FORBIDDEN", CANCEL: "FORBIDDEN", LOG_PARTICIPATION: "FORBIDDEN" } as const;
type Expected<A extends string> = { advertised: readonly A[]; refused: Partial<Record<A, string>> };
// County boards may register their own staff too, where an event is open to them: a closed event refuses
// everyone with CONFLICT before asking whether the organisation is eligible (FORBIDDEN).
const EVENT_STATES: Record<EventState, Record<"organiser" | "kommun" | "otherCountyBoard", Expected<EventAction> | "hidden">> = {
  draft: {
    organiser: { advertised: ["EDIT", "PUBLISH", "COMPLETE", "CANCEL", "LOG_PARTICIPATION"], refused: { REGISTER: "CONFLICT" } },
    kommun: "hidden",
    otherCountyBoard: "hidden",
  },
  loggedOnlyDraft: {
    organiser: { advertised: ["EDIT", "COMPLETE", "CANCEL", "LOG_PARTICIPATION"], refused: { PUBLISH: "BAD_USER_INPUT", REGISTER: "CONFLICT" } },
    kommun: "hidden",
    otherCountyBoard: "hidden",
  },
  published: {
    organiser: { advertised: ["EDIT", "COMPLETE", "CANCEL", "LOG_PARTICIPATION"], refused: { PUBLISH: "CONFLICT", REGISTER: "FORBIDDEN" } },
    kommun: { advertised: ["REGISTER"], refused: ORGANISER_ONLY },
    otherCountyBoard: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "FORBIDDEN" } },
  },
  registrationClosed: {
    organiser: { advertised: ["EDIT", "COMPLETE", "CANCEL", "LOG_PARTICIPATION"], refused: { PUBLISH: "CONFLICT", REGISTER: "CONFLICT" } },
    kommun: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
    otherCountyBoard: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
  },
  completed: {
    organiser: {
      advertised: ["LOG_PARTICIPATION"],
      refused: { EDIT: "CONFLICT", PUBLISH: "CONFLICT", COMPLETE: "CONFLICT", CANCEL: "CONFLICT", REGISTER: "CONFLICT" },
    },
    kommun: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
    otherCountyBoard: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
  },
  cancelled: {
    organiser: {
      advertised: ["LOG_PARTICIPATION"],
      refused: { EDIT: "CONFLICT", PUBLISH: "CONFLICT", COMPLETE: "CONFLICT", CANCEL: "CONFLICT", REGISTER: "CONFLICT" },
    },
    kommun: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
    otherCountyBoard: { advertised: [], refused: { ...ORGANISER_ONLY, REGISTER: "CONFLICT" } },
  },
};

describe("training events: the server says what can be done", () => {
  for (const [state, byViewer] of Object.entries(EVENT_STATES) as [EventState, (typeof EVENT_STATES)[EventState]][]) {
    for (const [viewer, expected] of Object.entries(byViewer)) {
      const client = () => ({ organiser: lst, kommun: ale, otherCountyBoard: otherLst })[viewer as "organiser"];
      if (expected === "hidden") {
        it(`an event (${state}) is not found by the ${viewer}, who can do nothing with it`, async () => {
          const ev = await eventIn(state);
          expect(errorCode(await client().request(`query($id: ID!) { trainingEvent(id: $id) { availableActions } }`, { id: ev.id }))).toBe("NOT_FOUND");
          for (const action of EVENT_ACTIONS) {
            const fresh = await eventIn(state);
            const before = await eventSnapshot(fresh.id);
            expect(["NOT_FOUND", "FORBIDDEN"], `${action} as ${viewer}`).toContain(await doEventAction(client(), fresh, action));
            expect(await eventSnapshot(fresh.id)).toEqual(before);
          }
        });
        continue;
      }
      it(`an event (${state}) offers the ${viewer} exactly what succeeds, and every other action is refused without a change`, async () => {
        const ev = await eventIn(state);
        const offered: string[] = (await client().request(`query($id: ID!) { trainingEvent(id: $id) { availableActions } }`, { id: ev.id })).data!.trainingEvent
          .availableActions;
        expect([...offered].sort()).toEqual([...expected.advertised].sort());
        expect([...offered, ...Object.keys(expected.refused)].sort()).toEqual([...EVENT_ACTIONS].sort());
        for (const action of offered as EventAction[]) expect(await doEventAction(client(), await eventIn(state), action), `${action} as ${viewer}`).toBeNull();
        for (const [action, code] of Object.entries(expected.refused) as [EventAction, string][]) {
          const fresh = await eventIn(state);
          const before = await eventSnapshot(fresh.id);
          expect(await doEventAction(client(), fresh, action), `${action} as ${viewer}`).toBe(code);
          expect(await eventSnapshot(fresh.id)).toEqual(before);
        }
      });
    }
  }
});

type RegistrationState = "confirmed" | "waitlisted" | "cancelled" | "confirmedEventCompleted" | "confirmedEventCancelled" | "confirmedEventStarted";

/** Ale registers two people on a one-seat event: the first is confirmed, the second waitlisted; then the named step. */
async function registrationIn(state: RegistrationState): Promise<{ id: string; eventId: string }> {
  const ev = await eventIn("published");
  const res = await ale.request(`mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id status } }`, {
    e: ev.id,
    p: [person(`r${++seq}`), person(`r${++seq}`)],
  });
  ok(res);
  const [confirmed, waitlisted] = res.data!.registerForTraining as { id: string; status: string }[];
  expect([confirmed.status, waitlisted.status]).toEqual(["CONFIRMED", "WAITLISTED"]);
  if (state === "waitlisted") return { id: waitlisted.id, eventId: ev.id };
  if (state === "cancelled") {
    ok(await ale.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id: waitlisted.id }));
    return { id: waitlisted.id, eventId: ev.id };
  }
  if (state === "confirmedEventCompleted") ok(await lst.request(`mutation($id: ID!) { completeTrainingEvent(id: $id) { status } }`, { id: ev.id }));
  if (state === "confirmedEventCancelled")
    ok(await lst.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "Kursledaren är sjuk.") { status } }`, { id: ev.id }));
  if (state === "confirmedEventStarted") {
    // The organiser moves the day to this morning: the event has begun.
    const start = new Date(Date.now() - 3_600_000);
    const sessions = [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString() }];
    ok(
      await lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
        i: { ...ev.input, sessions, registrationDeadline: null },
      }),
    );
  }
  return { id: confirmed.id, eventId: ev.id };
}

async function registrationSnapshot(reg: { id: string; eventId: string }) {
  const res = await lst.request(
    `query($id: ID!) { trainingEvent(id: $id) { confirmedCount waitlistCount registrations { id status waitlistPosition attendance { status } } } }`,
    { id: reg.eventId },
  );
  return res.data!.trainingEvent;
}

async function registrationActionsOf(c: Client, reg: { id: string; eventId: string }): Promise<string[] | null> {
  const res = await c.request(`query($id: ID!) { trainingEvent(id: $id) { registrations { id availableActions } } }`, { id: reg.eventId });
  const found = res.data!.trainingEvent.registrations.find((r: { id: string }) => r.id === reg.id);
  return found ? found.availableActions : null;
}

async function doRegistrationAction(c: Client, id: string, action: RegistrationAction): Promise<string | null> {
  const res =
    action === "CANCEL"
      ? await c.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id })
      : action === "MARK_ATTENDANCE"
        ? await c.request(`mutation($id: ID!) { markAttendance(registrationId: $id, sessionIds: [], attended: ATTENDED) { id } }`, { id })
        : await c.request(`mutation($id: ID!, $s: RegistrationStatus!) { moveTrainingRegistration(id: $id, status: $s) { status } }`, {
            id,
            s: action === "CONFIRM" ? "CONFIRMED" : "WAITLISTED",
          });
  return res.errors ? (errorCode(res) ?? "ERROR") : null;
}

const NOT_ORGANISER = { CONFIRM: "FORBIDDEN", WAITLIST: "FORBIDDEN", MARK_ATTENDANCE: "FORBIDDEN" } as const;
const REGISTRATION_STATES: Record<RegistrationState, Record<"organiser" | "registrant" | "otherKommun", Expected<RegistrationAction> | "hidden">> = {
  confirmed: {
    organiser: { advertised: ["CANCEL", "WAITLIST", "MARK_ATTENDANCE"], refused: { CONFIRM: "CONFLICT" } },
    registrant: { advertised: ["CANCEL"], refused: NOT_ORGANISER },
    otherKommun: "hidden",
  },
  waitlisted: {
    // The one seat is taken: a confirmed place needs a free one.
    organiser: { advertised: ["CANCEL"], refused: { CONFIRM: "CONFLICT", WAITLIST: "CONFLICT", MARK_ATTENDANCE: "BAD_USER_INPUT" } },
    registrant: { advertised: ["CANCEL"], refused: NOT_ORGANISER },
    otherKommun: "hidden",
  },
  cancelled: {
    organiser: { advertised: [], refused: { CANCEL: "CONFLICT", CONFIRM: "CONFLICT", WAITLIST: "CONFLICT", MARK_ATTENDANCE: "BAD_USER_INPUT" } },
    registrant: { advertised: [], refused: { CANCEL: "CONFLICT", ...NOT_ORGANISER } },
    otherKommun: "hidden",
  },
  confirmedEventCompleted: {
    organiser: { advertised: ["MARK_ATTENDANCE"], refused: { CANCEL: "CONFLICT", CONFIRM: "CONFLICT", WAITLIST: "CONFLICT" } },
    registrant: { advertised: [], refused: { CANCEL: "CONFLICT", ...NOT_ORGANISER } },
    otherKommun: "hidden",
  },
  confirmedEventCancelled: {
    organiser: { advertised: ["MARK_ATTENDANCE"], refused: { CANCEL: "CONFLICT", CONFIRM: "CONFLICT", WAITLIST: "CONFLICT" } },
    registrant: { advertised: [], refused: { CANCEL: "CONFLICT", ...NOT_ORGANISER } },
    otherKommun: "hidden",
  },
  confirmedEventStarted: {
    organiser: { advertised: ["CANCEL", "WAITLIST", "MARK_ATTENDANCE"], refused: { CONFIRM: "CONFLICT" } },
    registrant: { advertised: [], refused: { CANCEL: "CONFLICT", ...NOT_ORGANISER } },
    otherKommun: "hidden",
  },
};

describe("training registrations: the server says what can be done", () => {
  for (const [state, byViewer] of Object.entries(REGISTRATION_STATES) as [RegistrationState, (typeof REGISTRATION_STATES)[RegistrationState]][]) {
    for (const [viewer, expected] of Object.entries(byViewer)) {
      const client = () => ({ organiser: lst, registrant: ale, otherKommun: gbg })[viewer as "organiser"];
      if (expected === "hidden") {
        it(`a registration (${state}) is not shown to the ${viewer}, who can do nothing with it`, async () => {
          const reg = await registrationIn(state);
          expect(await registrationActionsOf(client(), reg)).toBeNull();
          for (const action of REGISTRATION_ACTIONS) {
            const fresh = await registrationIn(state);
            const before = await registrationSnapshot(fresh);
            expect(["NOT_FOUND", "FORBIDDEN"], `${action} as ${viewer}`).toContain(await doRegistrationAction(client(), fresh.id, action));
            expect(await registrationSnapshot(fresh)).toEqual(before);
          }
        });
        continue;
      }
      it(`a registration (${state}) offers the ${viewer} exactly what succeeds, and every other action is refused without a change`, async () => {
        const reg = await registrationIn(state);
        const offered = (await registrationActionsOf(client(), reg)) ?? [];
        expect([...offered].sort()).toEqual([...expected.advertised].sort());
        expect([...offered, ...Object.keys(expected.refused)].sort()).toEqual([...REGISTRATION_ACTIONS].sort());
        for (const action of offered as RegistrationAction[])
          expect(await doRegistrationAction(client(), (await registrationIn(state)).id, action), `${action} as ${viewer}`).toBeNull();
        for (const [action, code] of Object.entries(expected.refused) as [RegistrationAction, string][]) {
          const fresh = await registrationIn(state);
          const before = await registrationSnapshot(fresh);
          expect(await doRegistrationAction(client(), fresh.id, action), `${action} as ${viewer}`).toBe(code);
          expect(await registrationSnapshot(fresh)).toEqual(before);
        }
      });
    }
  }
});

describe("what can be done costs no statement per row", () => {
  it("a list of events with their actions and their registrations' actions costs the same number of SQL statements for 2 or 8 events", async () => {
    for (let i = 0; i < 8; i++) await registrationIn("confirmed");
    const q = `query($l: Int!) { trainingEvents(limit: $l) { items { id availableActions registrations { availableActions } } } }`;
    for (const c of [lst, ale]) {
      const small = await c.request(q, { l: 2 });
      const large = await c.request(q, { l: 8 });
      expect(large.data!.trainingEvents.items).toHaveLength(8);
      const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
      expect(count(large)).toBe(count(small));
    }
  });
});
