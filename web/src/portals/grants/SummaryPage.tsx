import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { StimulusSummaryTables } from "../../modules/grants/components/StimulusSummaryTables";
import { GrantCallsQuery } from "../../modules/grants/operations";

/** /stimulansmedel/arssammanstallning?ar=2017: a year's stimulus funds as in Tabell 1, for Socialstyrelsen and analysts. */
export function SummaryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("grants.summary.title"));
  const [search, setSearch] = useSearchParams();
  const { data, loading, error } = useQuery(GrantCallsQuery);
  const years = [...new Set((data?.grantCalls ?? []).map((c) => c.year))].sort((a, b) => b - a);
  const asked = Number(search.get("ar"));
  const year = years.includes(asked) ? asked : years[0];
  return (
    <>
      <h1>{t("grants.summary.title")}</h1>
      <p className="lead">{t("grants.summary.lead")}</p>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : year === undefined ? (
        <EmptyState>{t("grants.summary.noCalls")}</EmptyState>
      ) : (
        <>
          <SelectField
            id="summary-year"
            label={t("grants.summary.year")}
            value={String(year)}
            onChange={(e) => setSearch({ ar: e.target.value }, { replace: true })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <StimulusSummaryTables year={year} />
        </>
      )}
    </>
  );
}
