import type { EntityManager } from "typeorm";
import { Organisation } from "./organisation.entity";
import { PopulationFigure } from "./population-figure.entity";

/**
 * Each kommun's population on 31 December of `year`, from the reference data; a kommun without a
 * figure for that year falls back to the population on its organisation (the latest held).
 */
export async function populationAt(m: EntityManager, year: number, kommuner: Organisation[]): Promise<Map<number, number | null>> {
  const figures = await m.find(PopulationFigure, { where: { year } });
  const byId = new Map(figures.map((f) => [f.organisationId, f.inhabitants]));
  return new Map(kommuner.map((k) => [k.id, byId.get(k.id) ?? k.population]));
}
