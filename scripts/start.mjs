#!/usr/bin/env node
// npm start: build what is missing or out of date, then start the server (which migrates,
// seeds demo data on an empty database and serves the API and the web app on one port).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The newest modification time under a path: a file's own, or the newest of a folder's files (0 if missing). */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let t = 0;
  for (const entry of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, entry)));
  return t;
}

function stale(output, ...inputs) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return inputs.some((i) => newest(i) > built);
}

function step(label, cmd, args) {
  console.log(`> ${label}`);
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}

if (!fs.existsSync(path.join(root, "node_modules"))) {
  console.error("Dependencies are missing: run `npm install` first.");
  process.exit(1);
}
if (stale(path.join(root, "server/dist/main.js"), path.join(root, "server/src"))) step("building the server", "npx", ["tsc", "-p", "server"]);
const webInputs = ["web/src", "web/public", "web/index.html", "web/vite.config.ts"].map((p) => path.join(root, p));
if (stale(path.join(root, "web/dist/index.html"), ...webInputs)) {
  step("building the web app", "npm", ["run", "build", "-w", "web"]);
}
await import(pathToFileURL(path.join(root, "server/dist/main.js")).href);
