import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { CheckboxField, SelectField } from "../../../app/ui/Field";
import type { TrainingType } from "../../../generated/graphql";
import { CountiesQuery } from "../operations";
import { TRAINING_TYPES } from "../types";
import { DateField } from "../../../app/ui/DateTimeFields";

export interface Filters {
  type: TrainingType | "";
  countyCode: string;
  from: string;
  to: string;
  withPlacesLeft: boolean;
}

export const NO_FILTERS: Filters = { type: "", countyCode: "", from: "", to: "", withPlacesLeft: false };

/** Typ, Län, Från/Till datum, Bara med lediga platser, in one row on a wide screen: the list follows each change at once. */
export function EventFilters({ value, onChange }: { value: Filters; onChange(f: Filters): void }) {
  const { t } = useTranslation();
  const { data } = useQuery(CountiesQuery, { fetchPolicy: "cache-first" });
  const set = <K extends keyof Filters>(key: K, v: Filters[K]) => onChange({ ...value, [key]: v });
  const active = JSON.stringify(value) !== JSON.stringify(NO_FILTERS);
  return (
    <form className="filters filters--one-row" role="search" aria-label={t("trainings.list.filterLabel")} onSubmit={(e) => e.preventDefault()}>
      <SelectField id="filter-type" label={t("trainings.form.type")} value={value.type} onChange={(e) => set("type", e.target.value as TrainingType | "")}>
        <option value="">{t("trainings.list.allTypes")}</option>
        {TRAINING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`trainingTypes.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="filter-county"
        label={t("trainings.list.county")}
        hint={t("trainings.list.countyHint")}
        value={value.countyCode}
        onChange={(e) => set("countyCode", e.target.value)}
      >
        <option value="">{t("trainings.list.allCounties")}</option>
        {(data?.counties ?? []).map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <DateField
        id="filter-from"
        label={t("trainings.list.from")}
        hint={t("trainings.list.fromHint")}
        value={value.from}
        onChange={(e) => set("from", e.target.value)}
      />
      <DateField id="filter-to" label={t("trainings.list.to")} value={value.to} onChange={(e) => set("to", e.target.value)} />
      <CheckboxField
        id="filter-places"
        label={t("trainings.list.withPlacesLeft")}
        checked={value.withPlacesLeft}
        onChange={(e) => set("withPlacesLeft", e.target.checked)}
      />
      {active && (
        <p className="filters__buttons">
          <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTERS)}>
            {t("common.clearFilter")}
          </button>
        </p>
      )}
    </form>
  );
}
