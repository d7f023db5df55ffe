import type { DataSource, EntitySubscriberInterface, RemoveEvent, TransactionCommitEvent, UpdateEvent } from "typeorm";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { PlatformSetting } from "../shared/platform-setting.entity";
import { Session } from "./session.entity";

/** What a request needs to know about its session: one row of session, user and organisation. */
export interface SessionRow {
  sessionId: string;
  lastUsedAt: Date | null;
  userId: number;
  email: string;
  roles: string;
  active: boolean;
  totpEnabledAt: Date | null;
  organisationId: number;
  organisationKind: string;
  countyCode: string | null;
  expiresAt: Date;
  /** The stored platform setting for two-factor before money decisions; null: the environment's default. */
  requireTotp: string | null;
}

/**
 * Sessions resolved from memory for a few seconds, keyed by the token's digest, so that most
 * requests read nothing to find out who asks.
 *
 * In this process every change to a user, an organisation, a session or a platform setting
 * (sign-out, deactivation, new roles, two-factor, a new password ending the other sessions, the
 * two-factor requirement) empties the cache at once.
 * Another server process keeps what it cached for at most `ttlMs`: that is how long a sign-out
 * or a deactivation takes to reach every process. With `ttlMs` 0 nothing is cached.
 */
export class SessionCache {
  private readonly entries = new Map<string, { row: SessionRow; until: number }>();

  constructor(
    readonly ttlMs: number,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(digest: string): SessionRow | undefined {
    const hit = this.entries.get(digest);
    if (!hit) return undefined;
    if (hit.until <= this.now()) {
      this.entries.delete(digest);
      return undefined;
    }
    return hit.row;
  }

  set(digest: string, row: SessionRow): void {
    if (this.ttlMs <= 0) return;
    // A full cache drops its oldest entry (a Map keeps insertion order).
    if (this.entries.size >= this.max && !this.entries.has(digest)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(digest, { row, until: Math.min(this.now() + this.ttlMs, row.expiresAt.getTime()) });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Empties the cache whenever this process writes a user, an organisation or a session, and once more when that write commits. */
  watch(ds: DataSource): void {
    ds.subscribers.push(new SessionCacheInvalidator(this));
  }
}

const WATCHED = new Set<unknown>([User, Organisation, Session, PlatformSetting]);
const DIRTY = "sessionCacheDirty";

class SessionCacheInvalidator implements EntitySubscriberInterface {
  constructor(private readonly cache: SessionCache) {}

  private touched(event: { metadata: { target: unknown }; queryRunner: { data: Record<string, unknown> } }): void {
    if (!WATCHED.has(event.metadata.target)) return;
    this.cache.clear();
    // A request between this write and its commit may read and cache the old row again.
    event.queryRunner.data[DIRTY] = true;
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    this.touched(event);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    this.touched(event);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    if (!event.queryRunner.data[DIRTY]) return;
    delete event.queryRunner.data[DIRTY];
    this.cache.clear();
  }
}
