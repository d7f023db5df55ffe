// Shared pieces of the benchmark: server processes, a GraphQL client, a bounded-concurrency runner.
import { execFileSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SESSION_SECRET = "bench-session-secret-of-enough-length";
export const DEMO_PASSWORD = "samverka-demo";

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts a process and resolves once it prints `ready` on stdout; `nodeArgs` go to node before the script. */
export async function startProcess(name, script, env, ready, nodeArgs = []) {
  const port = await freePort();
  // BENCH_PROFILE=<folder>: each process writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, ...nodeArgs, script], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr.on("data", (c) => {
    out += c.toString();
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (c) => {
      out += c.toString();
      if (out.includes(ready)) resolve();
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${out.slice(-4000)}`)));
  });
  child.stdout.resume();
  return {
    name,
    child,
    pid: child.pid,
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null || child.signalCode) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** A Samverka server process on the given database, as behind a load balancer. */
export function startServer(name, databaseUrl, extraEnv = {}, nodeArgs = []) {
  return startProcess(
    name,
    "server/dist/main.js",
    {
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      SESSION_SECRET,
      DATABASE_URL: databaseUrl,
      WEB_DIST: "/nonexistent",
      DEMO_HISTORY: "false",
      // Measured as in production: no statement counting.
      COUNT_SQL_STATEMENTS: "false",
      ...extraEnv,
    },
    "Samverka is running at",
    nodeArgs,
  );
}

export class GraphQLFailure extends Error {}

export async function gql(baseUrl, token, query, variables = {}) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  return { ...body, statements: Number(res.headers.get("x-sql-statements") ?? -1) };
}

/** Like gql, but any error is fatal: the benchmark's own setup must succeed. */
export async function must(baseUrl, token, query, variables = {}) {
  const res = await gql(baseUrl, token, query, variables);
  if (res.errors) throw new GraphQLFailure(`${query.slice(0, 80)}…: ${JSON.stringify(res.errors).slice(0, 600)}`);
  return res.data;
}

export async function login(baseUrl, email) {
  const data = await must(baseUrl, null, `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
  return data.login.token;
}

/** Runs `task(item, i)` over `items` with at most `limit` at a time; returns results in order. */
export async function pool(items, limit, task, onProgress) {
  const results = new Array(items.length);
  let next = 0;
  let done = 0;
  async function worker() {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
      done++;
      onProgress?.(done, items.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function progress(label) {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done === total || now - last > 2000) {
      last = now;
      process.stdout.write(`\r  ${label}: ${done}/${total}${done === total ? "\n" : ""}`);
    }
  };
}

export function kr(n) {
  return `${new Intl.NumberFormat("sv-SE").format(n).replace(/\u00a0/g, " ")} kr`;
}

export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ")} |`;
  return [line(headers), `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

export const DAY = 86_400_000;

/** Clock ticks per second of /proc/<pid>/stat's CPU times. */
export const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU milliseconds (user + system) a process has used so far; null when it cannot be read (not Linux, or another user's). */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The name (field 2) may hold spaces; the fields after its closing parenthesis start at field 3.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The summed CPU milliseconds of processes; null if any cannot be read. */
export function cpuMsOf(pids) {
  const each = pids.map(cpuMs);
  return each.some((v) => v === null) ? null : each.reduce((a, b) => a + b, 0);
}

/** The database server's processes on this machine (mariadbd or mysqld); empty when it runs elsewhere. */
export function databasePids() {
  const pids = [];
  for (const entry of fs.readdirSync("/proc", { withFileTypes: true })) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      const comm = fs.readFileSync(`/proc/${entry.name}/comm`, "utf8").trim();
      if (comm === "mariadbd" || comm === "mysqld") pids.push(Number(entry.name));
    } catch {
      /* ended meanwhile */
    }
  }
  return pids;
}

export function median(values) {
  const sorted = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The bench's own list queries, registered beside the web app's documents as trusted documents. */
export const BENCH_DOCUMENTS = {
  typename: "{ __typename }",
  applications: `query BenchApplications($callId: ID!) { grantApplications(callId: $callId, limit: 50, offset: 0) { total items { id title status requestedAmount submittedAt organisation { id name } } } }`,
  events: `query BenchEvents { trainingEvents(limit: 50, offset: 0) { total items { id title type startsAt capacity confirmedCount placesLeft organiser { id name } } } }`,
  networks: `query BenchNetworks { networks(limit: 50, offset: 0) { total items { id name topic convener { id name } members { organisation { id name } } } } }`,
};
export const sha256 = (text) => crypto.createHash("sha256").update(text).digest("hex");

/**
 * The trusted documents of the measured servers: the web app's manifest plus the bench's list
 * queries, so that every list is sent by hash and runs compiled, as the web app's pages do.
 */
export function writeTrustedDocuments() {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "web/src/generated/persisted-documents.json"), "utf8"));
  for (const text of Object.values(BENCH_DOCUMENTS)) manifest[sha256(text)] = text;
  const file = path.join(os.tmpdir(), `samverka-bench-documents-${process.pid}.json`);
  fs.writeFileSync(file, JSON.stringify(manifest));
  return file;
}
