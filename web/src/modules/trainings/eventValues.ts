import { addDays, isDate, parseDateText, parseTimeText, stockholmParts, stockholmToIso } from "../../app/stockholmTime";
import i18n from "../../app/i18n";
import type { OrganisationKind, SaveTrainingEventInput, TrainingEventFieldsFragment, TrainingType } from "../../generated/graphql";

export interface SessionRow {
  key: string;
  date: string;
  start: string;
  end: string;
}

/** The event form as typed: dates and times in Swedish local time. */
export interface EventValues {
  type: TrainingType | "";
  title: string;
  description: string;
  national: boolean;
  location: string;
  onlineUrl: string;
  capacity: string;
  deadline: string;
  sessions: SessionRow[];
  eligibleKinds: OrganisationKind[];
  quota: string;
  /** When the quota is released, Swedish time: `2026-11-24` and `09:00`. */
  quotaReleaseDate: string;
  quotaReleaseTime: string;
  loggedOnly: boolean;
}

export const DEFAULT_KINDS: OrganisationKind[] = ["KOMMUN", "REGION", "IDEELL_ORGANISATION"];

let nextKey = 0;
export function newSession(date = "", start = "09:00", end = "16:00"): SessionRow {
  nextKey += 1;
  return { key: `session-${nextKey}`, date, start, end };
}

/** The next day after the last one, same hours: what "Lägg till dag" usually means. */
export function followingSession(rows: SessionRow[]): SessionRow {
  const last = rows[rows.length - 1];
  if (!last || !isDate(last.date)) return newSession("", last?.start, last?.end);
  return newSession(addDays(last.date, 1), last.start, last.end);
}

export function valuesFrom(e: TrainingEventFieldsFragment | null): EventValues {
  if (!e) {
    return {
      type: "",
      title: "",
      description: "",
      national: false,
      location: "",
      onlineUrl: "",
      capacity: "",
      deadline: "",
      sessions: [newSession()],
      eligibleKinds: DEFAULT_KINDS,
      quota: "",
      quotaReleaseDate: "",
      quotaReleaseTime: "",
      loggedOnly: false,
    };
  }
  return {
    type: e.type,
    title: e.title,
    description: e.description,
    national: e.countyCode == null,
    location: e.location ?? "",
    onlineUrl: e.onlineUrl ?? "",
    capacity: String(e.capacity),
    deadline: stockholmParts(e.registrationDeadline).date,
    sessions: e.sessions.map((s) => {
      const start = stockholmParts(s.startsAt);
      return newSession(start.date, start.time, stockholmParts(s.endsAt).time);
    }),
    eligibleKinds: e.eligibleKinds,
    quota: e.quotaPerOrganisation ? String(e.quotaPerOrganisation) : "",
    quotaReleaseDate: stockholmParts(e.quotaReleaseAt).date,
    quotaReleaseTime: stockholmParts(e.quotaReleaseAt).time,
    loggedOnly: e.loggedOnly,
  };
}

/** The quota's release as an instant; "" when not given, null when only half or wrongly given. */
function quotaReleaseAt(v: EventValues): string | null {
  if (!v.quotaReleaseDate.trim() && !v.quotaReleaseTime.trim()) return "";
  const date = parseDateText(v.quotaReleaseDate);
  const time = parseTimeText(v.quotaReleaseTime);
  return date && time ? stockholmToIso(date, time) : null;
}

/** Checks what the browser can, with messages by field path; the server checks the rest. */
export function checkEvent(v: EventValues): Record<string, string[]> {
  const t = i18n.t.bind(i18n);
  const e: Record<string, string[]> = {};
  if (!v.type) e.type = [t("trainings.form.typeRequired")];
  if (v.title.trim().length < 3) e.title = [t("trainings.form.titleRequired")];
  if (!/^\d+$/.test(v.capacity.trim()) || Number(v.capacity) < 1) e.capacity = [t("trainings.form.capacityInvalid")];
  if (v.deadline && !parseDateText(v.deadline)) e.registrationDeadline = [t("trainings.form.dateInvalid")];
  if (v.quota && (!/^\d+$/.test(v.quota.trim()) || Number(v.quota) < 1)) e.quotaPerOrganisation = [t("trainings.form.quotaInvalid")];
  if (quotaReleaseAt(v) == null) e.quotaReleaseAt = [t("trainings.form.dateTimeInvalid")];
  if (v.sessions.length === 0) e.sessions = [t("trainings.form.sessionsRequired")];
  v.sessions.forEach((s, i) => {
    const day = { day: i + 1 };
    const start = parseTimeText(s.start);
    const end = parseTimeText(s.end);
    if (!parseDateText(s.date)) e[`sessions.${i}.date`] = [t("trainings.form.sessionDateInvalid", day)];
    if (!start) e[`sessions.${i}.start`] = [t("trainings.form.sessionTimeInvalid", day)];
    if (!end) e[`sessions.${i}.end`] = [t("trainings.form.sessionTimeInvalid", day)];
    else if (start && end <= start) e[`sessions.${i}.end`] = [t("trainings.form.sessionEndsBeforeStart", day)];
  });
  if (!v.location.trim() && !v.onlineUrl.trim()) e.location = [t("trainings.form.placeRequired")];
  return e;
}

/** The input for saveTrainingEvent; call only after checkEvent found nothing. */
export function toEventInput(v: EventValues, id?: string): SaveTrainingEventInput {
  return {
    id: id ?? null,
    type: v.type as TrainingType,
    title: v.title.trim(),
    description: v.description,
    national: v.national,
    location: v.location.trim() || null,
    onlineUrl: v.onlineUrl.trim() || null,
    capacity: Number(v.capacity),
    // The last day to register ends at midnight, Swedish time.
    registrationDeadline: v.deadline ? stockholmToIso(parseDateText(v.deadline)!, "23:59") : null,
    sessions: v.sessions.map((s) => {
      const date = parseDateText(s.date)!;
      return { startsAt: stockholmToIso(date, parseTimeText(s.start)!)!, endsAt: stockholmToIso(date, parseTimeText(s.end)!)! };
    }),
    eligibleKinds: v.eligibleKinds,
    quotaPerOrganisation: v.quota ? Number(v.quota) : null,
    quotaReleaseAt: (v.quota && quotaReleaseAt(v)) || null,
    loggedOnly: v.loggedOnly,
  };
}

/** The id of the control a field path is about. */
export function eventFieldId(path: string): string | undefined {
  const s = /^sessions\.(\d+)\.(date|start|end|startsAt|endsAt)$/.exec(path);
  if (s) return `event-session-${s[1]}-${s[2] === "startsAt" ? "start" : s[2] === "endsAt" ? "end" : s[2]}`;
  const ids: Record<string, string> = {
    type: "event-type",
    title: "event-title",
    description: "event-description",
    national: "event-national",
    location: "event-location",
    onlineUrl: "event-onlineUrl",
    capacity: "event-capacity",
    registrationDeadline: "event-deadline",
    sessions: "event-sessions",
    eligibleKinds: "event-kinds",
    quotaPerOrganisation: "event-quota",
    quotaReleaseAt: "event-quotaRelease",
    loggedOnly: "event-loggedOnly",
  };
  return ids[path];
}

/** The event exactly as saved, for changing one thing (e.g. the capacity) without touching the rest. */
export function eventToInput(e: TrainingEventFieldsFragment, change: Partial<SaveTrainingEventInput> = {}): SaveTrainingEventInput {
  return {
    id: e.id,
    type: e.type,
    title: e.title,
    description: e.description,
    national: e.countyCode == null,
    location: e.location ?? null,
    onlineUrl: e.onlineUrl ?? null,
    capacity: e.capacity,
    registrationDeadline: e.registrationDeadline ?? null,
    sessions: e.sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt })),
    eligibleKinds: e.eligibleKinds,
    eligibleCountyCodes: e.eligibleCountyCodes,
    quotaPerOrganisation: e.quotaPerOrganisation ?? null,
    quotaReleaseAt: e.quotaReleaseAt ?? null,
    loggedOnly: e.loggedOnly,
    ...change,
  };
}
