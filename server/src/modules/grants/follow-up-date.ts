/** How long after the end of the funded period the follow-up report is due, when the call's own date comes too early. */
export const FOLLOW_UP_MONTHS_AFTER_PERIOD = 2;

/** The calendar date `months` after `date` (YYYY-MM-DD), on the last day of a shorter month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * When a grant's follow-up report (återrapportering) is due: the call's date, unless the funded
 * period has not ended by then; the report is always due after the period, so then it is
 * FOLLOW_UP_MONTHS_AFTER_PERIOD months after the period's last day.
 */
export function grantFollowUpDueDate(callDue: string, periodEnd: string | null): string {
  if (!periodEnd || callDue > periodEnd) return callDue;
  return addMonths(periodEnd, FOLLOW_UP_MONTHS_AFTER_PERIOD);
}
