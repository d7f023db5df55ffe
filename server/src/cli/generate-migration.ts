import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDataSource } from "../db/data-source";
import { CountingLogger } from "../db/sql-counter";

/**
 * Writes one migration per driver from the difference between the entities and the schema the
 * committed migrations produce. Needs a MySQL/MariaDB server (MIGRATION_MYSQL_URL, default
 * mysql://root@127.0.0.1:3306) to diff against; it creates and drops a scratch database there.
 *
 *   npm run build -w server && npm run migration:generate -- AddGrantCalls
 */
const SRC = path.resolve(__dirname, "../../src/db/migrations");

function camel(name: string) {
  return name.replace(/[^A-Za-z0-9]/g, "");
}

function render(className: string, up: string[], down: string[]): string {
  const q = (s: string) => "    await queryRunner.query(" + JSON.stringify(s) + ");";
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map(q).join("\n")}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.map(q).join("\n")}
  }
}
`;
}

function writeIndex() {
  const lines = ["// Written by `npm run migration:generate -- <Name>`: the migrations of each driver, oldest first."];
  const lists: Record<string, string[]> = {};
  for (const driver of ["sqlite", "mysql"]) {
    const files = fs
      .readdirSync(path.join(SRC, driver))
      .filter((f) => f.endsWith(".ts"))
      .sort();
    lists[driver] = [];
    for (const f of files) {
      const base = f.replace(/\.ts$/, "");
      const cls = `${driver === "sqlite" ? "Sqlite" : "Mysql"}${base.replace(/^(\d+)-(.*)$/, "$2$1")}`;
      lines.push(`import { ${base.replace(/^(\d+)-(.*)$/, "$2$1")} as ${cls} } from "./${driver}/${base}";`);
      lists[driver].push(cls);
    }
  }
  lines.push("");
  lines.push(`export const SQLITE_MIGRATIONS: Function[] = [${lists.sqlite.join(", ")}];`);
  lines.push(`export const MYSQL_MIGRATIONS: Function[] = [${lists.mysql.join(", ")}];`);
  fs.writeFileSync(path.join(SRC, "index.ts"), lines.join("\n") + "\n");
}

async function diff(kind: "sqlite" | "mysql") {
  const base = process.env.MIGRATION_MYSQL_URL ?? "mysql://root@127.0.0.1:3306";
  const scratch = `samverka_migration_${process.pid}`;
  let dbConfig;
  let drop = async () => {};
  if (kind === "sqlite") {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "samverka-mig-")), "db.sqlite");
    dbConfig = { kind: "sqlite" as const, path: file };
  } else {
    const admin = createDataSource({ kind: "mysql", url: `${base.replace(/\/$/, "")}/mysql`, type: "mariadb" }, new CountingLogger());
    await admin.initialize();
    await admin.query(`CREATE DATABASE \`${scratch}\``);
    drop = async () => {
      await admin.query(`DROP DATABASE \`${scratch}\``);
      await admin.destroy();
    };
    dbConfig = { kind: "mysql" as const, url: `${base.replace(/\/$/, "")}/${scratch}`, type: "mariadb" as const };
  }
  const ds = createDataSource(dbConfig, new CountingLogger());
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: "each" });
    const log = await ds.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => q.query),
      down: log.downQueries.map((q) => q.query).reverse(),
    };
  } finally {
    await ds.destroy();
    await drop();
  }
}

async function main() {
  const name = camel(process.argv[2] ?? "");
  if (!name) {
    console.error("Usage: npm run migration:generate -- <Name>");
    process.exit(2);
  }
  const stamp = Date.now();
  let wrote = 0;
  for (const kind of ["sqlite", "mysql"] as const) {
    const { up, down } = await diff(kind);
    if (up.length === 0) {
      console.log(`${kind}: no changes`);
      continue;
    }
    const file = path.join(SRC, kind, `${stamp}-${name}.ts`);
    fs.writeFileSync(file, render(`${name}${stamp}`, up, down));
    console.log(`${kind}: wrote ${path.relative(process.cwd(), file)} (${up.length} statements)`);
    wrote++;
  }
  if (wrote) writeIndex();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
