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
  const cal = ical({ name, prodId: { company: "Samverka", product: "Samverka", language: "SV" }, timezone: TIME_ZONE });
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
