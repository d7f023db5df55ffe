import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { formatAmount, formatNumber, formatPercent } from "../../app/format";
import { useMe } from "../../app/session";
import { todayInStockholm } from "../../app/stockholmTime";
import { RadioGroup, SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { DevFundStatisticsQuery, FundingGroupBy } from "../../generated/graphql";
import { formatKrPerInhabitant, FundingMap, type MapMode } from "../../modules/development-funds/components/FundingMap";
import { DemoTag } from "../../modules/development-funds/components/StatusBadge";
import { isDemoRound } from "../../modules/development-funds/labels";
import { DevFundCountiesQuery, DevFundRoundsQuery, DevFundStatisticsQuery as StatisticsQuery } from "../../modules/development-funds/operations";
import { FollowUpTablesSection } from "../../modules/development-funds/components/FollowUpTablesSection";
import { type Sort, SortHeader } from "../../modules/development-funds/components/SortHeader";

type Stats = DevFundStatisticsQuery["fundingStatistics"];
type KommunRow = Stats["kommuner"][number];
type Column = "name" | "status" | "granted" | "perInhabitant";

/** The history years of the final report, always offered. */
const HISTORY_YEARS = [2014, 2016, 2017, 2018];
const GROUPINGS: FundingGroupBy[] = ["KOMMUNGRUPP", "SIZE_BAND", "COUNTY"];
const STATUS_ORDER = { USED: 0, AWAITING_REPORT: 1, REPAID_ALL: 2, DECLINED: 3, NOT_REQUISITIONED: 4 } as const;

/** Statistik: the national tables of a year (Tabell 1/2/6/7, 8, 9/10), a map of the kommuner and the same as CSV and Excel. */
export function StatisticsPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const lansstyrelse = me.organisation.kind === "LANSSTYRELSE";
  useDocumentTitle(t("devfunds.statistics.title"));
  const rounds = useQuery(DevFundRoundsQuery).data?.developmentFundRounds;
  const counties = useQuery(DevFundCountiesQuery).data?.counties ?? [];
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const years = useMemo(() => [...new Set([...HISTORY_YEARS, ...(rounds ?? []).map((r) => r.year)])].sort((a, b) => b - a), [rounds]);
  const [chosenYear, setYear] = useState<number | null>(null);
  const year = chosenYear ?? years.find((y) => y <= thisYear) ?? years[0];
  const [groupBy, setGroupBy] = useState<FundingGroupBy>("KOMMUNGRUPP");
  const [county, setCounty] = useState("");
  const [mode, setMode] = useState<MapMode>("status");
  const query = useQuery(StatisticsQuery, { variables: { year, groupBy, countyCode: lansstyrelse ? null : county || null } });
  const stats = query.data?.fundingStatistics;
  const round = rounds?.find((r) => r.year === year);
  const demo = round ? isDemoRound(round) : false;
  const countyName = (code: string | null | undefined) =>
    code ? (counties.find((c) => c.code === code)?.name ?? code) : t("devfunds.statistics.wholeCountry");

  const params = new URLSearchParams({ year: String(year), groupBy });
  if (!lansstyrelse && county) params.set("countyCode", county);
  const download = (ext: string) => `/api/funding-statistics.${ext}?${params.toString()}`;

  return (
    <>
      <h1>{t("devfunds.statistics.title")}</h1>
      <p className="lead">{t("devfunds.statistics.intro")}</p>
      <div className="filters" role="group" aria-label={t("devfunds.statistics.filterLabel")}>
        <SelectField id="df-stat-year" label={t("devfunds.statistics.year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => {
            const r = rounds?.find((x) => x.year === y);
            return (
              <option key={y} value={y}>
                {r && isDemoRound(r) ? t("devfunds.statistics.yearDemo", { year: y }) : y}
              </option>
            );
          })}
        </SelectField>
        {lansstyrelse ? (
          <p className="df-filter-note">{t("devfunds.statistics.ownCounty", { county: countyName(stats?.countyCode) })}</p>
        ) : (
          <SelectField id="df-stat-county" label={t("devfunds.statistics.county")} value={county} onChange={(e) => setCounty(e.target.value)}>
            <option value="">{t("devfunds.statistics.wholeCountry")}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        <p className="filters__buttons df-downloads">
          <a className="button button--secondary" href={download("csv")} download>
            {t("devfunds.statistics.csv", { year })}
          </a>
          <a className="button button--secondary" href={download("xlsx")} download>
            {t("devfunds.statistics.xlsx", { year })}
          </a>
        </p>
      </div>

      {query.error && !stats ? (
        <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>
      ) : !stats ? (
        <Loading />
      ) : (
        <div aria-busy={query.loading}>
          <p className="visually-hidden" role="status">
            {t("devfunds.statistics.shown", { year: stats.year, county: countyName(stats.countyCode) })}
          </p>
          <h2 className="df-year-heading">
            {t("devfunds.statistics.yearHeading", { year: stats.year, county: countyName(stats.countyCode) })}
            {demo && (
              <>
                {" "}
                <DemoTag />
              </>
            )}
          </h2>
          {demo && (
            <Notice title={t("devfunds.demo.noticeTitle")}>
              <p>{t("devfunds.demo.statisticsBody")}</p>
            </Notice>
          )}
          {stats.byRecipientKind.length === 0 ? (
            <EmptyState>{t("devfunds.statistics.noRound", { year: stats.year })}</EmptyState>
          ) : (
            <>
              {stats.usableUntil && (
                <Notice title={t("devfunds.multiYear.statisticsTitle", { date: stats.usableUntil })}>
                  <p>
                    {t("devfunds.multiYear.statisticsBody", {
                      amount: formatAmount(stats.byRecipientKind.reduce((s, r) => s + r.usedSoFar, 0)),
                      count: stats.kommunUsage.inPeriod,
                    })}
                  </p>
                </Notice>
              )}
              <RecipientTable stats={stats} />
              <UsageTable stats={stats} />
              <section className="section" aria-labelledby="df-stat-groups">
                <h2 id="df-stat-groups">{t("devfunds.statistics.groupsHeading")}</h2>
                <div className="filters">
                  <SelectField
                    id="df-stat-groupby"
                    label={t("devfunds.statistics.groupBy")}
                    value={groupBy}
                    onChange={(e) => setGroupBy(e.target.value as FundingGroupBy)}
                  >
                    {GROUPINGS.map((g) => (
                      <option key={g} value={g}>
                        {t(`devfunds.statistics.grouping.${g}`)}
                      </option>
                    ))}
                  </SelectField>
                </div>
                <GroupTable stats={stats} countyName={countyName} language={i18n.language} />
              </section>
              {!lansstyrelse && <FollowUpTablesSection year={stats.year} groupBy={groupBy} />}
              <section className="section" aria-labelledby="df-stat-map">
                <h2 id="df-stat-map">{t("devfunds.statistics.mapHeading")}</h2>
                <div className="filters">
                  <RadioGroup<MapMode>
                    id="df-stat-mode"
                    legend={t("devfunds.statistics.colourBy")}
                    inline
                    value={mode}
                    onChange={setMode}
                    options={[
                      { value: "status", label: t("devfunds.statistics.byStatus") },
                      { value: "perInhabitant", label: t("devfunds.statistics.byPerInhabitant") },
                    ]}
                  />
                </div>
                <div className="df-map-layout">
                  <FundingMap
                    rows={stats.kommuner.map((k) => ({
                      code: k.organisation.code,
                      name: k.organisation.name,
                      status: k.status,
                      kronorPerInhabitant: k.kronorPerInhabitant,
                    }))}
                    mode={mode}
                    countyCode={stats.countyCode ?? null}
                    tableId="df-kommun-table"
                  />
                  <KommunTable rows={stats.kommuner} year={stats.year} />
                </div>
              </section>
            </>
          )}
        </div>
      )}
    </>
  );
}

/** What the partial reports say was used so far, beside a used amount that counts final reports only. */
function UsedSoFar({ amount }: { amount: number }) {
  const { t } = useTranslation();
  return <span className="df-cell-note">{t("devfunds.statistics.usedSoFarCell", { amount: formatAmount(amount) })}</span>;
}

/** The note under a table with amounts used so far: used funds count from the final reports, partial reports as used so far. */
function UsedSoFarNote({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p className="muted" id={id}>
      {t("devfunds.statistics.usedSoFarNote")}
    </p>
  );
}

/** Tabell 1, 2, 6, 7: each kind of recipient's pot. */
function RecipientTable({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const soFar = stats.byRecipientKind.some((r) => r.usedSoFar > 0);
  return (
    <section className="section" aria-labelledby="df-stat-kinds">
      <h2 id="df-stat-kinds">{t("devfunds.statistics.kindsHeading")}</h2>
      <div
        className="table-wrap"
        role="region"
        tabIndex={0}
        aria-labelledby="df-stat-kinds-caption"
        aria-describedby={soFar ? "df-stat-kinds-note" : undefined}
      >
        <table className="table df-table--compact">
          <caption id="df-stat-kinds-caption">{t("devfunds.statistics.kindsCaption", { year: stats.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("devfunds.statistics.recipient")}</th>
              <th scope="col" className="num">
                {t("devfunds.statistics.available")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.participants")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.granted")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.grantedAmount")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.used")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.shareUsed")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.repaid")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.reclaimed")}
              </th>
            </tr>
          </thead>
          <tbody>
            {stats.byRecipientKind.map((r) => (
              <tr key={r.kind}>
                <th scope="row">{t(`devfunds.statistics.kinds.${r.kind}`)}</th>
                <td className="num nowrap">{formatAmount(r.available)}</td>
                <td className="num">{formatNumber(r.participants)}</td>
                <td className="num">{formatNumber(r.granted)}</td>
                <td className="num nowrap">{formatAmount(r.grantedAmount)}</td>
                <td className="num nowrap">
                  {formatAmount(r.used)}
                  {r.usedSoFar > 0 && <UsedSoFar amount={r.usedSoFar} />}
                </td>
                <td className="num">{r.shareUsed == null ? "–" : formatPercent(r.shareUsed)}</td>
                <td className="num nowrap">{formatAmount(r.repaid)}</td>
                <td className="num nowrap">
                  {formatAmount(r.reclaimed)}
                  {r.awaitingReview > 0 && <span className="df-cell-note">{t("devfunds.statistics.awaitingReview", { count: r.awaitingReview })}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {soFar && <UsedSoFarNote id="df-stat-kinds-note" />}
    </section>
  );
}

/** Tabell 8: how the kommuner used the funds. */
function UsageTable({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const u = stats.kommunUsage;
  const rows: [string, number][] = [
    [t("devfunds.statistics.usage.notRequisitioned"), u.notRequisitioned],
    [t("devfunds.statistics.usage.declined"), u.declined],
    [t("devfunds.statistics.usage.usedAllOrPart"), u.usedAllOrPart],
    [t("devfunds.statistics.usage.repaidEverything"), u.repaidEverything],
    [t("devfunds.statistics.usage.awaitingReport"), u.awaitingReport],
  ];
  const total = rows.reduce((s, [, n]) => s + n, 0);
  return (
    <section className="section" aria-labelledby="df-stat-usage">
      <h2 id="df-stat-usage">{t("devfunds.statistics.usageHeading")}</h2>
      <div className="table-wrap table-wrap--fit" role="region" tabIndex={0} aria-labelledby="df-stat-usage-caption">
        <table className="table">
          <caption id="df-stat-usage-caption">{t("devfunds.statistics.usageCaption", { year: stats.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("devfunds.statistics.kommuner")}</th>
              <th scope="col" className="num">
                {t("devfunds.statistics.count")}
              </th>
              <th scope="col" className="num">
                {t("devfunds.statistics.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, n]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td className="num">{formatNumber(n)}</td>
                <td className="num">{total ? formatPercent(n / total) : "–"}</td>
              </tr>
            ))}
            {/* Why they declined: part of the row above, not added to the total. */}
            {u.declined > 0 &&
              u.declineReasons
                .filter((r) => r.count > 0)
                .map((r) => (
                  <tr key={r.reason} className="df-subrow">
                    <th scope="row">{t("devfunds.statistics.usage.declinedFor", { reason: t(`devfunds.declineReason.${r.reason}`) })}</th>
                    <td className="num">{formatNumber(r.count)}</td>
                    <td className="num">{total ? formatPercent(r.count / total) : "–"}</td>
                  </tr>
                ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("devfunds.statistics.total")}</th>
              <td className="num">{formatNumber(total)}</td>
              <td className="num">{total ? formatPercent(1) : "–"}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

const KOMMUNGRUPP_EN: Record<string, string> = {
  A1: "Large cities",
  A2: "Commuter municipalities near large cities",
  B3: "Large towns",
  B4: "Commuter municipalities near large towns",
  B5: "Low-commuting municipalities near large towns",
  C6: "Small towns",
  C7: "Commuter municipalities near small towns",
  C8: "Rural municipalities",
  C9: "Rural municipalities with tourism",
};
const SIZE_EN: Record<string, string> = {
  "0-15": "0–15 thousand",
  "15-30": "15–30 thousand",
  "30-70": "30–70 thousand",
  "70-200": "70–200 thousand",
  "200-": "200 thousand or more",
};

/** Tabell 10 (kommungrupp), Tabell 9 (size) or per county: the share of kommuner that used funds. */
function GroupTable({ stats, countyName, language }: { stats: Stats; countyName(code: string): string; language: string }) {
  const { t } = useTranslation();
  const label = (key: string, fallback: string) => {
    if (stats.groupBy === "COUNTY") return countyName(key);
    if (language !== "en") return stats.groupBy === "KOMMUNGRUPP" ? `${key} ${fallback}` : fallback;
    return stats.groupBy === "KOMMUNGRUPP" ? `${key} ${KOMMUNGRUPP_EN[key] ?? fallback}` : (SIZE_EN[key] ?? fallback);
  };
  return (
    <div className="table-wrap table-wrap--fit" role="region" tabIndex={0} aria-labelledby="df-stat-groups-caption">
      <table className="table">
        <caption id="df-stat-groups-caption">
          {t(`devfunds.statistics.groupsCaption.${stats.groupBy}`, { year: stats.year, populationYear: stats.populationYear })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t(`devfunds.statistics.groupColumn.${stats.groupBy}`)}</th>
            <th scope="col" className="num">
              {t("devfunds.statistics.kommunerCount")}
            </th>
            <th scope="col" className="num">
              {t("devfunds.statistics.usedCount")}
            </th>
            <th scope="col" className="num">
              {t("devfunds.statistics.share")}
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{label(g.key, g.label)}</th>
              <td className="num">{formatNumber(g.kommuner)}</td>
              <td className="num">{formatNumber(g.used)}</td>
              <td className="num">{formatPercent(g.shareUsed)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("devfunds.statistics.total")}</th>
            <td className="num">{formatNumber(stats.total.kommuner)}</td>
            <td className="num">{formatNumber(stats.total.used)}</td>
            <td className="num">{formatPercent(stats.total.shareUsed)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The map's figures as a table: the accessible version of the map. */
function KommunTable({ rows, year }: { rows: KommunRow[]; year: number }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<Sort<Column>>({ key: "name", dir: "asc" });
  const sorted = useMemo(() => {
    const dir = sort.dir === "asc" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const by =
        sort.key === "name"
          ? a.organisation.name.localeCompare(b.organisation.name, "sv")
          : sort.key === "status"
            ? STATUS_ORDER[a.status] - STATUS_ORDER[b.status]
            : sort.key === "granted"
              ? a.granted - b.granted
              : a.kronorPerInhabitant - b.kronorPerInhabitant;
      return by * dir || a.organisation.name.localeCompare(b.organisation.name, "sv");
    });
  }, [rows, sort]);
  const soFar = rows.some((k) => k.used == null && k.usedSoFar != null);
  return (
    <div
      className="table-wrap df-scroll"
      role="region"
      tabIndex={0}
      aria-labelledby="df-kommun-table-caption"
      aria-describedby={soFar ? "df-kommun-table-note" : undefined}
      id="df-kommun-table"
    >
      <table className="table df-table--compact">
        <caption id="df-kommun-table-caption">{t("devfunds.statistics.kommunCaption", { count: rows.length, year })}</caption>
        <thead>
          <tr>
            <SortHeader label={t("devfunds.statistics.kommun")} column="name" sort={sort} onSort={setSort} />
            <SortHeader label={t("devfunds.statistics.status")} column="status" sort={sort} onSort={setSort} />
            <th scope="col" className="num">
              {t("devfunds.statistics.allotment")}
            </th>
            <SortHeader label={t("devfunds.statistics.grantedKommun")} column="granted" sort={sort} onSort={setSort} numeric />
            <th scope="col" className="num">
              {t("devfunds.statistics.usedKommun")}
            </th>
            <SortHeader label={t("devfunds.statistics.perInhabitant")} column="perInhabitant" sort={sort} onSort={setSort} numeric />
          </tr>
        </thead>
        <tbody>
          {sorted.map((k) => (
            <tr key={k.organisation.id}>
              <th scope="row">{k.organisation.name}</th>
              <td className="nowrap">
                <span className={`df-swatch df-swatch--${k.status}`} aria-hidden="true" />
                {t(`devfunds.kommunStatus.${k.status}`)}
                {k.review && (
                  <span className="df-cell-note">
                    {t("devfunds.review.review")}: {t(`devfunds.review.status.${k.review}`)}
                    {k.reclaimed != null && ` (${t("devfunds.review.reclaimed", { amount: formatAmount(k.reclaimed) })})`}
                  </span>
                )}
                {k.declineReason && <span className="muted"> ({t(`devfunds.declineReason.${k.declineReason}`)})</span>}
              </td>
              <td className="num nowrap">{formatAmount(k.allotment)}</td>
              <td className="num nowrap">{formatAmount(k.granted)}</td>
              <td className="num nowrap">
                {k.used == null ? "–" : formatAmount(k.used)}
                {k.used == null && k.usedSoFar != null && <UsedSoFar amount={k.usedSoFar} />}
              </td>
              <td className="num nowrap">{formatKrPerInhabitant(k.kronorPerInhabitant)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {soFar && <UsedSoFarNote id="df-kommun-table-note" />}
    </div>
  );
}
