import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatNumber } from "../../../app/format";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { VegaChart } from "../../../app/ui/VegaChart";
import type { DevFundFollowUpTableFieldsFragment, DevFundFollowUpTablesQuery, FundingGroupBy } from "../../../generated/graphql";
import { DevFundFollowUpTablesQuery as TablesQuery } from "../operations";

type Tables = DevFundFollowUpTablesQuery["developmentFundFollowUpTables"];

/** Tabell 3–5, Figur 2 and the NGOs' areas of a year, counted from the coded follow-ups, per group as the page is grouped. */
export function FollowUpTablesSection({ year, groupBy }: { year: number; groupBy: FundingGroupBy }) {
  const { t } = useTranslation();
  const query = useQuery(TablesQuery, { variables: { year, groupBy } });
  const data = query.data?.developmentFundFollowUpTables;
  return (
    <section className="section" aria-labelledby="df-fu-tables">
      <h2 id="df-fu-tables">{t("devfunds.statistics.followUp.heading")}</h2>
      <p>{t("devfunds.statistics.followUp.intro")}</p>
      {query.error && !data ? (
        <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>
      ) : !data ? (
        <Loading />
      ) : data.reported === 0 && data.ngoAreas.reported === 0 ? (
        <EmptyState>{t("devfunds.statistics.followUp.none", { year })}</EmptyState>
      ) : (
        <div aria-busy={query.loading}>
          <p role="status">{t("devfunds.statistics.followUp.reported", { count: data.reported, funded: formatNumber(data.coordinatorFunded) })}</p>
          {[data.placement, data.targetGroups, data.assessmentMethods].map((table) => (
            <CodeTable key={table.id} table={table} groups={data.groups} />
          ))}
          <CodeTable table={data.areas} groups={data.groups} amounts />
          <CodeTable table={data.ngoAreas} groups={[]} amounts />
        </div>
      )}
    </section>
  );
}

function CodeTable({ table, groups, amounts = false }: { table: DevFundFollowUpTableFieldsFragment; groups: Tables["groups"]; amounts?: boolean }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === "en";
  const id = `df-fu-${table.id.toLowerCase()}`;
  const title = en ? table.titleEn : table.titleSv;
  return (
    <div className="df-fu-table">
      <h3 id={id}>{t("devfunds.statistics.followUp.tableHeading", { title, n: table.reported })}</h3>
      <VegaChart spec={table.chart} />
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
        <table className="table df-table--compact">
          <caption id={`${id}-caption`}>{t("devfunds.statistics.followUp.caption", { title, n: table.reported })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("devfunds.statistics.followUp.answer")}</th>
              <th scope="col" className="num">
                {t("devfunds.statistics.followUp.total")}
              </th>
              {amounts && (
                <th scope="col" className="num">
                  {t("devfunds.statistics.followUp.amount")}
                </th>
              )}
              {groups.map((g) => (
                <th key={g.key} scope="col" className="num">
                  {g.label} <span className="df-fu-n">{t("devfunds.statistics.followUp.n", { n: g.reported })}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">{en ? r.en : r.sv}</th>
                <td className="num">{formatNumber(r.count)}</td>
                {amounts && <td className="num nowrap">{formatAmount(r.amount ?? 0)}</td>}
                {groups.map((g, i) => (
                  <td key={g.key} className="num">
                    {formatNumber(r.byGroup[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
