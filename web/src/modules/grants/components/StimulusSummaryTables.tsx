import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount } from "../../../app/format";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { StimulusSummaryQuery } from "../operations";

/** An integer per cent from the server, as `98 %`; a dash when nothing was granted. */
function percent(share: number | null | undefined, none: string) {
  return share == null ? none : `${share} %`;
}

/**
 * A year's stimulus funds: the row of Tabell 1, the organisations that applied, the purposes,
 * and the downloads. Every figure is the server's.
 */
export function StimulusSummaryTables({ year }: { year: number }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(StimulusSummaryQuery, { variables: { year } });
  const s = data?.stimulusSummary;
  if (loading && !s) return <Loading />;
  if (error && !s) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!s) return null;
  if (s.calls === 0) return <EmptyState>{t("grants.summary.noCallsInYear", { year })}</EmptyState>;
  const none = t("grants.summary.shareNone");
  const purposeLabel = (p: string | null | undefined) => t(p ? `grants.purposes.${p}` : "grants.purposes.notStated");
  return (
    <div aria-busy={loading}>
      <section className="section" aria-labelledby="summary-table1-caption">
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="summary-table1-caption">
          <table className="table">
            <caption id="summary-table1-caption">{t("grants.summary.tableCaption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("grants.summary.year")}</th>
                <th scope="col" className="num">
                  {t("grants.summary.available")}
                </th>
                <th scope="col">{t("grants.summary.recipients")}</th>
                <th scope="col" className="num">
                  {t("grants.summary.requested")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.granted")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.paid")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.used")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.shareUsed")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.repaid")}
                </th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{s.year}</th>
                <td className="num nowrap">{formatAmount(s.available)}</td>
                <td>{s.recipientsDescription}</td>
                <td className="num nowrap">{formatAmount(s.total.requested)}</td>
                <td className="num nowrap">{formatAmount(s.total.granted)}</td>
                <td className="num nowrap">{formatAmount(s.total.paid)}</td>
                <td className="num nowrap">{formatAmount(s.total.used)}</td>
                <td className="num nowrap">{percent(s.total.shareUsed, none)}</td>
                <td className="num nowrap">{formatAmount(s.total.repaid)}</td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="button-row">
          <a className="button button--secondary button--small" href={`/api/stimulus-summary/${year}.csv`} download>
            {t("grants.summary.csv", { year })}
          </a>
          <a className="button button--secondary button--small" href={`/api/stimulus-summary/${year}.xlsx`} download>
            {t("grants.summary.xlsx", { year })}
          </a>
        </p>
      </section>

      <section className="section" aria-labelledby="summary-org-caption">
        {s.byOrganisation.length === 0 ? (
          <EmptyState>{t("grants.summary.noApplications", { year })}</EmptyState>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="summary-org-caption">
            <table className="table">
              <caption id="summary-org-caption">{t("grants.summary.byOrganisationCaption", { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("grants.summary.organisation")}</th>
                  <th scope="col">{t("grants.summary.purposes")}</th>
                  <th scope="col" className="num">
                    {t("grants.summary.applications")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.requested")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.granted")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.paid")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.used")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.shareUsed")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.repaid")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.summary.repaymentDue")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {s.byOrganisation.map((o) => (
                  <tr key={o.organisationId}>
                    <th scope="row">{o.organisationName}</th>
                    <td>{[...o.purposes.map(purposeLabel), ...(o.purposeNotStated ? [purposeLabel(null)] : [])].join("; ")}</td>
                    <td className="num">{o.applications}</td>
                    <td className="num nowrap">{formatAmount(o.requested)}</td>
                    <td className="num nowrap">{formatAmount(o.granted)}</td>
                    <td className="num nowrap">{formatAmount(o.paid)}</td>
                    <td className="num nowrap">{formatAmount(o.used)}</td>
                    <td className="num nowrap">{percent(o.shareUsed, none)}</td>
                    <td className="num nowrap">{formatAmount(o.repaid)}</td>
                    <td className="num nowrap">{formatAmount(o.repaymentDue)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t("grants.summary.total")}</th>
                  <td />
                  <td className="num">{s.total.applications}</td>
                  <td className="num nowrap">{formatAmount(s.total.requested)}</td>
                  <td className="num nowrap">{formatAmount(s.total.granted)}</td>
                  <td className="num nowrap">{formatAmount(s.total.paid)}</td>
                  <td className="num nowrap">{formatAmount(s.total.used)}</td>
                  <td className="num nowrap">{percent(s.total.shareUsed, none)}</td>
                  <td className="num nowrap">{formatAmount(s.total.repaid)}</td>
                  <td className="num nowrap">{formatAmount(s.total.repaymentDue)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="summary-purpose-caption">
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="summary-purpose-caption">
          <table className="table" aria-describedby="summary-purpose-note">
            <caption id="summary-purpose-caption">{t("grants.summary.byPurposeCaption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("grants.summary.purposes")}</th>
                <th scope="col" className="num">
                  {t("grants.summary.purposeRecipients")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.applications")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.granted")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.used")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.shareUsed")}
                </th>
                <th scope="col" className="num">
                  {t("grants.summary.repaid")}
                </th>
              </tr>
            </thead>
            <tbody>
              {s.byPurpose.map((p) => (
                <tr key={p.purpose ?? "none"}>
                  <th scope="row">{purposeLabel(p.purpose)}</th>
                  <td className="num">{p.recipients}</td>
                  <td className="num">{p.applications}</td>
                  <td className="num nowrap">{formatAmount(p.granted)}</td>
                  <td className="num nowrap">{formatAmount(p.used)}</td>
                  <td className="num nowrap">{percent(p.shareUsed, none)}</td>
                  <td className="num nowrap">{formatAmount(p.repaid)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t("grants.summary.totalOnce")}</th>
                <td className="num">{s.recipients}</td>
                <td className="num">{s.total.applications}</td>
                <td className="num nowrap">{formatAmount(s.total.granted)}</td>
                <td className="num nowrap">{formatAmount(s.total.used)}</td>
                <td className="num nowrap">{percent(s.total.shareUsed, none)}</td>
                <td className="num nowrap">{formatAmount(s.total.repaid)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="muted" id="summary-purpose-note">
          {t("grants.summary.byPurposeNote")}
        </p>
      </section>
    </div>
  );
}
