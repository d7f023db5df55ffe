import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
let lst: Client;
let gbg: Client;
let kommuner: string[];
beforeAll(async () => {
  t = await startTestApp();
  [lst, gbg] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.goteborg)]);
  const res = await lst.request(`query { organisations(kinds: [KOMMUN], countyCode: "14", limit: 60) { items { id code } } }`);
  kommuner = res.data!.organisations.items.map((o: { id: string }) => o.id);
});
afterAll(() => t?.close());

const DAY = 86_400_000;

async function networkWith(memberCount: number): Promise<{ networkId: string; members: string[] }> {
  const network = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
    i: { name: `Massnätverket ${Math.random().toString(36).slice(2, 8)}`, topic: "OTHER" },
  });
  const networkId = network.data!.saveNetwork.id as string;
  const gbgOrg = (await gbg.request(`{ me { organisation { id } } }`)).data!.me.organisation.id as string;
  const members = [gbgOrg, ...kommuner.filter((id) => id !== gbgOrg)].slice(0, memberCount);
  const added = await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
    n: networkId,
    o: members,
  });
  expect(added.errors).toBeUndefined();
  return { networkId, members };
}

async function heldMeeting(networkId: string, daysAgo = 2, title = "Träffen"): Promise<string> {
  const startsAt = new Date(Date.now() - daysAgo * DAY);
  const res = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: "Göteborg",
      invite: false,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.scheduleNetworkMeeting[0].id;
}

async function attendanceOf(meetingId: string): Promise<Record<string, [string, number]>> {
  const res = await lst.request(`query($id: ID!) { networkMeeting(id: $id) { attendance { organisation { id } status people } } }`, { id: meetingId });
  return Object.fromEntries(
    res.data!.networkMeeting.attendance.map((a: { organisation: { id: string }; status: string; people: number }) => [a.organisation.id, [a.status, a.people]]),
  );
}

async function auditOf(entityType: string, entityId: string): Promise<{ action: string; before: unknown; after: unknown }[]> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($t: String, $e: String) { auditLog(entityType: $t, entityId: $e, limit: 50) { items { action before after } } }`, {
    t: entityType,
    e: entityId,
  });
  return res.data!.auditLog.items;
}

const MARK = `mutation($m: ID!, $o: [ID!]!, $s: AttendanceStatus!) { markMeetingAttendance(meetingId: $m, organisationIds: $o, status: $s) { id status } }`;
const REMOVE = `mutation($n: ID!, $o: [ID!]!) { removeNetworkMembers(networkId: $n, organisationIds: $o) { id members { organisation { id } } } }`;

describe("attendance marked for many organisations at once", () => {
  it("marks the chosen organisations attended and the rest absent in two steps, with one audit row each, leaving earlier rows as they were", async () => {
    const { networkId, members } = await networkWith(6);
    const meetingId = await heldMeeting(networkId);
    const [first, ...rest] = members;
    await lst.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { id } }`, {
      m: meetingId,
      i: [{ organisationId: first, status: "ATTENDED", people: 3 }],
    });
    const attended = await lst.request(MARK, { m: meetingId, o: [first, ...rest.slice(0, 2)], s: "ATTENDED" });
    expect(attended.errors).toBeUndefined();
    expect(attended.data!.markMeetingAttendance.status).toBe("HELD");
    const absent = await lst.request(MARK, { m: meetingId, o: rest.slice(2), s: "ABSENT" });
    expect(absent.errors).toBeUndefined();

    const rows = await attendanceOf(meetingId);
    expect(rows[first]).toEqual(["ATTENDED", 3]); // the number recorded before is kept
    for (const id of rest.slice(0, 2)) expect(rows[id]).toEqual(["ATTENDED", 1]);
    for (const id of rest.slice(2)) expect(rows[id]).toEqual(["ABSENT", 0]);
    const marks = (await auditOf("NetworkMeeting", meetingId)).filter((a) => a.action === "networkMeeting.markAttendance");
    expect(marks).toHaveLength(2);
  });

  it("costs as many SQL statements for forty organisations as for two", async () => {
    const { networkId, members } = await networkWith(42);
    const meetingId = await heldMeeting(networkId);
    const small = await lst.request(MARK, { m: meetingId, o: members.slice(0, 2), s: "ATTENDED" });
    const large = await lst.request(MARK, { m: meetingId, o: members.slice(2, 42), s: "ATTENDED" });
    expect(large.errors).toBeUndefined();
    expect(Object.keys(await attendanceOf(meetingId))).toHaveLength(42);
    const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
    expect(count(large)).toBe(count(small));
  });

  it("refuses an organisation that is not of this meeting's network, and changes nothing", async () => {
    const { networkId, members } = await networkWith(3);
    const other = await networkWith(5);
    const meetingId = await heldMeeting(networkId);
    await heldMeeting(other.networkId);
    const outsider = other.members.find((id) => !members.includes(id))!;
    const before = await attendanceOf(meetingId);
    const res = await lst.request(MARK, { m: meetingId, o: [members[0], outsider], s: "ATTENDED" });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(await attendanceOf(meetingId)).toEqual(before);
    expect((await auditOf("NetworkMeeting", meetingId)).map((a) => a.action)).not.toContain("networkMeeting.markAttendance");
  });

  it("refuses a member that is not the convener, and more than 200 organisations, and changes nothing", async () => {
    const { networkId, members } = await networkWith(3);
    const meetingId = await heldMeeting(networkId);
    expect(errorCode(await gbg.request(MARK, { m: meetingId, o: members, s: "ATTENDED" }))).toBe("FORBIDDEN");
    const tooMany = Array.from({ length: 201 }, (_, i) => String(i + 1));
    expect(errorCode(await lst.request(MARK, { m: meetingId, o: tooMany, s: "ATTENDED" }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await lst.request(MARK, { m: meetingId, o: [], s: "ATTENDED" }))).toBe("BAD_USER_INPUT");
    expect(await attendanceOf(meetingId)).toEqual({});
  });
});

describe("members removed several at once", () => {
  it("removes the chosen members and their contact persons with one audit row", async () => {
    const { networkId, members } = await networkWith(5);
    await lst.request(`mutation($n: ID!, $o: ID!, $c: [ContactInput!]!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: $c) { id } }`, {
      n: networkId,
      o: members[1],
      c: [{ name: "Kim Kontakt", email: "kim@example.se" }],
    });
    const res = await lst.request(REMOVE, { n: networkId, o: members.slice(1, 4) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.removeNetworkMembers.members.map((m: { organisation: { id: string } }) => m.organisation.id).sort()).toEqual(
      [members[0], members[4]].sort(),
    );
    const entries = (await auditOf("Network", networkId)).filter((a) => a.action === "network.removeMembers");
    expect(entries).toHaveLength(1);
    expect(entries[0].before).toEqual({ organisationIds: members.slice(1, 4).map(Number) });
  });

  it("refuses when one of them is not a member, or for a member organisation, and removes nobody", async () => {
    const { networkId, members } = await networkWith(3);
    const outsider = kommuner.find((id) => !members.includes(id))!;
    const membersOf = async () =>
      (await lst.request(`query($id: ID!) { network(id: $id) { members { organisation { id } } } }`, { id: networkId })).data!.network.members.length;
    expect(errorCode(await lst.request(REMOVE, { n: networkId, o: [members[1], outsider] }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gbg.request(REMOVE, { n: networkId, o: [members[1]] }))).toBe("FORBIDDEN");
    expect(await membersOf()).toBe(3);
  });
});

const MINUTES = `mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`;
const APPROVE = `mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status decisionItems { text responsible dueDate } } }`;

describe("the register of decisions and the minutes before and after", () => {
  it("lists the decisions of approved minutes, the latest meeting first, and links each minutes to the previous and next", async () => {
    const { networkId } = await networkWith(2);
    const approverUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
    const older = await heldMeeting(networkId, 30, "Vårträffen");
    const middle = await heldMeeting(networkId, 20, "Utan protokoll");
    const newer = await heldMeeting(networkId, 10, "Höstträffen");
    await lst.request(MINUTES, { m: older, i: { body: "Vår.", decisions: ["Ta fram en handlingsplan."], approverUserId } });
    await lst.request(MINUTES, {
      m: newer,
      i: {
        body: "Höst.",
        decisionItems: [
          { text: "Anta handlingsplanen.", responsible: "Länsstyrelsen", dueDate: "2027-03-01" },
          { text: "Bjud in regionen.", responsible: null, dueDate: null },
        ],
        approverUserId,
      },
    });
    // Nothing is in the register before the minutes are approved.
    const register = async (c: Client, limit = 10, offset = 0) =>
      (
        await c.request(
          `query($n: ID!, $l: Int!, $o: Int!) { networkDecisions(networkId: $n, limit: $l, offset: $o) { total items { text responsible dueDate meeting { id title } } } }`,
          {
            n: networkId,
            l: limit,
            o: offset,
          },
        )
      ).data!.networkDecisions;
    expect((await register(gbg)).total).toBe(0);

    const approved = await gbg.request(APPROVE, { m: newer });
    expect(approved.data!.approveMeetingMinutes.decisionItems).toEqual([
      { text: "Anta handlingsplanen.", responsible: "Länsstyrelsen", dueDate: "2027-03-01" },
      { text: "Bjud in regionen.", responsible: null, dueDate: null },
    ]);
    await gbg.request(APPROVE, { m: older });

    const all = await register(gbg);
    expect(all.total).toBe(3);
    expect(all.items.map((d: { text: string; meeting: { id: string } }) => [d.text, d.meeting.id])).toEqual([
      ["Anta handlingsplanen.", newer],
      ["Bjud in regionen.", newer],
      ["Ta fram en handlingsplan.", older],
    ]);
    const second = await register(gbg, 2, 2);
    expect(second.items.map((d: { text: string }) => d.text)).toEqual(["Ta fram en handlingsplan."]);

    // Consecutive minutes link to each other; the meeting without minutes is passed over.
    const links = `query($id: ID!) { networkMeeting(id: $id) { previousMinutes { id } nextMinutes { id } } }`;
    expect((await gbg.request(links, { id: newer })).data!.networkMeeting).toEqual({ previousMinutes: { id: older }, nextMinutes: null });
    expect((await gbg.request(links, { id: older })).data!.networkMeeting).toEqual({ previousMinutes: null, nextMinutes: { id: newer } });
    expect((await gbg.request(links, { id: middle })).data!.networkMeeting).toEqual({ previousMinutes: null, nextMinutes: null });
  });

  it("a correction under way leaves the register as approved until it is approved again", async () => {
    const { networkId } = await networkWith(2);
    const approverUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
    const meetingId = await heldMeeting(networkId);
    await lst.request(MINUTES, { m: meetingId, i: { body: "Text.", decisionItems: [{ text: "Första beslutet." }], approverUserId } });
    await gbg.request(APPROVE, { m: meetingId });
    await lst.request(MINUTES, { m: meetingId, i: { body: "Rättad.", decisionItems: [{ text: "Rättat beslut.", responsible: "Göteborg" }], approverUserId } });
    const texts = async () =>
      (await gbg.request(`query($n: ID!) { networkDecisions(networkId: $n) { items { text } } }`, { n: networkId })).data!.networkDecisions.items.map(
        (d: { text: string }) => d.text,
      );
    expect(await texts()).toEqual(["Första beslutet."]);
    await gbg.request(APPROVE, { m: meetingId });
    expect(await texts()).toEqual(["Rättat beslut."]);
  });

  it("is not shown to an organisation outside the network", async () => {
    const { networkId } = await networkWith(2);
    const barnafrid = await t.as(DEMO.barnafrid);
    const res = await barnafrid.request(`query($n: ID!) { networkDecisions(networkId: $n) { total } }`, { n: networkId });
    expect(["NOT_FOUND", "FORBIDDEN"]).toContain(errorCode(res));
  });
});
