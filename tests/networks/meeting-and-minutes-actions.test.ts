import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

/**
 * Walks every reachable state of a network meeting and of its minutes, reads `availableActions`
 * for each viewer, and checks that every advertised action succeeds and every other one is
 * refused with its code, changing nothing. (A meeting cannot be cancelled through the API, so
 * CANCELLED is not reachable and not walked.)
 */

let t: TestApp;
let lst: Client;
let gbg: Client;
let ale: Client;
let orgIds: Record<string, string>;
let gbgUserId: string;
beforeAll(async () => {
  t = await startTestApp();
  [lst, gbg, ale] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.goteborg), t.as(DEMO.ale)]);
  const admin = await t.as(DEMO.admin);
  orgIds = {};
  for (const code of ["1480", "1440"]) {
    const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
    orgIds[code] = res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
  }
  gbgUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const MEETING_ACTIONS = ["RESPOND", "RECORD_ATTENDANCE", "WRITE_MINUTES", "MANAGE_DOCUMENTS"] as const;
const MINUTES_ACTIONS = ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL", "APPROVE", "SEND_BACK"] as const;
type MeetingAction = (typeof MEETING_ACTIONS)[number];
type MinutesAction = (typeof MINUTES_ACTIONS)[number];
type Viewer = "convener" | "approver" | "member";
const viewers = (): Record<Viewer, Client> => ({ convener: lst, approver: gbg, member: ale });

/** A network of Länsstyrelsen Västra Götaland with Göteborg and Ale as members, and one meeting. */
async function meetingIn(state: "open" | "answersClosed" | "held", heldDaysAgo = 2): Promise<string> {
  const network = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
    i: { name: `Åtgärdsnätverket ${Math.random().toString(36).slice(2, 8)}`, topic: "OTHER" },
  });
  const networkId = network.data!.saveNetwork.id;
  await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
    n: networkId,
    o: [orgIds["1480"], orgIds["1440"]],
  });
  const now = Date.now();
  const startsAt = state === "held" ? new Date(now - heldDaysAgo * DAY) : new Date(now + 14 * DAY);
  const input = {
    networkId,
    title: "Träffen",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    location: "Länsstyrelsen, Göteborg",
    invite: state !== "held",
    // The last day to answer may be today, at a moment that has just passed.
    rsvpDeadline: state === "answersClosed" ? new Date(now - 1_000).toISOString() : null,
  };
  const res = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id status } }`, { i: input });
  expect(res.errors).toBeUndefined();
  expect(res.data!.scheduleNetworkMeeting[0].status).toBe(state === "held" ? "HELD" : "SCHEDULED");
  return res.data!.scheduleNetworkMeeting[0].id;
}

const MINUTES_INPUT = (body: string) => ({ body, decisions: ["Ett beslut."], approverUserId: gbgUserId });

/** A held meeting whose minutes are in the named state, reached through the API. */
async function minutesIn(state: "draft" | "awaitingApproval" | "published" | "sentBack" | "correction"): Promise<string> {
  const id = await meetingIn("held");
  const ok = (res: { errors?: unknown }) => expect(res.errors).toBeUndefined();
  const submit = async (body: string) =>
    ok(
      await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: id,
        i: MINUTES_INPUT(body),
      }),
    );
  if (state === "draft") {
    ok(
      await lst.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: id,
        i: MINUTES_INPUT("Utkast."),
      }),
    );
    return id;
  }
  await submit("För justering.");
  if (state === "sentBack")
    ok(await gbg.request(`mutation($m: ID!) { sendBackMeetingMinutes(meetingId: $m, comment: "Rätta beslutet.") { status } }`, { m: id }));
  if (state === "published" || state === "correction")
    ok(await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: id }));
  if (state === "correction") await submit("Rättelse.");
  return id;
}

/** What a refused action must not change: the meeting as the convener and each member see it. */
async function snapshot(meetingId: string) {
  const q = `query($id: ID!) { networkMeeting(id: $id) { status myResponse { attendees { name } } responses { organisation { code } } attendance { organisation { code } status people } documents { filename } minutes { status body version returnComment approvedAt history { version } } } }`;
  return Promise.all([lst, gbg, ale].map(async (c) => (await c.request(q, { id: meetingId })).data));
}

async function upload(c: Client, meetingId: string): Promise<{ status: number; code?: string }> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(100).fill(65)], { type: "application/pdf" }), "underlag.pdf");
  const res = await fetch(`${t.baseUrl}/api/network-meetings/${meetingId}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${c.token}`, "apollo-require-preflight": "true" },
    body: form,
  });
  const json = (await res.json().catch(() => ({}))) as { error?: { code: string } };
  return { status: res.status, code: json.error?.code };
}

/** Runs one action; returns null on success, or the error code. */
async function doMeetingAction(c: Client, meetingId: string, action: MeetingAction): Promise<string | null> {
  if (action === "MANAGE_DOCUMENTS") {
    const res = await upload(c, meetingId);
    return res.status === 201 ? null : (res.code ?? String(res.status));
  }
  const res =
    action === "RESPOND"
      ? await c.request(`mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Anna Andersson" }]) { respondedAt } }`, {
          m: meetingId,
        })
      : action === "RECORD_ATTENDANCE"
        ? await c.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
            m: meetingId,
            i: [{ organisationId: orgIds["1480"], status: "ATTENDED", people: 2 }],
          })
        : await c.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
            m: meetingId,
            i: MINUTES_INPUT("Nytt protokoll."),
          });
  return res.errors ? (errorCode(res) ?? "ERROR") : null;
}

async function doMinutesAction(c: Client, meetingId: string, action: MinutesAction): Promise<string | null> {
  const res =
    action === "SAVE_DRAFT"
      ? await c.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
          m: meetingId,
          i: MINUTES_INPUT("Ändrat."),
        })
      : action === "SUBMIT_FOR_APPROVAL"
        ? await c.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
            m: meetingId,
            i: MINUTES_INPUT("Ändrat."),
          })
        : action === "APPROVE"
          ? await c.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId })
          : await c.request(`mutation($m: ID!) { sendBackMeetingMinutes(meetingId: $m, comment: "Rätta igen.") { status } }`, { m: meetingId });
  return res.errors ? (errorCode(res) ?? "ERROR") : null;
}

async function meetingActionsOf(c: Client, meetingId: string): Promise<string[]> {
  return (await c.request(`query($id: ID!) { networkMeeting(id: $id) { availableActions } }`, { id: meetingId })).data!.networkMeeting.availableActions;
}

async function minutesActionsOf(c: Client, meetingId: string): Promise<string[]> {
  const res = await c.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { availableActions } } }`, { id: meetingId });
  return res.data!.networkMeeting.minutes?.availableActions ?? [];
}

const MEETING_STATES = {
  open: {
    convener: { advertised: ["RESPOND", "RECORD_ATTENDANCE", "WRITE_MINUTES", "MANAGE_DOCUMENTS"], refused: {} },
    approver: { advertised: ["RESPOND"], refused: { RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
    member: { advertised: ["RESPOND"], refused: { RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
  },
  answersClosed: {
    convener: { advertised: ["RECORD_ATTENDANCE", "WRITE_MINUTES", "MANAGE_DOCUMENTS"], refused: { RESPOND: "CONFLICT" } },
    approver: { advertised: [], refused: { RESPOND: "CONFLICT", RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
    member: { advertised: [], refused: { RESPOND: "CONFLICT", RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
  },
  held: {
    convener: { advertised: ["RECORD_ATTENDANCE", "WRITE_MINUTES", "MANAGE_DOCUMENTS"], refused: { RESPOND: "CONFLICT" } },
    approver: { advertised: [], refused: { RESPOND: "CONFLICT", RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
    member: { advertised: [], refused: { RESPOND: "CONFLICT", RECORD_ATTENDANCE: "FORBIDDEN", WRITE_MINUTES: "FORBIDDEN", MANAGE_DOCUMENTS: "FORBIDDEN" } },
  },
} as const satisfies Record<string, Record<Viewer, { advertised: readonly MeetingAction[]; refused: Partial<Record<MeetingAction, string>> }>>;

// The justerare (Göteborg's coordinator) and another member (Ale). Members who are not the
// justerare see no draft, so they are offered nothing and every step is refused.
const NOT_CONVENER = { SAVE_DRAFT: "FORBIDDEN", SUBMIT_FOR_APPROVAL: "FORBIDDEN" } as const;
const MINUTES_STATES = {
  draft: {
    convener: { advertised: ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL"], refused: { APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
    approver: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "CONFLICT", SEND_BACK: "CONFLICT" } },
    member: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
  },
  awaitingApproval: {
    convener: { advertised: ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL"], refused: { APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
    approver: { advertised: ["APPROVE", "SEND_BACK"], refused: NOT_CONVENER },
    member: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
  },
  sentBack: {
    convener: { advertised: ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL"], refused: { APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
    approver: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "CONFLICT", SEND_BACK: "CONFLICT" } },
    member: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
  },
  published: {
    convener: { advertised: ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL"], refused: { APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
    approver: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "CONFLICT", SEND_BACK: "CONFLICT" } },
    member: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
  },
  correction: {
    convener: { advertised: ["SAVE_DRAFT", "SUBMIT_FOR_APPROVAL"], refused: { APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
    approver: { advertised: ["APPROVE", "SEND_BACK"], refused: NOT_CONVENER },
    member: { advertised: [], refused: { ...NOT_CONVENER, APPROVE: "FORBIDDEN", SEND_BACK: "FORBIDDEN" } },
  },
} as const satisfies Record<string, Record<Viewer, { advertised: readonly MinutesAction[]; refused: Partial<Record<MinutesAction, string>> }>>;

describe("network meetings: the server says what can be done", () => {
  for (const [state, byViewer] of Object.entries(MEETING_STATES)) {
    for (const [viewer, expected] of Object.entries(byViewer) as [
      Viewer,
      { advertised: readonly MeetingAction[]; refused: Partial<Record<MeetingAction, string>> },
    ][]) {
      it(`a meeting (${state}) offers the ${viewer} exactly what succeeds, and every other action is refused without a change`, async () => {
        const c = viewers()[viewer];
        const offered = await meetingActionsOf(c, await meetingIn(state as keyof typeof MEETING_STATES));
        expect([...offered].sort()).toEqual([...expected.advertised].sort());
        expect([...offered, ...Object.keys(expected.refused)].sort()).toEqual([...MEETING_ACTIONS].sort());
        for (const action of offered as MeetingAction[]) {
          const id = await meetingIn(state as keyof typeof MEETING_STATES);
          expect(await doMeetingAction(c, id, action), `${action} as ${viewer}`).toBeNull();
        }
        for (const [action, code] of Object.entries(expected.refused) as [MeetingAction, string][]) {
          const id = await meetingIn(state as keyof typeof MEETING_STATES);
          const before = await snapshot(id);
          expect(await doMeetingAction(c, id, action), `${action} as ${viewer}`).toBe(code);
          expect(await snapshot(id)).toEqual(before);
        }
      });
    }
  }
});

describe("meeting minutes: the server says what can be done", () => {
  for (const [state, byViewer] of Object.entries(MINUTES_STATES)) {
    for (const [viewer, expected] of Object.entries(byViewer) as [
      Viewer,
      { advertised: readonly MinutesAction[]; refused: Partial<Record<MinutesAction, string>> },
    ][]) {
      it(`minutes (${state}) offer the ${viewer} exactly what succeeds, and every other step is refused without a change`, async () => {
        const c = viewers()[viewer];
        const offered = await minutesActionsOf(c, await minutesIn(state as keyof typeof MINUTES_STATES));
        expect([...offered].sort()).toEqual([...expected.advertised].sort());
        expect([...offered, ...Object.keys(expected.refused)].sort()).toEqual([...MINUTES_ACTIONS].sort());
        for (const action of offered as MinutesAction[]) {
          const id = await minutesIn(state as keyof typeof MINUTES_STATES);
          expect(await doMinutesAction(c, id, action), `${action} as ${viewer}`).toBeNull();
        }
        for (const [action, code] of Object.entries(expected.refused) as [MinutesAction, string][]) {
          const id = await minutesIn(state as keyof typeof MINUTES_STATES);
          const before = await snapshot(id);
          expect(await doMinutesAction(c, id, action), `${action} as ${viewer}`).toBe(code);
          expect(await snapshot(id)).toEqual(before);
        }
      });
    }
  }
});

describe("what can be done costs no statement per row", () => {
  it("a list of networks with whether I convene each costs the same number of SQL statements for 2 or 4 networks, for the convener and for a member", async () => {
    const shared = { t, lst, gbg, ale };
    t = await startTestApp();
    [lst, gbg, ale] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.goteborg), t.as(DEMO.ale)]);
    try {
      for (let i = 0; i < 9; i++) {
        const made = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name: `Nätverk ${i}`, topic: "OTHER" } });
        expect(made.errors).toBeUndefined();
        if (i % 2) {
          const added = await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
            n: made.data!.saveNetwork.id,
            o: [(await gbg.request(`{ me { organisation { id } } }`)).data!.me.organisation.id],
          });
          expect(added.errors).toBeUndefined();
        }
      }
      const q = `query($l: Int!) { networks(limit: $l) { total items { id isConvener approverCandidates { id } upcomingMeetings { id } } } }`;
      for (const c of [lst, gbg]) {
        const once = async (l: number) => {
          const r = await c.request(q, { l });
          expect(r.errors).toBeUndefined();
          return { n: Number(r.headers.get("x-sql-statements")), rows: r.data!.networks.items.length as number };
        };
        // The fewer of two readings: a one-off statement of a request (the session's last use) is not a cost per row.
        const twice = async (l: number) => {
          const [a, b] = [await once(l), await once(l)];
          return a.n <= b.n ? a : b;
        };
        const small = await twice(2);
        // Both pages are full, so both count the total the same way.
        const large = await twice(4);
        expect(small.rows).toBe(2);
        expect(large.rows).toBe(4);
        expect(large.n).toBe(small.n);
      }
    } finally {
      await t.close();
      ({ t, lst, gbg, ale } = shared);
    }
  });

  it("a list of meetings with their actions and their minutes' actions costs the same number of SQL statements for 2 or 7 meetings", async () => {
    // On a database of its own, so that the meetings other tests make do not decide which rows the pages hold.
    const shared = { t, lst, gbg, ale };
    t = await startTestApp();
    [lst, gbg, ale] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.goteborg), t.as(DEMO.ale)]);
    try {
      await countStatements();
    } finally {
      await t.close();
      ({ t, lst, gbg, ale } = shared);
    }
  });
});

async function countStatements() {
  {
    // Past meetings, newest first: the five with minutes, then those without.
    // The meetings without minutes are held earlier, so that both pages start with minutes.
    for (const state of ["held", "held", "held"] as const) await meetingIn(state, 3);
    for (const state of ["awaitingApproval", "published", "sentBack", "draft", "correction"] as const) await minutesIn(state);
    const q = `query($l: Int!) { networkMeetings(limit: $l, pastOnly: true) { total items { id availableActions minutes { availableActions } responses { respondedAt organisation { name } } network { isConvener } } } }`;
    for (const c of [lst, gbg]) {
      const small = await c.request(q, { l: 2 });
      const large = await c.request(q, { l: 7 });
      expect(large.data!.networkMeetings.total).toBeGreaterThan(7);
      expect(large.data!.networkMeetings.items).toHaveLength(7);
      const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
      expect(count(large)).toBe(count(small));
    }
  }
}
