import { DecisionOutcome } from "./grant-application.entity";

/** An application of a call decided in ranking order: its place and its decision, null while undecided. */
export interface RankedDecision {
  applicationId: number;
  rank: number;
  outcome: DecisionOutcome | null;
}

/**
 * Whether granting money to the application passes over one ranked higher in its call that is still
 * undecided or was rejected; such a decision needs a recorded reason. An application outside the
 * ranking passes over nobody.
 */
export function passesOverHigherRanked(ranking: readonly RankedDecision[], applicationId: number): boolean {
  const own = ranking.find((r) => r.applicationId === applicationId);
  if (!own) return false;
  return ranking.some((r) => r.rank < own.rank && (r.outcome == null || r.outcome === DecisionOutcome.REJECTED));
}
