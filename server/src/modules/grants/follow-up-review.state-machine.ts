import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

/**
 * Granskning: Socialstyrelsen's review of a follow-up report (återrapportering), for the programmes
 * whose policy reviews them. It starts when the report is submitted; what it decides about money
 * (a reclaim) moves the application itself through `grant-application.state-machine.ts`.
 */
export enum FollowUpReviewStatus {
  AWAITING_REVIEW = "AWAITING_REVIEW",
  COMPLETION_REQUESTED = "COMPLETION_REQUESTED",
  APPROVED = "APPROVED",
  RECLAIMED = "RECLAIMED",
}
registerEnumType(FollowUpReviewStatus, {
  name: "FollowUpReviewStatus",
  description: "Granskningen av en återrapportering",
  valuesConfig: {
    AWAITING_REVIEW: { description: "Väntar på granskning" },
    COMPLETION_REQUESTED: { description: "Komplettering begärd" },
    APPROVED: { description: "Godkänd" },
    RECLAIMED: { description: "Återkrav beslutat" },
  },
});

const R = FollowUpReviewStatus;

export const followUpReviewMachine = new StateMachine<FollowUpReviewStatus>(
  { sv: "Granskningen av återrapporteringen", en: "The review of the follow-up report" },
  {
    AWAITING_REVIEW: [R.APPROVED, R.COMPLETION_REQUESTED, R.RECLAIMED],
    // The recipient answers by resubmitting the report, which waits for review again.
    COMPLETION_REQUESTED: [R.AWAITING_REVIEW],
    APPROVED: [],
    RECLAIMED: [],
  },
  {
    AWAITING_REVIEW: { sv: "väntar på granskning", en: "awaiting review" },
    COMPLETION_REQUESTED: { sv: "komplettering begärd", en: "completion requested" },
    APPROVED: { sv: "godkänd", en: "approved" },
    RECLAIMED: { sv: "återkrav beslutat", en: "reclaim decided" },
  },
);
