import DataLoader from "dataloader";
import { byKey } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { User } from "./user.entity";

export function createUserLoaders(db: Database) {
  return {
    userById: new DataLoader<number, User | null>(async (ids) => byKey(ids, await db.manager.findBy(User, { id: In([...ids]) }), (u) => u.id)),
  };
}
