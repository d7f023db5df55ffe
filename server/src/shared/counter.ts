import type { EntityManager } from "typeorm";
import { isDuplicateKey } from "../db/driver-errors";
import { Counter } from "./counter.entity";

/**
 * The next number of a named sequence, inside the caller's transaction. The UPDATE takes the
 * row lock first, so concurrent transactions get distinct numbers on MySQL; SQLite transactions
 * are serialized anyway.
 */
export async function nextNumber(m: EntityManager, name: string): Promise<number> {
  const res = await m
    .createQueryBuilder()
    .update(Counter)
    .set({ value: () => "value + 1" })
    .where("name = :name", { name })
    .execute();
  if (res.affected === 1) return (await m.findOneByOrFail(Counter, { name })).value;
  try {
    await m.insert(Counter, { name, value: 1 });
    return 1;
  } catch (err) {
    // Another transaction created it first: take the next one. Anything else (a deadlock, which
    // has already rolled the whole transaction back) must reach the caller, which runs it again.
    if (!isDuplicateKey(err)) throw err;
    return nextNumber(m, name);
  }
}
