import { describe, expect, it } from "vitest";
import { passesOverHigherRanked } from "../../server/dist/modules/grants/ranked-decision";
import { DecisionOutcome } from "../../server/dist/modules/grants/grant-application.entity";

const row = (applicationId: number, rank: number, outcome: DecisionOutcome | null) => ({ applicationId, rank, outcome });

describe("granting in ranking order", () => {
  it("the first in the ranking passes over nobody", () => {
    expect(passesOverHigherRanked([row(1, 1, null), row(2, 2, null)], 1)).toBe(false);
  });

  it("passes over a higher-ranked application that is undecided or rejected", () => {
    expect(passesOverHigherRanked([row(1, 1, null), row(2, 2, null)], 2)).toBe(true);
    expect(passesOverHigherRanked([row(1, 1, DecisionOutcome.REJECTED), row(2, 2, null)], 2)).toBe(true);
  });

  it("follows the ranking when everything above is granted, in full or in part", () => {
    const ranking = [row(1, 1, DecisionOutcome.APPROVED), row(2, 2, DecisionOutcome.PARTIALLY_APPROVED), row(3, 3, null), row(4, 4, null)];
    expect(passesOverHigherRanked(ranking, 3)).toBe(false);
  });

  it("an application outside the ranking passes over nobody", () => {
    expect(passesOverHigherRanked([row(1, 1, null)], 9)).toBe(false);
  });
});
