import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { CreateCalendarFeedMutation } from "../operations";

/**
 * Prenumerera på kalender: a secret iCalendar address of the organisation's meetings and
 * trainings. Creating a new one makes the previous one stop working, so it is confirmed first.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const [create, { loading }] = useMutation(CreateCalendarFeedMutation);
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const inputRef = useRef<HTMLInputElement>(null);

  async function confirm() {
    setError(null);
    try {
      const res = await create();
      setUrl(res.data!.createCalendarFeed);
      setConfirming(false);
      setStatus(t("networks.calendar.created"));
      window.requestAnimationFrame(() => inputRef.current?.select());
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("networks.calendar.copied"));
    } catch {
      // No clipboard access (e.g. an older browser): select the text so Ctrl+C copies it.
      inputRef.current?.focus();
      inputRef.current?.select();
      setStatus(t("networks.calendar.copyManually"));
    }
  }

  return (
    <section className="section card nw-calendar" aria-labelledby="nw-calendar">
      <h2 id="nw-calendar">{t("networks.calendar.heading")}</h2>
      <p>{t("networks.calendar.intro")}</p>
      <p>
        <strong>{t("networks.calendar.replaceWarning")}</strong>
      </p>
      {url && (
        <div className="field">
          <label htmlFor="nw-calendar-url">{t("networks.calendar.urlLabel")}</label>
          <p className="field__hint" id="nw-calendar-url-hint">
            {t("networks.calendar.urlHint")}
          </p>
          <div className="nw-copy-row">
            <input
              id="nw-calendar-url"
              ref={inputRef}
              type="text"
              readOnly
              value={url}
              aria-describedby="nw-calendar-url-hint"
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t("networks.calendar.copy")}
            </button>
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="button" className={url ? "button button--secondary" : "button"} onClick={() => setConfirming(true)}>
          {url ? t("networks.calendar.createAnother") : t("networks.calendar.create")}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <ConfirmDialog
        open={confirming}
        title={t("networks.calendar.confirmTitle")}
        confirmLabel={t("networks.calendar.confirm")}
        busy={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(false);
          setError(null);
        }}
      >
        <p>{t("networks.calendar.confirmBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
