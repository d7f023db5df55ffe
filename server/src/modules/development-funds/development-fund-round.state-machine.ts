import { StateMachine } from "../../shared/state-machine";

/**
 * The phases of a year's development funds. A round keeps no status column: its phase
 * follows from when the allocation was published, when the requisition window closes and
 * whether the redistribution was applied (see `roundPhase`).
 */
export enum DevelopmentFundRoundPhase {
  /** Opened; neither an advance notice nor the allocation is published yet. */
  PREPARING = "PREPARING",
  /** Förhandsbesked: the expected allotments are published; the allocation is not yet. */
  NOTICE_PUBLISHED = "NOTICE_PUBLISHED",
  /** The allocation is published; requisitions are taken until the window closes. */
  PUBLISHED = "PUBLISHED",
  /** The requisition window has closed (by date, or closed early); redistribution may follow. */
  CLOSED = "CLOSED",
  /** What was not requisitioned has been redistributed; final. */
  REDISTRIBUTED = "REDISTRIBUTED",
}

const P = DevelopmentFundRoundPhase;

/**
 * The window also closes by itself when its last day passes: PUBLISHED → CLOSED then
 * happens without a write. Closing early, publishing and redistributing are checked here.
 */
export const developmentFundRoundMachine = new StateMachine<DevelopmentFundRoundPhase>(
  { sv: "Omgången av utvecklingsmedel", en: "The development-fund round" },
  {
    PREPARING: [P.NOTICE_PUBLISHED, P.PUBLISHED],
    NOTICE_PUBLISHED: [P.PUBLISHED],
    PUBLISHED: [P.CLOSED],
    CLOSED: [P.REDISTRIBUTED],
    REDISTRIBUTED: [],
  },
  {
    PREPARING: { sv: "förberedd", en: "being prepared" },
    NOTICE_PUBLISHED: { sv: "förhandsbesked publicerat", en: "advance notice published" },
    PUBLISHED: { sv: "fördelning publicerad", en: "allocation published" },
    CLOSED: { sv: "rekvisitionstiden slut", en: "requisition window closed" },
    REDISTRIBUTED: { sv: "omfördelad", en: "redistributed" },
  },
);

/** The phase of a round at `now`. */
export function roundPhase(
  round: { allocationPublishedAt: Date | null; closesAt: Date; redistributedAt: Date | null; noticePublishedAt?: Date | null },
  now: Date = new Date(),
): DevelopmentFundRoundPhase {
  if (round.redistributedAt) return P.REDISTRIBUTED;
  if (!round.allocationPublishedAt) return round.noticePublishedAt ? P.NOTICE_PUBLISHED : P.PREPARING;
  return round.closesAt <= now ? P.CLOSED : P.PUBLISHED;
}

/** Where a kommun's or region's allotment stands in its round. */
export enum AllotmentStatus {
  /** Neither requisitioned nor declined. */
  OPEN = "OPEN",
  /** The recipient said it will not requisition (avstår), with a reason. */
  DECLINED = "DECLINED",
  /** Requisitioned, alone or in a joint requisition. */
  REQUISITIONED = "REQUISITIONED",
}

const A = AllotmentStatus;

/**
 * An allotment while the requisition window is open: declined and requisitioned exclude each
 * other; a decline may be withdrawn (to requisition after all). A withdrawn requisition lets the
 * allotment be open again through the grant engine.
 */
export const allotmentMachine = new StateMachine<AllotmentStatus>(
  { sv: "Tilldelningen", en: "The allotment" },
  {
    OPEN: [A.DECLINED, A.REQUISITIONED],
    DECLINED: [A.OPEN],
    REQUISITIONED: [],
  },
  {
    OPEN: { sv: "inte besvarad", en: "not answered" },
    DECLINED: { sv: "avstådd", en: "declined" },
    REQUISITIONED: { sv: "rekvirerad", en: "requisitioned" },
  },
);

/** The status of an allotment from whether it is requisitioned and whether it is declined. */
export function allotmentStatus(allotment: { declinedAt: Date | null }, requisitioned: boolean): AllotmentStatus {
  if (requisitioned) return A.REQUISITIONED;
  return allotment.declinedAt ? A.DECLINED : A.OPEN;
}

/** The steps Socialstyrelsen takes on a round before its window opens, each a move of the round's machine. */
export enum DevelopmentFundRoundAction {
  PUBLISH_NOTICE = "PUBLISH_NOTICE",
  PUBLISH_ALLOCATION = "PUBLISH_ALLOCATION",
}

export const ROUND_ACTION_TARGET: Record<DevelopmentFundRoundAction, DevelopmentFundRoundPhase> = {
  PUBLISH_NOTICE: P.NOTICE_PUBLISHED,
  PUBLISH_ALLOCATION: P.PUBLISHED,
};
