import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatNumber, formatPercent } from "../../../app/format";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { CountiesQuery, CourseLeaderCoverageQuery } from "../operations";

/** Självförsörjning av baskunskaper: per county, the share of kommuner with at least one kursledare, the region's kursledare, and follow-up days. */
export function CoverageTable() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CourseLeaderCoverageQuery);
  const counties = useQuery(CountiesQuery, { fetchPolicy: "cache-first" });
  const rows = data?.courseLeaderCoverage;
  const name = (code: string) => counties.data?.counties.find((c) => c.code === code)?.name ?? code;
  if (loading && !rows) return <Loading />;
  if (error && !rows) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!rows) return null;
  if (rows.length === 0) return <EmptyState>{t("trainings.coverage.empty")}</EmptyState>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="coverage-caption">
      <table className="table">
        <caption id="coverage-caption">{t("trainings.coverage.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trainings.list.county")}</th>
            <th scope="col" className="num">
              {t("trainings.coverage.share")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.kommuner")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.leaders")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.region")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.followedUp")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.localCourses")}
            </th>
            <th scope="col" className="num">
              {t("trainings.coverage.participants")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.countyCode}>
              <th scope="row">{name(r.countyCode)}</th>
              <td className="num nowrap">
                <strong>{formatPercent(r.share)}</strong>
              </td>
              <td className="num nowrap">
                {t("trainings.coverage.ofKommuner", { covered: formatNumber(r.kommunerWithCourseLeader), total: formatNumber(r.kommuner) })}
              </td>
              <td className="num">{formatNumber(r.courseLeaders)}</td>
              <td className="num">{formatNumber(r.regionCourseLeaders)}</td>
              <td className="num">{formatNumber(r.courseLeadersFollowedUp)}</td>
              <td className="num">{formatNumber(r.localCourses)}</td>
              <td className="num">{formatNumber(r.localCourseParticipants)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
