/**
 * The one chart specification of the platform: the server builds it, the web app draws it (with
 * vega-embed) and a PDF can draw the same specification, so a figure looks alike wherever it is
 * shown. A chart is described in a few plain terms and turned into a Vega-Lite specification here.
 */

/** Horizontal bars: one bar per category and series. */
export interface BarChart {
  title: string;
  /** What the values are in, shown on the axis: `%`, `antal`, `kr`. */
  unit: string;
  categories: string[];
  /** One series is a plain bar chart; several are grouped bars with a legend. */
  series: { name: string; values: number[] }[];
}

export type VegaLiteSpec = Record<string, unknown>;

const SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A Vega-Lite specification of a bar chart: data inline, no expressions beyond what the interpreter runs. */
export function barChartSpec(chart: BarChart): VegaLiteSpec {
  const values = chart.series.flatMap((s) => chart.categories.map((category, i) => ({ category, series: s.name, value: s.values[i] ?? 0 })));
  const grouped = chart.series.length > 1;
  return {
    $schema: SCHEMA,
    title: chart.title,
    description: `${chart.title} (${chart.unit})`,
    width: "container",
    autosize: { type: "fit-x", contains: "padding" },
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "category", type: "nominal", sort: null, title: null, axis: { labelLimit: 200 } },
      x: { field: "value", type: "quantitative", title: chart.unit },
      ...(grouped ? { yOffset: { field: "series", type: "nominal", sort: null }, color: { field: "series", type: "nominal", sort: null, title: null } } : {}),
    },
    config: { font: "system-ui, sans-serif", legend: { orient: "bottom" } },
  };
}
