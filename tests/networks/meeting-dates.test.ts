import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stockholmDate } from "../../server/dist/shared/dates";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { rowCounts } from "../helpers/database";

let t: TestApp;
let lst: Client;
let networkId: string;
beforeAll(async () => {
  t = await startTestApp();
  lst = await t.as(DEMO.lstO);
  networkId = (await lst.request(`{ networks(convenedByMe: true) { items { id } } }`)).data!.networks.items[0].id;
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const TABLES = ["network_meeting", "agenda_item", "notification", "outbox_mail", "audit_entry"];
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id status rsvpDeadline } }`;

function meeting(startInDays: number, extra: Record<string, unknown> = {}) {
  const startsAt = new Date(Date.now() + startInDays * DAY);
  return {
    networkId,
    title: "Samordnarträff",
    location: "Göteborg",
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
    agenda: [{ title: "Läget i kommunerna" }],
    ...extra,
  };
}

async function unreadOfGoteborg(): Promise<number> {
  const gbg = await t.as(DEMO.goteborg);
  return (await gbg.request(`{ notifications(limit: 1) { total } }`)).data!.notifications.total;
}

describe("network meetings: no invitations to the past", () => {
  it("invitations to a meeting that has already taken place are refused on startsAt, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    for (const days of [-30, -1 / 24]) {
      const res = await lst.request(SCHEDULE, { i: meeting(days) });
      expect(errorCode(res), String(days)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0]).toMatchObject({
        field: "startsAt",
        message: "Mötet har redan ägt rum och kan inte bjudas in till. Registrera det som hållet, utan inbjudan.",
      });
    }
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("an answer deadline before today is refused on rsvpDeadline, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    for (const deadline of [new Date(Date.now() - DAY), new Date(Date.now() - 400 * DAY)]) {
      const res = await lst.request(SCHEDULE, { i: meeting(14, { rsvpDeadline: deadline.toISOString() }) });
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "rsvpDeadline", message: "Sista svarsdag kan inte vara före i dag." });
    }
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("an answer deadline later today is accepted, and members are invited", async () => {
    const unread = await unreadOfGoteborg();
    const endOfToday = new Date(`${stockholmDate()}T22:59:00+01:00`);
    const deadline = endOfToday.getTime() > Date.now() ? endOfToday : new Date(Date.now() + 60_000);
    const res = await lst.request(SCHEDULE, { i: meeting(14, { rsvpDeadline: deadline.toISOString() }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleNetworkMeeting[0].status).toBe("SCHEDULED");
    expect(await unreadOfGoteborg()).toBe(unread + 1);
  });

  it("a meeting that has taken place can be recorded as held, without invitations", async () => {
    const unread = await unreadOfGoteborg();
    const mails = (await rowCounts(t.app.ds, ["outbox_mail"])).outbox_mail;
    const res = await lst.request(SCHEDULE, { i: meeting(-7, { invite: false }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleNetworkMeeting).toEqual([{ id: expect.any(String), status: "HELD", rsvpDeadline: null }]);
    expect(await unreadOfGoteborg()).toBe(unread);
    expect((await rowCounts(t.app.ds, ["outbox_mail"])).outbox_mail).toBe(mails);
    const attendance = await lst.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
      m: res.data!.scheduleNetworkMeeting[0].id,
      i: [],
    });
    expect(attendance.data!.recordMeetingAttendance.status).toBe("HELD");
  });
});
