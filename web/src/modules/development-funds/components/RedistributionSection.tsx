import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, formatDateTime } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { DevFundRedistributeMutation as Result } from "../../../generated/graphql";
import { DevFundCloseWindowMutation, DevFundNotRequisitionedQuery, DevFundRedistributeMutation, DevFundRoundQuery } from "../operations";
import type { Round } from "../round";

type Redistribution = Result["redistributeDevelopmentFunds"];

/**
 * Omfördelning: what was not requisitioned goes to those who asked for more. First a preview
 * (dry run), then, after a confirmation, for real; it can be done once.
 */
export function RedistributionSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<Redistribution | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const [run, { loading, error, reset }] = useMutation(DevFundRedistributeMutation);
  const [apply, applying] = useMutation(DevFundRedistributeMutation, {
    refetchQueries: [{ query: DevFundRoundQuery, variables: { id: round.id } }, "DevFundApplications"],
    awaitRefetchQueries: true,
  });
  const [closingOpen, setClosingOpen] = useState(false);
  const [closeWindow, closing] = useMutation(DevFundCloseWindowMutation, {
    refetchQueries: [
      { query: DevFundRoundQuery, variables: { id: round.id } },
      { query: DevFundNotRequisitionedQuery, variables: { roundId: round.id } },
    ],
    awaitRefetchQueries: true,
  });
  const closed = Date.now() >= new Date(round.closesAt).getTime();

  async function confirmClose() {
    try {
      await closeWindow({ variables: { roundId: round.id } });
      setClosingOpen(false);
      setDone(t("devfunds.redistribution.closed", { year: round.year }));
    } catch {
      /* shown in the dialog */
    }
  }

  async function showPreview() {
    reset();
    setDone("");
    try {
      const res = await run({ variables: { roundId: round.id, dryRun: true } });
      setPreview(res.data!.redistributeDevelopmentFunds);
    } catch {
      setPreview(null);
    }
  }

  async function confirm() {
    try {
      const res = await apply({ variables: { roundId: round.id, dryRun: false } });
      const result = res.data!.redistributeDevelopmentFunds;
      setConfirming(false);
      setPreview(result);
      const total = result.rows.reduce((s, r) => s + r.amount, 0);
      setDone(
        result.alreadyApplied
          ? t("devfunds.redistribution.alreadyApplied")
          : t("devfunds.redistribution.applied", { amount: formatAmount(total), count: result.rows.length }),
      );
    } catch {
      /* shown in the dialog */
    }
  }

  const total = preview?.rows.reduce((s, r) => s + r.amount, 0) ?? 0;
  const finished = !!round.redistributedAt || !!preview?.alreadyApplied || !!preview?.applied;

  return (
    <section className="section" aria-labelledby="df-redistribution">
      <h2 id="df-redistribution">{t("devfunds.redistribution.heading")}</h2>
      <p>{t("devfunds.redistribution.intro")}</p>
      <LiveStatus>{done}</LiveStatus>
      {!round.allocationPublishedAt ? (
        <p className="muted">{t("devfunds.redistribution.notPublished")}</p>
      ) : !closed ? (
        <>
          <p className="muted">{t("devfunds.redistribution.beforeClose", { date: formatDate(round.closesAt) })}</p>
          {round.isOpen && (
            <>
              <p>{t("devfunds.redistribution.closeHint")}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    closing.reset();
                    setClosingOpen(true);
                  }}
                >
                  {t("devfunds.redistribution.closeNow")}
                </button>
              </div>
            </>
          )}
        </>
      ) : (
        <>
          {round.redistributedAt && <p>{t("devfunds.redistribution.doneAt", { date: formatDateTime(round.redistributedAt) })}</p>}
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => void showPreview()} disabled={loading}>
              {round.redistributedAt ? t("devfunds.redistribution.show") : t("devfunds.redistribution.preview")}
            </button>
            {loading && (
              <span className="inline-status" role="status">
                {t("common.loading")}
              </span>
            )}
          </div>
        </>
      )}
      {error && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
      {preview && (
        <div className="df-preview">
          <h3>{finished ? t("devfunds.redistribution.resultHeading") : t("devfunds.redistribution.previewHeading")}</h3>
          {!finished && <p>{t("devfunds.redistribution.pool", { amount: formatAmount(preview.pool) })}</p>}
          {preview.rows.length === 0 ? (
            <EmptyState>{t("devfunds.redistribution.nobody")}</EmptyState>
          ) : (
            <div className="table-wrap table-wrap--fit" role="region" tabIndex={0} aria-labelledby="df-redist-caption">
              <table className="table">
                <caption id="df-redist-caption">{t("devfunds.redistribution.caption", { count: preview.rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("devfunds.requisitions.recipient")}</th>
                    <th scope="col">{t("devfunds.redistribution.kind")}</th>
                    <th scope="col" className="num">
                      {t("devfunds.redistribution.amount")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.applicationId}>
                      <th scope="row">{r.organisation.name}</th>
                      <td>{t(`devfunds.kind.${r.organisation.kind}`)}</td>
                      <td className="num nowrap">{formatAmount(r.amount)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t("devfunds.allocation.sum")}</th>
                    <td />
                    <td className="num nowrap">{formatAmount(total)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          {!finished && preview.rows.length > 0 && (
            <div className="button-row">
              <button
                type="button"
                className="button"
                onClick={() => {
                  applying.reset();
                  setConfirming(true);
                }}
              >
                {t("devfunds.redistribution.apply")}
              </button>
            </div>
          )}
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("devfunds.redistribution.confirmTitle")}
        confirmLabel={t("devfunds.redistribution.apply")}
        busy={applying.loading}
        error={applying.error ? errorInfo(applying.error).message : null}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("devfunds.redistribution.confirmBody", { amount: formatAmount(total), count: preview?.rows.length ?? 0 })}</p>
        <p>{t("devfunds.redistribution.confirmFinal")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={closingOpen}
        title={t("devfunds.redistribution.closeTitle", { year: round.year })}
        confirmLabel={t("devfunds.redistribution.closeNow")}
        busy={closing.loading}
        error={closing.error ? errorInfo(closing.error).message : null}
        onConfirm={() => void confirmClose()}
        onClose={() => setClosingOpen(false)}
      >
        <p>{t("devfunds.redistribution.closeBody", { date: formatDate(round.closesAt) })}</p>
        <p>{t("devfunds.redistribution.closeNext")}</p>
        <p>{t("devfunds.redistribution.closeFinal")}</p>
      </ConfirmDialog>
    </section>
  );
}
