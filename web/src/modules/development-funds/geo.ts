import { geoArea } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";

export interface KommunProperties {
  kod: string;
  namn: string;
}
export type KommunFeature = Feature<Polygon | MultiPolygon, KommunProperties>;

let shapes: Promise<KommunFeature[]> | null = null;

/**
 * d3-geo works on the sphere and wants exterior rings clockwise; GeoJSON files (RFC 7946) are
 * usually the other way round, which d3 reads as "everything but the kommun". Such rings are
 * reversed here, once.
 */
function rewind(feature: KommunFeature): KommunFeature {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const flip = (rings: Position[][]) => rings.map((ring) => [...ring].reverse());
  const g = feature.geometry;
  const geometry: Polygon | MultiPolygon = g.type === "Polygon" ? { ...g, coordinates: flip(g.coordinates) } : { ...g, coordinates: g.coordinates.map(flip) };
  return { ...feature, geometry };
}

/** The 290 kommuner's shapes (SCB, WGS84), fetched once per page load. */
export function loadKommunShapes(): Promise<KommunFeature[]> {
  shapes ??= fetch("/api/geo/kommuner.geojson", { credentials: "include" })
    .then((res) => {
      if (!res.ok) throw new Error(`kommuner.geojson: ${res.status}`);
      return res.json() as Promise<FeatureCollection<Polygon | MultiPolygon, KommunProperties>>;
    })
    .then((fc) => fc.features.map(rewind))
    .catch((err: unknown) => {
      shapes = null;
      throw err;
    });
  return shapes;
}
