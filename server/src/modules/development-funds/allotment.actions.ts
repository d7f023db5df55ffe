import { registerEnumType } from "type-graphql";
import { type Actor, can } from "../../auth/actor";
import { stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { offeredActions } from "../../shared/state-machine";
import { AllotmentStatus, allotmentMachine } from "./development-fund-round.state-machine";
import { type Allotment, DeclineReason, type DevelopmentFundRound } from "./development-fund.entities";
import { FundErrors } from "./development-fund.errors";

registerEnumType(AllotmentStatus, {
  name: "AllotmentStatus",
  description: "Inte besvarad, avstådd eller rekvirerad",
});

/** What a kommun or region can do with its allotment now, as the server decides it. */
export enum AllotmentAction {
  REQUISITION = "REQUISITION",
  DECLINE = "DECLINE",
  WITHDRAW_DECLINE = "WITHDRAW_DECLINE",
}
registerEnumType(AllotmentAction, {
  name: "AllotmentAction",
  description: "Vad mottagaren kan göra med sin tilldelning just nu",
  valuesConfig: {
    REQUISITION: { description: "Rekvirera" },
    DECLINE: { description: "Avstå, med skäl" },
    WITHDRAW_DECLINE: { description: "Ångra avståendet (och rekvirera ändå)" },
  },
});

/** The state each action moves the allotment to. */
export const ALLOTMENT_ACTION_TARGET: Record<AllotmentAction, AllotmentStatus> = {
  REQUISITION: AllotmentStatus.REQUISITIONED,
  DECLINE: AllotmentStatus.DECLINED,
  WITHDRAW_DECLINE: AllotmentStatus.OPEN,
};

export interface AllotmentFacts {
  round: Pick<DevelopmentFundRound, "year" | "opensAt" | "closesAt" | "allocationPublishedAt">;
  /** The actor's own allotment, or null when its organisation has none in the round. */
  allotment: Pick<Allotment, "declinedAt"> | null;
  status: AllotmentStatus;
}

type Refusal = Error | null;

/** Requisitions and declines are answered while the window is open, after the allocation is published. */
export function requisitionWindowRefusal(round: AllotmentFacts["round"], now: Date): Refusal {
  if (!round.allocationPublishedAt) return FundErrors.notPublished({ year: round.year });
  if (now < round.opensAt || now > round.closesAt)
    return FundErrors.windowClosed({ opens: stockholmDate(round.opensAt), closes: stockholmDate(round.closesAt) });
  return null;
}

/**
 * One rule per action: null when the actor may take it now, otherwise the error the mutation
 * refuses with. The mutations ask the same rule, and `availableActions` offers those that pass.
 */
export function allotmentRefusal(actor: Actor, action: AllotmentAction, f: AllotmentFacts, now: Date): Refusal {
  if (!can(actor, "devfunds.requisition")) return CommonErrors.forbidden();
  const target = ALLOTMENT_ACTION_TARGET[action];
  return (
    requisitionWindowRefusal(f.round, now) ??
    (!f.allotment
      ? FundErrors.noAllotment()
      : f.status === target && target === AllotmentStatus.DECLINED
        ? FundErrors.alreadyDeclined()
        : f.status === target && target === AllotmentStatus.OPEN
          ? FundErrors.notDeclined()
          : allotmentMachine.refusal(f.status, target))
  );
}

export function availableAllotmentActions(actor: Actor, f: AllotmentFacts, now = new Date()): AllotmentAction[] {
  const rules = Object.fromEntries(Object.values(AllotmentAction).map((a) => [a, () => allotmentRefusal(actor, a, f, now)])) as Record<
    AllotmentAction,
    () => Refusal
  >;
  return offeredActions(rules);
}

/** The reasons as the notifications, exports and the yearly report name them. */
export const DECLINE_REASON_LABELS: Record<DeclineReason, { sv: string; en: string }> = {
  AMOUNT_TOO_SMALL: { sv: "för litet belopp", en: "the amount is too small" },
  NO_CAPACITY: { sv: "saknar kapacitet", en: "no capacity" },
  JOINT_WITH_OTHER_KOMMUN: { sv: "samarbete med annan kommun", en: "joint work with another kommun" },
  OTHER: { sv: "annat", en: "other" },
};
