#!/usr/bin/env node
// npm start: build what is missing or out of date, then start the server (which migrates,
// seeds demo data on an empty database and serves the API and the web app on one port).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
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
if (stale(path.join(root, "web/dist/index.html"), path.join(root, "web/src"), path.join(root, "web/index.html"))) {
  step("building the web app", "npm", ["run", "build", "-w", "web"]);
}
await import(pathToFileURL(path.join(root, "server/dist/main.js")).href);
