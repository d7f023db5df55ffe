import crypto from "node:crypto";
import { In } from "typeorm";
import type { Database } from "../db/database";
import { SignInThrottle } from "./sign-in-throttle.entity";

/** The limits of sign-in attempts. */
export const THROTTLE = {
  /** Attempts for one account from one client address within the window, then a block. */
  perAccountAndAddress: 5,
  /** Failed attempts from one client address, whatever the accounts, within the window, then a block. */
  perAddress: 30,
  windowMinutes: 15,
  /** The first block; each following one (without a success between) lasts twice as long, at most `maxBlockMinutes`. */
  firstBlockMinutes: 15,
  maxBlockMinutes: 24 * 60,
  /** Wrong second-step codes (TOTP or recovery) for one account, whatever the address, within the window, then a block. */
  perAccountSecondFactor: 10,
  /** Password-reset requests from one client address within the window. */
  resetsPerAddress: 10,
  /** Password-reset requests for one e-mail address within the window. */
  resetsPerAccount: 3,
  /** A counter left alone this long starts again from the first block. */
  forgetAfterMinutes: 24 * 60,
};

type Kind = "account" | "address" | "notice" | "second-factor" | "reset" | "registration-link";

export function blockMinutes(blocks: number): number {
  return Math.min(THROTTLE.firstBlockMinutes * 2 ** blocks, THROTTLE.maxBlockMinutes);
}

function idOf(kind: Kind, email: string | null, ip: string | null): string {
  return crypto
    .createHash("sha256")
    .update(`${kind}\n${email ?? ""}\n${ip ?? ""}`)
    .digest("hex");
}

const minutes = (n: number) => n * 60_000;

/**
 * Counters of sign-in attempts, per account and client address and per client address. An
 * attempt is taken from the counters before the password is checked, by a conditional UPDATE
 * (`attempts < limit`), so however many attempts arrive at once, from however many server
 * processes, at most the limit are checked; the others are refused without a check.
 */
export class SignInThrottleStore {
  constructor(private readonly db: Database) {}

  /**
   * Takes one attempt from the counter; returns null when taken, otherwise until when attempts
   * are refused and whether the counter is only busy (full of attempts still being checked, not
   * blocked).
   */
  async take(kind: Kind, email: string | null, ip: string | null, limit: number, now: Date): Promise<{ until: Date; busy: boolean } | null> {
    const id = idOf(kind, email, ip);
    await this.ensure(id, kind, email, ip, now);
    const result = await this.db.transaction(async (m) => {
      const update = (set: Record<string, unknown>) => m.createQueryBuilder().update(SignInThrottle).set(set).where("id = :id", { id });
      // A block that has run out opens a new window; the count of blocks stays (the next lasts longer).
      await update({ blockedUntil: null, attempts: 0, windowStartedAt: now }).andWhere("blockedUntil <= :now", { now }).execute();
      const forget = new Date(now.getTime() - minutes(THROTTLE.forgetAfterMinutes));
      await update({ blocks: 0, attempts: 0, windowStartedAt: now }).andWhere("blockedUntil IS NULL AND windowStartedAt <= :forget", { forget }).execute();
      const windowStart = new Date(now.getTime() - minutes(THROTTLE.windowMinutes));
      await update({ attempts: 0, windowStartedAt: now }).andWhere("blockedUntil IS NULL AND windowStartedAt <= :windowStart", { windowStart }).execute();
      const taken = await update({ attempts: () => "attempts + 1" })
        .andWhere("blockedUntil IS NULL AND attempts < :limit", { limit })
        .execute();
      if (taken.affected === 1) return null;
      const row = await m.findOneBy(SignInThrottle, { id });
      if (!row) return "gone" as const;
      if (row.blockedUntil) return { until: row.blockedUntil, busy: false };
      // Full but not blocked: the last attempts are still being checked.
      return { until: new Date(row.windowStartedAt.getTime() + minutes(THROTTLE.windowMinutes)), busy: true };
    });
    // A success removed the counter meanwhile: start a new one.
    return result === "gone" ? this.take(kind, email, ip, limit, now) : result;
  }

  /**
   * Creates the counter when missing, in a transaction of its own: on InnoDB an INSERT IGNORE
   * that meets an existing row takes a shared lock, and two transactions each holding one while
   * waiting to UPDATE the row would deadlock. The UPDATEs then only take the row's exclusive lock.
   */
  private async ensure(id: string, kind: Kind, email: string | null, ip: string | null, now: Date): Promise<void> {
    const open = this.db.manager;
    const insert = (m: typeof open) =>
      m
        .createQueryBuilder()
        .insert()
        .into(SignInThrottle)
        .values({ id, kind, email, ip, attempts: 0, blocks: 0, windowStartedAt: now, blockedUntil: null })
        .orIgnore()
        .execute();
    if (await open.existsBy(SignInThrottle, { id })) return;
    await this.db.transaction(insert);
  }

  /**
   * Takes an attempt; while the counter is only busy, waits for the attempts being checked (they
   * either succeed and free it, or fail and block it), at most `patienceMs`.
   */
  async takeOrWait(kind: Kind, email: string | null, ip: string | null, limit: number, now: () => Date, patienceMs = 5_000): Promise<Date | null> {
    for (let waited = 0; ; waited += 50) {
      const refused = await this.take(kind, email, ip, limit, now());
      if (!refused) return null;
      if (!refused.busy || waited >= patienceMs) return refused.until;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Gives back an attempt that was not a failure (the right password, a refusal elsewhere). */
  async giveBack(kind: Kind, email: string | null, ip: string | null): Promise<void> {
    const id = idOf(kind, email, ip);
    await this.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(SignInThrottle)
        .set({ attempts: () => "attempts - 1" })
        .where("id = :id AND attempts > 0 AND blockedUntil IS NULL", { id })
        .execute(),
    );
  }

  /** After a failure: blocks a full counter. Returns the end of the block when this call set it, otherwise null. */
  block(kind: Kind, email: string | null, ip: string | null, limit: number, now: Date): Promise<Date | null> {
    const id = idOf(kind, email, ip);
    return this.db.transaction(async (m) => {
      const row = await m.findOneBy(SignInThrottle, { id });
      if (!row || row.blockedUntil || row.attempts < limit) return null;
      const until = new Date(now.getTime() + minutes(blockMinutes(row.blocks)));
      const res = await m
        .createQueryBuilder()
        .update(SignInThrottle)
        .set({ blockedUntil: until, blocks: row.blocks + 1 })
        .where("id = :id AND blockedUntil IS NULL AND attempts >= :limit AND blocks = :blocks", { id, limit, blocks: row.blocks })
        .execute();
      return res.affected === 1 ? until : null;
    });
  }

  /** A success for the account from this address: its counter starts again from nothing. */
  async clear(kind: Kind, email: string | null, ip: string | null): Promise<void> {
    await this.db.transaction((m) => m.delete(SignInThrottle, { id: idOf(kind, email, ip) }));
  }

  /**
   * True for the one caller that may tell the owner about a block lasting until `until`:
   * once per block, whatever the number of addresses or attempts.
   */
  async claimNotice(email: string, until: Date, now: Date): Promise<boolean> {
    const id = idOf("notice", email, null);
    await this.ensure(id, "notice", email, null, now);
    return this.db.transaction(async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(SignInThrottle)
        .set({ blockedUntil: until })
        .where("id = :id AND (blockedUntil IS NULL OR blockedUntil <= :now)", { id, now })
        .execute();
      return res.affected === 1;
    });
  }

  /** Removes every block and count of the account (not those of the addresses); returns the blocks that were in force and the latest end. */
  async lift(email: string, now: Date): Promise<{ blocks: number; until: Date | null }> {
    return this.db.transaction(async (m) => {
      const rows = await m.findBy(SignInThrottle, { email, kind: In(["account", "notice", "second-factor"]) });
      if (rows.length) await m.delete(SignInThrottle, { id: In(rows.map((r) => r.id)) });
      const ends = rows.filter((r) => r.kind !== "notice" && r.blockedUntil && r.blockedUntil > now).map((r) => r.blockedUntil!.getTime());
      return { blocks: ends.length, until: ends.length ? new Date(Math.max(...ends)) : null };
    });
  }
}
