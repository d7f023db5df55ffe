import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate, formatTime } from "../../app/format";
import { PublicLayout } from "../../app/PublicLayout";
import { EmptyState, ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

/** One training as the public calendar (`/api/public/trainings`) publishes it. */
interface PublicTraining {
  id: number;
  title: string;
  typeLabel: string;
  description: string;
  organiser: string;
  nationwide: boolean;
  location: string | null;
  online: boolean;
  placesLeft: number;
  registrationDeadline: string | null;
  sessions: { startsAt: string; endsAt: string }[];
}

const PAGE = 20;

/** Trainings open for registration, for anyone without signing in; registering still needs a coordinator's sign-in. */
export function PublicCalendarPage() {
  const { t, i18n } = useTranslation();
  const [items, setItems] = useState<PublicTraining[]>([]);
  const [total, setTotal] = useState(0);
  const [offset, setOffset] = useState(0);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  useDocumentTitle(t("publicCalendar.title"));

  useEffect(() => {
    let live = true;
    setLoading(true);
    setFailed(false);
    fetch(`/api/public/trainings?limit=${PAGE}&offset=${offset}`, { headers: { "Accept-Language": i18n.language } })
      .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
      .then((body: { items: PublicTraining[]; total: number }) => {
        if (!live) return;
        setItems((before) => (offset === 0 ? body.items : [...before, ...body.items]));
        setTotal(body.total);
      })
      .catch(() => live && setFailed(true))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [offset, i18n.language]);

  return (
    <PublicLayout>
      <h1>{t("publicCalendar.title")}</h1>
      <p className="lead">{t("publicCalendar.intro")}</p>
      <Notice>
        <p>
          {t("publicCalendar.signInToRegister")} <Link to="/logga-in">{t("publicCalendar.signIn")}</Link>
        </p>
      </Notice>
      <p>
        <a href="/api/public/trainings.ics" download>
          {t("publicCalendar.ical")}
        </a>
      </p>
      {failed && <ErrorAlert>{t("publicCalendar.failed")}</ErrorAlert>}
      {!loading && !failed && items.length === 0 && <EmptyState>{t("publicCalendar.empty")}</EmptyState>}
      <ul className="cards" aria-busy={loading}>
        {items.map((e) => (
          <li key={e.id} className="card">
            <h2>{e.title}</h2>
            <p className="muted">
              {e.typeLabel} · {e.organiser} · {e.nationwide ? t("publicCalendar.nationwide") : t("publicCalendar.regional")}
            </p>
            <ul>
              {e.sessions.map((s) => (
                <li key={s.startsAt}>
                  <time dateTime={s.startsAt}>{formatDate(s.startsAt)}</time> {formatTime(s.startsAt)}–{formatTime(s.endsAt)}
                </li>
              ))}
            </ul>
            <p>
              {t("publicCalendar.place")}: {e.location ?? ""}
              {e.online ? ` (${t("publicCalendar.online")})` : ""}
            </p>
            <p>
              <strong>{t("publicCalendar.placesLeft", { count: e.placesLeft })}</strong>
              {e.registrationDeadline ? ` · ${t("publicCalendar.deadline")} ${formatDate(e.registrationDeadline)}` : ""}
            </p>
            <p>{e.description}</p>
          </li>
        ))}
      </ul>
      {loading && (
        <p className="inline-status" role="status" aria-live="polite">
          {t("publicCalendar.loading")}
        </p>
      )}
      {!loading && items.length < total && (
        <button type="button" className="button button--secondary" onClick={() => setOffset(items.length)}>
          {t("publicCalendar.more")}
        </button>
      )}
    </PublicLayout>
  );
}
