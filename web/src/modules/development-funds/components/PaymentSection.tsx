import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDateTime, isoString } from "../../../app/format";
import { useMe } from "../../../app/session";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { RadioGroup } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import { DevFundApplicationsQuery, DevFundMarkPaidMutation, DevFundRoundQuery } from "../operations";
import { potOf, type PotKey, type Round } from "../round";

const PAGE = 50;

/** Utbetalning: pick the recipients paid, mark them paid (after a confirmation), and the payment list. */
export function PaymentSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const me = useMe();
  const mayPay = me.abilities.includes("grant.payout");
  const [pot, setPot] = useState<PotKey>("KOMMUN");
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<Map<string, { name: string; amount: number }>>(new Map());
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState("");
  const call = potOf(round, pot);
  const { data, error, loading } = useQuery(DevFundApplicationsQuery, { variables: { callId: call.id, readyFor: "MARK_PAID", offset, limit: PAGE } });
  const page = data?.grantApplications;
  const [markPaid, paying] = useMutation(DevFundMarkPaidMutation, {
    refetchQueries: ["DevFundApplications", { query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });
  const total = [...selected.values()].reduce((s, v) => s + v.amount, 0);
  const items = page?.items ?? [];
  const allOnPage = items.length > 0 && items.every((a) => selected.has(a.id));

  function toggle(id: string, name: string, amount: number, on: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      if (on) next.set(id, { name, amount });
      else next.delete(id);
      return next;
    });
  }
  function togglePage(on: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      for (const a of items) {
        if (on) next.set(a.id, { name: a.organisation.name, amount: a.grantedAmount ?? 0 });
        else next.delete(a.id);
      }
      return next;
    });
  }

  async function confirm() {
    try {
      const ids = [...selected.keys()];
      await markPaid({ variables: { roundId: round.id, recipientIds: ids } });
      setConfirming(false);
      setDone(t("devfunds.payment.done", { count: ids.length, amount: formatAmount(total) }));
      setSelected(new Map());
    } catch {
      /* shown in the dialog */
    }
  }

  return (
    <section className="section" aria-labelledby="df-payment">
      <div className="section-head">
        <h2 id="df-payment">{t("devfunds.payment.heading")}</h2>
        {mayPay && (
          <p className="df-downloads">
            <a className="button button--secondary button--small" href={`/api/development-fund-rounds/${encodeURIComponent(round.id)}/payments.csv`} download>
              {t("devfunds.payment.csv")}
            </a>{" "}
            <a
              className="button button--secondary button--small"
              href={`/api/development-fund-rounds/${encodeURIComponent(round.id)}/payment-file.csv`}
              download
              aria-describedby="df-payment-file-hint"
            >
              {t("devfunds.payment.paymentFile")}
            </a>
          </p>
        )}
      </div>
      <p>{t("devfunds.payment.intro")}</p>
      {mayPay && <p id="df-payment-file-hint">{t("devfunds.payment.paymentFileHint")}</p>}
      <div className="filters">
        <RadioGroup<PotKey>
          id="df-pay-pot"
          legend={t("devfunds.payment.pot")}
          inline
          value={pot}
          onChange={(p) => {
            setPot(p);
            setOffset(0);
          }}
          options={(["KOMMUN", "REGION", "NGO"] as PotKey[]).map((p) => ({ value: p, label: t(`devfunds.pots.${p}`) }))}
        />
      </div>
      <LiveStatus>{done}</LiveStatus>
      {error && !page ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <EmptyState>{t("devfunds.payment.empty")}</EmptyState>
      ) : (
        <div aria-busy={loading}>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-pay-caption">
            <table className="table">
              <caption id="df-pay-caption">{t("devfunds.payment.caption", { count: page.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    {mayPay && (
                      <input
                        type="checkbox"
                        className="row-check"
                        aria-label={t("devfunds.payment.selectPage")}
                        checked={allOnPage}
                        onChange={(e) => togglePage(e.target.checked)}
                      />
                    )}
                  </th>
                  <th scope="col">{t("devfunds.requisitions.recipient")}</th>
                  <th scope="col">{t("devfunds.diarienummer")}</th>
                  <th scope="col">{t("devfunds.requisitions.status")}</th>
                  <th scope="col">{t("devfunds.requisitions.payment")}</th>
                  <th scope="col">{t("devfunds.payment.exported")}</th>
                  <th scope="col" className="num">
                    {t("devfunds.payment.amount")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {mayPay && (
                        <input
                          type="checkbox"
                          className="row-check"
                          id={`df-pay-${a.id}`}
                          aria-label={t("devfunds.payment.select", { name: a.organisation.name })}
                          checked={selected.has(a.id)}
                          onChange={(e) => toggle(a.id, a.organisation.name, a.grantedAmount ?? 0, e.target.checked)}
                        />
                      )}
                    </td>
                    <th scope="row">{a.organisation.name}</th>
                    <td className="nowrap">{a.diarienummer}</td>
                    <td>
                      <GrantStatusTag status={a.status} />
                    </td>
                    <td className="nowrap">
                      {a.requisition
                        ? `${t(`devfunds.paymentMethod.${a.requisition.paymentMethod}`)} ${a.requisition.paymentNumber}`
                        : a.ngoDetails?.paymentMethod
                          ? `${t(`devfunds.paymentMethod.${a.ngoDetails.paymentMethod}`)} ${a.ngoDetails.paymentNumber ?? ""}`
                          : "–"}
                    </td>
                    <td className="nowrap">
                      {a.paymentExportedAt ? (
                        <time dateTime={isoString(a.paymentExportedAt)}>{formatDateTime(a.paymentExportedAt)}</time>
                      ) : (
                        t("devfunds.payment.notExported")
                      )}
                    </td>
                    <td className="num nowrap">{formatAmount(a.grantedAmount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("devfunds.payment.pager")} offset={offset} limit={PAGE} total={page.total} onChange={setOffset} />
        </div>
      )}
      {mayPay && (items.length > 0 || selected.size > 0) && (
        <div className="button-row">
          <button
            type="button"
            className="button"
            disabled={selected.size === 0}
            onClick={() => {
              paying.reset();
              setConfirming(true);
            }}
          >
            {t("devfunds.payment.markPaid")}
          </button>
          <span className="inline-status" aria-live="polite">
            {t("devfunds.payment.selected", { count: selected.size, amount: formatAmount(total) })}
          </span>
        </div>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("devfunds.payment.confirmTitle", { count: selected.size })}
        confirmLabel={t("devfunds.payment.markPaid")}
        busy={paying.loading}
        error={paying.error ? errorInfo(paying.error).message : null}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("devfunds.payment.confirmBody", { count: selected.size, amount: formatAmount(total) })}</p>
        <ul className="df-confirm-list">
          {[...selected.entries()].slice(0, 10).map(([id, v]) => (
            <li key={id}>
              {v.name}: {formatAmount(v.amount)}
            </li>
          ))}
          {selected.size > 10 && <li>{t("devfunds.payment.andMore", { count: selected.size - 10 })}</li>}
        </ul>
        <p>{t("devfunds.payment.confirmFinal")}</p>
      </ConfirmDialog>
    </section>
  );
}
