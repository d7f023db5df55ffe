import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import type { Config } from "../../server/src/config/config";

/**
 * A database migrated and seeded once per run (by the global setup), which each test file copies
 * instead of migrating and seeding its own: on SQLite a file, on MySQL/MariaDB a database whose
 * tables are created again (with their keys, foreign keys and AUTO_INCREMENT positions) and filled
 * from it.
 */
export type DatabaseTemplate =
  | { kind: "sqlite"; path: string }
  | { kind: "mysql"; server: string; type: "mysql" | "mariadb"; name: string; tables: string[]; filled: string[]; views: string[] };

/** Databases of test runs on a MySQL server are named `samverka_test_<pid>_…` (copies) and `samverka_tpl_<pid>_…` (templates). */
const TEST_DATABASE = /^samverka_(?:test|tpl)_(\d+)_[0-9a-f]+$/;

export function mysqlServer(): { plain: string; type: "mysql" | "mariadb" } | null {
  const server = process.env.SAMVERKA_TEST_MYSQL_URL;
  if (!server) return null;
  const base = server.replace(/\/+$/, "");
  const type = base.startsWith("mariadb:") || process.env.SAMVERKA_TEST_MYSQL_TYPE === "mariadb" ? "mariadb" : "mysql";
  return { plain: base.replace(/^mariadb:/, "mysql:"), type };
}

export function testDatabaseName(kind: "test" | "tpl"): string {
  return `samverka_${kind}_${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Drops the test databases left by runs whose process is gone (a crash, a kill); those of running processes stay. */
export async function dropLeftoverDatabases(plain: string): Promise<string[]> {
  const c = await mysql.createConnection(`${plain}/mysql`);
  try {
    const [rows] = await c.query<mysql.RowDataPacket[]>("SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA WHERE SCHEMA_NAME LIKE 'samverka\\_t%'");
    const dropped: string[] = [];
    for (const { name } of rows) {
      const m = TEST_DATABASE.exec(name);
      if (!m || alive(Number(m[1]))) continue;
      await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
      dropped.push(name);
    }
    return dropped;
  } finally {
    await c.end();
  }
}

/** Describes a migrated and seeded MySQL database as a template: the statements that create its tables and views, and the tables that hold rows. */
export async function describeMysqlTemplate(plain: string, type: "mysql" | "mariadb", name: string): Promise<DatabaseTemplate> {
  const c = await mysql.createConnection(`${plain}/${name}`);
  try {
    const [list] = await c.query<mysql.RowDataPacket[]>(
      "SELECT TABLE_NAME AS t, TABLE_TYPE AS type FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME",
      [name],
    );
    const tables: string[] = [];
    const filled: string[] = [];
    const views: string[] = [];
    for (const { t, type: tableType } of list) {
      if (tableType === "VIEW") {
        const [[row]] = await c.query<mysql.RowDataPacket[]>(`SHOW CREATE VIEW \`${t}\``);
        // The definition names the template's tables with its database: the copy's view reads the copy's tables.
        views.push(String(row["Create View"]).split(`\`${name}\`.`).join(""));
        continue;
      }
      const [[row]] = await c.query<mysql.RowDataPacket[]>(`SHOW CREATE TABLE \`${t}\``);
      tables.push(row["Create Table"]);
      const [[count]] = await c.query<mysql.RowDataPacket[]>(`SELECT EXISTS(SELECT 1 FROM \`${t}\`) AS n`);
      if (Number(count.n)) filled.push(t);
    }
    return { kind: "mysql", server: plain, type, name, tables, filled, views };
  } finally {
    await c.end();
  }
}

/** A new database for one test file with the template's schema and rows. */
export async function copyOfTemplate(template: DatabaseTemplate): Promise<{ database: Config["database"]; drop: () => Promise<void> }> {
  if (template.kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-test-"));
    const file = path.join(dir, "test.sqlite");
    // The template was closed cleanly (its WAL checkpointed and removed): the main file is the whole database.
    fs.copyFileSync(template.path, file);
    return {
      database: { kind: "sqlite", path: file },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = testDatabaseName("test");
  const c = await mysql.createConnection({ uri: `${template.server}/mysql`, multipleStatements: true });
  try {
    await c.query(
      [
        `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
        `USE \`${name}\``,
        "SET FOREIGN_KEY_CHECKS = 0",
        ...template.tables,
        ...template.filled.map((t) => `INSERT INTO \`${name}\`.\`${t}\` SELECT * FROM \`${template.name}\`.\`${t}\``),
        ...template.views,
        "SET FOREIGN_KEY_CHECKS = 1",
      ].join(";\n"),
    );
  } catch (err) {
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``).catch(() => undefined);
    throw err;
  } finally {
    await c.end();
  }
  return {
    database: { kind: "mysql", url: `${template.server}/${name}`, type: template.type },
    drop: () => dropMysqlDatabase(template.server, name),
  };
}

export async function dropMysqlDatabase(plain: string, name: string): Promise<void> {
  const c = await mysql.createConnection(`${plain}/mysql`);
  try {
    await c.query(`DROP DATABASE IF EXISTS \`${name}\``);
  } finally {
    await c.end();
  }
}
