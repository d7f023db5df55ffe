import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";

/**
 * Inserts rows whose generated values (id, defaults, creation time) the caller does not read back,
 * in one statement. `m.insert` reads them back: on MySQL (no INSERT … RETURNING) with a second
 * statement, a SELECT of the rows just inserted, which inside a locked transaction holds the lock
 * one round trip longer. For append-only rows written with a state change: audit rows,
 * notifications, queued mail.
 */
export async function insertRows<T extends ObjectLiteral>(m: EntityManager, target: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  if (!rows.length) return;
  await m.createQueryBuilder().insert().into(target).values(rows).updateEntity(false).execute();
}
