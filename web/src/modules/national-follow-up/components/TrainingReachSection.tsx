import { useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatNumber, formatPercent } from "../../../app/format";
import { Chart } from "../../../app/ui/Chart";
import { SelectField } from "../../../app/ui/Field";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { ReachMeasure, TrainingType } from "../../../generated/graphql";
import { NationalReachQuery } from "../operations";
import { CountyMeasureMap } from "./CountyMeasureMap";
import { ReachTable } from "./ReachTable";

const TYPES: TrainingType[] = [
  "KURSLEDARUTBILDNING",
  "UPPFOLJNINGSDAG",
  "FREDA",
  "BAS",
  "SPETS",
  "HEDERSRELATERAT_VALD",
  "BARN_SOM_UPPLEVER_VALD",
  "SEX_MOT_ERSATTNING",
  "SOSFS_2014_4",
  "OTHER",
];
const MEASURES: ReachMeasure[] = ["PARTICIPANTS", "EVENTS", "KOMMUNER", "REGIONER", "NGOS", "OTHER_BODIES", "UNMET_DEMAND"];

interface ChartValue {
  category: string;
  value: number;
}

/** The numbers a chart specification draws, for the table beside it. */
function valuesOf(spec: unknown): ChartValue[] {
  return ((spec as { data?: { values?: ChartValue[] } }).data?.values ?? []).map((v) => ({ category: v.category, value: v.value }));
}

interface Props {
  year: number;
  countyCode: string | null;
  counties: { code: string; name: string }[];
}

/** Trainings: reach per type (nationally or in a county), the share of länsstyrelser per type, and one measure per län as a chart and a map. */
export function TrainingReachSection({ year, countyCode, counties }: Props) {
  const { t } = useTranslation();
  const [type, setType] = useState<TrainingType>("KURSLEDARUTBILDNING");
  const [measure, setMeasure] = useState<ReachMeasure>("PARTICIPANTS");
  const query = useQuery(NationalReachQuery, { variables: { year, countyCode, type, measure } });
  const reach = query.data?.trainingReach;
  const perCounty = useMemo(() => (reach ? valuesOf(reach.countyChart) : []), [reach]);
  const byName = useMemo(() => new Map(counties.map((c) => [c.name, c.code])), [counties]);
  const mapValues = useMemo(() => new Map(perCounty.map((v) => [byName.get(v.category) ?? "", v.value])), [perCounty, byName]);

  if (query.error && !reach) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!reach) return <Loading />;
  const countyName = countyCode ? (counties.find((c) => c.code === countyCode)?.name ?? countyCode) : null;
  const rows = countyCode ? reach.byCounty : reach.totals;
  const national = countyCode ? [] : reach.byCounty.filter((r) => r.countyCode === null);
  const measureLabel = t(`nationalFollowUp.measures.${measure}`);

  return (
    <div aria-busy={query.loading}>
      <section className="section" aria-labelledby="nf-reach">
        <h2 id="nf-reach">
          {countyName ? t("nationalFollowUp.reach.headingCounty", { county: countyName, year }) : t("nationalFollowUp.reach.heading", { year })}
        </h2>
        <p>{t("nationalFollowUp.reach.intro")}</p>
        {rows.length === 0 ? (
          <EmptyState>{t("nationalFollowUp.reach.empty", { year })}</EmptyState>
        ) : (
          <ReachTable
            id="nf-reach-table"
            rows={rows}
            caption={countyName ? t("nationalFollowUp.reach.captionCounty", { county: countyName }) : t("nationalFollowUp.reach.caption")}
          />
        )}
        {national.length > 0 && <ReachTable id="nf-reach-national" rows={national} caption={t("nationalFollowUp.reach.captionNationalBodies")} />}
      </section>

      <section className="section" aria-labelledby="nf-shares">
        <h2 id="nf-shares">{t("nationalFollowUp.shares.heading", { year })}</h2>
        {reach.shares.length === 0 ? (
          <EmptyState>{t("nationalFollowUp.shares.empty", { year })}</EmptyState>
        ) : (
          <Chart
            spec={reach.sharesChart}
            caption={t("nationalFollowUp.shares.caption", { year, count: reach.lansstyrelser })}
            valueHeading={t("nationalFollowUp.shares.value")}
            rows={reach.shares.map((s) => ({
              label: t(`nationalFollowUp.types.${s.type}`),
              value: t("nationalFollowUp.shares.cell", { share: formatPercent(s.share), count: s.lansstyrelser }),
            }))}
          />
        )}
      </section>

      <section className="section" aria-labelledby="nf-county">
        <h2 id="nf-county">{t("nationalFollowUp.perCounty.heading")}</h2>
        <div className="filters">
          <SelectField id="nf-type" label={t("nationalFollowUp.perCounty.type")} value={type} onChange={(e) => setType(e.target.value as TrainingType)}>
            {TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`nationalFollowUp.types.${x}`)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="nf-measure"
            label={t("nationalFollowUp.perCounty.measure")}
            value={measure}
            onChange={(e) => setMeasure(e.target.value as ReachMeasure)}
          >
            {MEASURES.map((x) => (
              <option key={x} value={x}>
                {t(`nationalFollowUp.measures.${x}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <Chart
          spec={reach.countyChart}
          caption={t("nationalFollowUp.perCounty.caption", { type: t(`nationalFollowUp.types.${type}`), measure: measureLabel.toLowerCase(), year })}
          valueHeading={measureLabel}
          rows={perCounty.map((v) => ({ label: v.category, value: formatNumber(v.value) }))}
          tableId="nf-county-table"
        />
        <h3>{t("nationalFollowUp.map.heading")}</h3>
        <CountyMeasureMap values={mapValues} legend={t("nationalFollowUp.map.legend", { measure: measureLabel.toLowerCase() })} tableId="nf-county-table" />
      </section>
    </div>
  );
}
