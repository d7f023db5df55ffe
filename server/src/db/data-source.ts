import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions } from "typeorm";
import type { Config } from "../config/config";
import { ENTITIES } from "./entities";
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from "./migrations";
import { CountingLogger } from "./sql-counter";

export type DatabaseKind = "sqlite" | "mysql";

/**
 * The data source of one process. With `countStatements` TypeORM tells the logger of every
 * statement (the per-request count of the tests); without it, only of errors, slow statements and
 * migrations.
 */
export function createDataSource(db: Config["database"], logger: CountingLogger, countStatements = true): DataSource {
  let options: DataSourceOptions;
  if (db.kind === "sqlite") {
    if (db.path !== ":memory:") fs.mkdirSync(path.dirname(db.path), { recursive: true });
    options = {
      type: "better-sqlite3",
      database: db.path,
      enableWAL: true,
      timeout: 10_000,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (raw: { pragma(s: string): unknown; function(name: string, options: object, fn: (v: unknown) => unknown): unknown }) => {
        raw.pragma("foreign_keys = ON");
        // SQLite's own LOWER folds ASCII only: "Örebro" would not match "örebro". MySQL's collation does.
        raw.function("lower", { deterministic: true }, (v) => (typeof v === "string" ? v.toLowerCase() : v));
      },
    };
  } else {
    options = {
      type: db.type,
      ...(db.replicaUrls?.length
        ? {
            // Reads go to the primary unless a caller asks for a replica (the statistics do):
            // a page read right after a write must see it. A replica that failed is tried again after 5 s.
            replication: { master: { url: db.url }, slaves: db.replicaUrls.map((url) => ({ url })), defaultMode: "master", restoreNodeTimeout: 5000 },
          }
        : { url: db.url }),
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      poolSize: db.poolSize ?? 10,
      migrations: MYSQL_MIGRATIONS,
      // The allocation key and statistics use BIGINT sums; return them as numbers, not strings.
      supportBigNumbers: true,
      bigNumberStrings: false,
      // No stack trace captured for every statement (mysql2 does by default): it costs on every query.
      trace: false,
    };
  }
  const ds = new DataSource({
    ...options,
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: countStatements ? ["query", "error", "warn", "migration"] : ["error", "warn", "migration"],
    logger,
    maxQueryExecutionTime: 1000,
  } as unknown as DataSourceOptions);
  if (db.kind === "mysql") storeJsonInMediumText(ds);
  return ds;
}

/**
 * On MySQL TypeORM keeps `simple-json` in TEXT (65 535 bytes): too small for the snapshots in the
 * audit log and the versions of applications and minutes, whose fields may each be long. There they
 * are MEDIUMTEXT (16 MB); SQLite has no such limit. Migrations and the drift test see the same type.
 */
function storeJsonInMediumText(ds: DataSource): void {
  const driver = ds.driver as unknown as { normalizeType(column: { type?: unknown }): string };
  const normalize = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => (column.type === "simple-json" ? "mediumtext" : normalize(column));
}

/**
 * Runs pending migrations. On MySQL several processes may start together: a named lock makes
 * the second wait for the first instead of failing half-way.
 */
export async function migrate(ds: DataSource): Promise<void> {
  if (ds.options.type === "better-sqlite3") {
    await ds.runMigrations({ transaction: "each" });
    return;
  }
  const qr = ds.createQueryRunner();
  try {
    await qr.connect();
    const [row] = await qr.query("SELECT GET_LOCK('samverka_migrations', 60) AS got");
    if (Number(row?.got) !== 1) throw new Error("Could not take the migration lock within 60 s");
    try {
      await ds.runMigrations({ transaction: "each" });
    } finally {
      await qr.query("SELECT RELEASE_LOCK('samverka_migrations')");
    }
  } finally {
    await qr.release();
  }
}

/**
 * SQLite: every transaction takes the write lock when it begins (BEGIN IMMEDIATE), waiting up to
 * the busy timeout for another process to finish. A deferred transaction that reads first and
 * writes later could otherwise fail with SQLITE_BUSY when a second process wrote in between.
 */
export function useImmediateTransactions(ds: DataSource): void {
  if (ds.options.type !== "better-sqlite3") return;
  const runner = ds.driver.createQueryRunner("master") as unknown as { query: (q: string, ...rest: unknown[]) => Promise<unknown> };
  const query = runner.query.bind(runner);
  runner.query = (q: string, ...rest: unknown[]) => query(q === "BEGIN TRANSACTION" ? "BEGIN IMMEDIATE TRANSACTION" : q, ...rest);
}
