/**
 * One chart specification for the web and the PDF: a small bar chart described as data, turned
 * into a Vega-Lite specification here and nowhere else. The web renders it with vega-embed; the
 * same numbers are always shown as a table beside the chart.
 */
export interface BarChart {
  title: string;
  /** "%" shows the values (shares 0–1) as per cent; any other unit is written after the axis title. */
  unit: string;
  categories: string[];
  series: { name: string; values: number[] }[];
}

export type VegaLiteSpec = Record<string, unknown>;

/** Okabe–Ito: told apart also with colour-blindness, and dark enough against white for the bars. */
const COLOURS = ["#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"];

/** A horizontal bar chart (categories down the side, long Swedish names stay readable at 390 px). */
export function barChartSpec(chart: BarChart): VegaLiteSpec {
  const percent = chart.unit === "%";
  const values = chart.series.flatMap((s) => chart.categories.map((category, i) => ({ category, series: s.name, value: s.values[i] ?? 0 })));
  const several = chart.series.length > 1;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chart.title,
    width: "container",
    data: { values },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: "category", type: "nominal", sort: chart.categories, title: null, axis: { labelLimit: 220 } },
      x: {
        field: "value",
        type: "quantitative",
        title: percent ? null : chart.unit,
        axis: percent ? { format: ".0%" } : { format: "d" },
        ...(percent ? { scale: { domain: [0, 1] } } : {}),
      },
      color: several ? { field: "series", type: "nominal", title: null, scale: { range: COLOURS }, legend: { orient: "bottom" } } : { value: COLOURS[0] },
      ...(several ? { yOffset: { field: "series" } } : {}),
    },
  };
}

/** A line chart over the years: one line per series, the years along the bottom. */
export interface LineChart {
  title: string;
  /** "%" shows the values (shares 0–1) as per cent; any other unit is written after the axis title. */
  unit: string;
  years: number[];
  series: { name: string; values: (number | null)[] }[];
}

/** A line chart over the years, with a point at every value (a missing year leaves a gap). */
export function lineChartSpec(chart: LineChart): VegaLiteSpec {
  const percent = chart.unit === "%";
  const values = chart.series.flatMap((s) => chart.years.map((year, i) => ({ year: String(year), series: s.name, value: s.values[i] ?? null })));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: chart.title,
    width: "container",
    data: { values },
    mark: { type: "line", point: true, tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null, axis: { labelAngle: 0 } },
      y: {
        field: "value",
        type: "quantitative",
        title: percent ? null : chart.unit,
        axis: percent ? { format: ".0%" } : { format: "~s" },
        ...(percent ? { scale: { domain: [0, 1] } } : {}),
      },
      color: { field: "series", type: "nominal", title: null, scale: { range: COLOURS }, legend: { orient: "bottom" } },
    },
  };
}
