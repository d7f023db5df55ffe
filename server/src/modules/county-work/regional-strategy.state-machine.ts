import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum StrategyStatus {
  NONE = "NONE",
  STARTED = "STARTED",
  ADOPTED = "ADOPTED",
  REVISED = "REVISED",
}
registerEnumType(StrategyStatus, { name: "StrategyStatus", description: "Saknas, arbete påbörjat, antagen, reviderad" });

const S = StrategyStatus;

/**
 * A regional strategy or action plan: work is started (or given up), the plan is adopted, and an
 * adopted plan is revised, again and again. A strategy is adopted or revised on a date.
 */
export const regionalStrategyMachine = new StateMachine<StrategyStatus>(
  { sv: "Strategin", en: "The strategy" },
  {
    NONE: [S.STARTED, S.ADOPTED],
    STARTED: [S.NONE, S.ADOPTED],
    ADOPTED: [S.REVISED],
    REVISED: [S.REVISED],
  },
  {
    NONE: { sv: "saknas", en: "none" },
    STARTED: { sv: "påbörjad", en: "started" },
    ADOPTED: { sv: "antagen", en: "adopted" },
    REVISED: { sv: "reviderad", en: "revised" },
  },
);

/** The states that need an adoption date. */
export const ADOPTED_STATES: readonly StrategyStatus[] = [S.ADOPTED, S.REVISED];
