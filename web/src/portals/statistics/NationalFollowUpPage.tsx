import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/session";
import { todayInStockholm } from "../../app/stockholmTime";
import { SelectField } from "../../app/ui/Field";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { CountyWorkSection } from "../../modules/national-follow-up/components/CountyWorkSection";
import { NetworksByTopicSection } from "../../modules/national-follow-up/components/NetworksByTopicSection";
import { TrainingReachSection } from "../../modules/national-follow-up/components/TrainingReachSection";
import { NationalCountiesQuery } from "../../modules/national-follow-up/operations";

const FIRST_YEAR = 2014;

/** Nationell uppföljning: trainings' reach and the share of länsstyrelser per type and per län, networks per topic, and the county boards' own work. */
export function NationalFollowUpPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("nationalFollowUp.title"));
  const readsTrainings = me.abilities.includes("statistics.read");
  const readsCountyWork = me.abilities.includes("countyWork.read.all");
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear);
  const [county, setCounty] = useState("");
  const counties = useQuery(NationalCountiesQuery).data?.counties ?? [];

  return (
    <>
      <h1>{t("nationalFollowUp.title")}</h1>
      <p className="lead">{readsTrainings ? t("nationalFollowUp.intro") : t("nationalFollowUp.introNetworks")}</p>
      <div className="filters" role="group" aria-label={t("nationalFollowUp.filterLabel")}>
        <SelectField id="nf-year" label={t("nationalFollowUp.year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        {readsTrainings && (
          <SelectField id="nf-county" label={t("nationalFollowUp.county")} value={county} onChange={(e) => setCounty(e.target.value)}>
            <option value="">{t("nationalFollowUp.wholeCountry")}</option>
            {counties.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {readsTrainings && <TrainingReachSection year={year} countyCode={county || null} counties={counties} />}
      <NetworksByTopicSection year={year} />
      {readsCountyWork && <CountyWorkSection year={year} />}
    </>
  );
}
