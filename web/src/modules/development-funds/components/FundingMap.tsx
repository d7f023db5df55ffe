import { geoMercator, geoPath } from "d3-geo";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../app/ui/Messages";
import { Loading } from "../../../app/ui/Loading";
import type { KommunFundingStatus } from "../../../generated/graphql";
import { type KommunFeature, type KommunProperties, loadKommunShapes } from "../geo";
import { KOMMUN_STATUSES } from "../labels";

export type MapMode = "status" | "perInhabitant" | "measure";

export interface MapRow {
  code: string;
  name: string;
  /** For the status mode. */
  status?: KommunFundingStatus;
  /** For the perInhabitant mode; in the measure mode, the measure's value. */
  kronorPerInhabitant: number;
}

/** Another measure than kronor per inhabitant: how its values and its legend read. */
export interface MapMeasure {
  legend: string;
  /** The class of the value 0, and the only class above it when the values do not split. */
  none: string;
  any: string;
  format: (value: number) => string;
}

const WIDTH = 360;

/** Okabe–Ito colours (told apart also with colour-blindness), plus a pattern where colour alone would be weak. */
const STATUS_FILL: Record<KommunFundingStatus, string> = {
  USED: "#007a5a",
  AWAITING_REPORT: "#e69f00",
  REPAID_ALL: "url(#df-pattern-dots)",
  NOT_REQUISITIONED: "url(#df-pattern-hatch)",
  DECLINED: "#56b4e9",
};

/** A sequential scale, light to dark (ColorBrewer Blues). */
const SCALE = ["#deebf7", "#9ecae1", "#4f9bcc", "#2171b5", "#08306b"];

const krFormat = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export function formatKrPerInhabitant(value: number): string {
  return `${krFormat.format(value)} kr`;
}

/**
 * Class limits for kronor per inhabitant: the quintiles of the values above 0, rounded to tenths
 * of a krona so the legend reads well, without repeats. `[4.4, 6.4]` gives three classes:
 * under 4,4 kr, 4,4–6,4 kr, 6,4 kr or more.
 */
export function perInhabitantBreaks(values: number[]): number[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < SCALE.length; i++) {
    const q = Math.round(sorted[Math.floor((i * sorted.length) / SCALE.length)] * 10) / 10;
    if (q > sorted[0] && q <= sorted[sorted.length - 1] && (breaks.length === 0 || q > breaks[breaks.length - 1])) breaks.push(q);
  }
  return breaks;
}

/** The class of a value: -1 for none (0 kr), else 0 … breaks.length. */
function classIndex(breaks: number[], value: number): number {
  if (value <= 0) return -1;
  let i = 0;
  while (i < breaks.length && value >= breaks[i]) i++;
  return i;
}

function colourFor(breaks: number[], value: number): string {
  const i = classIndex(breaks, value);
  if (i < 0) return "url(#df-pattern-hatch)";
  // Fewer classes than colours: spread them over the scale so the darkest stays dark.
  const step = breaks.length > 0 ? (SCALE.length - 1) / breaks.length : 0;
  return SCALE[Math.round(i * step)];
}

interface Props {
  rows: MapRow[];
  mode: MapMode;
  /** Only the kommuner of this county (länskod) are drawn. */
  countyCode: string | null;
  /** Id of the table with the same figures (the accessible version of the map). */
  tableId: string;
  /** For the measure mode. */
  measure?: MapMeasure;
}

/**
 * The kommuner on a map, coloured by status or by kronor per inhabitant. The map is drawn for
 * sighted mouse users (each kommun has a tooltip); assistive technology gets the table beside
 * it instead, which the caption says.
 */
export function FundingMap({ rows, mode, countyCode, tableId, measure }: Props) {
  const { t } = useTranslation();
  const [features, setFeatures] = useState<KommunFeature[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    loadKommunShapes()
      .then((f) => live && setFeatures(f))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const breaks = useMemo(() => perInhabitantBreaks(rows.map((r) => r.kronorPerInhabitant)), [rows]);

  const drawing = useMemo(() => {
    if (!features) return null;
    const shown = features.filter((f) => (countyCode ? f.properties.kod.startsWith(countyCode) : true) && byCode.has(f.properties.kod));
    if (!shown.length) return { height: 0, paths: [] };
    const collection: FeatureCollection<Polygon | MultiPolygon, KommunProperties> = { type: "FeatureCollection", features: shown };
    const projection = geoMercator().fitWidth(WIDTH - 8, collection);
    const path = geoPath(projection);
    const [[, y0], [, y1]] = path.bounds(collection);
    projection.translate([projection.translate()[0] + 4, projection.translate()[1] - y0 + 4]);
    return {
      height: Math.ceil(y1 - y0 + 8),
      paths: shown.map((f) => ({ code: f.properties.kod, d: path(f) ?? "" })),
    };
  }, [features, countyCode, byCode]);

  if (failed) return <ErrorAlert>{t("devfunds.map.failed")}</ErrorAlert>;
  if (!drawing) return <Loading label={t("devfunds.map.loading")} />;

  const format = mode === "measure" && measure ? measure.format : formatKrPerInhabitant;
  const tooltip = (r: MapRow) =>
    mode === "status"
      ? `${r.name}: ${t(`devfunds.kommunStatus.${r.status ?? "NOT_REQUISITIONED"}`)}`
      : mode === "measure"
        ? `${r.name}: ${format(r.kronorPerInhabitant)}`
        : `${r.name}: ${t("devfunds.map.perInhabitantTooltip", { value: formatKrPerInhabitant(r.kronorPerInhabitant) })}`;

  return (
    <figure className="df-map">
      <svg className="df-map__svg" viewBox={`0 0 ${WIDTH} ${Math.max(drawing.height, 10)}`} aria-hidden="true" focusable="false">
        <defs>
          <pattern id="df-pattern-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#ffffff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke="#6b7480" strokeWidth="2" />
          </pattern>
          <pattern id="df-pattern-dots" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#cc79a7" />
            <circle cx="3" cy="3" r="1.4" fill="#4a1d3a" />
          </pattern>
        </defs>
        <g className="df-map__kommuner">
          {drawing.paths.map((p) => {
            const row = byCode.get(p.code)!;
            const fill = mode === "status" ? STATUS_FILL[row.status ?? "NOT_REQUISITIONED"] : colourFor(breaks, row.kronorPerInhabitant);
            return (
              <path key={p.code} d={p.d} fill={fill} data-kod={p.code}>
                <title>{tooltip(row)}</title>
              </path>
            );
          })}
        </g>
      </svg>
      <figcaption>
        <p className="df-map__note">
          {t("devfunds.map.caption")} <a href={`#${tableId}`}>{t("devfunds.map.toTable")}</a>
        </p>
        <p className="df-legend__title" id={`${tableId}-legend`}>
          {mode === "status" ? t("devfunds.map.legendStatus") : mode === "measure" && measure ? measure.legend : t("devfunds.map.legendPerInhabitant")}
        </p>
        <ul className="df-legend" aria-labelledby={`${tableId}-legend`}>
          {mode === "status"
            ? KOMMUN_STATUSES.map((s) => (
                <li key={s}>
                  <span className={`df-swatch df-swatch--${s}`} aria-hidden="true" />
                  {t(`devfunds.kommunStatus.${s}`)}
                </li>
              ))
            : [
                ...Array.from({ length: rows.some((r) => r.kronorPerInhabitant > 0) ? breaks.length + 1 : 0 }, (_, i) => {
                  const from = i === 0 ? null : breaks[i - 1];
                  const to = i === breaks.length ? null : breaks[i];
                  const text =
                    from == null && to == null
                      ? mode === "measure" && measure
                        ? measure.any
                        : t("devfunds.map.anyAmount")
                      : from == null
                        ? t("devfunds.map.under", { value: format(to!) })
                        : to == null
                          ? t("devfunds.map.orMore", { value: format(from) })
                          : t("devfunds.map.range", { from: format(from), to: format(to) });
                  return (
                    <li key={i}>
                      <span className="df-swatch" style={{ background: colourFor(breaks, from ?? (to ?? 1) / 2) }} aria-hidden="true" />
                      {text}
                    </li>
                  );
                }),
                <li key="none">
                  <span className="df-swatch df-swatch--NOT_REQUISITIONED" aria-hidden="true" />
                  {mode === "measure" && measure ? measure.none : t("devfunds.map.noFunds")}
                </li>,
              ]}
        </ul>
      </figcaption>
    </figure>
  );
}
