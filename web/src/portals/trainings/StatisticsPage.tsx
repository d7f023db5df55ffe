import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { RequireAbility } from "../../app/guards";
import { todayInStockholm } from "../../app/stockholmTime";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { StatisticsView } from "../../modules/trainings/components/StatisticsView";
import { CountiesQuery, TrainingStatisticsQuery } from "../../modules/trainings/operations";

const FIRST_YEAR = 2020;

/** /utbildningar/statistik – events, participants and reach per year and county, with a CSV download. */
export function StatisticsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("trainings.stats.title"));
  return (
    <RequireAbility ability={["statistics.read", "training.organise"]}>
      <Statistics />
    </RequireAbility>
  );
}

function Statistics() {
  const { t } = useTranslation();
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [county, setCounty] = useState("");
  const counties = useQuery(CountiesQuery, { fetchPolicy: "cache-first" });
  const { data, previousData, loading, error } = useQuery(TrainingStatisticsQuery, { variables: { year, countyCode: county || null } });
  const stats = (data ?? previousData)?.trainingStatistics;
  const years = Array.from({ length: thisYear + 1 - FIRST_YEAR + 1 }, (_, i) => thisYear + 1 - i);
  const csv = `/api/training-statistics.csv?year=${year}${county ? `&countyCode=${encodeURIComponent(county)}` : ""}`;
  const countyName = (code: string | null | undefined) =>
    code ? (counties.data?.counties.find((c) => c.code === code)?.name ?? code) : t("trainings.stats.national");

  return (
    <>
      <h1>{t("trainings.stats.title")}</h1>
      <p className="lead">{t("trainings.stats.intro")}</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("trainings.stats.filterLabel")}>
        <SelectField id="stats-year" label={t("trainings.stats.year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField id="stats-county" label={t("trainings.list.county")} value={county} onChange={(e) => setCounty(e.target.value)}>
          <option value="">{t("trainings.stats.wholeCountry")}</option>
          {(counties.data?.counties ?? []).map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <p className="filters__buttons">
          <a href={csv} download className="button button--secondary">
            {t("trainings.stats.csv")}
          </a>
        </p>
      </form>
      <div aria-busy={loading}>
        {loading && <Loading />}
        {error && !stats ? <ErrorAlert>{errorInfo(error).message}</ErrorAlert> : stats ? <StatisticsView stats={stats} countyName={countyName} /> : null}
      </div>
    </>
  );
}
