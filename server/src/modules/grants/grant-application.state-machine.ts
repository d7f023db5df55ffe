import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum GrantApplicationStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  COMPLETION_REQUESTED = "COMPLETION_REQUESTED",
  IN_CONSULTATION = "IN_CONSULTATION",
  CONSULTED = "CONSULTED",
  APPROVED = "APPROVED",
  PARTIALLY_APPROVED = "PARTIALLY_APPROVED",
  REJECTED = "REJECTED",
  PAID = "PAID",
  REPAYMENT_DUE = "REPAYMENT_DUE",
  REPORTED = "REPORTED",
  REPAID = "REPAID",
  /** Granskning: Socialstyrelsen asked for a completion of the follow-up report; the recipient edits and resubmits it. */
  FOLLOW_UP_COMPLETION = "FOLLOW_UP_COMPLETION",
  WITHDRAWN = "WITHDRAWN",
  /** Rekvisition: granted by the allocation key once every joint member has confirmed. */
  AWAITING_CONFIRMATION = "AWAITING_CONFIRMATION",
  REQUISITIONED = "REQUISITIONED",
}
registerEnumType(GrantApplicationStatus, { name: "GrantApplicationStatus" });

const S = GrantApplicationStatus;
const DECISIONS = [S.APPROVED, S.PARTIALLY_APPROVED, S.REJECTED] as const;

/**
 * The whole life of an application, in one place. A decision needs a consultation
 * (remiss): answered (CONSULTED), or unanswered past its due date (checked by the service).
 */
export const grantApplicationMachine = new StateMachine<GrantApplicationStatus>(
  { sv: "Ansökan", en: "The application" },
  {
    DRAFT: [S.SUBMITTED, S.WITHDRAWN],
    // Straight to a decision only where the call needs no consultation (checked by the service).
    SUBMITTED: [S.COMPLETION_REQUESTED, S.IN_CONSULTATION, S.WITHDRAWN, ...DECISIONS],
    COMPLETION_REQUESTED: [S.SUBMITTED, S.WITHDRAWN],
    IN_CONSULTATION: [S.CONSULTED, S.WITHDRAWN, ...DECISIONS],
    CONSULTED: [S.COMPLETION_REQUESTED, S.IN_CONSULTATION, S.WITHDRAWN, ...DECISIONS],
    APPROVED: [S.PAID],
    PARTIALLY_APPROVED: [S.PAID],
    REJECTED: [],
    PAID: [S.REPORTED, S.REPAYMENT_DUE],
    // After the follow-up, its review (granskning, `follow-up-review.state-machine.ts`) may ask for a
    // completion, or decide a reclaim (återkrav): a repayment due of its own amount, also after the
    // unused funds were repaid. A reclaim while a repayment is due adds to it.
    REPAYMENT_DUE: [S.REPAID, S.FOLLOW_UP_COMPLETION, S.REPAYMENT_DUE],
    REPORTED: [S.FOLLOW_UP_COMPLETION, S.REPAYMENT_DUE],
    REPAID: [S.REPAYMENT_DUE],
    FOLLOW_UP_COMPLETION: [S.REPORTED, S.REPAYMENT_DUE],
    WITHDRAWN: [],
    AWAITING_CONFIRMATION: [S.REQUISITIONED, S.WITHDRAWN],
    REQUISITIONED: [S.PAID],
  },
  {
    DRAFT: { sv: "utkast", en: "draft" },
    SUBMITTED: { sv: "inskickad", en: "submitted" },
    COMPLETION_REQUESTED: { sv: "komplettering begärd", en: "completion requested" },
    IN_CONSULTATION: { sv: "på remiss", en: "in consultation" },
    CONSULTED: { sv: "remissvar inkommet", en: "consulted" },
    APPROVED: { sv: "beviljad", en: "approved" },
    PARTIALLY_APPROVED: { sv: "delvis beviljad", en: "partially approved" },
    REJECTED: { sv: "avslagen", en: "rejected" },
    PAID: { sv: "utbetald", en: "paid" },
    REPAYMENT_DUE: { sv: "återbetalning krävs", en: "repayment due" },
    REPORTED: { sv: "återrapporterad", en: "reported" },
    REPAID: { sv: "återbetald", en: "repaid" },
    FOLLOW_UP_COMPLETION: { sv: "komplettering av återrapporteringen begärd", en: "completion of the follow-up report requested" },
    WITHDRAWN: { sv: "återkallad", en: "withdrawn" },
    AWAITING_CONFIRMATION: { sv: "väntar på bekräftelse", en: "awaiting confirmation" },
    REQUISITIONED: { sv: "rekvirerad", en: "requisitioned" },
  },
);

/**
 * The states an application starts in (the policy of its programme picks one): a draft, or a
 * requisition granted by the allocation key at once or once every joint member has confirmed.
 */
export const INITIAL = new Set<GrantApplicationStatus>([S.DRAFT, S.REQUISITIONED, S.AWAITING_CONFIRMATION]);
/** States in which a granted amount may still grow: omfördelning of funds nobody requisitioned. */
export const TOP_UP = new Set<GrantApplicationStatus>([S.REQUISITIONED, S.PAID]);

/** States in which the applicant may still edit. */
export const EDITABLE = new Set<GrantApplicationStatus>([S.DRAFT, S.COMPLETION_REQUESTED]);
/** States with a decision that grants money. */
export const GRANTED = new Set<GrantApplicationStatus>([
  S.APPROVED,
  S.PARTIALLY_APPROVED,
  S.REQUISITIONED,
  S.PAID,
  S.REPAYMENT_DUE,
  S.REPORTED,
  S.REPAID,
  S.FOLLOW_UP_COMPLETION,
]);
