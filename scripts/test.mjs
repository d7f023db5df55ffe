#!/usr/bin/env node
// The whole test suite: API tests through /graphql on SQLite (and on MySQL/MariaDB when
// SAMVERKA_TEST_MYSQL_URL is set), then the browser specs in Chromium.
// The last line is "N passed, N failed", summed over every suite.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./chromium.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-results-"));
const results = [];

function run(cmd, args, env = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return res.status ?? 1;
}

/**
 * The API suites run their files and tests in a random order, so that a test leaning on an earlier
 * one fails; vitest prints the seed, and SAMVERKA_TEST_SEED=<seed> repeats an order.
 */
const SHUFFLE = ["--sequence.shuffle", ...(process.env.SAMVERKA_TEST_SEED ? [`--sequence.seed=${process.env.SAMVERKA_TEST_SEED}`] : [])];

function suite(name, config, env, extra = []) {
  const out = path.join(tmp, `${name.replace(/\W+/g, "-")}.json`);
  console.log(`\n=== ${name} ===`);
  const status = run("npx", ["vitest", "run", "--config", config, ...extra], { ...env, SAMVERKA_TEST_JSON: out });
  let passed = 0;
  let failed = 0;
  if (fs.existsSync(out)) {
    const r = JSON.parse(fs.readFileSync(out, "utf8"));
    passed = r.numPassedTests;
    failed = r.numFailedTests;
    // A file that failed before any test ran (a broken import, a failing beforeAll) counts as a failure.
    if (status !== 0 && failed === 0) failed = Math.max(1, r.numFailedTestSuites ?? 0);
  } else if (status !== 0) {
    failed = 1;
  }
  results.push({ name, passed, failed });
}

/** A static check counts as one test: it passes or fails. */
function check(name, cmd, args) {
  console.log(`\n--- ${name}`);
  const ok = run(cmd, args) === 0;
  return { name, ok };
}

console.log("=== build ===");
if (run("npx", ["tsc", "-p", "server"]) !== 0) {
  console.log("\n0 passed, 1 failed");
  process.exit(1);
}

console.log("\n=== static checks ===");
const checks = [
  check("formatting (prettier --check)", "npx", ["prettier", "--check", "--log-level", "warn", "."]),
  check("lint (eslint, type-aware)", "npx", ["eslint", "--max-warnings", "0", "."]),
  check("types of the web app", "npx", ["tsc", "-p", "web", "--noEmit"]),
  check("types of the tests", "npx", ["tsc", "-p", "tests", "--noEmit"]),
];
for (const c of checks) if (!c.ok) console.log(`FAILED: ${c.name}`);
results.push({ name: "Static checks", passed: checks.filter((c) => c.ok).length, failed: checks.filter((c) => !c.ok).length });

suite("API on SQLite", "tests/vitest.config.mts", { SAMVERKA_TEST_MYSQL_URL: "" }, SHUFFLE);
if (process.env.SAMVERKA_TEST_MYSQL_URL) suite("API on MySQL", "tests/vitest.config.mts", {}, SHUFFLE);

const chromium = findChromium();
if (chromium) {
  if (run("npm", ["run", "build", "-w", "web"]) !== 0) results.push({ name: "web build", passed: 0, failed: 1 });
  else suite("Browser specs", "tests/e2e/vitest.config.mts", { CHROMIUM_PATH: chromium, SAMVERKA_TEST_MYSQL_URL: "" });
} else {
  console.log("\nBrowser specs skipped: no Chromium found. Install Debian's `chromium` (apt-get install chromium) or set CHROMIUM_PATH.");
}

console.log("\n=== summary ===");
for (const r of results) console.log(`${r.name.padEnd(20)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
