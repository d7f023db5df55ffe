import { StateMachine } from "../../shared/state-machine";

/**
 * The phases of a year's development funds. A round keeps no status column: its phase
 * follows from when the allocation was published, when the requisition window closes and
 * whether the redistribution was applied (see `roundPhase`).
 */
export enum DevelopmentFundRoundPhase {
  /** Opened; the allocation is not published yet. */
  PREPARING = "PREPARING",
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
    PREPARING: [P.PUBLISHED],
    PUBLISHED: [P.CLOSED],
    CLOSED: [P.REDISTRIBUTED],
    REDISTRIBUTED: [],
  },
  {
    PREPARING: { sv: "förberedd", en: "being prepared" },
    PUBLISHED: { sv: "fördelning publicerad", en: "allocation published" },
    CLOSED: { sv: "rekvisitionstiden slut", en: "requisition window closed" },
    REDISTRIBUTED: { sv: "omfördelad", en: "redistributed" },
  },
);

/** The phase of a round at `now`. */
export function roundPhase(
  round: { allocationPublishedAt: Date | null; closesAt: Date; redistributedAt: Date | null },
  now: Date = new Date(),
): DevelopmentFundRoundPhase {
  if (round.redistributedAt) return P.REDISTRIBUTED;
  if (!round.allocationPublishedAt) return P.PREPARING;
  return round.closesAt <= now ? P.CLOSED : P.PUBLISHED;
}
