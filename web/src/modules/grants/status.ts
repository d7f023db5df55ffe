import type { GrantApplicationStatus } from "../../generated/graphql";

/** Every status in the order an application passes through them (for filters and counts). */
export const GRANT_STATUSES: GrantApplicationStatus[] = [
  "DRAFT",
  "SUBMITTED",
  "COMPLETION_REQUESTED",
  "IN_CONSULTATION",
  "CONSULTED",
  "APPROVED",
  "PARTIALLY_APPROVED",
  "REJECTED",
  "PAID",
  "REPAYMENT_DUE",
  "REPORTED",
  "REPAID",
  "WITHDRAWN",
];

/** The applicant may still change the content. */
export const EDITABLE = new Set<GrantApplicationStatus>(["DRAFT", "COMPLETION_REQUESTED"]);
/** The applicant may withdraw (not once decided). */
export const WITHDRAWABLE = new Set<GrantApplicationStatus>(["DRAFT", "SUBMITTED", "COMPLETION_REQUESTED", "IN_CONSULTATION", "CONSULTED"]);
/** Socialstyrelsen may ask for completion or send for consultation. */
export const ASSESSABLE = new Set<GrantApplicationStatus>(["SUBMITTED", "CONSULTED"]);
/** Granted and waiting for payout. */
export const PAYABLE = new Set<GrantApplicationStatus>(["APPROVED", "PARTIALLY_APPROVED"]);

export type StatusTone = "neutral" | "waiting" | "positive" | "negative";

export function statusTone(status: GrantApplicationStatus): StatusTone {
  switch (status) {
    case "DRAFT":
    case "WITHDRAWN":
      return "neutral";
    case "APPROVED":
    case "PARTIALLY_APPROVED":
    case "REQUISITIONED":
    case "PAID":
    case "REPORTED":
    case "REPAID":
      return "positive";
    case "REJECTED":
    case "REPAYMENT_DUE":
      return "negative";
    default:
      return "waiting";
  }
}
