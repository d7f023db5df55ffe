import type { EntityManager } from "typeorm";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { populationAt } from "../organisations/population";
import { proportional, withFloor } from "./allocation";

export interface AllocationRow {
  organisation: Organisation;
  population: number | null;
  amount: number;
}

/**
 * The allocation key of a round: the kommun pot by population with the floor, the region pot in
 * equal shares. A round of year Y uses each kommun's population on 31 December of Y − 1 (the
 * latest SCB figure when the round opens); without figures for that year, the latest held.
 */
export async function allocationKey(
  m: EntityManager,
  round: { year: number; floorAmount: number },
  kommunPot: number,
  regionPot: number,
): Promise<AllocationRow[]> {
  const kommuner = await m.find(Organisation, { where: { kind: OrganisationKind.KOMMUN }, order: { code: "ASC" } });
  const regioner = regionPot > 0 ? await m.find(Organisation, { where: { kind: OrganisationKind.REGION }, order: { code: "ASC" } }) : [];
  const population = await populationAt(m, round.year - 1, kommuner);
  const k = withFloor(
    kommunPot,
    kommuner.map((o) => ({ key: o.code, weight: population.get(o.id) ?? 0 })),
    round.floorAmount,
  );
  const r = proportional(
    regionPot,
    regioner.map((o) => ({ key: o.code, weight: 1 })),
  );
  return [
    ...kommuner.map((o) => ({ organisation: o, population: population.get(o.id) ?? null, amount: k.get(o.code)! })),
    ...regioner.map((o) => ({ organisation: o, population: null, amount: r.get(o.code)! })),
  ];
}
