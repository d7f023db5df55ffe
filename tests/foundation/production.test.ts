import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../server/dist/app";
import { loadConfig } from "../../server/dist/config/config";
import { errorCode, startTestApp, type TestApp } from "../helpers/app";

describe("in production", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length" } });
  });
  afterAll(() => t?.close());

  it("has no demo accounts", async () => {
    const res = await t.anonymous.request(`mutation { login(email: "admin@demo.samverka.se", password: "samverka-demo") { token } }`);
    expect(errorCode(res)).toBe("UNAUTHENTICATED");
  });

  it("refuses introspection and says nothing about SQL", async () => {
    const res = await t.anonymous.request(`{ __schema { types { name } } }`);
    expect(res.errors?.[0].message).toMatch(/introspection/i);
    expect(res.headers.get("x-sql-statements")).toBeNull();
  });

  it("refuses to start without a session secret", async () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
  });
});

describe("the first administrator", () => {
  it("is created by the CLI with the password from standard input, and can sign in", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-cli-"));
    const env = { ...process.env, NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length", SQLITE_PATH: path.join(dir, "db.sqlite"), DATABASE_URL: "", LOG_LEVEL: "silent" };
    const cli = path.resolve(__dirname, "../../server/dist/cli/create-admin.js");
    const short = spawnSync(process.execPath, [cli, "--email", "it@socialstyrelsen.se", "--name", "Ada Admin"], { env, input: "kort\n", encoding: "utf8" });
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    const kommun = spawnSync(process.execPath, [cli, "--email", "it@ale.se", "--name", "Ada Admin", "--organisation", "1440"], { env, input: "ett-riktigt-långt-lösenord\n", encoding: "utf8" });
    expect(kommun.status).toBe(1);
    expect(kommun.stderr).toContain("A platform administrator belongs to Socialstyrelsen");
    const ok = spawnSync(process.execPath, [cli, "--email", "IT@socialstyrelsen.se", "--name", "Ada Admin"], { env, input: "ett-riktigt-långt-lösenord\n", encoding: "utf8" });
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("Administrator it@socialstyrelsen.se created.");
    const again = spawnSync(process.execPath, [cli, "--email", "it@socialstyrelsen.se", "--name", "Ada"], { env, input: "ett-riktigt-långt-lösenord\n", encoding: "utf8" });
    expect(again.stderr).toContain("already an account");

    // Sign in against the CLI's database.
    const config = { ...loadConfig({ ...env, WEB_DIST: "/nonexistent" } as NodeJS.ProcessEnv) };
    const app = await createApp(config, { logger: pino({ level: "silent" }), mailTransport: null, startWorker: false });
    const port = await app.listen(0, "127.0.0.1");
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation { login(email: "it@socialstyrelsen.se", password: "ett-riktigt-långt-lösenord") { user { roles organisation { code } } } }` }),
      });
      const body = await res.json();
      expect(body.data.login.user).toEqual({ roles: ["PLATFORM_ADMIN"], organisation: { code: "SOS" } });
    } finally {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
