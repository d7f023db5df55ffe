import crypto from "node:crypto";
import type { Database } from "../db/database";
import { JobClaim } from "./platform-setting.entity";

/** This process's name in claims. */
export const PROCESS_ID = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;

/**
 * Claims a job that runs at most once per `everyMs`, on one process at a time. The claim is a
 * conditional UPDATE of the job's row (inserted once, a duplicate insert ignored), so of any number
 * of processes asking at the same moment exactly one gets true. A claim expires after
 * `leaseMs`, so a crashed process does not hold the job for ever.
 */
export async function claimJob(db: Database, name: string, now: Date, everyMs: number, leaseMs: number, owner = PROCESS_ID): Promise<boolean> {
  if (!(await db.manager.existsBy(JobClaim, { name }))) {
    // In a transaction of its own, so the UPDATE below takes only the row's exclusive lock.
    await db.transaction((m) =>
      m.createQueryBuilder().insert().into(JobClaim).values({ name, claimedBy: null, claimedUntil: null, lastRunAt: null }).orIgnore().execute(),
    );
  }
  const res = await db.transaction((m) => {
    const claim = m
      .createQueryBuilder()
      .update(JobClaim)
      .set({ claimedBy: owner, claimedUntil: new Date(now.getTime() + leaseMs) })
      .where("name = :name", { name })
      .andWhere("(claimedUntil IS NULL OR claimedUntil <= :now)", { now });
    // A run asked for now (everyMs 0) waits only for a run under way, not for the last one's time.
    if (everyMs > 0) claim.andWhere("(lastRunAt IS NULL OR lastRunAt <= :due)", { due: new Date(now.getTime() - everyMs) });
    return claim.execute();
  });
  return res.affected === 1;
}

/** Ends a claim: the job is done for now (lastRunAt) and free for the next run. */
export async function finishJob(db: Database, name: string, now: Date, done: boolean, owner = PROCESS_ID): Promise<void> {
  await db.transaction((m) =>
    m
      .createQueryBuilder()
      .update(JobClaim)
      .set({ claimedBy: null, claimedUntil: null, ...(done ? { lastRunAt: now } : {}) })
      .where("name = :name AND claimedBy = :owner", { name, owner })
      .execute(),
  );
}
