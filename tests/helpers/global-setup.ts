import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import type { TestProject } from "vitest/node";
import { prepareTestDatabase } from "./app";
import { describeMysqlTemplate, dropLeftoverDatabases, dropMysqlDatabase, mysqlServer, testDatabaseName } from "./template";

let cleanup: (() => Promise<void>) | undefined;

/**
 * Migrates and seeds one database for the whole run, from the migrations and seeds as they are
 * now; each test file starts on a copy of it (see startTestApp). On MySQL/MariaDB the databases
 * left by crashed runs are dropped first.
 */
export async function setup(project: TestProject) {
  const server = mysqlServer();
  if (!server) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-template-"));
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    const file = path.join(dir, "template.sqlite");
    await prepareTestDatabase({ kind: "sqlite", path: file });
    // Closing the last connection checkpoints the WAL into the file and removes it; a copy of the file alone must be the whole database.
    for (const extra of [`${file}-wal`, `${file}-journal`]) {
      if (fs.existsSync(extra) && fs.statSync(extra).size > 0) throw new Error(`the template database was not closed cleanly: ${extra} remains`);
    }
    project.provide("databaseTemplate", { kind: "sqlite", path: file });
    return;
  }
  await dropLeftoverDatabases(server.plain);
  const name = testDatabaseName("tpl");
  cleanup = () => dropMysqlDatabase(server.plain, name);
  const c = await mysql.createConnection(`${server.plain}/mysql`);
  await c.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  await prepareTestDatabase({ kind: "mysql", url: `${server.plain}/${name}`, type: server.type });
  project.provide("databaseTemplate", await describeMysqlTemplate(server.plain, server.type, name));
}

export async function teardown() {
  await cleanup?.();
}
