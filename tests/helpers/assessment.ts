import { expect } from "vitest";
import type { Client } from "./app";

/** What a reviewer's task and the decision view are read as in the assessment tests. */
export const REVIEW_TASK = "applicationId status availableActions scores { criterionId points } total comment";
export const ASSESSMENT_VIEW = `applicationId averageTotal maxTotal criteria { id name maxPoints }
  reviews { reviewerId reviewerName status total comment scores { criterionId points } } proposal { outcome amount motivation proposedByName }`;

/** The steps of assessment by reviewers (bedömare) on a call's criteria, through /graphql. */
export function assessmentSteps(criteria: () => { id: string }[]) {
  const declare = (c: Client, id: string, disqualified: boolean, reason?: string) =>
    c.request(`mutation($id: ID!, $i: ImpartialityInput!) { declareImpartiality(applicationId: $id, input: $i) { ${REVIEW_TASK} } }`, {
      id,
      i: { disqualified, reason },
    });

  const score = (c: Client, id: string, points: number[], comment = "Tydlig målgrupp och rimlig plan.") =>
    c.request(`mutation($id: ID!, $i: ReviewScoreInput!) { scoreApplication(applicationId: $id, input: $i) { ${REVIEW_TASK} } }`, {
      id,
      i: { scores: criteria().map((k, i) => ({ criterionId: k.id, points: points[i] })), comment },
    });

  /** The reviewer declares no jäv and scores, both accepted. */
  const assess = async (c: Client, id: string, points: number[], comment?: string) => {
    expect((await declare(c, id, false)).errors).toBeUndefined();
    const scored = await score(c, id, points, comment);
    expect(scored.errors).toBeUndefined();
    return scored.data!.scoreApplication;
  };

  const assessment = (c: Client, id: string) => c.request(`query($id: ID!) { applicationAssessment(applicationId: $id) { ${ASSESSMENT_VIEW} } }`, { id });

  const assign = (c: Client, callId: string, userIds: string[]) =>
    c.request(`mutation($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { id name canRemove } }`, { c: callId, u: userIds });

  const remove = (c: Client, callId: string, userId: string) =>
    c.request(`mutation($c: ID!, $u: ID!) { removeReviewer(callId: $c, userId: $u) { id name canRemove } }`, { c: callId, u: userId });

  return { declare, score, assess, assessment, assign, remove };
}
