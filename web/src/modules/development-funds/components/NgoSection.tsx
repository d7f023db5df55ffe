import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount } from "../../../app/format";
import { Dialog } from "../../../app/ui/Dialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { CaseThreadOf, CaseThreadToggle } from "../../grants/components/CaseThreadSection";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import { DevFundCountiesQuery, DevFundDecideMutation, DevFundRoundQuery, DevFundNgoRankingQuery as RankingQuery } from "../operations";
import { DecisionForm } from "../../grants/components/DecisionForm";
import { NgoApplicationSummary } from "./NgoApplicationSummary";
import type { RankingRow, Round } from "../round";
import { ScoreForm } from "./ScoreForm";
import { AssessmentView, PROPOSABLE_STATUSES } from "./AssessmentView";
import { useMe } from "../../../app/session";
const scoreFormat = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Whether the application met the conditions to apply, as the server checked them (the details are in the summary). */
function EligibilityNote({ row }: { row: RankingRow }) {
  const { t } = useTranslation();
  const checks = row.details?.eligibility ?? [];
  if (!checks.some((c) => c.passed !== null)) return null;
  return (
    <span className="df-cell-note">{checks.some((c) => c.passed === false) ? t("devfunds.ngo.eligibilityNotMet") : t("devfunds.ngo.eligibilityMet")}</span>
  );
}

/** Ideella organisationer: the applications ranked by score, to score and decide within the pot. */
export function NgoSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(RankingQuery, { variables: { roundId: round.id } });
  const counties = useQuery(DevFundCountiesQuery).data?.counties ?? [];
  const [scoring, setScoring] = useState<RankingRow | null>(null);
  const [deciding, setDeciding] = useState<RankingRow | null>(null);
  const [assessing, setAssessing] = useState<RankingRow | null>(null);
  const [threadOf, setThreadOf] = useState<RankingRow["application"] | null>(null);
  const abilities = useMe().abilities;
  const readsAssessments = abilities.includes("grant.read.all");
  const proposes = abilities.includes("grant.application.assess");
  const [decide, decideState] = useMutation(DevFundDecideMutation, {
    refetchQueries: ["DevFundNgoRanking", "DevFundApplications", { query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });
  const [done, setDone] = useState("");
  const rows = data?.ngoRanking;
  const countyName = (code: string) => counties.find((c) => c.code === code)?.name ?? code;
  const pot = round.ngoPot;

  return (
    <section className="section" aria-labelledby="df-ngo">
      <h2 id="df-ngo">{t("devfunds.ngo.heading")}</h2>
      <p>{t("devfunds.ngo.intro", { bonus: scoreFormat.format(rows?.[0]?.supportMissingBonus ?? 0) })}</p>
      <p className="df-pot-line">
        {t("devfunds.ngo.potLine", { budget: formatAmount(pot.budget), granted: formatAmount(pot.grantedTotal), remaining: formatAmount(pot.remaining) })}
      </p>
      <LiveStatus>{done}</LiveStatus>
      {error && !rows ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !rows ? (
        <Loading />
      ) : rows.length === 0 ? (
        <EmptyState>{t("devfunds.ngo.empty")}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-ngo-caption">
          <table className="table df-table--compact">
            <caption id="df-ngo-caption">{t("devfunds.ngo.caption", { count: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t("devfunds.ngo.rank")}
                </th>
                <th scope="col">{t("devfunds.ngo.application")}</th>
                <th scope="col">{t("devfunds.ngo.area")}</th>
                <th scope="col">{t("devfunds.ngo.county")}</th>
                <th scope="col">{t("devfunds.ngo.supportMissingShort")}</th>
                <th scope="col" className="num">
                  {t("devfunds.ngo.requested")}
                </th>
                <th scope="col" className="num">
                  {t("devfunds.ngo.average")}
                </th>
                <th scope="col">{t("devfunds.requisitions.status")}</th>
                <th scope="col">{t("devfunds.ngo.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const a = r.application;
                return (
                  <tr key={a.id}>
                    <td className="num">{r.rank}</td>
                    <th scope="row">
                      {a.title}
                      <span className="df-cell-note">
                        {a.organisation.name}, {a.diarienummer}
                      </span>
                      <EligibilityNote row={r} />
                    </th>
                    <td>{r.details ? t(`devfunds.ngoArea.${r.details.activityArea}`) : ""}</td>
                    <td>{r.details ? countyName(r.details.countyCode) : ""}</td>
                    <td>{r.details?.supportMissing ? t("devfunds.yes") : t("devfunds.no")}</td>
                    <td className="num nowrap">{formatAmount(a.requestedAmount)}</td>
                    <td className="num nowrap">
                      {r.rankingScore == null ? <span className="muted">{t("devfunds.ngo.notScored")}</span> : scoreFormat.format(r.rankingScore)}
                      {r.averageScore != null && r.details?.supportMissing && (
                        <span className="df-cell-note">
                          {t("devfunds.ngo.averageNote", { average: scoreFormat.format(r.averageScore), bonus: scoreFormat.format(r.supportMissingBonus) })}
                        </span>
                      )}
                      <span className="df-cell-note">{t("devfunds.ngo.scores", { count: r.scores })}</span>
                    </td>
                    <td>
                      <GrantStatusTag status={a.status} />
                      {a.grantedAmount != null && <span className="df-cell-note">{formatAmount(a.grantedAmount)}</span>}
                      {a.rankingDeviationReason && (
                        <span className="df-cell-note">{t("devfunds.ngo.rankingReason", { reason: a.rankingDeviationReason })}</span>
                      )}
                    </td>
                    <td>
                      <div className="actions">
                        {readsAssessments && (
                          <button type="button" className="button button--secondary button--small" onClick={() => setAssessing(r)}>
                            {t("devfunds.assessment.open")}
                            <span className="visually-hidden">: {a.title}</span>
                          </button>
                        )}
                        {a.hasCaseThread && (
                          <CaseThreadToggle
                            open={threadOf?.id === a.id}
                            name={`${a.organisation.name}, ${a.title}`}
                            onToggle={() => setThreadOf(threadOf?.id === a.id ? null : a)}
                          />
                        )}
                        {a.availableActions.includes("SCORE") && (
                          <button type="button" className="button button--secondary button--small" onClick={() => setScoring(r)}>
                            {t("devfunds.ngo.score")}
                            <span className="visually-hidden">: {a.title}</span>
                          </button>
                        )}
                        {a.availableActions.includes("DECIDE") && (
                          <button type="button" className="button button--small" onClick={() => setDeciding(r)}>
                            {t("devfunds.ngo.decide")}
                            <span className="visually-hidden">: {a.title}</span>
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {threadOf && <CaseThreadOf application={threadOf} />}
      <Dialog open={!!scoring} title={scoring ? t("devfunds.ngo.scoreTitle", { title: scoring.application.title }) : ""} onClose={() => setScoring(null)}>
        {scoring && (
          <>
            <NgoApplicationSummary row={scoring} countyName={countyName} />
            <ScoreForm
              row={scoring}
              onDone={(score) => {
                setDone(t("devfunds.ngo.scored", { title: scoring.application.title, score }));
                setScoring(null);
              }}
              onCancel={() => setScoring(null)}
            />
          </>
        )}
      </Dialog>
      <Dialog
        open={!!assessing}
        title={assessing ? t("devfunds.assessment.viewTitle", { title: assessing.application.title }) : ""}
        onClose={() => setAssessing(null)}
      >
        {assessing && (
          <AssessmentView applicationId={assessing.application.id} canPropose={proposes && PROPOSABLE_STATUSES.includes(assessing.application.status)} />
        )}
      </Dialog>
      <Dialog open={!!deciding} title={deciding ? t("devfunds.ngo.decideTitle", { title: deciding.application.title }) : ""} onClose={() => setDeciding(null)}>
        {deciding && readsAssessments && <AssessmentView applicationId={deciding.application.id} canPropose={false} />}
        {deciding && (
          <DecisionForm
            app={deciding.application}
            idPrefix="df-decision"
            ns="devfunds.decision"
            outcomeNs="devfunds.outcome"
            reviewLabel={t("devfunds.decision.review")}
            finalNote={t("devfunds.decision.final")}
            summary={
              <dl className="facts facts--plain">
                <div>
                  <dt>{t("devfunds.decision.requested")}</dt>
                  <dd>{formatAmount(deciding.application.requestedAmount)}</dd>
                </div>
                <div>
                  <dt>{t("devfunds.decision.potRemaining")}</dt>
                  <dd>{t("devfunds.decision.potRemainingValue", { remaining: formatAmount(pot.remaining), budget: formatAmount(pot.budget) })}</dd>
                </div>
              </dl>
            }
            limit={{
              max: pot.remaining,
              overMessage: t("devfunds.decision.overPot", { remaining: formatAmount(pot.remaining) }),
              after: (granted) => t("devfunds.decision.remainingAfter", { remaining: formatAmount(pot.remaining - granted) }),
            }}
            rankingReason={
              deciding.application.decisionNeedsRankingReason
                ? {
                    label: t("devfunds.decision.rankingReason"),
                    hint: t("devfunds.decision.rankingReasonHint"),
                    required: t("devfunds.decision.rankingReasonRequired"),
                  }
                : undefined
            }
            decide={(input) => decide({ variables: { id: deciding.application.id, input } })}
            busy={decideState.loading}
            onDone={(outcome, granted) => {
              setDone(
                t("devfunds.decision.done", { title: deciding.application.title, outcome: t(`devfunds.outcome.${outcome}`), amount: formatAmount(granted) }),
              );
              setDeciding(null);
            }}
            onCancel={() => setDeciding(null)}
          />
        )}
      </Dialog>
    </section>
  );
}
