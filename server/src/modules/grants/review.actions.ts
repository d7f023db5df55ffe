import { registerEnumType } from "type-graphql";
import { type Actor, can } from "../../auth/actor";
import { AssessmentErrors } from "./assessment.errors";
import type { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus as S, grantApplicationMachine } from "./grant-application.state-machine";
import { ReviewStatus as V, reviewMachine } from "./review.state-machine";
import { offeredActions } from "../../shared/state-machine";
import { CommonErrors } from "../../shared/errors";

/** What a reviewer can do with an application now, as the server decides it. */
export enum ReviewAction {
  DECLARE = "DECLARE",
  SCORE = "SCORE",
}
registerEnumType(ReviewAction, {
  name: "ReviewAction",
  description: "Vad en bedömare kan göra med en ansökan just nu",
  valuesConfig: {
    DECLARE: { description: "Pröva och anmäla jäv (eller förklara sig inte jävig)" },
    SCORE: { description: "Poängsätta ansökan på bedömningsgrunderna" },
  },
});

/** What the rules need to know of one reviewer's part in one application. */
export interface ReviewFacts {
  app: Pick<GrantApplication, "status">;
  /** The viewer is assigned as a reviewer of the application's call. */
  assigned: boolean;
  /** The viewer's status in the application: ASSIGNED when nothing is declared yet. */
  status: V;
  criteria: number;
}

type Refusal = Error | null;

/** An application is assessed while it waits for a decision. */
export function assessable(app: Pick<GrantApplication, "status">): Refusal {
  return grantApplicationMachine.can(app.status, S.APPROVED)
    ? null
    : AssessmentErrors.notAssessable({ status: grantApplicationMachine.labels[app.status] }, { status: app.status });
}

/** Jäv bars the reviewer from the application; so does not having declared yet. */
export function barredByJav(status: V): Refusal {
  if (status === V.DISQUALIFIED) return AssessmentErrors.disqualified();
  if (status === V.ASSIGNED) return AssessmentErrors.declareFirst();
  return null;
}

function first(...checks: (() => Refusal)[]): Refusal {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

const reviewer = (v: Actor, f: ReviewFacts): Refusal => (can(v, "grant.application.assess") && f.assigned ? null : AssessmentErrors.notAReviewer());

export const reviewRules: Record<ReviewAction, (viewer: Actor, f: ReviewFacts) => Refusal> = {
  DECLARE: (v, f) =>
    first(
      () => reviewer(v, f),
      () => reviewMachine.refusal(f.status, V.IMPARTIAL),
      () => assessable(f.app),
    ),
  SCORE: (v, f) =>
    first(
      () => reviewer(v, f),
      () => barredByJav(f.status),
      () => reviewMachine.refusal(f.status, V.SCORED),
      () => assessable(f.app),
      () => (f.criteria > 0 ? null : AssessmentErrors.noCriteria()),
    ),
};

/**
 * Whether the viewer may remove a reviewer from a call, given the reviewer's statuses in its
 * applications: an officer who manages the call, until the reviewer has scored (the scores are part
 * of the basis for the decision and stay with it).
 */
export function reviewerRemovalRefusal(viewer: Actor, statuses: readonly V[]): Refusal {
  if (!can(viewer, "grant.call.manage")) return CommonErrors.forbidden();
  if (statuses.includes(V.SCORED)) return AssessmentErrors.reviewerHasScored();
  return null;
}

export function assertReviewAllowed(action: ReviewAction, viewer: Actor, facts: ReviewFacts): void {
  const refusal = reviewRules[action](viewer, facts);
  if (refusal) throw refusal;
}

export function availableReviewActions(viewer: Actor, facts: ReviewFacts): ReviewAction[] {
  return offeredActions(reviewRules, viewer, facts);
}
