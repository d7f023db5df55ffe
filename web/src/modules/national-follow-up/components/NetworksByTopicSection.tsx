import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatNumber, formatPercent } from "../../../app/format";
import { Chart } from "../../../app/ui/Chart";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { NationalNetworksQuery } from "../operations";

/** Networks per topic (Figur 2): the share of länsstyrelser convening, meetings held and organisations represented. Counts only. */
export function NetworksByTopicSection({ year }: { year: number }) {
  const { t } = useTranslation();
  const query = useQuery(NationalNetworksQuery, { variables: { year } });
  const figures = query.data?.networksByTopic;
  if (query.error && !figures) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!figures) return <Loading />;
  const any = figures.topics.some((x) => x.lansstyrelser > 0);
  return (
    <section className="section" aria-labelledby="nf-networks" aria-busy={query.loading}>
      <h2 id="nf-networks">{t("nationalFollowUp.networks.heading", { year })}</h2>
      <p>{t("nationalFollowUp.networks.intro")}</p>
      {!any && <EmptyState>{t("nationalFollowUp.networks.empty", { year })}</EmptyState>}
      <Chart
        spec={figures.chart}
        caption={t("nationalFollowUp.networks.caption", { year, count: figures.lansstyrelser })}
        valueHeading={t("nationalFollowUp.networks.share")}
        rows={figures.topics.map((x) => ({
          label: t(`nationalFollowUp.topics.${x.topic}`),
          value: t("nationalFollowUp.shares.cell", { share: formatPercent(x.share), count: x.lansstyrelser }),
        }))}
      />
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nf-networks-caption">
        <table className="table">
          <caption id="nf-networks-caption">{t("nationalFollowUp.networks.tableCaption", { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("nationalFollowUp.networks.topic")}</th>
              <th scope="col" className="num">
                {t("nationalFollowUp.networks.lansstyrelser")}
              </th>
              <th scope="col" className="num">
                {t("nationalFollowUp.networks.meetings")}
              </th>
              <th scope="col" className="num">
                {t("nationalFollowUp.networks.organisations")}
              </th>
            </tr>
          </thead>
          <tbody>
            {figures.topics.map((x) => (
              <tr key={x.topic}>
                <th scope="row">{t(`nationalFollowUp.topics.${x.topic}`)}</th>
                <td className="num">{formatNumber(x.lansstyrelser)}</td>
                <td className="num">{formatNumber(x.meetingsHeld)}</td>
                <td className="num">{formatNumber(x.organisations)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
