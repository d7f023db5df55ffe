import { useMutation, useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDateTime, formatNumber } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { RadioGroup } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { DevFundAllocationPreviewQuery, DevFundPublishAdvanceNoticeMutation, DevFundPublishAllocationMutation, DevFundRoundQuery } from "../operations";
import { type Sort, SortHeader } from "./SortHeader";
import type { Round } from "../round";

type Column = "name" | "population" | "amount";
type Kind = "KOMMUN" | "REGION";

/** Fördelning: the allocation key applied to the pots, to check, download and publish. */
export function AllocationSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DevFundAllocationPreviewQuery, { variables: { roundId: round.id } });
  const [kind, setKind] = useState<Kind>("KOMMUN");
  const [sort, setSort] = useState<Sort<Column>>({ key: "name", dir: "asc" });
  const [confirming, setConfirming] = useState(false);
  const [confirmingNotice, setConfirmingNotice] = useState(false);
  const [done, setDone] = useState("");
  const [publishNotice, { loading: noticeLoading, error: noticeError, reset: resetNotice }] = useMutation(DevFundPublishAdvanceNoticeMutation, {
    refetchQueries: [{ query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });
  const offered = (a: string) => round.availableActions.includes(a as never);
  const [publish, { loading, error: publishError, reset }] = useMutation(DevFundPublishAllocationMutation, {
    refetchQueries: [{ query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });
  const rows = useMemo(() => data?.allocationPreview ?? [], [data]);
  const sums = useMemo(
    () => ({
      KOMMUN: rows.filter((r) => r.organisation.kind === "KOMMUN").reduce((s, r) => s + r.amount, 0),
      REGION: rows.filter((r) => r.organisation.kind === "REGION").reduce((s, r) => s + r.amount, 0),
      kommuner: rows.filter((r) => r.organisation.kind === "KOMMUN").length,
      regioner: rows.filter((r) => r.organisation.kind === "REGION").length,
      atFloor: rows.filter((r) => r.organisation.kind === "KOMMUN" && r.amount === round.floorAmount).length,
      population: rows.filter((r) => r.organisation.kind === "KOMMUN").reduce((s, r) => s + (r.population ?? 0), 0),
    }),
    [rows, round.floorAmount],
  );
  const shown = useMemo(() => {
    const list = rows.filter((r) => r.organisation.kind === kind);
    const dir = sort.dir === "asc" ? 1 : -1;
    return [...list].sort((a, b) => {
      const by =
        sort.key === "name"
          ? a.organisation.name.localeCompare(b.organisation.name, "sv")
          : sort.key === "population"
            ? (a.population ?? 0) - (b.population ?? 0)
            : a.amount - b.amount;
      return by * dir || a.organisation.name.localeCompare(b.organisation.name, "sv");
    });
  }, [rows, kind, sort]);

  async function confirm() {
    try {
      await publish({ variables: { roundId: round.id } });
      setConfirming(false);
      setDone(t("devfunds.allocation.published", { year: round.year }));
    } catch {
      /* shown in the dialog */
    }
  }

  async function confirmNotice() {
    try {
      await publishNotice({ variables: { roundId: round.id } });
      setConfirmingNotice(false);
      setDone(t("devfunds.notice.published", { year: round.year }));
    } catch {
      /* shown in the dialog */
    }
  }

  const base = `/api/development-fund-rounds/${encodeURIComponent(round.id)}/allocation`;

  return (
    <section className="section" aria-labelledby="df-allocation">
      <div className="section-head">
        <h2 id="df-allocation">{t("devfunds.allocation.heading")}</h2>
        <p className="df-downloads">
          <a className="button button--secondary button--small" href={`${base}.csv`} download>
            {t("devfunds.allocation.csv")}
          </a>
          <a className="button button--secondary button--small" href={`${base}.xlsx`} download>
            {t("devfunds.allocation.xlsx")}
          </a>
        </p>
      </div>
      <LiveStatus>{done}</LiveStatus>
      {round.noticePublishedAt && <p id="df-notice-published">{t("devfunds.notice.publishedAt", { date: formatDateTime(round.noticePublishedAt) })}</p>}
      {round.allocationPublishedAt ? (
        <p>{t("devfunds.allocation.publishedAt", { date: formatDateTime(round.allocationPublishedAt) })}</p>
      ) : (
        <>
          <p>{t("devfunds.allocation.previewIntro", { floor: formatAmount(round.floorAmount) })}</p>
          {offered("PUBLISH_NOTICE") && <p>{t("devfunds.notice.intro")}</p>}
          <div className="button-row df-publish">
            {offered("PUBLISH_NOTICE") && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  resetNotice();
                  setConfirmingNotice(true);
                }}
                disabled={!rows.length}
              >
                {t("devfunds.notice.publish")}
              </button>
            )}
            {offered("PUBLISH_ALLOCATION") && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  reset();
                  setConfirming(true);
                }}
                disabled={!rows.length}
              >
                {t("devfunds.allocation.publish")}
              </button>
            )}
          </div>
          <ConfirmDialog
            open={confirmingNotice}
            title={t("devfunds.notice.confirmTitle", { year: round.year })}
            confirmLabel={t("devfunds.notice.publish")}
            busy={noticeLoading}
            error={noticeError ? errorInfo(noticeError).message : null}
            onConfirm={() => void confirmNotice()}
            onClose={() => setConfirmingNotice(false)}
          >
            <p>
              {t("devfunds.notice.confirmBody", {
                kommuner: sums.kommuner,
                kommunSum: formatAmount(sums.KOMMUN),
                regioner: sums.regioner,
                regionSum: formatAmount(sums.REGION),
              })}
            </p>
            <p>{t("devfunds.notice.confirmFinal")}</p>
          </ConfirmDialog>
          <ConfirmDialog
            open={confirming}
            title={t("devfunds.allocation.confirmTitle", { year: round.year })}
            confirmLabel={t("devfunds.allocation.publish")}
            busy={loading}
            error={publishError ? errorInfo(publishError).message : null}
            onConfirm={() => void confirm()}
            onClose={() => setConfirming(false)}
          >
            <p>
              {t("devfunds.allocation.confirmBody", {
                kommuner: sums.kommuner,
                kommunSum: formatAmount(sums.KOMMUN),
                regioner: sums.regioner,
                regionSum: formatAmount(sums.REGION),
              })}
            </p>
            <p>{t("devfunds.allocation.confirmFinal")}</p>
          </ConfirmDialog>
        </>
      )}

      {error && !data ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState>{t("devfunds.allocation.empty")}</EmptyState>
      ) : (
        <>
          <ul className="figures df-figures">
            <li className="figure">
              <span className="figure__label">{t("devfunds.allocation.kommunSum", { count: sums.kommuner })}</span>
              <span className="figure__value">{formatAmount(sums.KOMMUN)}</span>
            </li>
            <li className="figure">
              <span className="figure__label">{t("devfunds.allocation.regionSum", { count: sums.regioner })}</span>
              <span className="figure__value">{formatAmount(sums.REGION)}</span>
            </li>
            <li className="figure">
              <span className="figure__label">{t("devfunds.allocation.atFloor", { floor: formatAmount(round.floorAmount) })}</span>
              <span className="figure__value">{formatNumber(sums.atFloor)}</span>
            </li>
          </ul>
          <div className="filters">
            <RadioGroup<Kind>
              id="df-allocation-kind"
              legend={t("devfunds.allocation.show")}
              inline
              value={kind}
              onChange={setKind}
              options={[
                { value: "KOMMUN", label: t("devfunds.allocation.kommuner", { count: sums.kommuner }) },
                { value: "REGION", label: t("devfunds.allocation.regioner", { count: sums.regioner }) },
              ]}
            />
          </div>
          <div className="table-wrap df-scroll" role="region" tabIndex={0} aria-labelledby="df-allocation-caption">
            <table className="table">
              <caption id="df-allocation-caption">
                {kind === "KOMMUN"
                  ? t("devfunds.allocation.captionKommuner", { count: shown.length })
                  : t("devfunds.allocation.captionRegioner", { count: shown.length })}
              </caption>
              <thead>
                <tr>
                  <SortHeader
                    label={kind === "KOMMUN" ? t("devfunds.allocation.kommun") : t("devfunds.allocation.region")}
                    column="name"
                    sort={sort}
                    onSort={setSort}
                  />
                  <th scope="col">{t("devfunds.allocation.code")}</th>
                  {kind === "KOMMUN" && <SortHeader label={t("devfunds.allocation.population")} column="population" sort={sort} onSort={setSort} numeric />}
                  <SortHeader label={t("devfunds.allocation.amount")} column="amount" sort={sort} onSort={setSort} numeric />
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.organisation.id}>
                    <th scope="row">{r.organisation.name}</th>
                    <td>{r.organisation.code}</td>
                    {kind === "KOMMUN" && <td className="num nowrap">{formatNumber(r.population)}</td>}
                    <td className="num nowrap">
                      {formatAmount(r.amount)}
                      {kind === "KOMMUN" && r.amount === round.floorAmount && <span className="df-floor"> {t("devfunds.allocation.floorMark")}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("devfunds.allocation.sum")}</th>
                  <td />
                  {kind === "KOMMUN" && <td className="num nowrap">{formatNumber(sums.population)}</td>}
                  <td className="num nowrap">{formatAmount(sums[kind])}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
