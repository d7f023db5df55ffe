import { useTranslation } from "react-i18next";
import { formatAmount, formatNumber, formatPercent } from "../../../app/format";
import type { QuestionnaireResultsQuery } from "../../../generated/graphql";
import { inLanguage, questionText } from "../labels";
import { VegaChart } from "../../../app/ui/VegaChart";

type Result = QuestionnaireResultsQuery["questionnaireResults"]["questions"][number];

/** One question's figures: a table with the counts and shares, and the chart of the same numbers. */
export function QuestionResultSection({ result }: { result: Result }) {
  const { t, i18n } = useTranslation();
  const q = result.question;
  const id = `qn-result-${q.id}`;
  const lang = i18n.language;
  const label = (code: string, list: { code: string; sv: string; en: string }[]) => {
    const c = list.find((x) => x.code === code);
    return c ? inLanguage(c, lang) : code;
  };
  return (
    <section className="section qn-result" aria-labelledby={id}>
      <h2 id={id}>
        {result.position}. {questionText(q, lang)}
      </h2>
      <p className="muted">{t("questionnaires.results.answered", { count: result.answered })}</p>
      {q.type === "NUMBER" || q.type === "AMOUNT" ? (
        <dl className="qn-figures">
          <div>
            <dt>{t("questionnaires.results.sum")}</dt>
            <dd>{q.type === "AMOUNT" ? formatAmount(result.sum) : formatNumber(result.sum)}</dd>
          </div>
          <div>
            <dt>{t("questionnaires.results.mean")}</dt>
            <dd>{result.mean == null ? "–" : q.type === "AMOUNT" ? formatAmount(Math.round(result.mean)) : formatNumber(Math.round(result.mean * 10) / 10)}</dd>
          </div>
        </dl>
      ) : q.type === "TEXT" ? null : (
        <div className="qn-result__body">
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
            <table className="table">
              <caption id={`${id}-caption`}>{t("questionnaires.results.tableCaption")}</caption>
              <thead>
                <tr>
                  {q.type === "MATRIX" && <th scope="col">{t("questionnaires.results.row")}</th>}
                  <th scope="col">{t("questionnaires.results.answer")}</th>
                  <th scope="col" className="num">
                    {t("questionnaires.results.count")}
                  </th>
                  <th scope="col" className="num">
                    {t("questionnaires.results.share")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {q.type === "MATRIX"
                  ? result.cells.map((c) => (
                      <tr key={`${c.row}-${c.column}`}>
                        <th scope="row">{label(c.row, q.matrixRows)}</th>
                        <td>{label(c.column, q.options)}</td>
                        <td className="num">{formatNumber(c.count)}</td>
                        <td className="num">{formatPercent(c.share)}</td>
                      </tr>
                    ))
                  : result.choices.map((c) => (
                      <tr key={c.code}>
                        <th scope="row">{label(c.code, q.choices)}</th>
                        <td className="num">{formatNumber(c.count)}</td>
                        <td className="num">{formatPercent(c.share)}</td>
                      </tr>
                    ))}
              </tbody>
            </table>
          </div>
          {result.chart != null && <VegaChart spec={result.chart} />}
        </div>
      )}
    </section>
  );
}
