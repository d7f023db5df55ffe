import { formatDate, formatDateTime, formatTime } from "../../app/format";

/** `2026-12-08 09:30–12:00` (Stockholm time), or both full times when the meeting spans days. */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
  if (formatDate(startsAt) === formatDate(endsAt)) return `${formatDateTime(startsAt)}–${formatTime(endsAt)}`;
  return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`;
}
