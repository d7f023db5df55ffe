import { addDays, stockholmDate } from "../../shared/dates";
import type { ConsultationRequest } from "./consultation.entity";

/**
 * Where a consultation stands for a decision: answered, unanswered and still within its due date
 * (no decision yet), or unanswered past its due date (a decision is made without an opinion).
 * Decisions may be made from the day after the due date.
 */
export function consultationStanding(latest: Pick<ConsultationRequest, "answeredAt" | "dueDate"> | null | undefined, today = stockholmDate()) {
  if (!latest) return { kind: "missing" as const };
  if (latest.answeredAt) return { kind: "answered" as const };
  const decidableFrom = addDays(latest.dueDate, 1);
  return today >= decidableFrom ? { kind: "withoutOpinion" as const, decidableFrom } : { kind: "pending" as const, decidableFrom };
}
