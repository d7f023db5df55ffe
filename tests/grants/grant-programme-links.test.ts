import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { consult, createCall, decide, draft, opinion, submit } from "./fixtures";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;

interface Note {
  kind: string;
  title: string;
  link: string | null;
}

async function latest(c: Client, kind: string): Promise<Note | undefined> {
  const res = await c.request(`{ notifications(limit: 50) { items { kind title link } } }`);
  return (res.data!.notifications.items as Note[]).find((n) => n.kind === kind);
}

describe("links in grant notifications point into the portal of the application's programme", () => {
  it("a stimulus follow-up, withdrawal and opinion send officers to /stimulansmedel/ansokningar/…", async () => {
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const callId = await createCall(t, 10_000_000);
    const app = await draft(nck, callId);
    expect((await submit(nck, app.id)).errors).toBeUndefined();
    expect((await consult(t, [app.id])).errors).toBeUndefined();
    expect((await opinion(t, app.id)).errors).toBeUndefined();
    expect((await latest(sos, "grant.opinion-received"))?.link).toBe(`/stimulansmedel/ansokningar/${app.id}`);
    expect((await decide(sos, app.id, { outcome: "APPROVED", motivation: "Väl underbyggd." })).errors).toBeUndefined();
    expect((await sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: app.id })).errors).toBeUndefined();
    const report = await nck.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { status } }`, {
      id: app.id,
      i: { report: "Allt genomfört.", usedAmount: 900_000 },
    });
    expect(report.errors).toBeUndefined();
    expect((await latest(sos, "grant.follow-up-submitted"))?.link).toBe(`/stimulansmedel/ansokningar/${app.id}`);

    const other = await draft(nck, callId);
    expect((await submit(nck, other.id)).errors).toBeUndefined();
    expect((await nck.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { id } }`, { id: other.id })).errors).toBeUndefined();
    expect((await latest(sos, "grant.application-withdrawn"))?.link).toBe(`/stimulansmedel/ansokningar/${other.id}`);
  });

  it("a development-fund follow-up sends officers, and the payout the recipient, to the round's page in /utvecklingsmedel", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const ale = await t.as(DEMO.ale);
    const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year: 2031,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2032-05-31",
      },
    });
    expect(opened.errors).toBeUndefined();
    const roundId = opened.data!.openDevelopmentFundRound.id;
    expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId })).errors).toBeUndefined();
    const requisition = await ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
      i: {
        roundId,
        amount: 80_000,
        plannedUse: [{ category: "SAMORDNING", amount: 80_000 }],
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
      },
    });
    expect(requisition.errors).toBeUndefined();
    const id = requisition.data!.requisitionDevelopmentFunds.id;
    expect(
      (await sos.request(`mutation($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { id } }`, { r: roundId, ids: [id] }))
        .errors,
    ).toBeUndefined();
    expect((await latest(ale, "grant.paid"))?.link).toBe(`/utvecklingsmedel/omgangar/${roundId}`);

    const follow = await ale.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: {
        applicationId: id,
        usedAmount: 80_000,
        report: "Samordnare anställd.",
        usedByCategory: [{ category: "SAMORDNING", amount: 80_000 }],
        targetGroups: ["Äldre"],
        assessmentMethods: ["FREDA"],
      },
    });
    expect(follow.errors).toBeUndefined();
    const note = await latest(sos, "grant.follow-up-submitted");
    expect(note?.link).toBe(`/utvecklingsmedel/omgangar/${roundId}`);
  });

  it("a reviewer assigned to a stimulus call is sent to /stimulansmedel/bedomningar, by the notification and the work queue, and from there to the application once no jäv is declared", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const nck = await t.as(DEMO.nck);
    const callId = await createCall(t, 1_000_000);
    const me = (await sos.request(`{ me { id } }`)).data!.me.id as string;
    const assigned = await sos.request(`mutation($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { id } }`, { c: callId, u: [me] });
    expect(assigned.errors).toBeUndefined();
    expect((await latest(sos, "assessment.assigned"))?.link).toBe("/stimulansmedel/bedomningar");

    const app = await draft(nck, callId);
    expect((await submit(nck, app.id)).errors).toBeUndefined();
    const queue = await sos.request(`{ workQueue { groups { kind items { title link } } } }`);
    const toAssess = (queue.data!.workQueue.groups as { kind: string; items: { link: string }[] }[]).find((g) => g.kind === "APPLICATION_TO_ASSESS");
    expect(toAssess?.items.map((i) => i.link)).toEqual(["/stimulansmedel/bedomningar"]);

    // The application itself opens on the stimulus page, and only once the reviewer has declared no jäv.
    const link = async () =>
      (
        (await sos.request(`{ myReviews(limit: 10) { items { applicationId link } } }`)).data!.myReviews.items as {
          applicationId: string;
          link: string | null;
        }[]
      ).find((r) => r.applicationId === app.id)?.link;
    expect(await link()).toBeNull();
    const declared = await sos.request(`mutation($id: ID!, $i: ImpartialityInput!) { declareImpartiality(applicationId: $id, input: $i) { link } }`, {
      id: app.id,
      i: { disqualified: false },
    });
    expect(declared.errors).toBeUndefined();
    expect(declared.data!.declareImpartiality.link).toBe(`/stimulansmedel/ansokningar/${app.id}`);
    expect(await link()).toBe(`/stimulansmedel/ansokningar/${app.id}`);
  });
});
