import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDate, formatDateTime } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { RunPersonalDataRetentionMutation as RunData } from "../../../generated/graphql";
import { PlatformSettingsQuery, RunPersonalDataRetentionMutation } from "../operations";
import { ErasedCounts } from "./ErasedCounts";

/** Gallring: when the daily erasure last ran, and running it now (after a confirmation). */
export function RetentionRunSection({ months, lastRunAt }: { months: number; lastRunAt: string | null }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<RunData["runPersonalDataRetention"] | null>(null);
  const [run, { loading }] = useMutation(RunPersonalDataRetentionMutation, { refetchQueries: [PlatformSettingsQuery] });

  async function confirm() {
    try {
      const res = await run();
      setResult(res.data?.runPersonalDataRetention ?? null);
      setError(null);
      setAsking(false);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t("platformSettings.retentionHeading")}</h2>
      <p>{t("platformSettings.retentionIntro", { months })}</p>
      <p>{lastRunAt ? t("platformSettings.lastRun", { at: formatDateTime(lastRunAt) }) : t("platformSettings.neverRun")}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)} disabled={loading}>
          {t("platformSettings.runNow")}
        </button>
      </div>
      <div role="status">
        {result && (
          <>
            <p>{t("platformSettings.ran", { cutoff: formatDate(result.cutoff) })}</p>
            <ErasedCounts erased={result.erased} label={t("platformSettings.erasedLabel")} />
          </>
        )}
      </div>
      <ConfirmDialog
        open={asking}
        title={t("platformSettings.runTitle")}
        confirmLabel={t("platformSettings.runConfirm")}
        danger
        busy={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setAsking(false);
          setError(null);
        }}
      >
        <p>{t("platformSettings.runBody", { months })}</p>
      </ConfirmDialog>
    </section>
  );
}
