import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, isoString } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { RadioGroup } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import type { DevFundApplicationFieldsFragment } from "../../../generated/graphql";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import { CaseThreadOf, CaseThreadToggle } from "../../grants/components/CaseThreadSection";
import { DevFundApplicationsQuery, DevFundNotRequisitionedQuery, DevFundRepaymentReceivedMutation, DevFundRoundQuery } from "../operations";
import { potOf, type Round } from "../round";

const PAGE = 50;
type Kind = "KOMMUN" | "REGION";

/** Rekvisitioner: who requisitioned what, their status, and who still has to be reminded. */
export function RequisitionsSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>("KOMMUN");
  const [offset, setOffset] = useState(0);
  const pot = potOf(round, kind);
  const { data, error, loading } = useQuery(DevFundApplicationsQuery, { variables: { callId: pot.id, readyFor: null, offset, limit: PAGE } });
  const page = data?.grantApplications;
  const [repaying, setRepaying] = useState<DevFundApplicationFieldsFragment | null>(null);
  const [done, setDone] = useState("");
  const [threadOf, setThreadOf] = useState<DevFundApplicationFieldsFragment | null>(null);
  const [markRepaid, repaid] = useMutation(DevFundRepaymentReceivedMutation, {
    refetchQueries: ["DevFundApplications", { query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });

  async function confirmRepaid() {
    if (!repaying) return;
    try {
      await markRepaid({ variables: { id: repaying.id } });
      setDone(t("devfunds.requisitions.repaidDone", { name: repaying.organisation.name, amount: formatAmount(repaying.repaymentAmount) }));
      setRepaying(null);
    } catch {
      /* shown in the dialog */
    }
  }

  return (
    <section className="section" aria-labelledby="df-requisitions">
      <h2 id="df-requisitions">{t("devfunds.requisitions.heading")}</h2>
      {!round.allocationPublishedAt && <p className="muted">{t("devfunds.requisitions.beforePublish")}</p>}
      <div className="filters">
        <RadioGroup<Kind>
          id="df-req-kind"
          legend={t("devfunds.requisitions.show")}
          inline
          value={kind}
          onChange={(k) => {
            setKind(k);
            setOffset(0);
          }}
          options={[
            { value: "KOMMUN", label: t("devfunds.requisitions.kommuner") },
            { value: "REGION", label: t("devfunds.requisitions.regioner") },
          ]}
        />
      </div>
      <p>
        {t("devfunds.requisitions.potLine", {
          budget: formatAmount(pot.budget),
          granted: formatAmount(pot.grantedTotal),
          remaining: formatAmount(pot.remaining),
        })}
      </p>
      <LiveStatus>{done}</LiveStatus>
      {error && !page ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <EmptyState>{kind === "KOMMUN" ? t("devfunds.requisitions.emptyKommuner") : t("devfunds.requisitions.emptyRegioner")}</EmptyState>
      ) : (
        <div aria-busy={loading}>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-req-caption">
            <table className="table df-table--compact">
              <caption id="df-req-caption">
                {kind === "KOMMUN"
                  ? t("devfunds.requisitions.captionKommuner", { count: page.total })
                  : t("devfunds.requisitions.captionRegioner", { count: page.total })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("devfunds.requisitions.recipient")}</th>
                  <th scope="col">{t("devfunds.diarienummer")}</th>
                  <th scope="col">{t("devfunds.requisitions.status")}</th>
                  <th scope="col" className="num">
                    {t("devfunds.requisitions.requisitioned")}
                  </th>
                  <th scope="col" className="num">
                    {t("devfunds.requisitions.redistributed")}
                  </th>
                  <th scope="col">{t("devfunds.requisitions.wantsMore")}</th>
                  <th scope="col">{t("devfunds.requisitions.payment")}</th>
                  <th scope="col">{t("devfunds.requisitions.followUp")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((a) => {
                  const others = a.jointMembers.filter((m) => m.organisation.id !== a.organisation.id);
                  return (
                    <tr key={a.id}>
                      <th scope="row">
                        {a.organisation.name}
                        {others.length > 0 && (
                          <span className="df-cell-note">
                            {t("devfunds.requisitions.jointWith", {
                              names: others
                                .map((m) => (m.confirmedAt ? m.organisation.name : t("devfunds.requisitions.unconfirmed", { name: m.organisation.name })))
                                .join(", "),
                            })}
                          </span>
                        )}
                      </th>
                      <td className="nowrap">
                        {a.diarienummer}
                        {a.caseFileUrl && (
                          <span className="df-cell-note">
                            <a href={a.caseFileUrl} download>
                              {t("devfunds.requisitions.caseFile")}
                              <span className="visually-hidden"> {a.organisation.name}</span>
                            </a>
                          </span>
                        )}
                        {a.hasCaseThread && (
                          <span className="df-cell-note">
                            <CaseThreadToggle
                              open={threadOf?.id === a.id}
                              name={a.organisation.name}
                              onToggle={() => setThreadOf(threadOf?.id === a.id ? null : a)}
                            />
                          </span>
                        )}
                      </td>
                      <td>
                        <GrantStatusTag status={a.status} />
                        {a.submittedAt && (
                          <span className="df-cell-note">
                            <time dateTime={isoString(a.submittedAt)}>{formatDate(a.submittedAt)}</time>
                          </span>
                        )}
                      </td>
                      <td className="num nowrap">{formatAmount(a.requestedAmount)}</td>
                      <td className="num nowrap">{a.requisition?.redistributedAmount ? formatAmount(a.requisition.redistributedAmount) : "–"}</td>
                      <td>
                        {a.requisition?.wantsMore ? t("devfunds.requisitions.upTo", { amount: formatAmount(a.requisition.wantsMoreUpTo) }) : t("devfunds.no")}
                      </td>
                      <td>{a.requisition ? `${t(`devfunds.paymentMethod.${a.requisition.paymentMethod}`)} ${a.requisition.paymentNumber}` : ""}</td>
                      <td>
                        {a.status === "REPAYMENT_DUE" ? (
                          <>
                            <span className="df-cell-note df-cell-note--first">
                              {t("devfunds.requisitions.repaymentDue", { amount: formatAmount((a.repaymentAmount ?? 0) - (a.repaidAmount ?? 0)) })}
                            </span>
                            {a.availableActions.includes("MARK_REPAID") && (
                              <button
                                type="button"
                                className="button button--secondary button--small"
                                onClick={() => {
                                  repaid.reset();
                                  setRepaying(a);
                                }}
                              >
                                {t("devfunds.requisitions.markRepaid")}
                                <span className="visually-hidden"> {a.organisation.name}</span>
                              </button>
                            )}
                          </>
                        ) : a.followUpSubmittedAt ? (
                          t("devfunds.requisitions.used", { amount: formatAmount(a.usedAmount) })
                        ) : a.partialReports.some((r) => r.submittedAt) ? (
                          t("devfunds.multiYear.partialCell", {
                            amount: formatAmount(a.usedSoFar ?? 0),
                            years: a.partialReports
                              .filter((r) => r.submittedAt)
                              .map((r) => r.year)
                              .join(", "),
                          })
                        ) : (
                          <span className="muted">{t("devfunds.requisitions.noFollowUp")}</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager label={t("devfunds.requisitions.pager")} offset={offset} limit={PAGE} total={page.total} onChange={setOffset} />
        </div>
      )}
      {threadOf && <CaseThreadOf application={threadOf} />}
      <ConfirmDialog
        open={!!repaying}
        title={t("devfunds.requisitions.repaidTitle")}
        confirmLabel={t("devfunds.requisitions.markRepaid")}
        busy={repaid.loading}
        error={repaid.error ? errorInfo(repaid.error).message : null}
        onConfirm={() => void confirmRepaid()}
        onClose={() => setRepaying(null)}
      >
        {repaying && (
          <p>
            {t("devfunds.requisitions.repaidBody", {
              name: repaying.organisation.name,
              amount: formatAmount(repaying.repaymentAmount),
              diarienummer: repaying.diarienummer,
            })}
          </p>
        )}
      </ConfirmDialog>
      {round.allocationPublishedAt && <RemindList round={round} />}
    </section>
  );
}

/** Påminn: kommuner and regioner with an allotment that have not requisitioned. */
function RemindList({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DevFundNotRequisitionedQuery, { variables: { roundId: round.id } });
  const list = data?.notRequisitioned;
  const kommuner = list?.filter((o) => o.kind === "KOMMUN") ?? [];
  const regioner = list?.filter((o) => o.kind === "REGION") ?? [];
  return (
    <div className="df-remind">
      <h3 id="df-remind">{t("devfunds.remind.heading")}</h3>
      <p className="field__hint">{round.isOpen ? t("devfunds.remind.hintOpen", { date: formatDate(round.closesAt) }) : t("devfunds.remind.hintClosed")}</p>
      {error && !list ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !list ? (
        <Loading />
      ) : list.length === 0 ? (
        <EmptyState>{t("devfunds.remind.none")}</EmptyState>
      ) : (
        <>
          <p>{t("devfunds.remind.count", { kommuner: kommuner.length, regioner: regioner.length })}</p>
          {[
            { key: "k", title: t("devfunds.remind.kommuner", { count: kommuner.length }), items: kommuner },
            { key: "r", title: t("devfunds.remind.regioner", { count: regioner.length }), items: regioner },
          ]
            .filter((g) => g.items.length > 0)
            .map((g) => (
              <details key={g.key} className="df-details">
                <summary>{g.title}</summary>
                <ul className="df-columns">
                  {g.items.map((o) => (
                    <li key={o.id}>{o.name}</li>
                  ))}
                </ul>
              </details>
            ))}
        </>
      )}
    </div>
  );
}
