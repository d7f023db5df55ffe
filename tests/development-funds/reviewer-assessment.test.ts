import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGO, submitNgoApplication } from "./fixtures";
import { DEMO, errorCode, newUser, startTestApp, type Client, type TestApp } from "../helpers/app";
import { assessmentSteps } from "../helpers/assessment";

let t: TestApp;
let sos: Client;
let roundId: string;
let callId: string;
let criteria: { id: string; name: string; maxPoints: number }[];
const reviewers: { client: Client; id: string; name: string }[] = [];

async function officer(email: string) {
  const client = await newUser(t, "SOS", "SOCIALSTYRELSEN_HANDLAGGARE", email);
  const me = (await client.request(`{ me { id name } }`)).data!.me as { id: string; name: string };
  return { client, ...me };
}

beforeAll(async () => {
  t = await startTestApp();
  sos = await t.as(DEMO.handlaggare);
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id ngoPot { id } } }`, {
    i: {
      year: 2022,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(),
      followUpDueDate: "2023-05-31",
    },
  });
  expect(opened.errors).toBeUndefined();
  roundId = opened.data!.openDevelopmentFundRound.id;
  callId = opened.data!.openDevelopmentFundRound.ngoPot.id;
  const set = await sos.request(
    `mutation($c: ID!, $k: [AssessmentCriterionInput!]!) { setAssessmentCriteria(callId: $c, criteria: $k) { id name maxPoints } }`,
    {
      c: callId,
      k: [
        { name: "Behov och målgrupp", nameEn: "Need and target group", maxPoints: 10 },
        { name: "Genomförbarhet", maxPoints: 5 },
      ],
    },
  );
  expect(set.errors).toBeUndefined();
  criteria = set.data!.setAssessmentCriteria;
  for (const email of ["bedomare.ett@example.se", "bedomare.tva@example.se", "bedomare.jav@example.se"]) reviewers.push(await officer(email));
  const assigned = await assign(
    sos,
    callId,
    reviewers.map((r) => r.id),
  );
  expect(assigned.errors).toBeUndefined();
  expect(assigned.data!.assignReviewers).toHaveLength(3);
});
afterAll(() => t?.close());

async function apply(title: string): Promise<string> {
  return submitNgoApplication(await t.as(NGO), roundId, 2022, title);
}

const { declare, score, assess, assessment, assign, remove } = assessmentSteps(() => criteria);

/** What the officer sees of the application's assessment, and how long its audit trail is. */
async function state(id: string) {
  const view = await assessment(sos, id);
  expect(view.errors).toBeUndefined();
  const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 50) { total } }`, { e: id });
  return { view: view.data!.applicationAssessment, audit: audit.data!.auditLog.total };
}

describe("assessment by several reviewers with declared impartiality", () => {
  it("each reviewer declares no jäv, scores every criterion, and the decision view shows criterion × reviewer with the officer's proposal; the ranking averages the totals", async () => {
    const id = await apply("Stödsamtal i Angered");
    const [one, two] = reviewers;
    const listed = await one.client.request(
      `{ myReviews(pendingOnly: true, limit: 200) { items { applicationId status availableActions title applicantName } } }`,
    );
    expect(listed.data!.myReviews.items).toContainEqual(
      expect.objectContaining({ applicationId: id, status: "ASSIGNED", availableActions: ["DECLARE"], applicantName: expect.any(String) }),
    );

    const queue = async () =>
      (
        (await one.client.request(`{ workQueue { groups { kind total items { title link } } } }`)).data!.workQueue.groups as { kind: string; total: number }[]
      ).find((g) => g.kind === "APPLICATION_TO_ASSESS");
    const waiting = await queue();
    expect(waiting?.total).toBeGreaterThan(0);

    expect((await declare(one.client, id, false)).data!.declareImpartiality).toMatchObject({ status: "IMPARTIAL", availableActions: ["SCORE"] });
    expect((await score(one.client, id, [8, 4])).data!.scoreApplication).toMatchObject({ status: "SCORED", total: 12 });
    expect((await queue())?.total ?? 0).toBe(waiting!.total - 1);
    expect(await assess(two.client, id, [6, 2], "Svag förankring.")).toMatchObject({ status: "SCORED", total: 8 });

    const proposed = await sos.request(`mutation($id: ID!, $i: DecisionProposalInput!) { proposeDecision(applicationId: $id, input: $i) { applicationId } }`, {
      id,
      i: { outcome: "APPROVED", motivation: "Väl underbyggd och prioriterad verksamhet." },
    });
    expect(proposed.errors).toBeUndefined();

    const { view } = await state(id);
    expect(view).toMatchObject({ averageTotal: 10, maxTotal: 15, proposal: { outcome: "APPROVED", amount: 100_000 } });
    const byId = Object.fromEntries(view.reviews.map((r: { reviewerId: string }) => [r.reviewerId, r]));
    expect(byId[one.id]).toMatchObject({ status: "SCORED", total: 12, scores: [{ points: 8 }, { points: 4 }] });
    expect(byId[two.id]).toMatchObject({ status: "SCORED", total: 8, comment: "Svag förankring." });
    expect(byId[reviewers[2].id]).toMatchObject({ status: "ASSIGNED", total: null, scores: [] });

    const ranking = await sos.request(`query($r: ID!) { ngoRanking(roundId: $r) { averageScore scores application { id } } }`, { r: roundId });
    expect(ranking.data!.ngoRanking.find((r: { application: { id: string } }) => r.application.id === id)).toMatchObject({ averageScore: 10, scores: 2 });
  });

  it("a reviewer who declares jäv is refused the application, its assessment and scoring, and nothing changes", async () => {
    const id = await apply("Jourverksamhet i Hisingen");
    const jav = reviewers[2];
    expect((await declare(jav.client, id, true)).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const declared = await declare(jav.client, id, true, "Styrelseledamot i den sökande föreningen.");
    expect(declared.data!.declareImpartiality).toMatchObject({ status: "DISQUALIFIED", availableActions: [], scores: [] });

    const before = await state(id);
    const read = await jav.client.request(`query($id: ID!) { grantApplication(id: $id) { id title purpose } }`, { id });
    expect(errorCode(read)).toBe("FORBIDDEN");
    expect(read.data?.grantApplication ?? null).toBeNull();
    const view = await assessment(jav.client, id);
    expect(errorCode(view)).toBe("FORBIDDEN");
    expect(view.data?.applicationAssessment ?? null).toBeNull();
    const scored = await score(jav.client, id, [10, 5]);
    expect(errorCode(scored)).toBe("FORBIDDEN");
    expect(errorCode(await declare(jav.client, id, false))).toBe("CONFLICT");
    expect(await state(id)).toEqual(before);
  });

  it("an officer not assigned to the call cannot declare or score, and a reviewer cannot score before declaring or past a criterion's maximum", async () => {
    const id = await apply("Föräldrastöd i Bergsjön");
    const stranger = await officer(`inte.bedomare.${Math.random().toString(36).slice(2, 8)}@example.se`);
    const before = await state(id);
    expect(errorCode(await declare(stranger.client, id, false))).toBe("FORBIDDEN");
    expect(errorCode(await score(stranger.client, id, [5, 5]))).toBe("FORBIDDEN");
    const applicant = await t.as(NGO);
    expect(errorCode(await score(applicant, id, [10, 5]))).toBe("FORBIDDEN");

    // A call scored on criteria takes no single score: not offered, and refused.
    const offered = await sos.request(`query($id: ID!) { grantApplication(id: $id) { availableActions } }`, { id });
    expect(offered.data!.grantApplication.availableActions).not.toContain("SCORE");
    const single = await sos.request(`mutation($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, {
      id,
      i: { score: 5, comment: "Bra" },
    });
    expect(errorCode(single)).toBe("CONFLICT");

    const one = reviewers[0].client;
    expect(errorCode(await score(one, id, [5, 5]))).toBe("FORBIDDEN");
    expect(errorCode(await one.request(`query($id: ID!) { grantApplication(id: $id) { purpose } }`, { id }))).toBe("FORBIDDEN");
    expect(await state(id)).toEqual(before);

    expect((await declare(one, id, false)).errors).toBeUndefined();
    const tooMany = await score(one, id, [11, 5]);
    expect(errorCode(tooMany)).toBe("BAD_USER_INPUT");
    const afterDeclaring = await state(id);
    expect(afterDeclaring.view.reviews.find((r: { reviewerId: string }) => r.reviewerId === reviewers[0].id)).toMatchObject({
      status: "IMPARTIAL",
      total: null,
    });
    expect((await one.request(`query($id: ID!) { grantApplication(id: $id) { id } }`, { id })).errors).toBeUndefined();
  });

  it("the decision records who took part and that nobody with jäv did; a presenting officer with jäv is refused", async () => {
    const id = await apply("Skyddat boende i Kortedala");
    const [one, two, jav] = reviewers;
    await assess(one.client, id, [7, 3]);
    expect((await declare(two.client, id, false)).errors).toBeUndefined();
    await declare(jav.client, id, true, "Anställd hos sökande.");

    const decide = (input: Record<string, unknown>) =>
      sos.request(
        `mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { status decisionLetterUrl decisionAssessment { participants { name total } disqualified noneDisqualifiedTookPart } } }`,
        { id, i: { outcome: "REJECTED", motivation: "Andra ansökningar prioriterades.", ...input } },
      );
    const before = await state(id);
    const refused = await decide({ presentedById: jav.id });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(await state(id)).toEqual(before);
    expect((await sos.request(`query($id: ID!) { grantApplication(id: $id) { status } }`, { id })).data!.grantApplication.status).toBe("SUBMITTED");

    const decided = await decide({});
    expect(decided.errors).toBeUndefined();
    const { decisionLetterUrl, ...recorded } = decided.data!.decideGrantApplication;
    expect(recorded).toEqual({
      status: "REJECTED",
      decisionAssessment: { participants: [{ name: one.name, total: 10 }], disqualified: [jav.name], noneDisqualifiedTookPart: true },
    });
    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { items { action after } } }`, {
      e: id,
    });
    expect(audit.data!.auditLog.items[0]).toMatchObject({
      action: "grantApplication.decide",
      after: { assessmentRecord: { noneDisqualifiedTookPart: true, participants: [expect.objectContaining({ name: one.name })] } },
    });
    // The decision letter names who took part in the assessment.
    const letter = await fetch(`${t.baseUrl}${decisionLetterUrl}`, { headers: { authorization: `Bearer ${(await t.as(NGO)).token}` } });
    expect(letter.status).toBe(200);
    const parser = new PDFParse({ data: new Uint8Array(await letter.arrayBuffer()) });
    const text = (await parser.getText()).text.replace(/\s+/g, "");
    await parser.destroy();
    expect(text).toContain(`Ibedömningendeltog:${one.name.replace(/\s+/g, "")}.Ingensomanmältjävhardeltagit`);
    // Once decided, the application is no longer scored.
    expect(errorCode(await score(two.client, id, [1, 1]))).toBe("CONFLICT");
  });

  it("assignment notifies the reviewer and is audited; the criteria cannot change once scored", async () => {
    const late = await officer(`sen.bedomare.${Math.random().toString(36).slice(2, 8)}@example.se`);
    const res = await assign(sos, callId, [late.id]);
    expect(res.data!.assignReviewers).toContainEqual({ id: late.id, name: late.name, canRemove: true });
    const feed = await late.client.request(`{ notifications(limit: 5) { items { kind link } } }`);
    expect(feed.data!.notifications.items).toContainEqual({ kind: "assessment.assigned", link: "/utvecklingsmedel/bedomningar" });
    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantCall", entityId: $e, limit: 50) { items { action after } } }`, {
      e: callId,
    });
    expect(audit.data!.auditLog.items).toContainEqual(
      expect.objectContaining({ action: "assessment.assignReviewer", after: { reviewerUserId: Number(late.id), status: "ASSIGNED" } }),
    );

    // Someone has scored on this call (each test scores its own application; this one scores one of its own).
    const id = await apply("Samtalsgrupper i Biskopsgården");
    await assess(late.client, id, [1, 1]);
    const changed = await sos.request(`mutation($c: ID!, $k: [AssessmentCriterionInput!]!) { setAssessmentCriteria(callId: $c, criteria: $k) { id } }`, {
      c: callId,
      k: [{ name: "Ny grund", maxPoints: 3 }],
    });
    expect(errorCode(changed)).toBe("CONFLICT");
    const now = await sos.request(`query($c: ID!) { grantCall(id: $c) { assessmentCriteria { id } } }`, { c: callId });
    expect(now.data!.grantCall.assessmentCriteria.map((c: { id: string }) => c.id)).toEqual(criteria.map((c) => c.id));
  });
});

describe("a reviewer with jäv finds the application in no list", () => {
  const LISTS = `query($c: ID!, $r: ID!, $term: String!) {
    grantApplications(callId: $c, limit: 200) { total items { id } }
    ngoRanking(roundId: $r) { application { id } }
    search(term: $term) { groups { kind total hits { title } } }
    workQueue { groups { kind items { title } } }
  }`;
  async function lists(c: Client, id: string, title: string) {
    const res = await c.request(LISTS, { c: callId, r: roundId, term: title });
    expect(res.errors).toBeUndefined();
    const { grantApplications, ngoRanking, search, workQueue } = res.data!;
    const found = search.groups.find((g: { kind: string }) => g.kind === "APPLICATION");
    const csv = await fetch(`${t.baseUrl}/api/grant-calls/${callId}/applications.csv`, { headers: { authorization: `Bearer ${c.token}` } });
    expect(csv.status).toBe(200);
    return {
      exported: (await csv.text()).includes(title),
      listed: grantApplications.items.some((a: { id: string }) => a.id === id),
      totalAgrees: grantApplications.total === grantApplications.items.length,
      ranked: ngoRanking.some((r: { application: { id: string } }) => r.application.id === id),
      searched: { total: found.total, hits: found.hits.length },
      queued: workQueue.groups.some((g: { items: { title: string }[] }) => g.items.some((i) => i.title === title)),
    };
  }

  it("the grantApplications list, its total, the CSV export, the NGO ranking, search and the work queue leave it out for the reviewer with jäv, while another reviewer sees it", async () => {
    const title = `Kvinnojour i Tynnered ${Math.random().toString(36).slice(2, 8)}`;
    const id = await apply(title);
    const [one, , jav] = reviewers;
    expect(await lists(jav.client, id, title)).toMatchObject({ exported: true, listed: true, ranked: true, searched: { total: 1, hits: 1 }, queued: true });

    expect((await declare(jav.client, id, true, "Närstående är verksamhetschef hos sökande.")).errors).toBeUndefined();
    expect(await lists(jav.client, id, title)).toEqual({
      exported: false,
      listed: false,
      totalAgrees: true,
      ranked: false,
      searched: { total: 0, hits: 0 },
      queued: false,
    });
    expect(await lists(one.client, id, title)).toEqual({
      exported: true,
      listed: true,
      totalAgrees: true,
      ranked: true,
      searched: { total: 1, hits: 1 },
      queued: true,
    });
    // A message from the applicant tells the officers, but not the one with jäv.
    const posted = await (
      await t.as(NGO)
    ).request(`mutation($id: ID!, $b: String!) { postGrantCaseMessage(applicationId: $id, body: $b) { id } }`, {
      id,
      b: "Vi har kompletterat budgeten.",
    });
    expect(posted.errors).toBeUndefined();
    const told = async (c: Client) =>
      ((await c.request(`{ notifications(limit: 20) { items { kind body } } }`)).data!.notifications.items as { kind: string; body: string }[]).some(
        (n) => n.kind === "grant.case-message" && n.body.includes(title),
      );
    expect(await told(one.client)).toBe(true);
    expect(await told(jav.client)).toBe(false);
    const mine = await jav.client.request(`{ myReviews(limit: 200) { total items { applicationId } } }`);
    expect(mine.data!.myReviews.items.map((r: { applicationId: string }) => r.applicationId)).not.toContain(id);
    expect(mine.data!.myReviews.total).toBe(mine.data!.myReviews.items.length);
  });
});

describe("removing a reviewer from a call", () => {
  const late = () => officer(`borttagen.bedomare.${Math.random().toString(36).slice(2, 8)}@example.se`);
  /** The call's reviewers and its audit trail's length, as the officer sees them. */
  async function callState() {
    const res = await sos.request(
      `query($c: ID!, $e: String) { grantCall(id: $c) { reviewers { id canRemove } } auditLog(entityType: "GrantCall", entityId: $e, limit: 1) { total } }`,
      { c: callId, e: callId },
    );
    expect(res.errors).toBeUndefined();
    return { reviewers: res.data!.grantCall.reviewers, audit: res.data!.auditLog.total };
  }

  it("before scoring, removes the reviewer: audited, notified, and absent from the decision view and their queue", async () => {
    const id = await apply("Stödgrupp i Majorna");
    const gone = await late();
    expect((await assign(sos, callId, [gone.id])).errors).toBeUndefined();
    expect((await declare(gone.client, id, false)).errors).toBeUndefined();
    expect((await callState()).reviewers).toContainEqual({ id: gone.id, canRemove: true });

    const removed = await remove(sos, callId, gone.id);
    expect(removed.errors).toBeUndefined();
    expect(removed.data!.removeReviewer.map((r: { id: string }) => r.id)).not.toContain(gone.id);
    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantCall", entityId: $e, limit: 5) { items { action before after } } }`, {
      e: callId,
    });
    expect(audit.data!.auditLog.items[0]).toEqual({
      action: "assessment.removeReviewer",
      before: { reviewerUserId: Number(gone.id), impartialIn: [Number(id)] },
      after: { reviewerUserId: Number(gone.id), status: "REMOVED" },
    });
    const feed = await gone.client.request(`{ notifications(limit: 5) { items { kind title link } } }`);
    expect(feed.data!.notifications.items[0]).toMatchObject({ kind: "assessment.removed", link: "/utvecklingsmedel/bedomningar" });
    expect(feed.data!.notifications.items[0].title).toContain("Inte längre bedömare");

    const view = await assessment(sos, id);
    expect(view.data!.applicationAssessment.reviews.map((r: { reviewerId: string }) => r.reviewerId)).not.toContain(gone.id);
    const queue = await gone.client.request(`{ myReviews(limit: 200) { total } }`);
    expect(queue.data!.myReviews.total).toBe(0);
    expect(errorCode(await score(gone.client, id, [5, 5]))).toBe("FORBIDDEN");
  });

  it("after the reviewer has scored, removal is refused with CONFLICT and nothing changes", async () => {
    const id = await apply("Samtalsstöd i Kortedala");
    const kept = await late();
    expect((await assign(sos, callId, [kept.id])).errors).toBeUndefined();
    await assess(kept.client, id, [3, 2]);
    const before = await callState();
    expect(before.reviewers).toContainEqual({ id: kept.id, canRemove: false });
    const viewBefore = (await assessment(sos, id)).data;

    const refused = await remove(sos, callId, kept.id);
    expect(errorCode(refused)).toBe("CONFLICT");
    expect(refused.errors![0].message).toContain("poängsatt");
    expect(await callState()).toEqual(before);
    expect((await assessment(sos, id)).data).toEqual(viewBefore);
  });

  it("assigning someone who is not an eligible reviewer is refused and nothing changes", async () => {
    const applicant = await t.as(NGO);
    const me = (await applicant.request(`{ me { id } }`)).data!.me.id as string;
    const before = await callState();
    expect(errorCode(await assign(sos, callId, [me]))).toBe("BAD_USER_INPUT");
    expect(await callState()).toEqual(before);
  });
});
