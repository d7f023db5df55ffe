import { useTranslation } from "react-i18next";
import { formatDate, formatTime, isoString } from "../../../app/format";

/** "Dag 1: 2026-11-24 09:00–16:00", always in Swedish time. */
export function SessionTimes({ sessions }: { sessions: { id: string; startsAt: string; endsAt: string }[] }) {
  const { t } = useTranslation();
  if (sessions.length === 0) return <>–</>;
  return (
    <ol className="sessions-list">
      {sessions.map((s, i) => (
        <li key={s.id}>
          {sessions.length > 1 && <>{t("trainings.form.dayN", { day: i + 1 })}: </>}
          <time dateTime={isoString(s.startsAt)}>
            {formatDate(s.startsAt)} {formatTime(s.startsAt)}
          </time>
          –<time dateTime={isoString(s.endsAt)}>{formatTime(s.endsAt)}</time>
        </li>
      ))}
    </ol>
  );
}

/** "2026-11-24" or "2026-11-24 – 2026-11-25" for a list. */
export function EventDates({ startsAt, endsAt }: { startsAt?: string | null; endsAt?: string | null }) {
  const start = formatDate(startsAt);
  const end = formatDate(endsAt);
  if (!start) return <>–</>;
  return <>{end && end !== start ? `${start} – ${end}` : start}</>;
}
