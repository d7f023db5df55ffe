import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate } from "../../../app/format";
import { useSession } from "../../../app/session";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { StatusCounts } from "./StatusCounts";
import { GrantCallsOverviewQuery } from "../operations";

/** Every call with its budget, what was requested and granted, and applications per status. */
export function CallsOverview() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, loading, error } = useQuery(GrantCallsOverviewQuery);
  const calls = data?.grantCalls;
  return (
    <section className="section" aria-labelledby="calls-heading">
      <div className="section-head">
        <h2 id="calls-heading">{t("grants.overview.callsHeading")}</h2>
        {can("grant.call.manage") && (
          <Link to="/stimulansmedel/utlysningar/ny" className="button">
            {t("grants.call.new")}
          </Link>
        )}
      </div>
      <div aria-busy={loading}>
        {loading && !calls && <Loading />}
        {error && !calls ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !calls ? null : calls.length === 0 ? (
          <EmptyState>{t("grants.overview.noCalls")}</EmptyState>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="calls-caption">
            <table className="table">
              <caption id="calls-caption">{t("grants.overview.callsCaption", { count: calls.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("grants.list.call")}</th>
                  <th scope="col">{t("grants.call.period")}</th>
                  <th scope="col" className="num">
                    {t("grants.call.budgetFact")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.call.requested")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.call.granted")}
                  </th>
                  <th scope="col" className="num">
                    {t("grants.call.remaining")}
                  </th>
                  <th scope="col">{t("grants.overview.byStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {calls.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/stimulansmedel/utlysningar/${c.id}`}>{c.title}</Link>
                      <div>
                        <span className={`status status--${c.isOpen ? "positive" : "neutral"}`}>{t(c.isOpen ? "grants.call.open" : "grants.call.closed")}</span>
                      </div>
                    </th>
                    <td className="nowrap">
                      {formatDate(c.opensAt)} – {formatDate(c.closesAt)}
                    </td>
                    <td className="num nowrap">{formatAmount(c.budget)}</td>
                    <td className="num nowrap">{formatAmount(c.requestedTotal)}</td>
                    <td className="num nowrap">
                      {formatAmount(c.grantedTotal)}
                      <div className="muted">{t("grants.call.grantedCount", { count: c.grantedCount })}</div>
                    </td>
                    <td className="num nowrap">{formatAmount(c.remaining)}</td>
                    <td>
                      <StatusCounts counts={c.statusCounts} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
