#!/usr/bin/env node
// npm run screenshots: rebuilds the app and saves docs/screenshots/*.png from the browser specs.
import { spawnSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

const chromium = findChromium();
if (!chromium) {
  console.error("No Chromium found: apt-get install chromium, or set CHROMIUM_PATH.");
  process.exit(1);
}
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;
if (run("npx", ["tsc", "-p", "server"]) || run("npm", ["run", "build", "-w", "web"])) process.exit(1);
process.exit(run("npx", ["vitest", "run", "--config", "tests/e2e/vitest.config.mts"], { CHROMIUM_PATH: chromium, SAMVERKA_SCREENSHOTS: "1" }));
