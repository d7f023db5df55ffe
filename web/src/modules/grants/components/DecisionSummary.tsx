import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, formatDateTime } from "../../../app/format";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";

/** The decision, the decision letter, and what happened with the money afterwards. */
export function DecisionSummary({ app }: { app: GrantApplicationFieldsFragment }) {
  const { t } = useTranslation();
  if (!app.decidedAt || !app.outcome) return null;
  return (
    <section className="section card" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t("grants.decision.heading")}</h2>
      <dl className="facts facts--plain">
        <div>
          <dt>{t("grants.decision.outcome")}</dt>
          <dd>{t(`decisionOutcome.${app.outcome}`)}</dd>
        </div>
        <div>
          <dt>{t("grants.list.granted")}</dt>
          <dd>{formatAmount(app.grantedAmount ?? 0)}</dd>
        </div>
        <div>
          <dt>{t("grants.list.requested")}</dt>
          <dd>{formatAmount(app.requestedAmount)}</dd>
        </div>
        <div>
          <dt>{t("grants.decision.decidedAt")}</dt>
          <dd>{formatDate(app.decidedAt)}</dd>
        </div>
      </dl>
      {app.decidedWithoutOpinion && <p className="notice">{t("grants.decision.withoutOpinion")}</p>}
      <h3>{t("grants.decision.motivation")}</h3>
      <p className="pre-line">{app.motivation}</p>
      {app.decisionLetterUrl && (
        <p>
          <a href={app.decisionLetterUrl} download className="button button--secondary">
            {t("grants.decision.downloadLetter")}
          </a>
        </p>
      )}
      {(app.paidAt || app.followUpSubmittedAt || app.repaidAt) && (
        <>
          <h3>{t("grants.payout.heading")}</h3>
          <dl className="facts facts--plain">
            {app.paidAt && (
              <div>
                <dt>{t("grants.payout.paidAt")}</dt>
                <dd>{formatDate(app.paidAt)}</dd>
              </div>
            )}
            <div>
              <dt>{t("grants.payout.followUpDue")}</dt>
              <dd>{formatDate(app.call.followUpDueDate)}</dd>
            </div>
            {app.followUpSubmittedAt && (
              <>
                <div>
                  <dt>{t("grants.payout.reportedAt")}</dt>
                  <dd>{formatDateTime(app.followUpSubmittedAt)}</dd>
                </div>
                <div>
                  <dt>{t("grants.followUp.usedAmount")}</dt>
                  <dd>{formatAmount(app.usedAmount ?? 0)}</dd>
                </div>
                <div>
                  <dt>{t("grants.payout.repaymentAmount")}</dt>
                  <dd>{formatAmount(app.repaymentAmount ?? 0)}</dd>
                </div>
              </>
            )}
            {app.repaidAt && (
              <div>
                <dt>{t("grants.payout.repaidAt")}</dt>
                <dd>{formatDate(app.repaidAt)}</dd>
              </div>
            )}
          </dl>
          {app.followUpReport && (
            <>
              <h3>{t("grants.followUp.report")}</h3>
              <p className="pre-line">{app.followUpReport}</p>
            </>
          )}
        </>
      )}
    </section>
  );
}
