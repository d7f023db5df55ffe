import DataLoader from "dataloader";
import { byKey } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { type LeanRequest, leanRowsBy } from "../../db/lean-read";
import { County } from "./county.entity";
import { Organisation } from "./organisation.entity";

export function createOrganisationLoaders(db: Database, lean: LeanRequest) {
  return {
    organisationById: new DataLoader<number, Organisation | null>(async (ids) =>
      byKey(ids, await leanRowsBy(db.manager, Organisation, "id", ids, lean), (o) => o.id),
    ),
    countyByCode: new DataLoader<string, County | null>(async (codes) =>
      byKey(codes, await db.manager.findBy(County, { code: In([...codes]) }), (c) => c.code),
    ),
  };
}
