import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import type { Config } from "../../server/dist/config/config";
import { startTestApp, type TestApp } from "./app";
import { freePort } from "./ports";

export interface SecondProcess {
  baseUrl: string;
  /** Ends the process gracefully (SIGTERM): requests under way finish. */
  stop: () => Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash or an out-of-memory kill would: nothing is finished or cleaned up. */
  kill: () => Promise<void>;
}

/** Another server process on the same database, as a second instance behind a load balancer would be. */
export async function startSecondProcess(config: Config): Promise<SecondProcess> {
  const port = await freePort();
  const db = config.database;
  const child: ChildProcess = spawn(process.execPath, ["server/dist/main.js"], {
    cwd: path.resolve(__dirname, "../.."),
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      SESSION_SECRET: config.sessionSecret,
      DATABASE_URL: db.kind === "mysql" ? db.url.replace(/^mysql:/, db.type === "mariadb" ? "mariadb:" : "mysql:") : "",
      SQLITE_PATH: db.kind === "sqlite" ? db.path : "",
      WEB_DIST: "/nonexistent",
      DOCUMENTS_DIR: config.documentsDir,
      DEMO_HISTORY: "false",
      GRAPHQL_TIMEOUT_MS: String(config.graphqlTimeoutMs),
      SESSION_CACHE_MS: String(config.sessionCacheMs),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      if (out.includes("Samverka is running at")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`second process exited with ${code}: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () => end("SIGTERM"),
    kill: () => end("SIGKILL"),
  };
}

/** The app in this process and a second server process on the same database. */
export async function startTwoProcesses(): Promise<{ t: TestApp; second: SecondProcess }> {
  const t = await startTestApp();
  return { t, second: await startSecondProcess(t.config) };
}

export async function stopTwoProcesses(both: { t?: TestApp; second?: SecondProcess }): Promise<void> {
  await both.second?.stop();
  await both.t?.close();
}
