import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, isoString } from "../../../app/format";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { DevFundApplicationFieldsFragment } from "../../../generated/graphql";
import { CaseThreadOf, CaseThreadToggle } from "../../grants/components/CaseThreadSection";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import { DevFundApplicationsQuery } from "../operations";
import type { Round } from "../round";
import { FollowUpForm } from "./FollowUpForm";
import { PartialReports } from "./PartialReports";
import { NgoApplicationForm } from "./NgoApplicationForm";

type App = DevFundApplicationFieldsFragment;

/** An NGO's round: apply within the NGO pot while it is open, and follow our applications. */
export function NgoRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const pot = round.ngoPot;
  const [done, setDone] = useState("");
  const [sent, setSent] = useState<App[]>([]);
  const [applying, setApplying] = useState(false);
  const notYet = Date.now() < new Date(pot.opensAt).getTime();

  return (
    <>
      <section className="section" aria-labelledby="df-ngo-pot">
        <h2 id="df-ngo-pot">{t("devfunds.ngoApply.potHeading")}</h2>
        <p>{t("devfunds.ngoApply.potIntro", { budget: formatAmount(pot.budget) })}</p>
        <p>
          {pot.isOpen
            ? t("devfunds.ngoApply.openUntil", { date: formatDate(pot.closesAt) })
            : notYet
              ? t("devfunds.ngoApply.opensOn", { date: formatDate(pot.opensAt) })
              : t("devfunds.ngoApply.closed", { date: formatDate(pot.closesAt) })}
        </p>
      </section>
      <LiveStatus>{done}</LiveStatus>
      <MyApplications round={round} sent={sent} onMessage={setDone} />
      {pot.availableActions.includes("APPLY") &&
        (applying ? (
          <NgoApplicationForm
            round={round}
            onDone={(app) => {
              setSent((s) => [app, ...s]);
              setApplying(false);
              setDone(t("devfunds.ngoApply.sent", { diarienummer: app.diarienummer }));
            }}
            onCancel={() => setApplying(false)}
          />
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setApplying(true)}>
              {t("devfunds.ngoApply.start")}
            </button>
          </div>
        ))}
    </>
  );
}

/** Our applications in the pot, their decisions, and the återrapportering of what was granted and paid. */
function MyApplications({ round, sent, onMessage }: { round: Round; sent: App[]; onMessage(message: string): void }) {
  const { t } = useTranslation();
  const variables = { callId: round.ngoPot.id, readyFor: null, offset: 0, limit: 50 };
  const { data, error } = useQuery(DevFundApplicationsQuery, { variables });
  const [reporting, setReporting] = useState<string | null>(null);
  const [threadOf, setThreadOf] = useState<App | null>(null);
  // What was sent during this visit is shown at once, before the list is refetched.
  const listed = data?.grantApplications.items ?? [];
  const items = [...sent.filter((s) => !listed.some((l) => l.id === s.id)), ...listed];

  return (
    <section className="section" aria-labelledby="df-ngo-mine">
      <h2 id="df-ngo-mine">{t("devfunds.ngoApply.mineHeading")}</h2>
      {error && !data ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState>{t("devfunds.ngoApply.none")}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-ngo-mine-caption">
          <table className="table">
            <caption id="df-ngo-mine-caption">{t("devfunds.ngoApply.mineCaption", { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("devfunds.ngo.application")}</th>
                <th scope="col">{t("devfunds.diarienummer")}</th>
                <th scope="col">{t("devfunds.ngoApply.submitted")}</th>
                <th scope="col" className="num">
                  {t("devfunds.ngo.requested")}
                </th>
                <th scope="col">{t("devfunds.requisitions.status")}</th>
                <th scope="col">{t("devfunds.ngoApply.decision")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title}
                    {a.hasCaseThread && (
                      <span className="df-cell-note">
                        <CaseThreadToggle open={threadOf?.id === a.id} name={a.title} onToggle={() => setThreadOf(threadOf?.id === a.id ? null : a)} />
                      </span>
                    )}
                  </th>
                  <td className="nowrap">{a.diarienummer}</td>
                  <td className="nowrap">{a.submittedAt && <time dateTime={isoString(a.submittedAt)}>{formatDate(a.submittedAt)}</time>}</td>
                  <td className="num nowrap">{formatAmount(a.requestedAmount)}</td>
                  <td>
                    <GrantStatusTag status={a.status} />
                  </td>
                  <td>
                    {a.decidedAt ? (
                      <>
                        {t("devfunds.ngoApply.granted", { amount: formatAmount(a.grantedAmount ?? 0) })}
                        {a.motivation && <span className="df-cell-note">{a.motivation}</span>}
                      </>
                    ) : (
                      <span className="muted">{t("devfunds.ngoApply.noDecision")}</span>
                    )}
                    {a.status === "FOLLOW_UP_COMPLETION" && (
                      <span className="df-cell-note">
                        {t("devfunds.review.completionTitle", { date: a.reviewDueDate ?? "" })}: {a.reviewMessage}
                      </span>
                    )}
                    {a.followUpReview === "RECLAIMED" && a.reclaimAmount != null && (
                      <span className="df-cell-note">
                        {t("devfunds.review.reclaimBody", { amount: formatAmount(a.reclaimAmount), motivation: a.reclaimMotivation ?? "" })}{" "}
                        <a href={`/api/grant-applications/${a.id}/reclaim-letter.pdf`} download>
                          {t("devfunds.review.letter")}
                        </a>
                      </span>
                    )}
                    {a.status === "REPAYMENT_DUE" && (
                      <span className="df-cell-note">
                        {t("devfunds.ngoApply.toRepay", {
                          amount: formatAmount((a.repaymentAmount ?? 0) - (a.repaidAmount ?? 0)),
                          diarienummer: a.diarienummer,
                        })}
                      </span>
                    )}
                    {a.availableActions.includes("SUBMIT_FOLLOW_UP") && reporting !== a.id && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t("devfunds.ngoApply.reportOn", { title: a.title })}
                        onClick={() => setReporting(a.id)}
                      >
                        {t("devfunds.ngoApply.report")}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {threadOf && <CaseThreadOf application={threadOf} />}
      {round.usableUntil &&
        items
          .filter((a) => a.partialReports.length > 0)
          .map((a) => (
            <PartialReports
              key={`partial-${a.id}`}
              application={a}
              usableUntil={round.usableUntil!}
              finalDueDate={round.followUpDueDate}
              refetch={[{ query: DevFundApplicationsQuery, variables }]}
              onDone={onMessage}
            />
          ))}
      {reporting && items.some((a) => a.id === reporting && a.availableActions.includes("SUBMIT_FOLLOW_UP")) && (
        <FollowUpForm
          key={reporting}
          application={items.find((a) => a.id === reporting)!}
          round={round}
          refetch={[{ query: DevFundApplicationsQuery, variables }]}
          onDone={(message) => {
            setReporting(null);
            onMessage(message);
          }}
        />
      )}
    </section>
  );
}
