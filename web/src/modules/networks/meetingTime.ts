import { formatDate, formatDateTime, formatTime } from "../../app/format";

/** `2026-12-08 09:30–12:00` (Stockholm time), or both full times when the meeting spans days. */
export function formatMeetingTime(startsAt: string, endsAt: string): string {
  if (formatDate(startsAt) === formatDate(endsAt)) return `${formatDateTime(startsAt)}–${formatTime(endsAt)}`;
  return `${formatDateTime(startsAt)} – ${formatDateTime(endsAt)}`;
}

/** Whether answers are still taken: until the deadline, or until the meeting starts when there is none. */
export function rsvpOpen(meeting: { rsvpDeadline?: string | null; startsAt: string; status: string }, now = Date.now()): boolean {
  if (meeting.status === "CANCELLED") return false;
  const deadline = new Date(meeting.rsvpDeadline ?? meeting.startsAt).getTime();
  return deadline >= now;
}
