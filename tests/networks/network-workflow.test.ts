import fs from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ env: { DOCUMENT_MAX_MB: "0.01" } });
});
afterEach(() => t?.close());

const DAY = 86_400_000;
const MEETING = `id title status startsAt agenda { title presenter } responses { organisation { code } attendees { name } } myResponse { attendees { name } } attendance { organisation { code } status } minutes { status body decisions version approver { email } history { version content } } actionItems { text owner done } documents { filename url size }`;

async function orgId(code: string) {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id as string;
}

function upload(token: string, meetingId: string, name: string, type: string, bytes: number) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes).fill(65)], { type }), name);
  return fetch(`${t.baseUrl}/api/network-meetings/${meetingId}/documents`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    body: form,
  });
}

async function must<T extends { errors?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

/**
 * What the first test of the story leaves: Länsstyrelsen Västra Götaland's Hedersnätverket with
 * every kommun of the county, an upcoming meeting with a document, and its minutes approved by
 * Göteborg and then corrected to "Rättad text.".
 */
async function hedersnatverketWithMinutes(): Promise<void> {
  const lst = await t.as(DEMO.lstO);
  const gbg = await t.as(DEMO.goteborg);
  const created = await must(
    lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
      i: { name: "Hedersnätverket Västra Götaland", topic: "HEDERSRELATERAT_VALD", description: "Samordnare för arbetet mot hedersrelaterat våld." },
    }),
  );
  const networkId = created.data!.saveNetwork.id;
  const kommuner = await lst.request(`{ organisations(kinds: [KOMMUN], countyCode: "14", limit: 200) { items { id } } }`);
  const ids = kommuner.data!.organisations.items.map((o: { id: string }) => o.id);
  await must(lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, { n: networkId, o: ids }));
  const startsAt = new Date(Date.now() + 14 * DAY);
  const scheduled = await must(
    lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId,
        title: "Nätverksträff hösten",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        location: "Länsstyrelsen, Göteborg",
        rsvpDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
        agenda: [{ title: "Läget i kommunerna", presenter: "Alla", durationMinutes: 60 }],
      },
    }),
  );
  const meetingId = scheduled.data!.scheduleNetworkMeeting[0].id;
  const uploaded = await upload(lst.token!, meetingId, "dagordning.pdf", "application/pdf", 5_000);
  if (!uploaded.ok) throw new Error(`upload: ${uploaded.status}`);
  await must(
    lst.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: [{ organisationId: await orgId("1480"), status: "ATTENDED", people: 2 }],
    }),
  );
  const gbgMe = (await gbg.request(`{ me { id } }`)).data!.me;
  const minutesInput = { body: "Kommunerna berättade om läget.", decisions: ["Nästa träff hålls i Borås."], actionItems: [], approverUserId: gbgMe.id };
  for (const body of [minutesInput.body, "Rättad text."]) {
    await must(
      lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: meetingId,
        i: { ...minutesInput, body },
      }),
    );
    await must(gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId }));
  }
}

describe("networks: utvecklingsledare Västra Götaland → Göteborg and Ale → attendance and minutes → Göteborg reads", () => {
  it("creates a network with all kommuner of the county, holds a meeting, approves and publishes the minutes", async () => {
    const lst = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);

    // A new network with every kommun of Västra Götaland in one action.
    const created = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id name isConvener } }`, {
      i: { name: "Hedersnätverket Västra Götaland", topic: "HEDERSRELATERAT_VALD", description: "Samordnare för arbetet mot hedersrelaterat våld." },
    });
    expect(created.data!.saveNetwork.isConvener).toBe(true);
    const networkId = created.data!.saveNetwork.id;
    const kommuner = await lst.request(`{ organisations(kinds: [KOMMUN], countyCode: "14", limit: 200) { items { id } } }`);
    const ids = kommuner.data!.organisations.items.map((o: { id: string }) => o.id);
    expect(ids).toHaveLength(49);
    const added = await lst.request(
      `mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { members { organisation { code } } } }`,
      { n: networkId, o: ids },
    );
    expect(added.data!.addNetworkMembers.members).toHaveLength(49);

    // Göteborg names its contact person.
    const contacts = await gbg.request(
      `mutation($n: ID!, $o: ID!, $c: [ContactInput!]!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: $c) { name email } }`,
      {
        n: networkId,
        o: await orgId("1480"),
        c: [{ name: "Greta Samordnare", email: "greta@goteborg.se", title: "Kvinnofridssamordnare" }],
      },
    );
    expect(contacts.errors).toBeUndefined();

    // A meeting with an agenda; members are invited.
    const startsAt = new Date(Date.now() + 14 * DAY);
    const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id title } }`, {
      i: {
        networkId,
        title: "Nätverksträff hösten",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        location: "Länsstyrelsen, Göteborg",
        rsvpDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
        agenda: [
          { title: "Läget i kommunerna", presenter: "Alla", durationMinutes: 60 },
          { title: "Nytt metodstöd", presenter: "Länsstyrelsen", durationMinutes: 45 },
        ],
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data!.scheduleNetworkMeeting[0].id;
    const invite = await gbg.request(`{ notifications(limit: 1) { items { title } } }`);
    expect(invite.data!.notifications.items[0].title).toBe("Inbjudan: Nätverksträff hösten");
    const admin = await t.as(DEMO.admin);
    const mails = await admin.request(`{ outboxMails(limit: 5) { items { toAddress subject } } }`);
    expect(mails.data!.outboxMails.items.map((x: { toAddress: string }) => x.toAddress)).toContain("greta@goteborg.se");

    // Göteborg and Ale answer; the convener sees both answers, each member only its own.
    await gbg.request(
      `mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Greta Samordnare" }, { name: "Kalle Kollega" }]) { respondedAt } }`,
      { m: meetingId },
    );
    await ale.request(`mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Alex Samordnare" }]) { respondedAt } }`, {
      m: meetingId,
    });
    const convenerView = await lst.request(`query($id: ID!) { networkMeeting(id: $id) { ${MEETING} } }`, { id: meetingId });
    expect(convenerView.data!.networkMeeting.responses).toHaveLength(2);
    const aleView = await ale.request(`query($id: ID!) { networkMeeting(id: $id) { ${MEETING} } }`, { id: meetingId });
    expect(aleView.data!.networkMeeting.responses.map((r: { organisation: { code: string } }) => r.organisation.code)).toEqual(["1440"]);

    // A document for the agenda: accepted within the limit, refused over it without leaving a file behind.
    const before = fs.readdirSync(t.config.documentsDir).length;
    const ok = await upload(lst.token!, meetingId, "dagordning.pdf", "application/pdf", 5_000);
    expect(ok.status).toBe(201);
    const big = await upload(lst.token!, meetingId, "stor.pdf", "application/pdf", 20_000);
    expect(big.status).toBe(400);
    expect((await big.json()).error).toEqual({ code: "BAD_USER_INPUT", message: "Filen är för stor. Största tillåtna storlek är 10 kB." });
    const exe = await upload(lst.token!, meetingId, "program.exe", "application/octet-stream", 100);
    expect(exe.status).toBe(400);
    expect(fs.readdirSync(t.config.documentsDir).length).toBe(before + 1);
    const memberUpload = await upload(gbg.token!, meetingId, "egen.pdf", "application/pdf", 100);
    expect(memberUpload.status).toBe(403);
    expect(fs.readdirSync(t.config.documentsDir).length).toBe(before + 1);

    // Attendance and minutes, approved by Göteborg's coordinator, then published.
    const gbgMe = (await gbg.request(`{ me { id } }`)).data!.me;
    await lst.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: [
        { organisationId: await orgId("1480"), status: "ATTENDED", people: 2 },
        { organisationId: await orgId("1440"), status: "EXCUSED" },
      ],
    });
    const minutesInput = {
      body: "Kommunerna berättade om läget. Länsstyrelsen presenterade metodstödet.",
      decisions: ["Nästa träff hålls i Borås."],
      actionItems: [{ text: "Skicka ut metodstödet", owner: "Länsstyrelsen", dueDate: "2027-01-15" }],
      approverUserId: gbgMe.id,
    };
    // Minutes too long to keep as one version are refused with a way forward, and nothing is written.
    for (const tooLong of [{ body: "å".repeat(40_000) }, { body: "Kort.", decisions: Array.from({ length: 100 }, () => "ö".repeat(2_000)) }]) {
      const refused = await lst.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: meetingId,
        i: { ...minutesInput, ...tooLong },
      });
      expect(errorCode(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0].extensions!.fields[0].message).toMatch(/för långt.*dokument/);
    }
    expect(
      (await lst.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { status } } }`, { id: meetingId })).data!.networkMeeting.minutes,
    ).toBeNull();
    const sent = await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: minutesInput,
    });
    expect(sent.data!.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");
    // Ale does not see the minutes before they are approved, and cannot approve them.
    expect(
      (await ale.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { status } } }`, { id: meetingId })).data!.networkMeeting.minutes,
    ).toBeNull();
    expect(errorCode(await ale.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId }))).toBe("FORBIDDEN");
    const approved = await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status version } }`, { m: meetingId });
    expect(approved.data!.approveMeetingMinutes).toEqual({ status: "PUBLISHED", version: 1 });
    const read = await ale.request(`query($id: ID!) { networkMeeting(id: $id) { ${MEETING} } }`, { id: meetingId });
    expect(read.data!.networkMeeting.minutes).toMatchObject({ status: "PUBLISHED", decisions: ["Nästa träff hålls i Borås."], version: 1 });
    expect((await ale.request(`{ notifications(limit: 1) { items { title } } }`)).data!.notifications.items[0].title).toBe(
      "Protokoll publicerat: Nätverksträff hösten",
    );

    // A correction keeps the history; members read the published version until the correction is approved.
    await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: { ...minutesInput, body: "Rättad text." },
    });
    expect(
      (await ale.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { body } } }`, { id: meetingId })).data!.networkMeeting.minutes.body,
    ).toContain("Kommunerna berättade");
    await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId });
    const corrected = await ale.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { body version history { version content } } } }`, {
      id: meetingId,
    });
    expect(corrected.data!.networkMeeting.minutes.body).toBe("Rättad text.");
    expect(corrected.data!.networkMeeting.minutes.history.map((h: { version: number }) => h.version)).toEqual([1, 2]);

    // The open action item carries over to the next meeting's agenda.
    const next = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id agenda { title } } }`, {
      i: {
        networkId,
        title: "Vårträffen",
        startsAt: new Date(Date.now() + 120 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 120 * DAY + 3_600_000).toISOString(),
        onlineUrl: "https://meet.example.se/abc",
      },
    });
    expect(next.data!.scheduleNetworkMeeting[0].agenda.map((a: { title: string }) => a.title)).toEqual(["Uppföljning: Skicka ut metodstödet"]);

    // Göteborg subscribes to its calendar feed; the meetings are in it.
    const url = (await gbg.request(`mutation { createCalendarFeed }`)).data!.createCalendarFeed as string;
    const feed = await fetch(url.replace(t.config.publicUrl, t.baseUrl));
    expect(feed.status).toBe(200);
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("Nätverksträff hösten");
    expect(ics).toContain("Vårträffen");
    const wrong = await fetch(`${t.baseUrl}/api/calendar/not-a-real-token.ics`);
    expect(wrong.status).toBe(404);

    // Follow-up: one meeting held, Göteborg represented; 1 of 49 members attended.
    const year = startsAt.getUTCFullYear();
    const stats = await lst.request(
      `query($n: ID!, $y: Int!) { networkStatistics(networkId: $n, year: $y) { members meetingsHeld membersAttendedAtLeastOnce shareAttended meetings { organisationsRepresented people } notAttendedLast12Months { code } } }`,
      { n: networkId, y: year },
    );
    expect(stats.data!.networkStatistics).toMatchObject({
      members: 49,
      meetingsHeld: 1,
      membersAttendedAtLeastOnce: 1,
      meetings: [{ organisationsRepresented: 1, people: 2 }],
    });
    expect(stats.data!.networkStatistics.shareAttended).toBeCloseTo(1 / 49);
    expect(stats.data!.networkStatistics.notAttendedLast12Months).toHaveLength(48);
    const csv = await fetch(`${t.baseUrl}/api/networks/${networkId}/statistics.csv?year=${year}`, { headers: { authorization: `Bearer ${lst.token}` } });
    expect(await csv.text()).toContain("Medlemsorganisationer,49");
  });

  it("a Stockholm kommun cannot see the Västra Götaland network, its meetings, minutes or documents", async () => {
    await hedersnatverketWithMinutes();
    const solna = await newUser(t, "0184", "KOMMUN_SAMORDNARE");
    const lst = await t.as(DEMO.lstO);
    const networks = (await lst.request(`{ networks(convenedByMe: true) { items { id name upcomingMeetings { id documents { url } } } } }`)).data!.networks
      .items;
    const vg = networks.find((n: { name: string }) => n.name === "Hedersnätverket Västra Götaland");
    const meeting = vg.upcomingMeetings[0];
    expect(errorCode(await solna.request(`query($id: ID!) { network(id: $id) { name } }`, { id: vg.id }))).toBe("NOT_FOUND");
    const res = await solna.request(`query($id: ID!) { networkMeeting(id: $id) { minutes { body } } }`, { id: meeting.id });
    expect(errorCode(res)).toBe("NOT_FOUND");
    expect(JSON.stringify(res)).not.toContain("Rättad text");
    expect((await solna.request(`{ networkMeetings { total } }`)).data!.networkMeetings.total).toBe(0);
    const doc = await fetch(`${t.baseUrl}${meeting.documents[0].url}`, { headers: { authorization: `Bearer ${solna.token}` } });
    expect(doc.status).toBe(404);
    const gbg = await t.as(DEMO.goteborg);
    const ok = await fetch(`${t.baseUrl}${meeting.documents[0].url}`, { headers: { authorization: `Bearer ${gbg.token}` } });
    expect(ok.status).toBe(200);
  });

  it("the seeded networks have the expected members", async () => {
    const nck = await t.as(DEMO.nck);
    const list = await nck.request(`{ networks { items { name members { organisation { kind } } } } }`);
    const regions = list.data!.networks.items.find((n: { name: string }) => n.name === "NCK:s nätverk för regionernas kvinnofridsansvariga");
    expect(regions.members).toHaveLength(21);
    const lstAB = await t.as(DEMO.lstAB);
    const national = (await lstAB.request(`{ networks { items { name members { organisation { kind } } } } }`)).data!.networks.items.find(
      (n: { name: string }) => n.name === "Länsstyrelsernas nationella nätverk",
    );
    expect(national.members).toHaveLength(20);
  });

  it("a kommun cannot create a network", async () => {
    const ale = await t.as(DEMO.ale);
    const res = await ale.request(`mutation { saveNetwork(input: { name: "Eget nätverk", topic: OTHER }) { id } }`);
    expect(errorCode(res)).toBe("FORBIDDEN");
  });
});
