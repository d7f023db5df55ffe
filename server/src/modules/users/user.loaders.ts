import DataLoader from "dataloader";
import { byKey } from "../../graphql/batch";
import type { Database } from "../../db/database";
import { type LeanRequest, leanRowsBy } from "../../db/lean-read";
import { User } from "./user.entity";

export function createUserLoaders(db: Database, lean: LeanRequest) {
  return {
    userById: new DataLoader<number, User | null>(async (ids) => byKey(ids, await leanRowsBy(db.manager, User, "id", ids, lean), (u) => u.id)),
  };
}
