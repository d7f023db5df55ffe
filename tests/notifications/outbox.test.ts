import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDataSource } from "../../server/dist/db/data-source";
import { Database } from "../../server/dist/db/database";
import { CountingLogger } from "../../server/dist/db/sql-counter";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { OutboxWorker } from "../../server/dist/modules/notifications/outbox.worker";
import { startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

async function enqueue(n: number, prefix: string) {
  await t.app.db.transaction((m) =>
    t.app.services.notifications.enqueueMail(
      m,
      Array.from({ length: n }, (_, i) => `${prefix}${i}@example.se`),
      { key: "devfunds.redistributed", params: { year: 2026 } },
    ),
  );
}

/**
 * A second process's view of the same database: its own DataSource and connection pool.
 * SQLite (one embedded file, one process) gets the same Database: better-sqlite3 blocks the
 * event loop while it waits for a lock, so two connections in one process would wait on each
 * other; the workers still race for every mail through the serialized transaction queue.
 */
async function secondDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  if (t.config.database.kind === "sqlite") return { db: t.app.db, close: async () => {} };
  const ds = createDataSource(t.config.database, new CountingLogger());
  await ds.initialize();
  return { db: new Database(ds, t.config.database.kind), close: () => ds.destroy() };
}

describe("outbox", () => {
  it("two workers on one database send every mail exactly once", async () => {
    await enqueue(40, "pair");
    const sent: string[] = [];
    const transport = {
      async sendMail(mail: { to: string }) {
        await new Promise((r) => setImmediate(r));
        sent.push(mail.to);
      },
    };
    const other = await secondDatabase();
    try {
      const a = new OutboxWorker(t.app.db, transport, "test@samverka.se");
      const b = new OutboxWorker(other.db, transport, "test@samverka.se");
      const [na, nb] = await Promise.all([a.runOnce(), b.runOnce()]);
      expect(na + nb).toBe(40);
      expect(sent).toHaveLength(40);
      expect(new Set(sent).size).toBe(40);
      // Both have nothing left to do.
      expect(await a.runOnce()).toBe(0);
      expect(await b.runOnce()).toBe(0);
    } finally {
      await other.close();
    }
    const statuses = await t.app.db.manager.find(OutboxMail, { select: { status: true, attempts: true } });
    expect(statuses.every((m) => m.status === "SENT" && m.attempts === 1)).toBe(true);
  });

  it("a failed delivery is retried later with backoff, and sent once when the server answers", async () => {
    await enqueue(1, "retry");
    let calls = 0;
    const flaky = {
      async sendMail() {
        calls++;
        if (calls === 1) throw new Error("SMTP 421 try again later");
      },
    };
    const w = new OutboxWorker(t.app.db, flaky, "test@samverka.se");
    expect(await w.runOnce()).toBe(0);
    const failed = await t.app.db.manager.findOneByOrFail(OutboxMail, { toAddress: "retry0@example.se" });
    expect(failed).toMatchObject({ status: "PENDING", attempts: 1, lastError: "SMTP 421 try again later" });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);

    // Not due yet: nothing is sent.
    expect(await w.runOnce()).toBe(0);
    expect(calls).toBe(1);

    // Once due, it goes out.
    await t.app.db.transaction((m) => m.update(OutboxMail, { id: failed.id }, { nextAttemptAt: new Date(Date.now() - 1000) }));
    expect(await w.runOnce()).toBe(1);
    const sent = await t.app.db.manager.findOneByOrFail(OutboxMail, { id: failed.id });
    expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(await w.runOnce()).toBe(0);
    expect(calls).toBe(2);
  });

  it("a mail claimed by a worker that died is picked up again when the claim expires", async () => {
    await enqueue(1, "orphan");
    const mail = await t.app.db.manager.findOneByOrFail(OutboxMail, { toAddress: "orphan0@example.se" });
    await t.app.db.transaction((m) =>
      m.update(OutboxMail, { id: mail.id }, { status: "SENDING" as never, lockedBy: "dead-worker", lockedUntil: new Date(Date.now() - 1000), attempts: 1 }),
    );
    const sent: string[] = [];
    const w = new OutboxWorker(t.app.db, { sendMail: async (m: { to: string }) => void sent.push(m.to) }, "test@samverka.se");
    expect(await w.runOnce()).toBe(1);
    expect(sent).toEqual(["orphan0@example.se"]);
  });
});
