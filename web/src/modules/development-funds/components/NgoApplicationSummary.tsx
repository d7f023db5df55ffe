import { useTranslation } from "react-i18next";
import { formatAmount } from "../../../app/format";
import type { RankingRow } from "../round";

/** What an NGO applied for, for the assessor: area, county, description, target groups, period, budget. */
export function NgoApplicationSummary({ row, countyName }: { row: RankingRow; countyName(code: string): string }) {
  const { t } = useTranslation();
  const a = row.application;
  const d = row.details;
  return (
    <div className="df-summary">
      <dl className="facts facts--plain">
        <div>
          <dt>{t("devfunds.ngo.organisation")}</dt>
          <dd>
            {a.organisation.name}
            {d && <span className="muted"> ({d.organisationNumber})</span>}
          </dd>
        </div>
        {d && (
          <>
            <div>
              <dt>{t("devfunds.ngo.area")}</dt>
              <dd>{t(`devfunds.ngoArea.${d.activityArea}`)}</dd>
            </div>
            <div>
              <dt>{t("devfunds.ngo.county")}</dt>
              <dd>{countyName(d.countyCode)}</dd>
            </div>
            <div>
              <dt>{t("devfunds.ngo.supportMissing")}</dt>
              <dd>{d.supportMissing ? t("devfunds.yes") : t("devfunds.no")}</dd>
            </div>
            {d.legalForm && (
              <div>
                <dt>{t("devfunds.ngo.legalForm")}</dt>
                <dd>{t(`devfunds.legalForm.${d.legalForm}`)}</dd>
              </div>
            )}
            {d.paymentMethod && (
              <div>
                <dt>{t("devfunds.ngo.account")}</dt>
                <dd>
                  {t(`devfunds.paymentMethod.${d.paymentMethod}`)} {d.paymentNumber}
                </dd>
              </div>
            )}
          </>
        )}
        <div>
          <dt>{t("devfunds.ngo.period")}</dt>
          <dd>
            {a.periodStart}–{a.periodEnd}
          </dd>
        </div>
        <div>
          <dt>{t("devfunds.ngo.requested")}</dt>
          <dd>{formatAmount(a.requestedAmount)}</dd>
        </div>
        <div>
          <dt>{t("devfunds.ngo.contact")}</dt>
          <dd>
            {a.contactName}, {a.contactEmail}
          </dd>
        </div>
      </dl>
      {d && (
        <>
          <h3>{t("devfunds.ngo.eligibility")}</h3>
          <ul className="plain-list" aria-label={t("devfunds.ngo.eligibility")}>
            {d.eligibility.map((c) => (
              <li key={c.condition}>
                {t(`devfunds.ngo.condition.${c.condition}`)}:{" "}
                <strong>
                  {c.passed === null
                    ? t("devfunds.ngo.eligibilityNotAsked")
                    : c.passed
                      ? t("devfunds.ngo.eligibilityPassed")
                      : t("devfunds.ngo.eligibilityFailed")}
                </strong>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t("devfunds.ngo.description")}</h3>
      <p className="pre-line">{a.purpose}</p>
      <h3>{t("devfunds.ngo.targetGroups")}</h3>
      <p className="pre-line">{a.targetGroups}</p>
      {a.budgetLines.length > 0 && (
        <>
          <h3>{t("devfunds.ngo.budget")}</h3>
          <ul className="plain-list">
            {a.budgetLines.map((b, i) => (
              <li key={i}>
                {b.category}: {formatAmount(b.amount)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
