import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { County } from "./county.entity";
import { Organisation } from "./organisation.entity";

/** Loads rows by key in one statement per batch, in the order asked. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (v: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

export function createOrganisationLoaders(db: Database) {
  return {
    organisationById: new DataLoader<number, Organisation | null>(async (ids) =>
      byKey(ids, await db.manager.findBy(Organisation, { id: In([...ids]) }), (o) => o.id),
    ),
    countyByCode: new DataLoader<string, County | null>(async (codes) =>
      byKey(codes, await db.manager.findBy(County, { code: In([...codes]) }), (c) => c.code),
    ),
  };
}
