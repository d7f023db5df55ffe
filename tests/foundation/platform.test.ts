import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema, printSdl } from "../../server/dist/graphql/schema";
import { seedDemo, seedReference } from "../../server/dist/db/seed";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("schema", () => {
  it("the committed SDL in schema/schema.graphql is what the code produces", async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8");
    expect(printSdl(await buildBareSchema())).toBe(committed);
  });

  it("the committed migrations produce exactly what the entities describe", async () => {
    const log = await t.app.ds.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("seeding again inserts nothing", async () => {
    expect(await seedReference(t.app.db)).toEqual({ inserted: 0 });
    expect(await seedDemo(t.app.db)).toEqual({ inserted: 0 });
  });
});

describe("operations", () => {
  it("GET /healthz reports the database reachable", async () => {
    const res = await fetch(`${t.baseUrl}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: t.config.database.kind });
  });

  it("sends security headers and a request id", async () => {
    const res = await fetch(`${t.baseUrl}/healthz`, { headers: { "x-request-id": "abc-123" } });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-request-id")).toBe("abc-123");
  });

  it("refuses a GET query without the CSRF preflight header", async () => {
    const res = await fetch(`${t.baseUrl}/graphql?query=${encodeURIComponent("{ me { id } }")}`);
    expect(res.status).toBe(400);
  });
});

describe("GraphQL hygiene", () => {
  it("a malformed query gets a validation code and no stack trace", async () => {
    const res = await t.anonymous.request(`{ me { noSuchField } }`);
    expect(errorCode(res)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules/);
  });

  it("refuses queries nested deeper than the limit", async () => {
    const c = await t.as(DEMO.admin);
    const ok = `{ auditLog { items { actor { organisation { county { name } } } } } }`;
    expect((await c.request(ok)).errors).toBeUndefined();
    const deep = "{ " + "a { ".repeat(12) + "b" + " }".repeat(12) + " }";
    const res = await c.request(deep);
    expect(res.errors!.some((e) => /exceeds maximum operation depth of 10/.test(e.message))).toBe(true);
    expect(res.data).toBeUndefined();
  });

  it("refuses a query whose estimated cost is too high, before running it", async () => {
    const c = await t.as(DEMO.admin);
    const aliases = Array.from({ length: 100 }, (_, i) => `u${i}: users(limit: 200) { items { id email organisation { name county { name } } } }`).join("\n");
    const res = await c.request(`{ ${aliases} }`);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toMatch(/för stor/);
    expect(res.data).toBeUndefined();
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions).not.toHaveProperty("http");
    // A negative page size (refused anyway) does not buy room for the rest of the request.
    const offset = await c.request(`{ ${aliases}\n z: users(limit: -100000000) { total } }`);
    expect(errorCode(offset)).toBe("BAD_USER_INPUT");
    expect(offset.errors![0].message).toMatch(/för stor/);
    expect(offset.data).toBeUndefined();
  });

  it("no answer may be stored by a browser or a proxy", async () => {
    const c = await t.as(DEMO.admin);
    const res = await c.request(`{ me { email } }`);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses a page larger than 200", async () => {
    const c = await t.as(DEMO.admin);
    const res = await c.request(`{ organisations(limit: 1000) { total } }`);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields[0].field).toBe("limit");
  });
});

describe("no N+1", () => {
  it("a list of organisations with their county costs the same number of SQL statements for 5 or 200 rows", async () => {
    const c = await t.as(DEMO.vardanalys);
    const q = `query($l: Int!) { organisations(limit: $l, kinds: [KOMMUN]) { items { name county { name } } } }`;
    const small = await c.request(q, { l: 5 });
    const large = await c.request(q, { l: 200 });
    expect(large.data!.organisations.items).toHaveLength(200);
    const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
    expect(count(small)).toBeGreaterThan(0);
    expect(count(large)).toBe(count(small));
  });

  it("the user list with organisations and the audit log with actors do not grow with their length", async () => {
    const c = await t.as(DEMO.admin);
    const sos = (await c.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
    for (let i = 0; i < 25; i++) {
      const res = await c.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
        i: { email: `person${i}@socialstyrelsen.se`, name: `Person ${i}`, organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
      });
      expect(res.errors).toBeUndefined();
    }
    // Both page sizes are below the total, so both runs take the same path.
    const users = `query($l: Int!) { users(limit: $l) { items { email organisation { name county { name } } } } }`;
    const audit = `query($l: Int!) { auditLog(limit: $l) { items { action actor { email organisation { name } } actorOrganisation { name } } } }`;
    const n = async (q: string, l: number) => Number((await c.request(q, { l })).headers.get("x-sql-statements"));
    expect(await n(users, 2)).toBe(await n(users, 30));
    expect(await n(audit, 1)).toBe(await n(audit, 25));
  });
});
