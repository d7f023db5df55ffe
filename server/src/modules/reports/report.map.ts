import fs from "node:fs";
import path from "node:path";
import { geoArea, geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { SEEDS_DIR } from "../../db/seed";

type KommunFeature = Feature<Polygon | MultiPolygon, { kod: string; namn: string }>;

let shapes: KommunFeature[] | null = null;

/**
 * The 290 kommuner's shapes (SCB, WGS84), the same file the web's map draws, read once. As on
 * the web, rings that d3-geo would read as "everything but the kommun" are reversed.
 */
function kommunShapes(): KommunFeature[] {
  if (shapes) return shapes;
  const fc = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, "reference", "kommuner.geojson"), "utf8")) as FeatureCollection<
    Polygon | MultiPolygon,
    KommunFeature["properties"]
  >;
  const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  shapes = fc.features.map((f) => {
    if (geoArea(f) <= 2 * Math.PI) return f;
    const g = f.geometry;
    return { ...f, geometry: g.type === "Polygon" ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) } };
  });
  return shapes;
}

/** Each kommun as an SVG path in a box of the given size (the web's Mercator projection, fitted to the box), with its code. */
export function kommunPaths(width: number, height: number): { code: string; d: string }[] {
  const features = kommunShapes();
  const projection = geoMercator().fitSize([width, height], { type: "FeatureCollection", features });
  const draw = geoPath(projection);
  return features.map((f) => ({ code: f.properties.kod, d: draw(f) ?? "" })).filter((p) => p.d);
}
