import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount } from "../../../app/format";
import { useMe } from "../../../app/session";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { GrantOverdueFollowUpFieldsFragment } from "../../../generated/graphql";
import { GrantSendFollowUpRemindersMutation } from "../operations";

const WITHIN_DAYS = 14;

interface Props {
  /** The id of the section's heading, e.g. for a table of contents. */
  id: string;
  /** The overdue grants; undefined while loading. */
  items: GrantOverdueFollowUpFieldsFragment[] | undefined;
  loading?: boolean;
  error?: unknown;
}

/**
 * Återrapportering: the paid grants whose follow-up report is overdue, and (for those who pay out)
 * a button that reminds every recipient whose report is due within 14 days. Texts: `grantFollowUps`.
 */
export function OverdueFollowUps({ id, items, loading, error }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const mayRemind = me.abilities.includes("grant.payout");
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const [send, sending] = useMutation(GrantSendFollowUpRemindersMutation);

  async function confirm() {
    try {
      const { data } = await send({ variables: { withinDays: WITHIN_DAYS } });
      setConfirming(false);
      setDone(t("grantFollowUps.remindDone", { count: data?.sendFollowUpReminders ?? 0 }));
    } catch {
      /* shown in the dialog */
    }
  }

  return (
    <section className="section" aria-labelledby={id}>
      <h2 id={id}>{t("grantFollowUps.heading")}</h2>
      <p>{t("grantFollowUps.intro")}</p>
      {error && !items ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState>{t("grantFollowUps.empty")}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`} aria-busy={loading}>
          <table className="table">
            <caption id={`${id}-caption`}>{t("grantFollowUps.caption", { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("grantFollowUps.organisation")}</th>
                <th scope="col">{t("grantFollowUps.diarienummer")}</th>
                <th scope="col" className="num">
                  {t("grantFollowUps.granted")}
                </th>
                <th scope="col">{t("grantFollowUps.dueDate")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.organisation.name}</th>
                  <td className="nowrap">{a.diarienummer}</td>
                  <td className="num nowrap">{formatAmount(a.grantedAmount)}</td>
                  <td className="nowrap">
                    <time dateTime={a.call.followUpDueDate}>{a.call.followUpDueDate}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayRemind && (
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              sending.reset();
              setConfirming(true);
            }}
          >
            {t("grantFollowUps.remind")}
          </button>
        </div>
      )}
      <LiveStatus>{done}</LiveStatus>
      <ConfirmDialog
        open={confirming}
        title={t("grantFollowUps.confirmTitle")}
        confirmLabel={t("grantFollowUps.remind")}
        busy={sending.loading}
        error={sending.error ? errorInfo(sending.error).message : null}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("grantFollowUps.confirmBody", { days: WITHIN_DAYS })}</p>
      </ConfirmDialog>
    </section>
  );
}
