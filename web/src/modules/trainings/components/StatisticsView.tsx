import { useTranslation } from "react-i18next";
import { formatNumber, formatPercent } from "../../../app/format";
import { EmptyState } from "../../../app/ui/Messages";
import type { TrainingStatisticsQuery } from "../../../generated/graphql";

type Stats = TrainingStatisticsQuery["trainingStatistics"];

/** Key figures, events and participants per type, and waitlists left when events started. */
export function StatisticsView({ stats, countyName }: { stats: Stats; countyName(code: string | null | undefined): string }) {
  const { t } = useTranslation();
  const figures: [string, string][] = [
    [t("trainings.stats.events"), formatNumber(stats.events)],
    [t("trainings.stats.participants"), formatNumber(stats.participants)],
    [t("trainings.stats.loggedParticipants"), formatNumber(stats.loggedParticipants)],
    [t("trainings.stats.kommuner"), formatNumber(stats.kommuner)],
    [t("trainings.stats.regioner"), formatNumber(stats.regioner)],
    [t("trainings.stats.organisations"), formatNumber(stats.organisations)],
    [t("trainings.stats.attendanceRate"), stats.attendanceRate == null ? "–" : formatPercent(stats.attendanceRate)],
  ];
  return (
    <>
      <h2>
        {t("trainings.stats.figuresHeading", { year: stats.year, where: stats.countyCode ? countyName(stats.countyCode) : t("trainings.stats.wholeCountry") })}
      </h2>
      <ul className="figures">
        {figures.map(([label, value]) => (
          <li key={label} className="figure">
            <span className="figure__value">{value}</span>
            <span className="figure__label">{label}</span>
          </li>
        ))}
      </ul>
      <h2>{t("trainings.stats.byTypeHeading")}</h2>
      {stats.byType.length === 0 ? (
        <EmptyState>{t("trainings.stats.noEvents")}</EmptyState>
      ) : (
        <div className="table-wrap table-wrap--fit" tabIndex={0} role="region" aria-labelledby="bytype-caption">
          <table className="table">
            <caption id="bytype-caption">{t("trainings.stats.byTypeCaption", { year: stats.year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("trainings.form.type")}</th>
                <th scope="col" className="num">
                  {t("trainings.stats.events")}
                </th>
                <th scope="col" className="num">
                  {t("trainings.stats.participants")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.byType.map((r) => (
                <tr key={r.type}>
                  <th scope="row">{t(`trainingTypes.${r.type}`)}</th>
                  <td className="num">{formatNumber(r.events)}</td>
                  <td className="num">{formatNumber(r.participants)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("trainings.stats.unmetHeading")}</h2>
      <p>{t("trainings.stats.unmetIntro")}</p>
      {stats.unmetDemand.length === 0 ? (
        <EmptyState>{t("trainings.stats.noUnmet")}</EmptyState>
      ) : (
        <div className="table-wrap table-wrap--fit" tabIndex={0} role="region" aria-labelledby="unmet-caption">
          <table className="table">
            <caption id="unmet-caption">{t("trainings.stats.unmetCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("trainings.list.county")}</th>
                <th scope="col">{t("trainings.form.type")}</th>
                <th scope="col" className="num">
                  {t("trainings.stats.waitlisted")}
                </th>
              </tr>
            </thead>
            <tbody>
              {stats.unmetDemand.map((d, i) => (
                <tr key={i}>
                  <th scope="row">{countyName(d.countyCode)}</th>
                  <td>{t(`trainingTypes.${d.type}`)}</td>
                  <td className="num">{formatNumber(d.waitlisted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
