import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatNumber, formatPercent } from "../../../app/format";
import { Chart } from "../../../app/ui/Chart";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { NationalCountyWorkQuery } from "../operations";
import { CountyMeasureMap } from "./CountyMeasureMap";

const MEASURES = ["nationalCampaigns", "strategyAdopted", "strategyStarted", "strategyLinkedToGenderMainstreaming"] as const;
const TOTALS = ["municipalityVisits", "kommunerVisited", "campaigns", "articles", "readers"] as const;

/** Länsstyrelsernas eget arbete: the share of länsstyrelser per campaign and strategy measure and per method (Figur 3), kommunbesök per län as a chart and on the map, each county's figures, and totals. */
export function CountyWorkSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const query = useQuery(NationalCountyWorkQuery, { variables: { year } });
  const figures = query.data?.countyWorkNational;
  if (query.error && !figures) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!figures) return <Loading />;
  const cell = (x: { share: number; lansstyrelser: number }) => t("nationalFollowUp.shares.cell", { share: formatPercent(x.share), count: x.lansstyrelser });
  return (
    <section className="section" aria-labelledby="nf-county-work" aria-busy={query.loading}>
      <h2 id="nf-county-work">{t("nationalFollowUp.countyWork.heading", { year })}</h2>
      <p>{t("nationalFollowUp.countyWork.intro")}</p>
      <Chart
        spec={figures.sharesChart}
        caption={t("nationalFollowUp.countyWork.sharesCaption", { year, count: figures.lansstyrelser })}
        valueHeading={t("nationalFollowUp.shares.value")}
        rows={MEASURES.map((key) => ({ label: t(`nationalFollowUp.countyWork.measures.${key}`), value: cell(figures[key]) }))}
      />
      <Chart
        spec={figures.methodsChart}
        caption={t("nationalFollowUp.countyWork.methodsCaption", { year, count: figures.lansstyrelser })}
        valueHeading={t("nationalFollowUp.shares.value")}
        rows={figures.methods.map((x) => ({ label: x.name, value: cell(x) }))}
      />
      <Chart
        spec={figures.visitsChart}
        caption={t("nationalFollowUp.countyWork.visitsCaption", { year })}
        valueHeading={t("nationalFollowUp.countyWork.totals.municipalityVisits")}
        rows={figures.byCounty.map((c) => ({ label: c.countyName, value: formatNumber(c.municipalityVisits) }))}
        tableId="nf-county-work-visits"
      />
      <h3>{t("nationalFollowUp.map.heading")}</h3>
      <CountyMeasureMap
        values={new Map(figures.byCounty.map((c) => [c.countyCode, c.municipalityVisits]))}
        legend={t("nationalFollowUp.map.legend", { measure: t("nationalFollowUp.countyWork.totals.municipalityVisits").toLowerCase() })}
        tableId="nf-county-work-visits"
      />
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nf-county-work-counties">
        <table className="table">
          <caption id="nf-county-work-counties">{t("nationalFollowUp.countyWork.countiesCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("nationalFollowUp.county")}</th>
              <th scope="col">{t("nationalFollowUp.countyWork.columns.nationalCampaign")}</th>
              <th scope="col" className="num">
                {t("nationalFollowUp.countyWork.totals.campaigns")}
              </th>
              <th scope="col" className="num">
                {t("nationalFollowUp.countyWork.columns.methods")}
              </th>
              <th scope="col">{t("nationalFollowUp.countyWork.columns.strategy")}</th>
              <th scope="col">{t("nationalFollowUp.countyWork.columns.linked")}</th>
              <th scope="col" className="num">
                {t("nationalFollowUp.countyWork.totals.municipalityVisits")}
              </th>
              <th scope="col" className="num">
                {t("nationalFollowUp.countyWork.totals.kommunerVisited")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.byCounty.map((c) => (
              <tr key={c.countyCode}>
                <th scope="row">{c.countyName}</th>
                <td>{c.nationalCampaign ? t("nationalFollowUp.countyWork.yes") : t("nationalFollowUp.countyWork.no")}</td>
                <td className="num">{formatNumber(c.campaigns)}</td>
                <td className="num">{formatNumber(c.methods)}</td>
                <td>{t(`nationalFollowUp.countyWork.strategyStatus.${c.strategyStatus}`)}</td>
                <td>{c.linkedToGenderMainstreaming ? t("nationalFollowUp.countyWork.yes") : t("nationalFollowUp.countyWork.no")}</td>
                <td className="num">{formatNumber(c.municipalityVisits)}</td>
                <td className="num">{formatNumber(c.kommunerVisited)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nf-county-work-totals">
        <table className="table">
          <caption id="nf-county-work-totals">{t("nationalFollowUp.countyWork.totalsCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("nationalFollowUp.countyWork.measure")}</th>
              <th scope="col" className="num">
                {t("nationalFollowUp.countyWork.count")}
              </th>
            </tr>
          </thead>
          <tbody>
            {TOTALS.map((key) => (
              <tr key={key}>
                <th scope="row">{t(`nationalFollowUp.countyWork.totals.${key}`)}</th>
                <td className="num">{formatNumber(figures[key])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
