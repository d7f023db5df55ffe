import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatNumber, formatPercent } from "../../app/format";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { QuestionResultSection } from "../../modules/questionnaires/components/QuestionResultSection";
import { titleOf } from "../../modules/questionnaires/labels";
import { QuestionnaireCountiesQuery, QuestionnaireQuery, QuestionnaireResultsQuery } from "../../modules/questionnaires/operations";

/** The results of a questionnaire: per question, counts and shares with a chart, nationally or for a county; CSV and XLSX. */
export function ResultsPage() {
  const { t, i18n } = useTranslation();
  const { questionnaireId = "" } = useParams();
  const [county, setCounty] = useState("");
  const meta = useQuery(QuestionnaireQuery, { variables: { id: questionnaireId } });
  const counties = useQuery(QuestionnaireCountiesQuery);
  const res = useQuery(QuestionnaireResultsQuery, { variables: { questionnaireId, countyCode: county || null } });
  const q = meta.data?.questionnaire;
  const title = q ? titleOf(q, i18n.language) : "";
  useDocumentTitle(t("questionnaires.results.title", { title }));
  const results = res.data?.questionnaireResults;
  const countyName = new Map((counties.data?.counties ?? []).map((c) => [c.code, c.name]));
  const base = `/api/questionnaires/${encodeURIComponent(questionnaireId)}/results`;

  return (
    <div className="qn">
      <p>
        <Link to={`/enkater/${questionnaireId}`}>{t("questionnaires.results.back")}</Link>
      </p>
      <h1>{t("questionnaires.results.title", { title })}</h1>
      <div className="filters qn-filters">
        <SelectField id="qn-county" label={t("questionnaires.results.county")} value={county} onChange={(e) => setCounty(e.target.value)}>
          <option value="">{t("questionnaires.results.national")}</option>
          {(results?.byCounty ?? []).map((c) => (
            <option key={c.countyCode} value={c.countyCode}>
              {countyName.get(c.countyCode) ?? c.countyCode}
            </option>
          ))}
        </SelectField>
        <p className="qn-downloads">
          <span>{t("questionnaires.results.download")}:</span>{" "}
          <a className="button button--secondary button--small" href={`${base}.csv`} download>
            {t("questionnaires.results.csv")}
          </a>{" "}
          <a className="button button--secondary button--small" href={`${base}.xlsx`} download>
            {t("questionnaires.results.xlsx")}
          </a>
        </p>
      </div>
      {res.error && !results ? (
        <ErrorAlert>{errorInfo(res.error).message}</ErrorAlert>
      ) : !results ? (
        <Loading />
      ) : (
        <>
          <p className="qn-rate" data-testid="results-rate">
            {t("questionnaires.page.rateText", { ...results.responseRate, share: formatPercent(results.responseRate.share) })}
          </p>
          {!county && results.byCounty.length > 0 && (
            <details className="qn-by-county">
              <summary>{t("questionnaires.results.byCountyHeading")}</summary>
              <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="qn-by-county-caption">
                <table className="table">
                  <caption id="qn-by-county-caption">{t("questionnaires.results.byCountyCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("questionnaires.results.county")}</th>
                      <th scope="col" className="num">
                        {t("questionnaires.results.recipients")}
                      </th>
                      <th scope="col" className="num">
                        {t("questionnaires.results.submitted")}
                      </th>
                      <th scope="col" className="num">
                        {t("questionnaires.results.share")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.byCounty.map((c) => (
                      <tr key={c.countyCode}>
                        <th scope="row">{countyName.get(c.countyCode) ?? c.countyCode}</th>
                        <td className="num">{formatNumber(c.recipients)}</td>
                        <td className="num">{formatNumber(c.submitted)}</td>
                        <td className="num">{formatPercent(c.share)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
          {results.responseRate.submitted === 0 && <EmptyState>{t("questionnaires.results.none")}</EmptyState>}
          {results.questions.map((r) => (
            <QuestionResultSection key={r.question.id} result={r} />
          ))}
        </>
      )}
    </div>
  );
}
