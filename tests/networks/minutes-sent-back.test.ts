import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const MINUTES = `status body returnComment returnedAt approvedAt version approver { email }`;

async function orgId(code: string) {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id as string;
}

/** A network of Länsstyrelsen Västra Götaland with Göteborg and Ale, a held meeting, and minutes sent to Göteborg's coordinator for approval. */
async function minutesAwaitingApproval(): Promise<{ lst: Client; gbg: Client; ale: Client; meetingId: string }> {
  const [lst, gbg, ale] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.goteborg), t.as(DEMO.ale)]);
  const network = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
    i: { name: `Protokollnätverket ${Math.random().toString(36).slice(2, 8)}`, topic: "OTHER" },
  });
  const networkId = network.data!.saveNetwork.id;
  await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
    n: networkId,
    o: [await orgId("1480"), await orgId("1440")],
  });
  const startsAt = new Date(Date.now() - 2 * DAY);
  const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title: "Höstträffen",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: "Länsstyrelsen, Göteborg",
      invite: false,
    },
  });
  const meetingId = scheduled.data!.scheduleNetworkMeeting[0].id as string;
  const approverUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
  const sent = await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
    m: meetingId,
    i: { body: "Kommunerna berättade om läget.", decisions: ["Nästa träff hålls i Borås."], approverUserId },
  });
  expect(sent.data!.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");
  return { lst, gbg, ale, meetingId };
}

async function minutesOf(c: Client, meetingId: string) {
  return (await c.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { ${MINUTES} } } }`, { id: meetingId })).data!.networkMeeting.minutes;
}

async function auditActions(meetingId: string): Promise<{ action: string; after: Record<string, unknown> | null }[]> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($e: String) { auditLog(entityType: "NetworkMeeting", entityId: $e, limit: 50) { items { action after } } }`, {
    e: meetingId,
  });
  return res.data!.auditLog.items;
}

async function notificationTitles(c: Client): Promise<string[]> {
  return (await c.request(`{ notifications(limit: 20) { items { title body } } }`)).data!.notifications.items.map((n: { title: string }) => n.title);
}

const SEND_BACK = `mutation($m: ID!, $c: String!) { sendBackMeetingMinutes(meetingId: $m, comment: $c) { ${MINUTES} } }`;

describe("minutes sent back with comments (justering)", () => {
  it("the justerare sends minutes awaiting approval back as a draft; the convener reads the comments and is notified, and sending again clears them", async () => {
    const { lst, gbg, meetingId } = await minutesAwaitingApproval();
    const comment = "Beslut 1 saknar datum.\nLägg till vem som äger uppföljningen.";
    const res = await gbg.request(SEND_BACK, { m: meetingId, c: `  ${comment}  ` });
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendBackMeetingMinutes).toMatchObject({ status: "DRAFT", returnComment: comment, version: 0, approvedAt: null });
    expect(res.data!.sendBackMeetingMinutes.returnedAt).toBeTruthy();

    // The convener sees the comments on the draft, and has a notification that links to the meeting.
    expect(await minutesOf(lst, meetingId)).toMatchObject({ status: "DRAFT", returnComment: comment, body: "Kommunerna berättade om läget." });
    const note = (await lst.request(`{ notifications(limit: 5) { items { title body link } } }`)).data!.notifications.items[0];
    expect(note).toMatchObject({ title: "Protokoll tillbaka med kommentarer: Höstträffen", link: `/natverk/moten/${meetingId}` });
    expect(note.body).toContain("Beslut 1 saknar datum.");

    // The audit keeps the comment.
    const entry = (await auditActions(meetingId)).find((a) => a.action === "meetingMinutes.sendBack");
    expect(entry?.after).toMatchObject({ status: "DRAFT", comment });

    // Saving the draft keeps the comments beside it; sending again clears them, and the justerare can approve.
    const approverUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
    const input = { body: "Kommunerna berättade om läget. Rättat.", decisions: ["Nästa träff hålls i Borås den 2027-03-10."], approverUserId };
    await lst.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, { m: meetingId, i: input });
    expect((await minutesOf(lst, meetingId)).returnComment).toBe(comment);
    await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, { m: meetingId, i: input });
    expect(await minutesOf(lst, meetingId)).toMatchObject({ status: "AWAITING_APPROVAL", returnComment: null, returnedAt: null });
    const approved = await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status version } }`, { m: meetingId });
    expect(approved.data!.approveMeetingMinutes).toEqual({ status: "PUBLISHED", version: 1 });
  });

  it("a member who is not the justerare cannot send the minutes back, and nothing changes", async () => {
    const { lst, ale, meetingId } = await minutesAwaitingApproval();
    const before = await minutesOf(lst, meetingId);
    const notesBefore = await notificationTitles(lst);
    const res = await ale.request(SEND_BACK, { m: meetingId, c: "Fel i beslut 1." });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(await minutesOf(lst, meetingId)).toEqual(before);
    expect(await notificationTitles(lst)).toEqual(notesBefore);
    expect((await auditActions(meetingId)).map((a) => a.action)).not.toContain("meetingMinutes.sendBack");
  });

  it("the convener cannot send the minutes back to itself, and nothing changes", async () => {
    const { lst, meetingId } = await minutesAwaitingApproval();
    const before = await minutesOf(lst, meetingId);
    expect(errorCode(await lst.request(SEND_BACK, { m: meetingId, c: "Fel i beslut 1." }))).toBe("FORBIDDEN");
    expect(await minutesOf(lst, meetingId)).toEqual(before);
  });

  it("minutes that are not awaiting approval cannot be sent back, and nothing changes", async () => {
    const { lst, gbg, meetingId } = await minutesAwaitingApproval();
    await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId });
    const published = await minutesOf(lst, meetingId);
    expect(published.status).toBe("PUBLISHED");
    const notesBefore = await notificationTitles(lst);
    const res = await gbg.request(SEND_BACK, { m: meetingId, c: "För sent." });
    expect(errorCode(res)).toBe("CONFLICT");
    expect(res.errors![0].message).toContain("publicerat");
    expect(await minutesOf(lst, meetingId)).toEqual(published);
    expect(await notificationTitles(lst)).toEqual(notesBefore);

    // Sent back once, the draft cannot be sent back again.
    const again = await minutesAwaitingApproval();
    expect((await again.gbg.request(SEND_BACK, { m: again.meetingId, c: "Första kommentaren." })).errors).toBeUndefined();
    const draft = await minutesOf(again.lst, again.meetingId);
    expect(errorCode(await again.gbg.request(SEND_BACK, { m: again.meetingId, c: "Andra kommentaren." }))).toBe("CONFLICT");
    expect(await minutesOf(again.lst, again.meetingId)).toEqual(draft);
  });

  it("an empty, too long or malformed comment is refused at the field, and nothing changes", async () => {
    const { lst, gbg, meetingId } = await minutesAwaitingApproval();
    const before = await minutesOf(lst, meetingId);
    for (const c of ["", "   \n\t ", "å".repeat(5_001)]) {
      const res = await gbg.request(SEND_BACK, { m: meetingId, c });
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0].field).toBe("comment");
    }
    expect(errorCode(await gbg.request(SEND_BACK, { m: meetingId, c: "Fel\u0007tecken" }))).toBe("BAD_USER_INPUT");
    expect(await minutesOf(lst, meetingId)).toEqual(before);
    expect((await auditActions(meetingId)).map((a) => a.action)).not.toContain("meetingMinutes.sendBack");
  });
});
