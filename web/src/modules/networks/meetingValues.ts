import { z } from "zod";
import { addDays, isDate, stockholmToIso, todayInStockholm } from "../../app/stockholmTime";
import type { ScheduleMeetingInput } from "../../generated/graphql";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const URL_PATTERN = /^https?:\/\/\S+\.\S+/i;

export interface AgendaRow {
  key: string;
  title: string;
  presenter: string;
  minutes: string;
}

/** What the meeting form holds: dates and times as typed, in Swedish time. */
export interface MeetingValues {
  title: string;
  date: string;
  start: string;
  end: string;
  location: string;
  onlineUrl: string;
  rsvpDate: string;
  repeatCount: string;
  repeatIntervalMonths: string;
  agenda: AgendaRow[];
}

let nextKey = 1;
export const emptyAgendaRow = (): AgendaRow => ({ key: String(nextKey++), title: "", presenter: "", minutes: "" });

/** A meeting in two weeks, 09:00–12:00, answers a week before, with one empty agenda item. */
export function newMeetingValues(): MeetingValues {
  return {
    title: "",
    date: addDays(todayInStockholm(), 14),
    start: "09:00",
    end: "12:00",
    location: "",
    onlineUrl: "",
    rsvpDate: addDays(todayInStockholm(), 7),
    repeatCount: "1",
    repeatIntervalMonths: "6",
    agenda: [emptyAgendaRow()],
  };
}

/** A meeting whose start has passed: it is recorded as held, without invitations, answer deadline or series. */
export function isHeld(v: Pick<MeetingValues, "date" | "start">, now = Date.now()): boolean {
  const start = isDate(v.date) && TIME.test(v.start) ? stockholmToIso(v.date, v.start) : null;
  return start !== null && Date.parse(start) <= now;
}

export const filledAgenda = (rows: AgendaRow[]) => rows.filter((r) => r.title.trim() || r.presenter.trim() || r.minutes.trim());

type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * What the form checks before it sends anything; the server checks the same again and its field
 * messages land on the same fields. Agenda errors are keyed by the position among the filled
 * rows, as the server counts them.
 */
export function meetingSchema(translate: Translate) {
  const t = (key: string, params?: Record<string, unknown>) => translate(`networks.schedule.${key}`, params);
  return z
    .object({
      title: z.string(),
      date: z.string(),
      start: z.string(),
      end: z.string(),
      location: z.string(),
      onlineUrl: z.string(),
      rsvpDate: z.string(),
      repeatCount: z.string(),
      repeatIntervalMonths: z.string(),
      agenda: z.array(z.object({ key: z.string(), title: z.string(), presenter: z.string(), minutes: z.string() })),
    })
    .superRefine((v, ctx) => {
      const at = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
      const held = isHeld(v);
      if (v.title.trim().length < 3) at(["title"], t("titleRequired"));
      if (!isDate(v.date)) at(["date"], t("dateInvalid"));
      if (!TIME.test(v.start)) at(["start"], t("timeInvalid"));
      if (!TIME.test(v.end)) at(["end"], t("timeInvalid"));
      else if (TIME.test(v.start) && v.end <= v.start) at(["end"], t("endAfterStart"));
      if (!v.location.trim() && !v.onlineUrl.trim()) at(["location"], t("placeRequired"));
      if (v.onlineUrl.trim() && !URL_PATTERN.test(v.onlineUrl.trim())) at(["onlineUrl"], t("urlInvalid"));
      if (!held && v.rsvpDate) {
        if (!isDate(v.rsvpDate)) at(["rsvpDate"], t("dateInvalid"));
        else if (isDate(v.date) && v.rsvpDate > v.date) at(["rsvpDate"], t("rsvpBeforeMeeting"));
      }
      const filled = filledAgenda(v.agenda);
      v.agenda.forEach((r, i) => {
        const index = filled.indexOf(r);
        if (index < 0) return;
        if (!r.title.trim()) at(["agenda", index, "title"], t("agendaTitleRequired", { number: i + 1 }));
        const minutes = Number(r.minutes);
        if (r.minutes.trim() && (!Number.isInteger(minutes) || minutes < 1 || minutes > 600))
          at(["agenda", index, "durationMinutes"], t("minutesInvalid", { number: i + 1 }));
      });
      const count = Number(v.repeatCount);
      const months = Number(v.repeatIntervalMonths);
      if (!held && (!Number.isInteger(count) || count < 1 || count > 24)) at(["repeatCount"], t("repeatCountInvalid"));
      if (!held && count > 1 && (!Number.isInteger(months) || months < 1 || months > 12)) at(["repeatIntervalMonths"], t("repeatMonthsInvalid"));
    });
}

/** The mutation's input from checked values. */
export function toScheduleInput(v: MeetingValues, networkId: string): ScheduleMeetingInput {
  const held = isHeld(v);
  const startsAt = stockholmToIso(v.date, v.start)!;
  const endsAt = stockholmToIso(v.date, v.end)!;
  const count = Number(v.repeatCount);
  // The last day to answer ends at midnight; on the day of the meeting, when it starts.
  const rsvpDeadline = !held && v.rsvpDate ? (v.rsvpDate === v.date ? startsAt : stockholmToIso(v.rsvpDate, "23:59")) : null;
  return {
    networkId,
    title: v.title.trim(),
    startsAt,
    endsAt,
    location: v.location.trim() || null,
    onlineUrl: v.onlineUrl.trim() || null,
    rsvpDeadline,
    agenda: filledAgenda(v.agenda).map((r) => ({
      title: r.title.trim(),
      presenter: r.presenter.trim() || null,
      durationMinutes: r.minutes.trim() ? Number(r.minutes) : null,
    })),
    repeatCount: held ? 1 : count,
    repeatIntervalMonths: !held && count > 1 ? Number(v.repeatIntervalMonths) : 6,
    invite: !held,
  };
}
