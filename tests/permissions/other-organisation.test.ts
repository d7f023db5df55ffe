import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, newUser, startTestApp, type TestApp } from "../helpers/app";
import { draft, FULL_APPLICATION, getApplication, openCallId, submit } from "../grants/fixtures";
import { ngoApplicationInput } from "../helpers/ngo-application.mjs";
import { createEvent, futureSessions, person, publish, register } from "../trainings/fixtures";

/** Reading or changing another organisation's things by id: NOT_FOUND or FORBIDDEN, and nothing changes. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const REFUSED = ["NOT_FOUND", "FORBIDDEN"];
const DAY = 86_400_000;
const DALS_ED = "samordnare@dals-ed.demo.samverka.se";
const GULLSPANG = "samordnare@gullspang.demo.samverka.se";
const KVINNOJOUREN = "ansokan@kvinnojouren-goteborg.demo.samverka.se";

async function orgId(code: string): Promise<string> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

/** A GET of a download with the client's bearer token. */
function download(c: Client, url: string) {
  return fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${c.token}` } });
}

/** Every attempt is refused with NOT_FOUND or FORBIDDEN. */
async function expectRefused(attempts: Promise<GqlResult>[]) {
  for (const res of await Promise.all(attempts)) expect(REFUSED, JSON.stringify(res.errors ?? res.data)).toContain(errorCode(res));
}

describe("another organisation's things, by id", () => {
  it("a grant application: Barnafrid can neither read nor change NCK's", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t), FULL_APPLICATION);
    const other = await t.as(DEMO.barnafrid);
    const attempts = [
      other.request(`query($id: ID!) { grantApplication(id: $id) { title } }`, { id: app.id }),
      other.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, { i: { id: app.id, title: "Kapad" } }),
      other.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: app.id }),
      other.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { id } }`, { id: app.id }),
      other.request(`mutation($id: ID!) { submitGrantFollowUp(id: $id, input: { report: "x", usedAmount: 0 }) { id } }`, { id: app.id }),
    ];
    for (const res of await Promise.all(attempts)) expect(REFUSED).toContain(errorCode(res));
    const after = await nck.request(`query($id: ID!) { grantApplication(id: $id) { title status } }`, { id: app.id });
    expect(after.data!.grantApplication).toEqual({ title: FULL_APPLICATION.title, status: "DRAFT" });
    expect((await submit(nck, app.id)).errors).toBeUndefined();

    // The consultation body neither reads nor answers an application that was not sent to it.
    const jam = await t.as(DEMO.jam);
    await expectRefused([
      jam.request(`query($id: ID!) { grantApplication(id: $id) { title } }`, { id: app.id }),
      jam.request(`mutation($id: ID!) { submitConsultationOpinion(applicationId: $id, input: { opinion: SUPPORTS, text: "Obeställt remissvar" }) { id } }`, {
        id: app.id,
      }),
    ]);
    expect((await getApplication(nck, app.id)).data!.grantApplication.status).toBe("SUBMITTED");
  });

  it("a training event and a registration: another county board and another kommun are refused", async () => {
    const event = await createEvent(t, { capacity: 5, title: "Egen utbildning" });
    const lstAB = await t.as(DEMO.lstAB);
    expect(errorCode(await lstAB.request(`query($id: ID!) { trainingEvent(id: $id) { id } }`, { id: event.id }))).toBe("NOT_FOUND");
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: event.id })));
    await publish(t, event.id);
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "x") { id } }`, { id: event.id })));
    const gbg = await t.as(DEMO.goteborg);
    const reg = (await register(gbg, event.id, [person("x1", "goteborg")])).data!.registerForTraining[0];
    const ale = await t.as(DEMO.ale);
    expect(REFUSED).toContain(errorCode(await ale.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { id } }`, { id: reg.id })));
    expect(REFUSED).toContain(
      errorCode(await lstAB.request(`mutation($id: ID!) { markAttendance(registrationId: $id, sessionIds: [], attended: ATTENDED) { id } }`, { id: reg.id })),
    );
    expect(REFUSED).toContain(
      errorCode(await lstAB.request(`mutation($id: ID!) { moveTrainingRegistration(id: $id, status: WAITLISTED) { id } }`, { id: reg.id })),
    );
    const mine = await gbg.request(`{ myTrainingRegistrations { id status } }`);
    expect(mine.data!.myTrainingRegistrations.find((r: { id: string }) => r.id === reg.id).status).toBe("CONFIRMED");
  });

  it("a network and its meetings: a county board that is no member is refused", async () => {
    const lstO = await t.as(DEMO.lstO);
    const vg = (await lstO.request(`{ networks(convenedByMe: true) { items { id name } } }`)).data!.networks.items[0];
    const lstAB = await t.as(DEMO.lstAB);
    expect(errorCode(await lstAB.request(`query($id: ID!) { network(id: $id) { name } }`, { id: vg.id }))).toBe("NOT_FOUND");
    expect(REFUSED).toContain(
      errorCode(await lstAB.request(`mutation($id: ID!) { addNetworkMembers(networkId: $id, organisationIds: ["1"]) { id } }`, { id: vg.id })),
    );
    expect(REFUSED).toContain(
      errorCode(await lstAB.request(`mutation($id: ID!) { saveNetwork(input: { id: $id, name: "Kapat", topic: OTHER }) { id } }`, { id: vg.id })),
    );
    expect((await lstO.request(`query($id: ID!) { network(id: $id) { name } }`, { id: vg.id })).data!.network.name).toBe(vg.name);
  });

  it("another person's notifications cannot be marked read", async () => {
    // NCK submits an application, so that Socialstyrelsen is notified of it.
    const sos = await t.as(DEMO.handlaggare);
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t), FULL_APPLICATION);
    expect((await submit(nck, app.id)).errors).toBeUndefined();
    const theirs = (await sos.request(`{ notifications { items { id readAt } } }`)).data!.notifications.items;
    expect(theirs.length).toBeGreaterThan(0);
    expect(
      (await nck.request(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: theirs.map((n: { id: string }) => n.id) })).data!
        .markNotificationsRead,
    ).toBe(0);
    expect((await sos.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(
      theirs.filter((n: { readAt: string | null }) => !n.readAt).length,
    );
  });

  it("a training event's details, participation and completion: another county board is refused, and sees none of its registrations", async () => {
    const input = {
      type: "FREDA",
      title: "FREDA-utbildning i Västra Götaland",
      description: "En dag om våld i nära relationer.",
      national: false,
      location: "Borås",
      capacity: 12,
      sessions: futureSessions(1, 40),
    };
    const event = await createEvent(t, input);
    const lstAB = await t.as(DEMO.lstAB);
    const gbg = await t.as(DEMO.goteborg);
    // A draft is the organiser's alone: no calendar and no registration for anyone else.
    expect((await download(lstAB, `/api/training-events/${event.id}/calendar.ics`)).status).toBe(404);
    await expectRefused([register(gbg, event.id, [person("g0", "goteborg")])]);
    await publish(t, event.id);
    expect((await register(gbg, event.id, [person("g1", "goteborg")])).errors).toBeUndefined();
    const ale = await t.as(DEMO.ale);
    await expectRefused([
      lstAB.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
        i: { ...input, id: event.id, title: "Kapad", capacity: 1 },
      }),
      lstAB.request(`mutation($id: ID!) { completeTrainingEvent(id: $id) { id } }`, { id: event.id }),
      lstAB.request(`mutation($id: ID!, $c: [ParticipationCountInput!]!) { logTrainingEventParticipation(id: $id, counts: $c) { id } }`, {
        id: event.id,
        c: [{ organisationId: await orgId("0180"), participants: 40 }],
      }),
      ale.request(`mutation($id: ID!) { completeTrainingEvent(id: $id) { id } }`, { id: event.id }),
    ]);
    // Published events are open to read; their registrations only to the organiser and the registering organisation.
    for (const other of [lstAB, ale]) {
      const seen = await other.request(`query($id: ID!) { trainingEvent(id: $id) { title registrations { email } } }`, { id: event.id });
      expect(seen.data!.trainingEvent).toEqual({ title: input.title, registrations: [] });
    }
    const lstO = await t.as(DEMO.lstO);
    const after = await lstO.request(
      `query($id: ID!) { trainingEvent(id: $id) { title status capacity confirmedCount participationLogs { participants } registrations { email } } }`,
      { id: event.id },
    );
    expect(after.data!.trainingEvent).toEqual({
      title: input.title,
      status: "PUBLISHED",
      capacity: 12,
      confirmedCount: 1,
      participationLogs: [],
      registrations: [{ email: "persong1@goteborg.se" }],
    });
  });

  it("a course leader: another kommun and another county board can neither certify, see, download the certificate of nor log courses on Göteborg's", async () => {
    const event = await createEvent(t, { capacity: 5, title: "Kursledarutbildning för Göteborg" });
    await publish(t, event.id);
    const gbg = await t.as(DEMO.goteborg);
    const reg = (await register(gbg, event.id, [person("kl1", "goteborg")])).data!.registerForTraining[0];
    const lstAB = await t.as(DEMO.lstAB);
    const ale = await t.as(DEMO.ale);
    const attended = `mutation($id: ID!) { markAttendance(registrationId: $id, sessionIds: [], attended: ATTENDED) { id } }`;
    // Attendance from anyone but the organiser certifies nobody.
    await expectRefused([lstAB.request(attended, { id: reg.id }), ale.request(attended, { id: reg.id })]);
    expect((await gbg.request(`{ courseLeaders { total } }`)).data!.courseLeaders.total).toBe(0);

    const lstO = await t.as(DEMO.lstO);
    expect((await lstO.request(attended, { id: reg.id })).errors).toBeUndefined();
    const leaders = (await gbg.request(`{ courseLeaders { items { id name certificateUrl organisation { code } } } }`)).data!.courseLeaders.items;
    expect(leaders).toEqual([expect.objectContaining({ name: "Person kl1", organisation: { code: "1480" } })]);
    const leader = leaders[0];
    const coverage = `{ courseLeaderCoverage { countyCode kommunerWithCourseLeader courseLeaders localCourses localCourseParticipants } }`;
    const coverageBefore = (await lstO.request(coverage)).data!.courseLeaderCoverage;
    expect(coverageBefore).toEqual([expect.objectContaining({ countyCode: "14", courseLeaders: 1, localCourses: 0 })]);

    const logCourse = `mutation($i: LocalCourseInput!) { logLocalCourse(input: $i) { id } }`;
    const course = { courseLeaderId: leader.id, date: "2027-03-01", participants: 25, title: "Grundkurs" };
    const gbgId = await orgId("1480");
    for (const other of [ale, lstAB]) {
      const listed = await other.request(`query($o: ID) { courseLeaders(organisationId: $o) { total items { id } } }`, { o: gbgId });
      expect(listed.data!.courseLeaders).toEqual({ total: 0, items: [] });
      expect((await download(other, leader.certificateUrl)).status).toBe(404);
      await expectRefused([other.request(logCourse, { i: course })]);
    }
    // A county board's coverage is its own county's.
    expect((await lstAB.request(coverage)).data!.courseLeaderCoverage.map((c: { countyCode: string }) => c.countyCode)).toEqual(["01"]);

    // Unchanged as Göteborg and its county board see it; Göteborg itself can log the course.
    expect((await lstO.request(coverage)).data!.courseLeaderCoverage).toEqual(coverageBefore);
    expect((await gbg.request(`{ courseLeaders { items { id name } } }`)).data!.courseLeaders.items).toEqual([{ id: leader.id, name: "Person kl1" }]);
    expect((await gbg.request(logCourse, { i: course })).errors).toBeUndefined();
    expect((await lstO.request(coverage)).data!.courseLeaderCoverage[0]).toMatchObject({ localCourses: 1, localCourseParticipants: 25 });
  });

  describe("development funds", () => {
    let roundId: string;
    const requisitionOf = (c: Client, input: Record<string, unknown>) =>
      c.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id status } }`, {
        i: {
          roundId,
          contactName: "Samordnare",
          contactEmail: "samordnare@example.se",
          paymentMethod: "BANKGIRO",
          paymentNumber: "5050-1055",
          organisationNumber: "212000-1520",
          ...input,
        },
      });
    const REQUISITION = `query($id: ID!) { grantApplication(id: $id) { title status requestedAmount grantedAmount usedAmount jointMembers { organisation { code } confirmedAt } } }`;

    beforeAll(async () => {
      const sos = await t.as(DEMO.handlaggare);
      const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: {
          year: 2019,
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
          followUpDueDate: "2020-05-31",
        },
      });
      roundId = opened.data!.openDevelopmentFundRound.id;
      expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId })).errors).toBeUndefined();
    });

    it("a kommun's requisition: another kommun can neither read, confirm, withdraw, change nor report on it", async () => {
      const gbg = await t.as(DEMO.goteborg);
      const ale = await t.as(DEMO.ale);
      const made = await requisitionOf(gbg, { amount: 100_000, plannedUse: [{ category: "SAMORDNING", amount: 100_000 }] });
      expect(made.errors).toBeUndefined();
      const id = made.data!.requisitionDevelopmentFunds.id;
      const sos = await t.as(DEMO.handlaggare);
      expect(
        (
          await sos.request(`mutation($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, {
            r: roundId,
            ids: [id],
          })
        ).errors,
      ).toBeUndefined();
      const before = (await gbg.request(REQUISITION, { id })).data!.grantApplication;
      expect(before).toMatchObject({ status: "PAID", grantedAmount: 100_000, usedAmount: null });

      const followUp = { applicationId: id, usedAmount: 0, report: "Inget använt.", usedByCategory: [], targetGroups: [], assessmentMethods: [] };
      await expectRefused([
        ale.request(REQUISITION, { id }),
        ale.request(`mutation($id: ID!) { confirmJointRequisition(id: $id) { status } }`, { id }),
        ale.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { status } }`, { id }),
        ale.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, { i: { id, title: "Kapad" } }),
        ale.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, { i: followUp }),
      ]);
      const aleLists = await ale.request(`{ grantApplications(limit: 200) { items { id } } }`);
      expect(aleLists.data!.grantApplications.items.map((a: { id: string }) => a.id)).not.toContain(id);
      expect(
        (await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { requisition { id } } }`, { r: roundId })).data!.myAllotment.requisition,
      ).toBeNull();

      expect((await gbg.request(REQUISITION, { id })).data!.grantApplication).toEqual(before);
      const own = await gbg.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
        i: { ...followUp, usedAmount: 100_000, usedByCategory: [{ category: "SAMORDNING", amount: 100_000 }] },
      });
      expect(own.data!.submitDevelopmentFundFollowUp.status).toBe("REPORTED");
    });

    it("a joint requisition is confirmed by its members only: a kommun outside it is refused, and it keeps waiting", async () => {
      const dalsEd = await t.as(DALS_ED);
      const gullspang = await t.as(GULLSPANG);
      const joint = await requisitionOf(dalsEd, {
        amount: 160_000,
        plannedUse: [{ category: "SAMORDNING", amount: 160_000 }],
        jointMemberOrganisationIds: [await orgId("1447")],
      });
      expect(joint.data!.requisitionDevelopmentFunds.status).toBe("AWAITING_CONFIRMATION");
      const id = joint.data!.requisitionDevelopmentFunds.id;
      const before = (await dalsEd.request(REQUISITION, { id })).data!.grantApplication;
      const confirm = `mutation($id: ID!) { confirmJointRequisition(id: $id) { status } }`;
      await expectRefused([
        (await t.as(DEMO.ale)).request(confirm, { id }),
        (await t.as(DEMO.goteborg)).request(confirm, { id }),
        (await t.as(DEMO.ale)).request(REQUISITION, { id }),
      ]);
      expect((await dalsEd.request(REQUISITION, { id })).data!.grantApplication).toEqual(before);
      expect(before.jointMembers.find((j: { organisation: { code: string } }) => j.organisation.code === "1447").confirmedAt).toBeNull();
      expect((await gullspang.request(confirm, { id })).data!.confirmJointRequisition.status).toBe("REQUISITIONED");
    });

    it("an NGO's application: another NGO and a kommun can neither read, withdraw, score nor report on it", async () => {
      const ngo = await t.as(KVINNOJOUREN);
      const applied = await ngo.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id status } }`, {
        i: ngoApplicationInput(roundId, {
          title: "Stödsamtal i Angered",
          supportMissing: true,
          periodStart: "2019-01-01",
          periodEnd: "2019-12-31",
          requestedAmount: 200_000,
        }),
      });
      expect(applied.errors).toBeUndefined();
      const id = applied.data!.submitNgoApplication.id;
      const APPLICATION = `query($id: ID!) { grantApplication(id: $id) { title status requestedAmount usedAmount ngoDetails { organisationNumber supportMissing } } }`;
      const before = (await ngo.request(APPLICATION, { id })).data!.grantApplication;
      expect(before).toMatchObject({ status: "SUBMITTED", requestedAmount: 200_000 });

      const roks = await newUser(t, "NGO-ROKS", "IDEELL_ORGANISATION", "ansokan@roks.example.se");
      const gbg = await t.as(DEMO.goteborg);
      await expectRefused([
        roks.request(APPLICATION, { id }),
        gbg.request(APPLICATION, { id }),
        roks.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { status } }`, { id }),
        roks.request(`mutation($id: ID!) { scoreNgoApplication(id: $id, input: { score: 1, comment: "Konkurrent" }) { score } }`, { id }),
        roks.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
          i: { applicationId: id, usedAmount: 0, report: "x", usedByCategory: [], targetGroups: [], assessmentMethods: [] },
        }),
      ]);
      expect((await roks.request(`{ grantApplications { items { id } } }`)).data!.grantApplications.items).toEqual([]);
      expect((await ngo.request(APPLICATION, { id })).data!.grantApplication).toEqual(before);
      const ranking = await (await t.as(DEMO.handlaggare)).request(`query($r: ID!) { ngoRanking(roundId: $r) { scores application { id } } }`, { r: roundId });
      expect(ranking.data!.ngoRanking).toEqual([{ scores: 0, application: { id } }]);
    });
  });

  it("a network meeting's minutes, action items, attendance, answers and documents: organisations outside the network are refused", async () => {
    const lstO = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const network = (await lstO.request(`{ networks(convenedByMe: true) { items { id name } } }`)).data!.networks.items[0];
    const startsAt = new Date(Date.now() + 14 * DAY);
    const scheduled = await lstO.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId: network.id,
        title: "Samordnarträff",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
        location: "Vänersborg",
        rsvpDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data!.scheduleNetworkMeeting[0].id;
    expect(
      (
        await gbg.request(`mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Greta Samordnare" }]) { respondedAt } }`, {
          m: meetingId,
        })
      ).errors,
    ).toBeUndefined();
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(200).fill(65)], { type: "application/pdf" }), "dagordning.pdf");
    const uploaded = await fetch(`${t.baseUrl}/api/network-meetings/${meetingId}/documents`, {
      method: "POST",
      headers: { authorization: `Bearer ${lstO.token}`, "apollo-require-preflight": "true" },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    const doc = (await uploaded.json()) as { id: string; url: string };
    const gbgId = await orgId("1480");
    await lstO.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: [{ organisationId: gbgId, status: "ATTENDED", people: 1 }],
    });
    const approver = (await gbg.request(`{ me { id } }`)).data!.me.id;
    const minutes = {
      body: "Läget i kommunerna.",
      decisions: ["Nästa träff i Borås."],
      actionItems: [{ text: "Sammanställ lägesbilden", owner: "Länsstyrelsen" }],
      approverUserId: approver,
    };
    const sent = await lstO.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: minutes,
    });
    expect(sent.data!.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");

    const MEETING = `query($id: ID!) { networkMeeting(id: $id) { title status responses { organisation { code } attendees { name } } attendance { organisation { code } status people } minutes { status body decisions version approver { email } } actionItems { id text done } documents { id filename } } }`;
    const NETWORK = `query($id: ID!) { network(id: $id) { name members { organisation { code } contacts { email } } } }`;
    const MEETINGS = `query($n: ID) { networkMeetings(networkId: $n) { total } }`;
    const snapshot = async () => ({
      meeting: (await lstO.request(MEETING, { id: meetingId })).data!.networkMeeting,
      network: (await lstO.request(NETWORK, { id: network.id })).data!.network,
      meetings: (await lstO.request(MEETINGS, { n: network.id })).data!.networkMeetings.total,
      files: fs.readdirSync(t.config.documentsDir).length,
    });
    const before = await snapshot();
    expect(before.meeting).toMatchObject({
      status: "HELD",
      minutes: { status: "AWAITING_APPROVAL", version: 0 },
      actionItems: [{ done: false }],
      documents: [{ id: doc.id }],
    });
    const actionItemId = before.meeting.actionItems[0].id;

    // A county board outside the network, with the abilities of a convener.
    const lstAB = await t.as(DEMO.lstAB);
    const abId = await orgId("L01");
    await expectRefused([
      lstAB.request(MEETING, { id: meetingId }),
      lstAB.request(`query($n: ID!, $y: Int!) { networkStatistics(networkId: $n, year: $y) { members } }`, { n: network.id, y: startsAt.getUTCFullYear() }),
      lstAB.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
        i: {
          networkId: network.id,
          title: "Kapat möte",
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          location: "Stockholm",
        },
      }),
      lstAB.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { id } }`, {
        m: meetingId,
        i: [{ organisationId: gbgId, status: "ABSENT" }],
      }),
      lstAB.request(`mutation($m: ID!, $i: MinutesInput!) { saveMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: meetingId,
        i: { body: "Kapat protokoll" },
      }),
      lstAB.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: meetingId,
        i: { ...minutes, body: "Kapat protokoll" },
      }),
      lstAB.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId }),
      lstAB.request(`mutation($id: ID!) { setActionItemDone(id: $id, done: true) { done } }`, { id: actionItemId }),
      lstAB.request(`mutation($id: ID!) { deleteMeetingDocument(id: $id) { id } }`, { id: doc.id }),
      lstAB.request(`mutation($n: ID!, $o: ID!) { removeNetworkMember(networkId: $n, organisationId: $o) { id } }`, { n: network.id, o: gbgId }),
      lstAB.request(
        `mutation($n: ID!, $o: ID!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: [{ name: "Kapad", email: "kapad@example.se" }]) { id } }`,
        { n: network.id, o: abId },
      ),
    ]);
    expect((await lstAB.request(MEETINGS, { n: network.id })).data!.networkMeetings.total).toBe(0);
    expect((await download(lstAB, doc.url)).status).toBe(404);
    expect((await download(lstAB, `/api/networks/${network.id}/statistics.csv?year=${startsAt.getUTCFullYear()}`)).status).toBe(404);
    const abForm = new FormData();
    abForm.append("file", new Blob([new Uint8Array(200).fill(66)], { type: "application/pdf" }), "kapad.pdf");
    expect(
      (
        await fetch(`${t.baseUrl}/api/network-meetings/${meetingId}/documents`, {
          method: "POST",
          headers: { authorization: `Bearer ${lstAB.token}`, "apollo-require-preflight": "true" },
          body: abForm,
        })
      ).status,
    ).toBe(404);

    // A region that takes part in networks, but not in this one.
    const region = await t.as(DEMO.vgregion);
    await expectRefused([
      region.request(MEETING, { id: meetingId }),
      region.request(`mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Vera Samordnare" }]) { respondedAt } }`, {
        m: meetingId,
      }),
      region.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId }),
      region.request(
        `mutation($n: ID!, $o: ID!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: [{ name: "Vera", email: "vera@example.se" }]) { id } }`,
        { n: network.id, o: await orgId("R14") },
      ),
    ]);

    // A member kommun cannot act for another member or for the convener.
    const ale = await t.as(DEMO.ale);
    await expectRefused([
      ale.request(
        `mutation($n: ID!, $o: ID!) { setNetworkContacts(networkId: $n, organisationId: $o, contacts: [{ name: "Kapad", email: "kapad@example.se" }]) { id } }`,
        { n: network.id, o: gbgId },
      ),
      ale.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId }),
      ale.request(`mutation($id: ID!) { setActionItemDone(id: $id, done: true) { done } }`, { id: actionItemId }),
      ale.request(`mutation($id: ID!) { deleteMeetingDocument(id: $id) { id } }`, { id: doc.id }),
    ]);
    const aleView = (
      await ale.request(`query($id: ID!) { networkMeeting(id: $id) { responses { organisation { code } } minutes { body } } }`, { id: meetingId })
    ).data!.networkMeeting;
    expect(aleView).toEqual({ responses: [], minutes: null });

    expect(await snapshot()).toEqual(before);
    expect((await download(gbg, doc.url)).status).toBe(200);
    // The designated member approves: the refusals above did not stand in the way.
    expect(
      (await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId })).data!.approveMeetingMinutes.status,
    ).toBe("PUBLISHED");
  });

  it("another organisation's people: a kommun can neither list, deactivate nor promote Ale's coordinator", async () => {
    const ale = await t.as(DEMO.ale);
    const aleMe = (await ale.request(`{ me { id roles organisation { id } } }`)).data!.me;
    const gbg = await t.as(DEMO.goteborg);
    await expectRefused([
      gbg.request(`query($o: ID) { users(organisationId: $o) { total } }`, { o: aleMe.organisation.id }),
      gbg.request(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { active } }`, { u: aleMe.id }),
      gbg.request(`mutation($u: ID!) { setUserRoles(userId: $u, roles: [KOMMUN_SAMORDNARE, ORGANISATION_ADMIN]) { roles } }`, { u: aleMe.id }),
    ]);
    // Ale's session still works and the roles are as before.
    expect((await ale.request(`{ me { id roles } }`)).data!.me).toEqual({ id: aleMe.id, roles: aleMe.roles });
    const admin = await t.as(DEMO.admin);
    const seen = await admin.request(`query($o: ID) { users(organisationId: $o) { items { id active roles } } }`, { o: aleMe.organisation.id });
    expect(seen.data!.users.items.find((u: { id: string }) => u.id === aleMe.id)).toEqual({ id: aleMe.id, active: true, roles: ["KOMMUN_SAMORDNARE"] });
  });
});
