import "reflect-metadata";
import pino from "pino";
import { createApp } from "./app";
import { prepareDatabase } from "./boot";
import { loadConfig } from "./config/config";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./db/seed";

async function main() {
  const config = loadConfig();
  const log = pino({ level: config.logLevel });
  const app = await createApp(config, { logger: log });
  const seeded = await prepareDatabase(app, config);
  const port = await app.listen();
  log.info({ port, database: config.database.kind, seeded }, "Samverka started");

  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  const lines = [``, `  Samverka is running at ${url}`, `  Database: ${config.database.kind === "sqlite" ? config.database.path : "MySQL"}`];
  if (config.demoMode) {
    lines.push(``, `  Demo accounts (password: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.email.padEnd(52)} ${a.description}`);
  }
  process.stdout.write(lines.join("\n") + "\n\n");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.stop();
      process.exit(0);
    } catch (err) {
      log.error({ err }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  process.stderr.write(`Samverka could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  if (process.env.LOG_LEVEL === "debug") console.error(err);
  process.exit(1);
});
