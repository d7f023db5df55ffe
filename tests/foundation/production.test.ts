import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../server/dist/app";
import { loadConfig } from "../../server/dist/config/config";
import mysql from "mysql2/promise";
import { errorCode, startTestApp, type TestApp } from "../helpers/app";
import { freshDatabase } from "../helpers/database";
import { freePort } from "../helpers/ports";

describe("in production", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length", PUBLIC_URL: "https://samverka.example.se" } });
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

  it("runs the web app's registered documents by hash, and refuses a browser session any other document", async () => {
    expect(t.config.trustedDocumentsOnly).toBe(true);
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../web/src/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    const [hash] = Object.entries(manifest).find(([, text]) => text.startsWith("query SignInProviders"))!;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${t.baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const trusted = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { cookie: "samverka_session=some-session" });
    expect(((await trusted.json()) as { data: { signInProviders: unknown[] } }).data.signInProviders).toBeInstanceOf(Array);
    const own = await post({ query: manifest[hash] }, { cookie: "samverka_session=some-session" });
    expect(own.status).toBe(403);
    expect(((await own.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe("FORBIDDEN");
  });

  it("has TypeORM tell of no statement, and mysql2 capture no stack trace per statement", () => {
    expect(t.app.ds.options.logging).toEqual(["error", "warn", "migration"]);
    if (t.config.database.kind === "mysql") expect((t.app.ds.options as { trace?: boolean }).trace).toBe(false);
  });

  it("refuses to start without a session secret", async () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET/);
  });

  it("takes an https PUBLIC_URL whatever the case of its scheme", () => {
    const config = loadConfig({ NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length", PUBLIC_URL: "HTTPS://samverka.example.se" });
    expect(config.publicUrl).toBe("https://samverka.example.se");
  });
});

describe("the first administrator", () => {
  it("is created by the CLI with the password from standard input, and can sign in", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-cli-"));
    const env = {
      ...process.env,
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-of-length",
      SQLITE_PATH: path.join(dir, "db.sqlite"),
      DATABASE_URL: "",
      LOG_LEVEL: "silent",
    };
    const cli = path.resolve(__dirname, "../../server/dist/cli/create-admin.js");
    const short = spawnSync(process.execPath, [cli, "--email", "it@socialstyrelsen.se", "--name", "Ada Admin"], { env, input: "kort\n", encoding: "utf8" });
    expect(short.status).toBe(1);
    expect(short.stderr).toContain("at least 12 characters");
    const kommun = spawnSync(process.execPath, [cli, "--email", "it@ale.se", "--name", "Ada Admin", "--organisation", "1440"], {
      env,
      input: "ett-riktigt-långt-lösenord\n",
      encoding: "utf8",
    });
    expect(kommun.status).toBe(1);
    expect(kommun.stderr).toContain("A platform administrator belongs to Socialstyrelsen");
    const ok = spawnSync(process.execPath, [cli, "--email", "IT@socialstyrelsen.se", "--name", "Ada Admin"], {
      env,
      input: "ett-riktigt-långt-lösenord\n",
      encoding: "utf8",
    });
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain("Administrator it@socialstyrelsen.se created.");
    const again = spawnSync(process.execPath, [cli, "--email", "it@socialstyrelsen.se", "--name", "Ada"], {
      env,
      input: "ett-riktigt-långt-lösenord\n",
      encoding: "utf8",
    });
    expect(again.stderr).toContain("already an account");

    // Sign in against the CLI's database.
    const config = { ...loadConfig({ ...env, PUBLIC_URL: "https://samverka.example.se", WEB_DIST: "/nonexistent" } as NodeJS.ProcessEnv) };
    const app = await createApp(config, { logger: pino({ level: "silent" }), mailTransport: null, startWorker: false });
    const port = await app.listen(0, "127.0.0.1");
    try {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation { login(email: "it@socialstyrelsen.se", password: "ett-riktigt-långt-lösenord") { user { roles organisation { code } } } }`,
        }),
      });
      const body = await res.json();
      expect(body.data.login.user).toEqual({ roles: ["PLATFORM_ADMIN"], organisation: { code: "SOS" } });
    } finally {
      await app.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Four CLI processes, each loading the server and migrating a database: slow on a busy machine.
  }, 180_000);
});

describe("in production on a plain http address", () => {
  const root = path.resolve(__dirname, "../..");
  let dir: string;
  let drop: (() => Promise<void>) | undefined;
  let env: NodeJS.ProcessEnv;
  let port: number;
  /** The tables of the test database: none before the first start. */
  let tables: () => Promise<number>;

  // Each test gets its own empty database, folder and port: the refusal must find them untouched.
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-http-"));
    const fresh = await freshDatabase();
    drop = fresh.drop;
    const db = fresh.database;
    port = await freePort();
    env = {
      ...process.env,
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-of-length",
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: db.kind === "mysql" ? db.url.replace(/^mysql:/, db.type === "mariadb" ? "mariadb:" : "mysql:") : "",
      SQLITE_PATH: db.kind === "sqlite" ? db.path : path.join(dir, "unused.sqlite"),
      DOCUMENTS_DIR: path.join(dir, "documents"),
      WEB_DIST: "/nonexistent",
      LOG_LEVEL: "warn",
    };
    delete env.ALLOW_INSECURE_HTTP;
    tables = async () => {
      if (db.kind === "sqlite") return fs.existsSync(db.path) ? -1 : 0;
      const c = await mysql.createConnection(db.url);
      try {
        const [rows] = await c.query("SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = DATABASE()");
        return Number((rows as { n: number }[])[0].n);
      } finally {
        await c.end();
      }
    };
  });
  afterEach(async () => {
    await drop?.();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to start, saying to set an https PUBLIC_URL or ALLOW_INSECURE_HTTP=true, and touches nothing", async () => {
    for (const publicUrl of [env.PUBLIC_URL, undefined]) {
      const run = spawnSync(process.execPath, ["server/dist/main.js"], {
        cwd: root,
        env: { ...env, PUBLIC_URL: publicUrl },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("Samverka could not start");
      expect(run.stderr).toContain("PUBLIC_URL: must be an https:// address when NODE_ENV=production");
      expect(run.stderr).toContain("ALLOW_INSECURE_HTTP=true");
      expect(run.stdout).not.toContain("Samverka is running");
    }
    const explicitNo = spawnSync(process.execPath, ["server/dist/main.js"], {
      cwd: root,
      env: { ...env, ALLOW_INSECURE_HTTP: "false" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(explicitNo.status).toBe(1);
    expect(explicitNo.stderr).toContain("ALLOW_INSECURE_HTTP=true");
    // Nothing was created: no database tables (no SQLite file), no documents folder.
    expect(await tables()).toBe(0);
    expect(fs.existsSync(env.DOCUMENTS_DIR!)).toBe(false);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it("starts with ALLOW_INSECURE_HTTP=true, and the session cookie is then HttpOnly but not Secure", async () => {
    const insecure = { ...env, ALLOW_INSECURE_HTTP: "true" };
    const cli = spawnSync(process.execPath, ["server/dist/cli/create-admin.js", "--email", "it@socialstyrelsen.se", "--name", "Ada Admin"], {
      cwd: root,
      env: insecure,
      input: "ett-riktigt-långt-lösenord\n",
      encoding: "utf8",
    });
    expect(cli.stderr).toBe("");
    const child = spawn(process.execPath, ["server/dist/main.js"], { cwd: root, env: insecure, stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      let out = "";
      await new Promise<void>((resolve, reject) => {
        const onData = (c: Buffer) => {
          out += c.toString();
          if (out.includes("Samverka is running at")) resolve();
        };
        child.stdout!.on("data", onData);
        child.stderr!.on("data", onData);
        void exited.then((code) => reject(new Error(`the server exited with ${code}: ${out}`)));
      });
      expect(out).toContain(`Samverka is running at http://127.0.0.1:${port}`);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `mutation { login(email: "it@socialstyrelsen.se", password: "ett-riktigt-långt-lösenord") { user { email } } }` }),
      });
      expect((await res.json()).data.login.user.email).toBe("it@socialstyrelsen.se");
      const setCookie = res.headers.get("set-cookie") ?? "";
      expect(setCookie).toMatch(/^samverka_session=/);
      expect(setCookie).toMatch(/;\s*HttpOnly/i);
      expect(setCookie).not.toMatch(/;\s*Secure/i);
    } finally {
      if (child.exitCode === null) child.kill("SIGTERM");
    }
    // A graceful stop, not the 15-second forced exit.
    expect(await exited).toBe(0);
  });
});

describe("trusted documents and statement counting by environment", () => {
  const production = { NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length", PUBLIC_URL: "https://samverka.example.se" };

  it("restricts browser sessions to the registered operations by default in production only, and counts SQL statements by default in tests only", () => {
    expect(loadConfig({ NODE_ENV: "development" })).toMatchObject({ trustedDocumentsOnly: false, countSqlStatements: false });
    expect(loadConfig({ NODE_ENV: "development", COUNT_SQL_STATEMENTS: "true" }).countSqlStatements).toBe(true);
    expect(loadConfig({ NODE_ENV: "test" })).toMatchObject({ trustedDocumentsOnly: false, countSqlStatements: true });
    expect(loadConfig(production)).toMatchObject({ trustedDocumentsOnly: true, countSqlStatements: false });
    expect(loadConfig({ ...production, TRUSTED_DOCUMENTS_ONLY: "false" }).trustedDocumentsOnly).toBe(false);
  });

  it("does not start restricted to registered operations when it finds none, saying which file it read", async () => {
    const config = {
      ...loadConfig({ NODE_ENV: "test", TRUSTED_DOCUMENTS_ONLY: "true", TRUSTED_DOCUMENTS_FILE: "/nonexistent/persisted-documents.json" }),
      database: { kind: "sqlite" as const, path: ":memory:" },
    };
    await expect(createApp(config, { logger: pino({ level: "silent" }), mailTransport: null, startWorker: false })).rejects.toThrow(
      /TRUSTED_DOCUMENTS_ONLY: no registered operations at \/nonexistent\/persisted-documents.json/,
    );
  });
});
