import { ValidateBy, type ValidationOptions } from "class-validator";

/** Dates are stored in UTC and shown in Europe/Stockholm; calendar dates are `YYYY-MM-DD` strings. */
export const TIME_ZONE = "Europe/Stockholm";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/** `2026-11-24`, the calendar date in Stockholm. */
export function stockholmDate(d: Date = new Date()): string {
  return dateFormat.format(d);
}

/** `2026-11-24 14:05` in Stockholm. */
export function stockholmDateTime(d: Date): string {
  return dateTimeFormat.format(d);
}

/** The instant when Stockholm's clocks show `time` (HH:MM) on `date` (YYYY-MM-DD), summer time included. */
export function stockholmInstant(date: string, time = "00:00"): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  // What Stockholm's clock shows at that UTC instant is ahead by the offset of the day (1 or 2 hours).
  const shown = new Date(`${stockholmDateTime(guess).replace(" ", "T")}:00Z`);
  return new Date(guess.getTime() - (shown.getTime() - guess.getTime()));
}

/** The calendar date `days` after `date` (YYYY-MM-DD). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** `YYYY-MM-DD` naming a day that exists (not 2026-02-30), between 1900 and 2199. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || !DATE_PATTERN.test(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year < 2200 && new Date(`${value}T12:00:00Z`).toISOString().slice(0, 10) === value;
}

/** Validation decorator: the field is a calendar date as `isCalendarDate` accepts it. */
export function IsCalendarDate(options?: ValidationOptions) {
  return ValidateBy({ name: "isCalendarDate", validator: { validate: (value) => isCalendarDate(value) } }, options);
}

/** `1 250 000 kr` (whole kronor, space as thousands separator). */
export function formatKronor(amount: number): string {
  return `${Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, " ")} kr`;
}
