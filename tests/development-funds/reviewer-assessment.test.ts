import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGO, submitNgoApplication } from "./fixtures";
import { DEMO, errorCode, newUser, startTestApp, type Client, type TestApp } from "../helpers/app";

const TASK = "applicationId status availableActions scores { criterionId points } total comment";
const ASSESSMENT = `applicationId averageTotal maxTotal criteria { id name maxPoints }
  reviews { reviewerId reviewerName status total comment scores { criterionId points } } proposal { outcome amount motivation proposedByName }`;

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
  const assigned = await sos.request(`mutation($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { id name } }`, {
    c: callId,
    u: reviewers.map((r) => r.id),
  });
  expect(assigned.errors).toBeUndefined();
  expect(assigned.data!.assignReviewers).toHaveLength(3);
});
afterAll(() => t?.close());

async function apply(title: string): Promise<string> {
  return submitNgoApplication(await t.as(NGO), roundId, 2022, title);
}

const declare = (c: Client, id: string, disqualified: boolean, reason?: string) =>
  c.request(`mutation($id: ID!, $i: ImpartialityInput!) { declareImpartiality(applicationId: $id, input: $i) { ${TASK} } }`, {
    id,
    i: { disqualified, reason },
  });

const score = (c: Client, id: string, points: number[], comment = "Tydlig målgrupp och rimlig plan.") =>
  c.request(`mutation($id: ID!, $i: ReviewScoreInput!) { scoreApplication(applicationId: $id, input: $i) { ${TASK} } }`, {
    id,
    i: { scores: criteria.map((k, i) => ({ criterionId: k.id, points: points[i] })), comment },
  });

const assessment = (c: Client, id: string) => c.request(`query($id: ID!) { applicationAssessment(applicationId: $id) { ${ASSESSMENT} } }`, { id });

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
    expect((await declare(two.client, id, false)).errors).toBeUndefined();
    expect((await score(two.client, id, [6, 2], "Svag förankring.")).data!.scoreApplication).toMatchObject({ status: "SCORED", total: 8 });

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
    await declare(one.client, id, false);
    await score(one.client, id, [7, 3]);
    await declare(two.client, id, false);
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
    const res = await sos.request(`mutation($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { name } }`, { c: callId, u: [late.id] });
    expect(res.data!.assignReviewers).toContainEqual({ name: late.name });
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
    await declare(late.client, id, false);
    expect((await score(late.client, id, [1, 1])).errors).toBeUndefined();
    const changed = await sos.request(`mutation($c: ID!, $k: [AssessmentCriterionInput!]!) { setAssessmentCriteria(callId: $c, criteria: $k) { id } }`, {
      c: callId,
      k: [{ name: "Ny grund", maxPoints: 3 }],
    });
    expect(errorCode(changed)).toBe("CONFLICT");
    const now = await sos.request(`query($c: ID!) { grantCall(id: $c) { assessmentCriteria { id } } }`, { c: callId });
    expect(now.data!.grantCall.assessmentCriteria.map((c: { id: string }) => c.id)).toEqual(criteria.map((c) => c.id));
  });
});
