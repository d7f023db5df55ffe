import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { TestProject } from "vitest/node";
import { freePort } from "../helpers/ports";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** A second server process on the same database, as a second instance behind a load balancer. */
    secondUrl: string;
    mailbox: string;
  }
}

let server: ChildProcess | undefined;
let secondServer: ChildProcess | undefined;
let dir: string | undefined;
let smtp: SMTPServer | undefined;

/**
 * A real SMTP server on loopback that receives what the application sends, as a person's inbox
 * would. Each mail is appended to `mailbox.jsonl` as `{ to, data }`, for the specs to read.
 */
async function startMailbox(file: string): Promise<number> {
  fs.writeFileSync(file, "");
  smtp = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, cb) {
      let data = "";
      stream.on("data", (c: Buffer) => (data += c.toString()));
      stream.on("end", () => {
        fs.appendFileSync(file, JSON.stringify({ to: session.envelope.rcptTo.map((r) => r.address), data }) + "\n");
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp!.listen(0, "127.0.0.1", r));
  return (smtp.server.address() as AddressInfo).port;
}

/** Starts the built application (server/dist + web/dist) on a fresh SQLite database, as `npm start` would. */
export async function setup(project: TestProject) {
  const root = path.resolve(__dirname, "../..");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-e2e-"));
  const port = await freePort();
  const mailbox = path.join(dir, "mailbox.jsonl");
  const smtpPort = await startMailbox(mailbox);
  const env = {
    ...process.env,
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    SQLITE_PATH: path.join(dir, "e2e.sqlite"),
    DOCUMENTS_DIR: path.join(dir, "documents"),
    DATABASE_URL: "",
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
    SESSION_SECRET: "e2e-secret-of-sufficient-length",
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    OUTBOX_POLL_MS: "200",
    // As in production: the browser may run only the web app's registered documents.
    TRUSTED_DOCUMENTS_ONLY: "true",
  };
  server = await startServer(root, { ...env, PORT: String(port) });
  // Started once the first has migrated and seeded the database.
  const secondPort = await freePort();
  secondServer = await startServer(root, { ...env, PORT: String(secondPort) });
  project.provide("secondUrl", `http://127.0.0.1:${secondPort}`);
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
  project.provide("mailbox", mailbox);
}

/** The built server as `npm start` runs it, once it says it is running. */
async function startServer(root: string, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["server/dist/main.js"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Samverka is running at")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  return child;
}

async function stopServer(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

export async function teardown() {
  await stopServer(secondServer);
  await stopServer(server);
  if (smtp) await new Promise<void>((r) => smtp!.close(r));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
