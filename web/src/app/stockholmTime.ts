/**
 * Dates and times typed in Swedish local time (Europe/Stockholm) to and from the UTC instants
 * the API speaks, whatever the time zone of the browser. Summer time is handled by Intl.
 */

import { formatDate, formatDateTime } from "./format";

const TIME_ZONE = "Europe/Stockholm";
const partsFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

/** How far Stockholm is ahead of UTC at this instant, in milliseconds. */
function offsetAt(utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(new Date(utcMs))) if (part.type !== "literal") p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** `2026-11-24` + `09:30` in Stockholm → `2026-11-24T08:30:00.000Z`; null when either is not valid. */
export function stockholmToIso(date: string, time: string): string | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const local = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(local)) return null;
  // Two passes find the right offset also next to the change to and from summer time.
  let utc = local - offsetAt(local);
  utc = local - offsetAt(utc);
  return new Date(utc).toISOString();
}

/** The Stockholm date and time of an instant, for date and time inputs: `{ date: "2026-11-24", time: "09:30" }`. */
export function stockholmParts(value: string | null | undefined): { date: string; time: string } {
  const text = formatDateTime(value);
  if (!text) return { date: "", time: "" };
  const [date, time] = text.split(" ");
  return { date, time };
}

/** Today in Stockholm, `2026-11-24`. */
export function todayInStockholm(): string {
  return formatDate(new Date());
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(new Date(`${value}T12:00:00Z`).getTime());
}

/**
 * A date as a person types it, to `YYYY-MM-DD`: `2026-11-24`, `2026-11-4`, `20261124`,
 * `2026/11/24`, `2026.11.24`; "" for nothing; null for anything else (also 2026-02-30).
 */
export function parseDateText(text: string): string | null {
  const clean = text.trim();
  if (clean === "") return "";
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(clean) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(clean);
  if (!m) return null;
  const value = `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}`;
  const d = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return null;
  return value;
}

/**
 * A 24-hour time as a person types it, to `HH:MM`: `09:00`, `9:00`, `9.30`, `0930`, `9`;
 * "" for nothing; null for anything else (`24:00`, `9:75`, `9:00 AM`).
 */
export function parseTimeText(text: string): string | null {
  const clean = text.trim();
  if (clean === "") return "";
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(clean);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
