import { useId } from "react";
import { useTranslation } from "react-i18next";
import { VegaChart } from "./VegaChart";

export interface ChartTableRow {
  label: string;
  /** The value as shown, already formatted (per cent, count). */
  value: string;
}

interface Props {
  /** The Vega-Lite specification the server built (one specification for the web and the PDF). */
  spec: unknown;
  /** Names the chart and its table. */
  caption: string;
  /** Heading of the table's value column. */
  valueHeading: string;
  rows: ChartTableRow[];
  /** Id of the table, for links to it (e.g. from a map of the same figures). */
  tableId?: string;
}

/**
 * A chart from the server's Vega-Lite specification, with a table of the same numbers beside it.
 * The drawing is for sighted readers (hidden from assistive technology); the table is the
 * accessible version. Vega is loaded when a chart is first shown, and runs its expressions
 * through an interpreter: the Content-Security-Policy forbids evaluating code.
 */
export function Chart({ spec, caption, valueHeading, rows, tableId }: Props) {
  const { t } = useTranslation();
  const id = useId();

  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart__caption">
        {caption}
      </figcaption>
      <div className="chart__body">
        <VegaChart spec={spec} />
        <div className="table-wrap chart__table" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
          <table className="table" id={tableId}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("chart.category")}</th>
                <th scope="col" className="num">
                  {valueHeading}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{r.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
