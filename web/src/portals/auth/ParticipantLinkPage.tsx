import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { formatDate, formatTime } from "../../app/format";
import { PublicLayout } from "../../app/PublicLayout";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

/** A registration as its personal link (`/api/public/registration`) shows it: the person's own, nothing of anyone else. */
interface ParticipantView {
  name: string;
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  statusLabel: string;
  waitlistPosition: number | null;
  checkInCode: string | null;
  qrSvg: string | null;
  availableActions: string[];
  calendar: boolean;
  event: {
    title: string;
    typeLabel: string;
    status: string;
    cancelReason: string | null;
    organiser: string;
    location: string | null;
    onlineUrl: string | null;
    sessions: { startsAt: string; endsAt: string }[];
  };
}

async function answer(res: Response): Promise<ParticipantView> {
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new Error(body?.error?.message ?? String(res.status));
  return body as ParticipantView;
}

/** /anmalan?token=…: the registered person's own page, without signing in: their booking, a calendar file, the check-in code, cancelling. */
export function ParticipantLinkPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [view, setView] = useState<ParticipantView | null>(null);
  const [error, setError] = useState<string | null>(token ? null : t("participantLink.missing"));
  const [loading, setLoading] = useState(!!token);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useDocumentTitle(t("participantLink.title"));

  useEffect(() => {
    if (!token) return;
    let live = true;
    setLoading(true);
    fetch(`/api/public/registration?token=${encodeURIComponent(token)}`, { headers: { "Accept-Language": i18n.language } })
      .then(answer)
      .then((v) => live && (setView(v), setError(null)))
      .catch((err: Error) => live && setError(err.message || t("participantLink.failed")))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [token, i18n.language, t]);

  async function cancel() {
    setBusy(true);
    try {
      const v = await answer(
        await fetch("/api/public/registration/cancel", {
          method: "POST",
          headers: { "Content-Type": "application/json", "Accept-Language": i18n.language },
          body: JSON.stringify({ token }),
        }),
      );
      setView(v);
      setConfirming(false);
      setCancelError(null);
      setNotice(t("participantLink.cancelDone"));
    } catch (err) {
      setCancelError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const e = view?.event;
  return (
    <PublicLayout>
      <h1>{t("participantLink.title")}</h1>
      <LiveStatus>{notice}</LiveStatus>
      {loading && (
        <p className="inline-status" role="status" aria-live="polite">
          {t("participantLink.loading")}
        </p>
      )}
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {view && e && (
        <>
          <p className="lead">{t("participantLink.hello", { name: view.name })}</p>
          {e.status === "CANCELLED" && (
            <div className="alert alert--error">
              <p className="alert__title">{t("participantLink.eventCancelled")}</p>
              {e.cancelReason && <p>{e.cancelReason}</p>}
            </div>
          )}
          <dl className="facts">
            <div>
              <dt>{t("participantLink.training")}</dt>
              <dd>
                {e.title}
                <div className="muted">{e.typeLabel}</div>
              </dd>
            </div>
            <div>
              <dt>{t("participantLink.organiser")}</dt>
              <dd>{e.organiser}</dd>
            </div>
            <div>
              <dt>{t("participantLink.dates")}</dt>
              <dd>
                <ul className="plain-list">
                  {e.sessions.map((s) => (
                    <li key={s.startsAt}>
                      <time dateTime={s.startsAt}>{formatDate(s.startsAt)}</time> {formatTime(s.startsAt)}–{formatTime(s.endsAt)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            <div>
              <dt>{t("participantLink.place")}</dt>
              <dd>
                {e.location ?? "–"}
                {e.onlineUrl && (
                  <div>
                    <a href={e.onlineUrl} rel="noopener noreferrer">
                      {t("participantLink.online")}
                    </a>
                  </div>
                )}
              </dd>
            </div>
            <div>
              <dt>{t("participantLink.status")}</dt>
              <dd>
                <strong>
                  {view.status === "CONFIRMED"
                    ? t("participantLink.confirmed")
                    : view.status === "WAITLISTED"
                      ? t("participantLink.waitlisted", { position: view.waitlistPosition ?? "" })
                      : t("participantLink.cancelled")}
                </strong>
              </dd>
            </div>
          </dl>
          {view.calendar && (
            <p>
              <a href={`/api/public/registration/calendar.ics?token=${encodeURIComponent(token)}`} download>
                {t("participantLink.calendar")}
              </a>
            </p>
          )}
          {view.checkInCode && view.qrSvg && (
            <section className="section card" aria-labelledby="check-in-heading">
              <h2 id="check-in-heading">{t("participantLink.checkInHeading")}</h2>
              <p>{t("participantLink.checkInIntro")}</p>
              <img
                className="qr-code"
                src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.qrSvg)}`}
                alt={t("participantLink.qrLabel", { code: view.checkInCode })}
                width={200}
                height={200}
              />
              <p>
                {t("participantLink.checkInCode")}: <strong className="check-in-code">{view.checkInCode}</strong>
              </p>
            </section>
          )}
          {view.availableActions.includes("CANCEL") && (
            <section className="section" aria-labelledby="cancel-heading">
              <h2 id="cancel-heading">{t("participantLink.cancelHeading")}</h2>
              <p>{t("participantLink.cancelIntro")}</p>
              <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
                {t("participantLink.cancel")}
              </button>
            </section>
          )}
          <Notice>
            <p>{t("participantLink.personal")}</p>
          </Notice>
          <ConfirmDialog
            open={confirming}
            danger
            title={t("participantLink.cancelTitle")}
            confirmLabel={t("participantLink.cancelConfirm")}
            busy={busy}
            error={cancelError}
            onConfirm={() => void cancel()}
            onClose={() => {
              setConfirming(false);
              setCancelError(null);
            }}
          >
            <p>{t("participantLink.cancelBody", { event: e.title })}</p>
          </ConfirmDialog>
        </>
      )}
    </PublicLayout>
  );
}
