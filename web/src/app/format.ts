/**
 * Formatting shared by every portal. Dates and times are always shown in Swedish time
 * (Europe/Stockholm) as ISO-like strings: `2026-11-24` and `2026-11-24 14:05`.
 */

const TIME_ZONE = "Europe/Stockholm";

const dateFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });
const dateTimeFormat = new Intl.DateTimeFormat("sv-SE", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const amountFormat = new Intl.NumberFormat("sv-SE", { style: "currency", currency: "SEK", maximumFractionDigits: 0, minimumFractionDigits: 0 });
const numberFormat = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

type DateInput = string | number | Date | null | undefined;

function toDate(value: DateInput): Date | null {
  if (value == null || value === "") return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function parts(format: Intl.DateTimeFormat, d: Date): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of format.formatToParts(d)) out[p.type] = p.value;
  return out;
}

/** `2026-11-24`, or "" for no date. */
export function formatDate(value: DateInput): string {
  const d = toDate(value);
  if (!d) return "";
  const p = parts(dateFormat, d);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `2026-11-24 14:05`, or "" for no date. */
export function formatDateTime(value: DateInput): string {
  const d = toDate(value);
  if (!d) return "";
  const p = parts(dateTimeFormat, d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** The ISO string for a `<time dateTime>` attribute. */
export function isoString(value: DateInput): string | undefined {
  return toDate(value)?.toISOString();
}

/** Whole kronor: `1 250 000 kr`. */
export function formatAmount(kronor: number | null | undefined): string {
  if (kronor == null || Number.isNaN(kronor)) return "";
  return amountFormat.format(Math.round(kronor));
}

/** A whole number with Swedish digit grouping: `46 786`. */
export function formatNumber(value: number | null | undefined): string {
  if (value == null || Number.isNaN(value)) return "";
  return numberFormat.format(value);
}

const timeFormat = new Intl.DateTimeFormat("sv-SE", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const percentFormat = new Intl.NumberFormat("sv-SE", { style: "percent", maximumFractionDigits: 0 });

/** `14:05` in Swedish time, or "" for no date. */
export function formatTime(value: DateInput): string {
  const d = toDate(value);
  if (!d) return "";
  const p = parts(timeFormat, d);
  return `${p.hour}:${p.minute}`;
}

/** A share 0–1 as `45 %`. */
export function formatPercent(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return "";
  return percentFormat.format(share);
}

/** Whole kronor typed by a person: `1 250 000`, `1250000 kr` → 1250000; "" → null; anything else → NaN. */
export function parseKronor(text: string): number | null {
  const clean = text.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
  if (clean === "") return null;
  return /^\d+$/.test(clean) ? Number(clean) : Number.NaN;
}

/**
 * What an amount field shows for what was typed or pasted: whole kronor grouped in threes with a
 * space (`1250000`, `1 250 000 kr` → `1 250 000`). Text that is not whole kronor (`12,50`, `abc`)
 * is left as typed, so the field can say what is wrong with it.
 */
export function groupKronorText(text: string): string {
  const n = parseKronor(text);
  if (n == null) return "";
  if (Number.isNaN(n)) return text;
  return groupDigits(text.replace(/\D/g, "").replace(/^0+(?=\d)/, ""));
}

/** `1250000` → `1 250 000` (plain spaces, so the text can be copied and typed over). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
}

/** Whole kronor as an amount field shows them: `1 250 000`, or "" for none. */
export function kronorText(kronor: number | null | undefined): string {
  return kronor == null || !Number.isFinite(kronor) ? "" : groupDigits(String(Math.trunc(kronor)));
}

/**
 * Where the caret belongs after `before` was regrouped into `after`: behind the same number of
 * digits as it was in `before` (the spaces move, the caret stays with its digits).
 */
export function caretAfterGrouping(before: string, caret: number, after: string): number {
  if (before === after) return caret;
  const digitsBefore = before.slice(0, caret).replace(/\D/g, "").length;
  const leadingZeros = /^0+(?=\d)/.exec(before.replace(/\D/g, ""))?.[0].length ?? 0;
  let wanted = Math.max(0, digitsBefore - Math.min(leadingZeros, digitsBefore));
  if (wanted === 0) return 0;
  for (let i = 0; i < after.length; i++) {
    if (/\d/.test(after[i]) && --wanted === 0) return i + 1;
  }
  return after.length;
}
