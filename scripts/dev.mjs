#!/usr/bin/env node
// npm run dev: the API rebuilt and restarted on change (tsc -w + node --watch; decorators need
// tsc's metadata), and Vite's dev server with hot reload, proxying /graphql to the API.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const first = spawnSync("npx", ["tsc", "-p", "server"], { cwd: root, stdio: "inherit" });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [
  spawn("npx", ["tsc", "-w", "--preserveWatchOutput", "-p", "server"], { cwd: root, stdio: "inherit" }),
  spawn("node", ["--watch", "server/dist/main.js"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL ?? "http://localhost:5173" },
  }),
  spawn("npm", ["run", "dev", "-w", "web"], { cwd: root, stdio: "inherit" }),
];
const stop = () => {
  for (const c of children) c.kill("SIGTERM");
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
