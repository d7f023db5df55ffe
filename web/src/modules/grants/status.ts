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
  "FOLLOW_UP_COMPLETION",
  "WITHDRAWN",
];

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
