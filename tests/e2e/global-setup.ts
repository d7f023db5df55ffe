import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../helpers/ports";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: ChildProcess | undefined;
let dir: string | undefined;

/** Starts the built application (server/dist + web/dist) on a fresh SQLite database, as `npm start` would. */
export async function setup(project: TestProject) {
  const root = path.resolve(__dirname, "../..");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-e2e-"));
  const port = await freePort();
  server = spawn(process.execPath, ["server/dist/main.js"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      SQLITE_PATH: path.join(dir, "e2e.sqlite"),
      DOCUMENTS_DIR: path.join(dir, "documents"),
      DATABASE_URL: "",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: "warn",
      SESSION_SECRET: "e2e-secret-of-sufficient-length",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    server!.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes("Samverka is running at")) resolve();
    });
    server!.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  project.provide("baseUrl", `http://127.0.0.1:${port}`);
}

export async function teardown() {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
