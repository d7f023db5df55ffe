import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import type { Config } from "../../server/src/config/config";
import { dropMysqlDatabase, mysqlServer, testDatabaseName } from "./template";

/**
 * A fresh, empty database for one test file: a temporary SQLite file by default, or a new
 * MySQL/MariaDB database when SAMVERKA_TEST_MYSQL_URL is set (e.g. mysql://root@127.0.0.1:3306).
 */
export async function freshDatabase(): Promise<{ database: Config["database"]; drop: () => Promise<void> }> {
  const server = mysqlServer();
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-test-"));
    return {
      database: { kind: "sqlite", path: path.join(dir, "test.sqlite") },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = testDatabaseName("test");
  const admin = await mysql.createConnection(`${server.plain}/mysql`);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return {
    database: { kind: "mysql", url: `${server.plain}/${name}`, type: server.type },
    drop: () => dropMysqlDatabase(server.plain, name),
  };
}

/** Row counts of the given tables, read through the app's own connection: what a refusal must leave as it was. */
export async function rowCounts(
  ds: { query(sql: string): Promise<unknown>; driver: { escape(name: string): string } },
  tables: string[],
): Promise<Record<string, number>> {
  const sql = tables.map((name) => `SELECT '${name}' AS name, COUNT(*) AS n FROM ${ds.driver.escape(name)}`).join(" UNION ALL ");
  const rows = (await ds.query(sql)) as { name: string; n: number | string }[];
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}
