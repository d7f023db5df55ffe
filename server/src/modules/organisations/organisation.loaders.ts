import DataLoader from "dataloader";
import { byKey } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { County } from "./county.entity";
import { Organisation } from "./organisation.entity";

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
