import { useTranslation } from "react-i18next";
import { formatAmount, formatDate } from "../../../app/format";
import { Email } from "../../../app/ui/Email";

/** What the applicant wrote: the application itself or one of its submitted versions. */
export interface ApplicationContentData {
  title?: string;
  purpose?: string;
  plannedActivities?: string;
  targetGroups?: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  requestedAmount?: number;
  budgetLines?: { category: string; amount: number }[];
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string | null;
  /** Stimulus funds: what the funds are for (absent in versions submitted before purposes were asked for). */
  purposeCategories?: string[] | null;
}

/** The content, read-only. `headingLevel` lets it sit under a version's own heading. */
export function ApplicationContent({ content, headingLevel = 2, idPrefix }: { content: ApplicationContentData; headingLevel?: 2 | 3 | 4; idPrefix: string }) {
  const { t } = useTranslation();
  const H = `h${headingLevel}` as "h2";
  const lines = content.budgetLines ?? [];
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  const dash = "–";
  return (
    <div className="application-content">
      <H>{t("grants.form.purpose")}</H>
      <p className="pre-line">{content.purpose || dash}</p>
      <H>{t("grants.application.purposeCategories")}</H>
      {content.purposeCategories?.length ? (
        <ul>
          {content.purposeCategories.map((p) => (
            <li key={p}>{t(`grants.purposes.${p}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t("grants.purposes.notStated")}</p>
      )}
      <H>{t("grants.form.plannedActivities")}</H>
      <p className="pre-line">{content.plannedActivities || dash}</p>
      <H>{t("grants.form.targetGroups")}</H>
      <p className="pre-line">{content.targetGroups || dash}</p>
      <dl className="facts">
        <div>
          <dt>{t("grants.application.period")}</dt>
          <dd>{content.periodStart ? `${formatDate(content.periodStart)} – ${formatDate(content.periodEnd)}` : dash}</dd>
        </div>
        <div>
          <dt>{t("grants.list.requested")}</dt>
          <dd>{formatAmount(content.requestedAmount ?? 0)}</dd>
        </div>
        <div>
          <dt>{t("grants.form.contactName")}</dt>
          <dd>{content.contactName || dash}</dd>
        </div>
        <div>
          <dt>{t("grants.form.contactEmail")}</dt>
          <dd>{content.contactEmail ? <Email address={content.contactEmail} /> : dash}</dd>
        </div>
        <div>
          <dt>{t("grants.form.contactPhone")}</dt>
          <dd>{content.contactPhone || dash}</dd>
        </div>
      </dl>
      <div className="table-wrap table-wrap--fit">
        <table className="table table--narrow" id={`${idPrefix}-budget`}>
          <caption>{t("grants.form.budget")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("grants.form.category")}</th>
              <th scope="col" className="num">
                {t("grants.form.amount")}
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.length === 0 ? (
              <tr>
                <td colSpan={2}>{t("grants.application.noBudget")}</td>
              </tr>
            ) : (
              lines.map((l, i) => (
                <tr key={i}>
                  <td>{l.category}</td>
                  <td className="num nowrap">{formatAmount(l.amount)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("grants.application.budgetTotal")}</th>
              <td className="num nowrap">{formatAmount(sum)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
