import { registerEnumType } from "type-graphql";
import { type Actor, can } from "../../auth/actor";
import type { Ability } from "../../auth/abilities";
import { stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { FundErrors } from "../development-funds/development-fund.errors";
import type { ConsultationRequest } from "./consultation.entity";
import type { GrantApplication } from "./grant-application.entity";
import { EDITABLE, GrantApplicationStatus as S, grantApplicationMachine as machine } from "./grant-application.state-machine";
import { FollowUpReviewStatus as R, followUpReviewMachine as reviewMachine } from "./follow-up-review.state-machine";
import { type GrantCall, GrantCallMode } from "./grant-call.entity";
import type { OrganisationKind } from "../organisations/organisation.entity";
import { GrantErrors } from "./grant.errors";
import { AssessmentErrors } from "./assessment.errors";
import { consultationStanding } from "./consultation-standing";
import { programmePolicy } from "./programmes";
import { offeredActions } from "../../shared/state-machine";
import { partialReportYears, periodRunning } from "./multi-year";

/** What a viewer can do with an application (or requisition) now, as the server decides it. */
export enum GrantApplicationAction {
  EDIT = "EDIT",
  SUBMIT = "SUBMIT",
  WITHDRAW = "WITHDRAW",
  REQUEST_COMPLETION = "REQUEST_COMPLETION",
  REQUEST_CONSULTATION = "REQUEST_CONSULTATION",
  SUBMIT_OPINION = "SUBMIT_OPINION",
  DECIDE = "DECIDE",
  MARK_PAID = "MARK_PAID",
  SUBMIT_FOLLOW_UP = "SUBMIT_FOLLOW_UP",
  SUBMIT_PARTIAL_REPORT = "SUBMIT_PARTIAL_REPORT",
  MARK_REPAID = "MARK_REPAID",
  CONFIRM_JOINT = "CONFIRM_JOINT",
  SCORE = "SCORE",
  APPROVE_FOLLOW_UP = "APPROVE_FOLLOW_UP",
  REQUEST_FOLLOW_UP_COMPLETION = "REQUEST_FOLLOW_UP_COMPLETION",
  RECLAIM = "RECLAIM",
  REMIND_COMPLETION = "REMIND_COMPLETION",
}
registerEnumType(GrantApplicationAction, {
  name: "GrantApplicationAction",
  description: "Vad som kan göras med en ansökan eller rekvisition just nu",
  valuesConfig: {
    EDIT: { description: "Ändra innehållet" },
    SUBMIT: { description: "Skicka in (eller skicka in kompletteringen)" },
    WITHDRAW: { description: "Återkalla" },
    REQUEST_COMPLETION: { description: "Begära komplettering" },
    REQUEST_CONSULTATION: { description: "Skicka på remiss" },
    SUBMIT_OPINION: { description: "Lämna remissvar" },
    DECIDE: { description: "Fatta beslut" },
    MARK_PAID: { description: "Markera som utbetald" },
    SUBMIT_FOLLOW_UP: { description: "Lämna återrapportering (slutrapporten, när medlen används över flera år)" },
    SUBMIT_PARTIAL_REPORT: { description: "Lämna delrapport för ett år av perioden (medel som används över flera år)" },
    MARK_REPAID: { description: "Markera återbetalning som mottagen" },
    CONFIRM_JOINT: { description: "Bekräfta gemensam rekvisition" },
    SCORE: { description: "Poängsätta en ideell organisations ansökan" },
    APPROVE_FOLLOW_UP: { description: "Godkänna återrapporteringen vid granskningen" },
    REQUEST_FOLLOW_UP_COMPLETION: { description: "Begära komplettering av återrapporteringen" },
    RECLAIM: { description: "Besluta om återkrav" },
    REMIND_COMPLETION: { description: "Påminna den sökande om en begärd komplettering" },
  },
});

/**
 * The state an action moves an application to, for the actions that are a step of the machine.
 * A list can then ask for the applications an action may be taken on (`readyFor`), by the
 * machine's own transitions rather than by a copied list of statuses.
 */
export const ACTION_TARGET = {
  SUBMIT: S.SUBMITTED,
  WITHDRAW: S.WITHDRAWN,
  REQUEST_COMPLETION: S.COMPLETION_REQUESTED,
  REQUEST_CONSULTATION: S.IN_CONSULTATION,
  SUBMIT_OPINION: S.CONSULTED,
  DECIDE: S.APPROVED,
  MARK_PAID: S.PAID,
  SUBMIT_FOLLOW_UP: S.REPORTED,
  MARK_REPAID: S.REPAID,
  CONFIRM_JOINT: S.REQUISITIONED,
} as const satisfies Partial<Record<GrantApplicationAction, S>>;
export type MachineAction = keyof typeof ACTION_TARGET;

/** The statuses an application may be in for the action to be taken; null for an action that is no step of the machine. */
export function statusesReadyFor(action: GrantApplicationAction): S[] | null {
  return action in ACTION_TARGET ? machine.sources(ACTION_TARGET[action as MachineAction]) : null;
}

/** What the rules need to know of an application besides the viewer. */
export interface GrantApplicationFacts {
  app: GrantApplication;
  call: GrantCall;
  /** Every consultation request, oldest first. */
  consultations: ConsultationRequest[];
  /** The name of the body of the latest consultation request, when it is unanswered. */
  pendingConsultationBody: string | null;
  /** Members of a joint requisition (empty otherwise). */
  jointMembers: { organisationId: number; confirmedAt: Date | null }[];
  /** An NGO's application in competition. */
  ngo: boolean;
  /** The call has criteria: its applications are scored by assigned reviewers on them, not with a single score. */
  scoredOnCriteria: boolean;
}

type Refusal = Error | null;
type Rule = (viewer: Actor, f: GrantApplicationFacts, now: Date) => Refusal;

const ability = (viewer: Actor, a: Ability): Refusal => (can(viewer, a) ? null : CommonErrors.forbidden());
const own = (viewer: Actor, f: GrantApplicationFacts): Refusal => (f.app.organisationId === viewer.organisationId ? null : GrantErrors.applicationNotFound());
const move = (f: GrantApplicationFacts, to: S): Refusal => machine.refusal(f.app.status, to);
/** The first refusal of the checks, in order; null when all pass. */
function first(...checks: (() => Refusal)[]): Refusal {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

/** The review of the follow-up may move to `to`: the programme reviews follow-ups, and the review's machine allows it. */
function review(f: GrantApplicationFacts, to: R): Refusal {
  if (!programmePolicy(f.call).reviewsFollowUps || !f.app.followUpReview) return GrantErrors.noFollowUpToReview();
  return reviewMachine.refusal(f.app.followUpReview, to);
}

/** The follow-up states from which a reclaim makes a repayment due (the application's own machine). */
const reclaimFrom = (f: GrantApplicationFacts): Refusal => move(f, S.REPAYMENT_DUE);

/** A first submission is made while the call is open; a completion may come later. */
export function windowRefusal(app: Pick<GrantApplication, "status">, call: Pick<GrantCall, "title" | "opensAt" | "closesAt">, now: Date): Refusal {
  return app.status !== S.COMPLETION_REQUESTED && (now < call.opensAt || now > call.closesAt)
    ? GrantErrors.windowClosed({ call: call.title, opens: stockholmDate(call.opensAt), closes: stockholmDate(call.closesAt) })
    : null;
}

/** The consultation body's own latest request on the application. */
export function ownConsultation(viewer: Actor, f: GrantApplicationFacts): ConsultationRequest | null {
  return [...f.consultations].reverse().find((c) => c.organisationId === viewer.organisationId) ?? null;
}

/**
 * One rule per action: null when the viewer may do it now, otherwise the error the mutation
 * refuses with. The mutations call the same rule as their guard, and `availableActions` offers
 * exactly the actions whose rule passes.
 */
export const grantApplicationRules: Record<GrantApplicationAction, Rule> = {
  EDIT: (v, f) =>
    first(
      () => ability(v, "grant.application.apply"),
      () => own(v, f),
      () => (EDITABLE.has(f.app.status) ? null : GrantErrors.notEditable({ status: machine.labels[f.app.status] })),
    ),
  SUBMIT: (v, f, now) =>
    first(
      () => ability(v, "grant.application.apply"),
      () => own(v, f),
      () => move(f, ACTION_TARGET.SUBMIT),
      () => windowRefusal(f.app, f.call, now),
    ),
  WITHDRAW: (v, f) =>
    first(
      () => ability(v, "grant.application.apply"),
      () => own(v, f),
      () => move(f, ACTION_TARGET.WITHDRAW),
    ),
  REQUEST_COMPLETION: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => move(f, ACTION_TARGET.REQUEST_COMPLETION),
    ),
  REQUEST_CONSULTATION: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => move(f, ACTION_TARGET.REQUEST_CONSULTATION),
    ),
  SUBMIT_OPINION: (v, f) =>
    first(
      () => ability(v, "grant.consult"),
      () => (ownConsultation(v, f)?.answeredAt === null ? null : GrantErrors.noOpenConsultation()),
      () => move(f, ACTION_TARGET.SUBMIT_OPINION),
    ),
  DECIDE: (v, f) =>
    first(
      () => ability(v, "grant.decide"),
      () => move(f, ACTION_TARGET.DECIDE),
      () => (f.call.mode === GrantCallMode.APPLICATION ? null : GrantErrors.notDecidable()),
      () => {
        if (!programmePolicy(f.call).requiresConsultation(f.call)) return null;
        const latest = f.consultations[f.consultations.length - 1];
        const standing = consultationStanding(latest);
        if (standing.kind === "missing") return GrantErrors.consultationMissing();
        if (standing.kind === "pending") {
          return GrantErrors.consultationPending(
            { body: f.pendingConsultationBody ?? "remissinstansen", due: latest.dueDate, from: standing.decidableFrom },
            { decidableFrom: standing.decidableFrom },
          );
        }
        return null;
      },
    ),
  MARK_PAID: (v, f) =>
    first(
      () => ability(v, "grant.payout"),
      () => move(f, ACTION_TARGET.MARK_PAID),
    ),
  SUBMIT_FOLLOW_UP: (v, f, now) =>
    first(
      () => ability(v, programmePolicy(f.call).applicantAbility(f.call)),
      () => own(v, f),
      () => move(f, ACTION_TARGET.SUBMIT_FOLLOW_UP),
      // Funds used over more than one year: the final report, and so the repayment, only once the period has ended.
      () => (f.app.status === S.PAID && periodRunning(f.call, stockholmDate(now)) ? GrantErrors.periodRunning({ until: f.call.usableUntil! }) : null),
    ),
  SUBMIT_PARTIAL_REPORT: (v, f, now) =>
    first(
      () => ability(v, programmePolicy(f.call).applicantAbility(f.call)),
      () => own(v, f),
      () => (partialReportYears(f.call).length ? null : GrantErrors.noPartialReports()),
      // Partial reports come while the funds are in use, before the final report.
      () => machine.refusal(f.app.status, ACTION_TARGET.SUBMIT_FOLLOW_UP) ?? (f.app.status === S.PAID ? null : machine.refusal(f.app.status, S.PAID)),
      () =>
        partialReportYears(f.call)[0] <= Number(stockholmDate(now).slice(0, 4))
          ? null
          : GrantErrors.partialReportTooEarly({ year: partialReportYears(f.call)[0] }),
    ),
  MARK_REPAID: (v, f) =>
    first(
      () => ability(v, "grant.payout"),
      () => move(f, ACTION_TARGET.MARK_REPAID),
    ),
  CONFIRM_JOINT: (v, f) =>
    first(
      () => ability(v, "devfunds.requisition"),
      () => (f.jointMembers.some((x) => x.organisationId === v.organisationId && !x.confirmedAt) ? null : FundErrors.notJointMember()),
      () => move(f, ACTION_TARGET.CONFIRM_JOINT),
    ),
  SCORE: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => (f.ngo ? null : FundErrors.notNgoApplication()),
      () => (f.scoredOnCriteria ? AssessmentErrors.scoredOnCriteria() : null),
      () => (f.app.organisationId === v.organisationId ? FundErrors.scoreOwnOrganisation() : null),
      () => (f.app.status === S.DRAFT || f.app.status === S.WITHDRAWN ? FundErrors.notNgoApplication() : null),
    ),
  APPROVE_FOLLOW_UP: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => review(f, R.APPROVED),
    ),
  REQUEST_FOLLOW_UP_COMPLETION: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => review(f, R.COMPLETION_REQUESTED),
      () => move(f, S.FOLLOW_UP_COMPLETION),
    ),
  RECLAIM: (v, f) =>
    first(
      () => ability(v, "grant.decide"),
      () => review(f, R.RECLAIMED),
      () => reclaimFrom(f),
    ),
  REMIND_COMPLETION: (v, f) =>
    first(
      () => ability(v, "grant.application.assess"),
      () => (f.app.status === S.COMPLETION_REQUESTED ? null : GrantErrors.noCompletionToRemind({ status: machine.labels[f.app.status] })),
    ),
};

/** Throws the refusal of the action's rule, if any. */
export function assertAllowed(action: GrantApplicationAction, viewer: Actor, facts: GrantApplicationFacts, now = new Date()): void {
  const refusal = grantApplicationRules[action](viewer, facts, now);
  if (refusal) throw refusal;
}

/** Every action whose rule passes for the viewer, in the enum's order. */
export function availableGrantActions(viewer: Actor, facts: GrantApplicationFacts, now = new Date()): GrantApplicationAction[] {
  return offeredActions(grantApplicationRules, viewer, facts, now);
}

/** What a viewer can do with a call now, as the server decides it. */
export enum GrantCallAction {
  APPLY = "APPLY",
}
registerEnumType(GrantCallAction, {
  name: "GrantCallAction",
  description: "Vad som kan göras med en utlysning just nu",
  valuesConfig: { APPLY: { description: "Börja en ansökan (utlysningen har inte stängt och organisationen får söka)" } },
});

const KIND: Record<OrganisationKind, { sv: string; en: string }> = {
  SOCIALSTYRELSEN: { sv: "Socialstyrelsen", en: "the National Board of Health and Welfare" },
  JAMSTALLDHETSMYNDIGHETEN: { sv: "Jämställdhetsmyndigheten", en: "the Swedish Gender Equality Agency" },
  LANSSTYRELSE: { sv: "länsstyrelse", en: "county administrative board" },
  NATIONELLT_KUNSKAPSCENTRUM: { sv: "nationellt kunskapscentrum", en: "national knowledge centre" },
  KOMMUN: { sv: "kommun", en: "municipality" },
  REGION: { sv: "region", en: "region" },
  IDEELL_ORGANISATION: { sv: "ideell organisation", en: "non-profit organisation" },
  VARDANALYS: { sv: "Vårdanalys", en: "the Swedish Agency for Health and Care Services Analysis" },
};

type CallRule = (viewer: Actor, call: GrantCall, now: Date) => Refusal;

/** One rule per action on a call; the mutation that starts an application asks the same rule. */
export const grantCallRules: Record<GrantCallAction, CallRule> = {
  APPLY: (v, call, now) =>
    first(
      () => ability(v, programmePolicy(call).applicantAbility(call)),
      () => (call.mode === GrantCallMode.APPLICATION ? null : GrantErrors.callTakesRequisitions({ call: call.title })),
      () => (call.eligibleKinds.includes(v.organisationKind) ? null : GrantErrors.notEligible({ kind: KIND[v.organisationKind], call: call.title })),
      // A draft may be prepared before the call opens (it is sent only while the call is open), but not after it has closed.
      () => (now > call.closesAt ? GrantErrors.callClosed({ call: call.title, closes: stockholmDate(call.closesAt) }) : null),
    ),
};

/** Throws the refusal of the call action's rule, if any. */
export function assertCallAllowed(action: GrantCallAction, viewer: Actor, call: GrantCall, now = new Date()): void {
  const refusal = grantCallRules[action](viewer, call, now);
  if (refusal) throw refusal;
}

/** Every action on the call whose rule passes for the viewer. */
export function availableCallActions(viewer: Actor, call: GrantCall, now = new Date()): GrantCallAction[] {
  return offeredActions(grantCallRules, viewer, call, now);
}
