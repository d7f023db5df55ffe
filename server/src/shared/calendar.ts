import ical, { ICalEventStatus } from "ical-generator";
import { TIME_ZONE } from "./dates";

/** One entry in a calendar feed: a training session, a network meeting. */
export interface CalendarItem {
  /** Stable across exports, so calendar programs update instead of duplicating. */
  uid: string;
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string | null;
  cancelled?: boolean;
}

/** The one iCalendar writer of every portal. Times are UTC in the file; the calendar says Europe/Stockholm. */
export function renderCalendar(name: string, items: CalendarItem[]): string {
  // Times are written in UTC (with Z), which every calendar program places right; the calendar's own time zone
  // (X-WR-TIMEZONE) only tells programs how to show it. A calendar-wide TZID without a VTIMEZONE would make floating times.
  const cal = ical({ name, prodId: { company: "Samverka", product: "Samverka", language: "SV" }, x: [{ key: "X-WR-TIMEZONE", value: TIME_ZONE }] });
  for (const item of items) {
    cal.createEvent({
      id: item.uid,
      start: item.start,
      end: item.end,
      summary: item.summary,
      description: item.description,
      location: item.location ?? undefined,
      url: item.url ?? undefined,
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
