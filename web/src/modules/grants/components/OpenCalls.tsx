import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate } from "../../../app/format";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { GrantCallsQuery } from "../operations";

/** Calls open now on which the server offers the user APPLY, each with "Ansök". */
export function OpenCalls() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(GrantCallsQuery);
  const calls = data?.grantCalls.filter((c) => c.isOpen && c.availableActions.includes("APPLY"));
  return (
    <section className="section" aria-labelledby="open-calls-heading">
      <h2 id="open-calls-heading">{t("grants.overview.openCalls")}</h2>
      {loading && !calls && <Loading />}
      {error && !calls ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !calls ? null : calls.length === 0 ? (
        <EmptyState>{t("grants.overview.noOpenCalls")}</EmptyState>
      ) : (
        <ul className="cards">
          {calls.map((c) => (
            <li key={c.id} className="card card--call">
              <h3 className="card__title">
                <Link to={`/stimulansmedel/utlysningar/${c.id}`}>{c.title}</Link>
              </h3>
              <p>{t("grants.overview.callLine", { budget: formatAmount(c.budget), closes: formatDate(c.closesAt) })}</p>
              <p>
                <Link to={`/stimulansmedel/ansokningar/ny?utlysning=${c.id}`} className="button">
                  {t("grants.overview.apply")}
                  <span className="visually-hidden"> {t("grants.overview.applyTo", { title: c.title })}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
