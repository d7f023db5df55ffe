// What a newcomer does: a fresh clone, `npm start`, stop it, `npm start` again, sign in.
// The clone is of the committed HEAD (not the work tree), with node_modules hard-linked from this
// checkout: `npm install` is not what is under test, the start script is.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { freshDatabase } from "../helpers/database";
import { freePort } from "../helpers/ports";

const root = path.resolve(__dirname, "../..");

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` in its own process group, so that stopping it stops npm, the start script and the server. */
function npmStart(cwd: string, env: NodeJS.ProcessEnv): Started {
  const child = spawn("npm", ["start"], { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function healthy(baseUrl: string, started: Started, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitedWith: number | null | undefined;
  void started.exited.then((code) => (exitedWith = code));
  while (Date.now() < deadline) {
    if (exitedWith !== undefined) throw new Error(`npm start exited with ${exitedWith}:\n${started.output()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/healthz did not answer within ${timeoutMs} ms:\n${started.output()}`);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops it as Ctrl-C in the terminal does (SIGINT to the whole group); true when every process of
 * it ended by itself within 10 s, well before the server's own 15 s limit on a graceful shutdown.
 */
async function stop(started: Started): Promise<boolean> {
  const pgid = started.child.pid!;
  const deadline = Date.now() + 10_000;
  if (groupAlive(pgid)) process.kill(-pgid, "SIGINT");
  await started.exited;
  while (groupAlive(pgid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (!groupAlive(pgid)) return true;
  process.kill(-pgid, "SIGKILL");
  return false;
}

describe("npm start in a fresh clone", () => {
  let clone: string;
  let drop: (() => Promise<void>) | undefined;
  let env: NodeJS.ProcessEnv;
  let baseUrl: string;
  let running: Started | undefined;

  beforeAll(async () => {
    clone = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-clone-"));
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    execFileSync("git", ["clone", "--quiet", "--no-checkout", root, clone]);
    execFileSync("git", ["checkout", "--quiet", "--detach", head], { cwd: clone });
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(clone, "node_modules")]);
    // A workspace's own node_modules (what npm could not hoist, e.g. web/node_modules/@hookform) too.
    for (const ws of ["server", "web"]) {
      const own = path.join(root, ws, "node_modules");
      if (fs.existsSync(own)) execFileSync("cp", ["-al", own, path.join(clone, ws, "node_modules")]);
    }

    const fresh = await freshDatabase();
    drop = fresh.drop;
    const db = fresh.database;
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      NODE_ENV: "development",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: baseUrl,
      DATABASE_URL: db.kind === "mysql" ? db.url.replace(/^mysql:/, db.type === "mariadb" ? "mariadb:" : "mysql:") : "",
      SQLITE_PATH: db.kind === "sqlite" ? db.path : "",
      DOCUMENTS_DIR: path.join(clone, "data", "documents"),
      DEMO_HISTORY: "false",
      LOG_LEVEL: "warn",
    };
    // Settings of the test runner (or of this shell) that would make the clone behave unlike a newcomer's.
    for (const key of [
      "SESSION_SECRET",
      "WEB_DIST",
      "SAMVERKA_TEST_MYSQL_URL",
      "SAMVERKA_TEST_JSON",
      "VITEST",
      "VITEST_MODE",
      "VITEST_POOL_ID",
      "VITEST_WORKER_ID",
      "TEST",
      "NODE_OPTIONS",
    ])
      delete env[key];
  }, 60_000);

  afterAll(async () => {
    if (running) await stop(running);
    await drop?.();
    if (clone) fs.rmSync(clone, { recursive: true, force: true });
  });

  it("builds and starts, stops, and starts again without rebuilding; a demo account signs in", async () => {
    expect(fs.existsSync(path.join(clone, "server/dist"))).toBe(false);
    expect(fs.existsSync(path.join(clone, "web/dist"))).toBe(false);

    running = npmStart(clone, env);
    await healthy(baseUrl, running, 240_000);
    const first = running.output();
    expect(first).toContain("> building the server");
    expect(first).toContain("> building the web app");
    expect(await stop(running)).toBe(true);
    running = undefined;
    await expect(fetch(`${baseUrl}/healthz`)).rejects.toThrow();

    const index = path.join(clone, "web/dist/index.html");
    const main = path.join(clone, "server/dist/main.js");
    const built = { index: fs.statSync(index).mtimeMs, main: fs.statSync(main).mtimeMs };

    running = npmStart(clone, env);
    await healthy(baseUrl, running, 60_000);
    const second = running.output();
    expect(second).not.toContain("ENOTDIR");
    expect(second).not.toContain("> building");
    expect(fs.statSync(index).mtimeMs).toBe(built.index);
    expect(fs.statSync(main).mtimeMs).toBe(built.main);

    // The web app is served, and a demo account signs in through /graphql.
    const page = await fetch(baseUrl, { headers: { accept: "text/html" } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const res = await fetch(`${baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email } } }`,
        variables: { e: "admin@demo.samverka.se", p: DEMO_PASSWORD },
      }),
    });
    const body = (await res.json()) as { data?: { login: { token: string; user: { email: string } } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data!.login.user.email).toBe("admin@demo.samverka.se");
    expect(body.data!.login.token.length).toBeGreaterThan(20);

    expect(await stop(running)).toBe(true);
    running = undefined;
  }, 360_000);
});
