import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { byKey } from "../../graphql/batch";
import { Method } from "./county-work.entities";

export function createCountyWorkLoaders(db: Database) {
  return {
    /** Methods are reference data every reader of länets arbete may see. */
    methodById: new DataLoader<number, Method | null>(async (ids) => byKey(ids, await db.manager.findBy(Method, { id: In([...ids]) }), (x) => x.id)),
  };
}
