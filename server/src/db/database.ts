import { AsyncLocalStorage } from "node:async_hooks";
import { Mutex } from "async-mutex";
import type { DataSource, EntityManager } from "typeorm";
import { CommitOutcomeUnknown, isConnectionError, isDeadlock } from "./driver-errors";
import type { DatabaseKind } from "./data-source";

/**
 * The one way to write. Every state change runs inside `transaction()`.
 *
 * SQLite has one connection per DataSource: a write from another request while a transaction is
 * open would join that transaction (and be rolled back with it), so on SQLite transactions are
 * serialized through a process-wide queue. MySQL uses its own pool and row locks.
 */
export class Database {
  private readonly queue = new Mutex();
  private readonly current = new AsyncLocalStorage<EntityManager>();
  /** Inside `forStatistics`: the replica's manager, for reads only (a transaction there still goes to the primary). */
  private readonly replica = new AsyncLocalStorage<EntityManager>();

  constructor(
    readonly ds: DataSource,
    readonly kind: DatabaseKind,
  ) {}

  get manager(): EntityManager {
    return this.current.getStore() ?? this.replica.getStore() ?? this.ds.manager;
  }

  /**
   * Runs read-only `work` against a read replica when replicas are configured (the national
   * tables and yearly statistics): inside it, `manager` reads from the replica.
   */
  async forStatistics<T>(work: () => Promise<T>): Promise<T> {
    const replication = (this.ds.options as { replication?: unknown }).replication;
    if (!replication || this.current.getStore() || this.replica.getStore()) return work();
    const qr = this.ds.createQueryRunner("slave");
    try {
      return await this.replica.run(qr.manager, work);
    } finally {
      await qr.release();
    }
  }

  /** One attempt: BEGIN, the work, COMMIT; a COMMIT cut off by a lost connection says so. */
  private async runOnce<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const qr = this.ds.createQueryRunner();
    try {
      await qr.startTransaction();
      const result = await this.current.run(qr.manager, () => work(qr.manager));
      try {
        await qr.commitTransaction();
      } catch (err) {
        if (isConnectionError(err)) throw new CommitOutcomeUnknown(err);
        throw err;
      }
      return result;
    } catch (err) {
      if (qr.isTransactionActive && !(err instanceof CommitOutcomeUnknown)) await qr.rollbackTransaction().catch(() => undefined);
      throw err;
    } finally {
      await qr.release();
    }
  }

  async transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    const open = this.current.getStore();
    if (open) return work(open);
    const run = () => this.runOnce(work);
    if (this.kind === "sqlite") return this.queue.runExclusive(run);
    // InnoDB resolves a lock cycle by aborting one transaction; it is safe to run it again.
    for (let attempt = 1; ; attempt++) {
      try {
        return await run();
      } catch (err) {
        if (attempt >= 5 || !isDeadlock(err)) throw err;
      }
    }
  }
}
