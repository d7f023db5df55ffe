import { addMonths, FOLLOW_UP_MONTHS_AFTER_PERIOD } from "./follow-up-date";

/** Funds may be used at most this many years after the end of the call's year. */
export const MAX_EXTRA_YEARS = 3;

/** Why a last day of use is refused, as a field message key with its parameters; null when it is sane. */
export function usableUntilRefusal(
  year: number,
  usableUntil: string,
  followUpDueDate: string,
):
  | { field: "usableUntil"; key: "grants.usableUntilAfterYear" | "grants.usableUntilTooLate"; params: Record<string, string> }
  | { field: "followUpDueDate"; key: "grants.finalReportAfterPeriod"; params: Record<string, string> }
  | null {
  const yearEnd = `${year}-12-31`;
  if (usableUntil <= yearEnd) return { field: "usableUntil", key: "grants.usableUntilAfterYear", params: { yearEnd } };
  const latest = `${year + MAX_EXTRA_YEARS}-12-31`;
  if (usableUntil > latest) return { field: "usableUntil", key: "grants.usableUntilTooLate", params: { latest, years: String(MAX_EXTRA_YEARS) } };
  if (followUpDueDate <= usableUntil) return { field: "followUpDueDate", key: "grants.finalReportAfterPeriod", params: { usableUntil } };
  return null;
}

/** The calendar years that get a partial report: every year of the period but the last, which the final report covers. */
export function partialReportYears(call: { year: number; usableUntil: string | null }): number[] {
  if (!call.usableUntil) return [];
  const last = Number(call.usableUntil.slice(0, 4));
  const years: number[] = [];
  for (let y = call.year; y < last; y++) years.push(y);
  return years;
}

/** A year's partial report is due as a report after a funded period is: two months after the year's end. */
export function partialReportDueDate(year: number): string {
  return addMonths(`${year}-12-31`, FOLLOW_UP_MONTHS_AFTER_PERIOD);
}

/** The final report (and so the repayment) waits until the funds may no longer be used. */
export function periodRunning(call: { usableUntil: string | null }, today: string): boolean {
  return !!call.usableUntil && today <= call.usableUntil;
}
