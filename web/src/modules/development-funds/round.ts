import type { DevFundMyAllotmentQuery, DevFundNgoRankingQuery, DevFundRoundFieldsFragment } from "../../generated/graphql";

/** A development-fund round as the round page and its sections read it. */
export type Round = DevFundRoundFieldsFragment;
export type PotKey = "KOMMUN" | "REGION" | "NGO";

export function potOf(round: Round, pot: PotKey) {
  return pot === "KOMMUN" ? round.kommunPot : pot === "REGION" ? round.regionPot : round.ngoPot;
}

/** One NGO application in the ranking of a round's NGO competition. */
export type RankingRow = DevFundNgoRankingQuery["ngoRanking"][number];

/** The signed-in recipient's requisition of their allotment. */
export type MyRequisition = NonNullable<DevFundMyAllotmentQuery["myAllotment"]["requisition"]>;
