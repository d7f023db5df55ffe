import fs from "node:fs";
import path from "node:path";
import {
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { buildBareSchema, buildServedSchema } from "../../server/dist/graphql/schema";
import { MAX_COST } from "../../server/dist/graphql/limits";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

/**
 * The web app's operations are registered at build time by hash (web/src/generated/persisted-documents.json).
 * Sent by hash they run compiled with graphql-jit; sent as text they run on graphql-js. Both must
 * answer alike, with the same permission map, limits and error codes.
 */

const MANIFEST: Record<string, string> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../web/src/generated/persisted-documents.json"), "utf8"),
) as Record<string, string>;

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[] };
}

async function post(t: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer["body"] };
}

const byHash = (hash: string, variables: Record<string, unknown> = {}) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const byText = (hash: string, variables: Record<string, unknown> = {}) => ({ query: MANIFEST[hash], variables });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const cookie = (token: string) => ({ cookie: `samverka_session=${token}` });
const hashOf = (operationName: string) => {
  const hash = Object.keys(MANIFEST).find((h) => operationOf(h).name?.value === operationName);
  if (!hash) throw new Error(`no web operation ${operationName}`);
  return hash;
};

/** A value of the given input type that passes coercion; ids are "1", which the seed has for many kinds. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type)]),
    );
  }
  const scalars: Record<string, unknown> = { Int: 1, Float: 1, Boolean: false, ID: "1", DateTimeISO: "2026-01-01T10:00:00.000Z", JSON: {} };
  return scalars[getNamedType(type).name] ?? "x";
}

function operationOf(hash: string): OperationDefinitionNode {
  return parse(MANIFEST[hash]).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
}

function variablesFor(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, sample(typeFromAST(schema, d.type as never) as GraphQLInputType)]),
  );
}

/**
 * Times are when each server ran the request, and session ids, secrets and keys are random by
 * design: those are compared by their form, everything else exactly.
 */
const comparable = (answer: Answer) =>
  JSON.parse(
    JSON.stringify(answer)
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, "<time>")
      .replace(/"[0-9a-f]{16,}"/g, '"<random hex>"')
      .replace(/\b[A-Z2-7]{32}\b/g, "<secret>")
      .replace(/\/api\/calendar\/[^/"]+\.ics/g, "/api/calendar/<secret>.ics")
      .replace(/"data:image\/png;base64,[^"]+"/g, '"<image>"'),
  ) as unknown;

/** Operations that end the session they run in come last, so everything before runs signed in. */
const ENDS_SESSION = new Set(["Logout", "EndSession", "EndOtherSessions", "ChangePassword", "DisableTwoFactor", "SetUserActive"]);

describe("every web operation answers alike by hash (compiled) and by text", () => {
  it("compiles every registered operation against the served schema (none falls back to graphql-js)", async () => {
    const served = await buildServedSchema();
    const failed = Object.values(MANIFEST).filter((text) => !isCompiledQuery(compileQuery(served, parse(text), undefined)));
    expect(failed).toEqual([]);
  });

  // Two servers on copies of the same seeded database: one gets every operation by hash, the other as text, in the same order.
  // The first compiles every registered operation after its start, as production does.
  let compiled: TestApp;
  let plain: TestApp;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    [compiled, plain, schema] = await Promise.all([startTestApp({ env: { TRUSTED_DOCUMENTS_PRECOMPILE: "true" } }), startTestApp(), buildBareSchema()]);
  });

  it("compiles every registered operation after the start with TRUSTED_DOCUMENTS_PRECOMPILE", async () => {
    const stats = await compiled.app.compiledDocuments();
    expect(stats.registered).toBe(Object.keys(MANIFEST).length);
    expect(stats.compiled).toBe(stats.registered);
  });
  afterAll(async () => {
    await compiled?.close();
    await plain?.close();
  });

  it("has the same answer, data and errors, for each of the web app's operations with the same variables", async () => {
    const hashes = Object.keys(MANIFEST).sort((a, b) => {
      const rank = (h: string) => {
        const op = operationOf(h);
        return ENDS_SESSION.has(op.name?.value ?? "") ? 2 : op.operation === "mutation" ? 1 : 0;
      };
      return rank(a) - rank(b);
    });
    const [tokenA, tokenB] = [(await compiled.as(DEMO.admin)).token!, (await plain.as(DEMO.admin)).token!];
    let compared = 0;
    const differing: string[] = [];
    for (const hash of hashes) {
      const operation = operationOf(hash);
      const variables = variablesFor(schema, operation);
      const [a, b] = await Promise.all([post(compiled, byHash(hash, variables), bearer(tokenA)), post(plain, byText(hash, variables), bearer(tokenB))]);
      if (JSON.stringify(comparable(a)) !== JSON.stringify(comparable(b)))
        differing.push(`${operation.name!.value}: ${JSON.stringify(comparable(a)).slice(0, 300)} ≠ ${JSON.stringify(comparable(b)).slice(0, 300)}`);
      compared++;
    }
    expect(differing).toEqual([]);
    expect(compared).toBe(Object.keys(MANIFEST).length);
    expect(compared).toBeGreaterThan(150);
  });

  it("answers the app's data the same way for a role with less access", async () => {
    const [a, b] = [await compiled.as(DEMO.ale), await plain.as(DEMO.ale)];
    for (const name of ["Me", "WorkQueue", "TrainingEvents", "Networks"]) {
      const hash = Object.keys(MANIFEST).find((h) => operationOf(h).name?.value === name);
      if (!hash) continue;
      const variables = variablesFor(schema, operationOf(hash));
      const [x, y] = await Promise.all([post(compiled, byHash(hash, variables), bearer(a.token!)), post(plain, byText(hash, variables), bearer(b.token!))]);
      expect(comparable(x), name).toEqual(comparable(y));
    }
  });
});

describe("trusted documents on one server", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it("compiles a trusted document on its first use without TRUSTED_DOCUMENTS_PRECOMPILE (off in tests)", async () => {
    const hash = hashOf("MyLanguage");
    const before = await t.app.compiledDocuments();
    expect(before.compiled).toBeLessThan(before.registered);
    const token = (await t.as(DEMO.admin)).token!;
    await post(t, byHash(hash), bearer(token));
    await post(t, byHash(hash), bearer(token));
    const after = await t.app.compiledDocuments();
    expect(after.compiled).toBeGreaterThanOrEqual(1);
    expect(after.compiled).toBeLessThanOrEqual(before.compiled + 1);
  });

  it("answers an unknown hash without text with PERSISTED_QUERY_NOT_FOUND and a message", async () => {
    const res = await post(t, byHash("0".repeat(64)), { "accept-language": "en" });
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.[0].extensions?.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(res.body.errors?.[0].message).toMatch(/No operation is registered with that hash/);
  });

  it("refuses a hash sent with another document's text, running nothing", async () => {
    const token = (await t.as(DEMO.admin)).token!;
    const language = async () => (await post(t, byHash(hashOf("MyLanguage")), bearer(token))).body.data;
    const before = await language();
    const res = await post(
      t,
      { query: `mutation { setMyLanguage(language: EN) { id } }`, extensions: { persistedQuery: { version: 1, sha256Hash: hashOf("MyLanguage") } } },
      bearer(token),
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    expect(await language()).toEqual(before);
  });

  it("keeps the permission map under compilation: a trusted document denied to the role is FORBIDDEN, to the anonymous UNAUTHENTICATED", async () => {
    const kommun = await t.as(DEMO.ale);
    const settings = hashOf("UpdatePlatformSettings");
    const variables = variablesFor(await buildBareSchema(), operationOf(settings));
    const audit = async () => Number(((await t.app.ds.query(`SELECT COUNT(*) AS n FROM audit_entry`)) as { n: number | string }[])[0].n);
    const before = await audit();
    const denied = await post(t, byHash(settings, variables), bearer(kommun.token!));
    expect(denied.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(denied.body.data ?? null).toBeNull();
    expect(await audit()).toBe(before);

    const anonymous = await post(t, byHash(hashOf("AuditLog"), { limit: 10, offset: 0 }));
    expect(anonymous.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(anonymous.body.data ?? null).toBeNull();
  });

  it("still prices arbitrary documents: an expensive one is refused before it runs", async () => {
    const token = (await t.as(DEMO.admin)).token!;
    const res = await post(t, { query: `{ trainingEvents(limit: ${MAX_COST + 1}) { items { id registrations { id } } } }` }, bearer(token));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.messageKey).toBe("common.queryTooComplex");
    expect(res.body.data).toBeUndefined();
  });

  it("still prices trusted documents by their variables: a page too large is refused", async () => {
    const token = (await t.as(DEMO.admin)).token!;
    const res = await post(t, byHash(hashOf("AuditLog"), { limit: MAX_COST + 1, offset: 0 }), bearer(token));
    expect(res.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.body.data ?? null).toBeNull();
  });

  it("lets a browser session send any document while TRUSTED_DOCUMENTS_ONLY is off (development)", async () => {
    expect(t.config.trustedDocumentsOnly).toBe(false);
    const token = (await t.as(DEMO.admin)).token!;
    const res = await post(t, { query: `{ me { id } }` }, cookie(token));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toBeTruthy();
  });
});

describe("with TRUSTED_DOCUMENTS_ONLY", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUSTED_DOCUMENTS_ONLY: "true" } });
  });
  afterAll(() => t?.close());

  const language = async (token: string) => (await post(t, byHash(hashOf("MyLanguage")), cookie(token))).body.data as { me: { language: string } };

  it("refuses a browser session's own document with FORBIDDEN, changing nothing", async () => {
    const token = (await t.as(DEMO.goteborg)).token!;
    const before = await language(token);
    const res = await post(
      t,
      { query: `mutation { setMyLanguage(language: ${before.me.language === "EN" ? "SV" : "EN"}) { id language } }` },
      {
        ...cookie(token),
        "accept-language": "en",
      },
    );
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(res.body.errors?.[0].extensions?.messageKey).toBe("common.trustedDocumentRequired");
    expect(res.body.errors?.[0].message).toMatch(/only send Samverka's own operations/);
    expect(res.body.data).toBeUndefined();
    expect(await language(token)).toEqual(before);
  });

  it("refuses the text of a trusted document sent without its hash from a browser session", async () => {
    const token = (await t.as(DEMO.goteborg)).token!;
    const res = await post(t, byText(hashOf("MyLanguage")), cookie(token));
    expect(res.status).toBe(403);
    expect(res.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("runs the web app's documents for a browser session, by hash", async () => {
    const token = (await t.as(DEMO.goteborg)).token!;
    const before = await language(token);
    const next = before.me.language === "EN" ? "SV" : "EN";
    const res = await post(t, byHash(hashOf("SetMyLanguage"), { language: next }), cookie(token));
    expect(res.body.errors).toBeUndefined();
    expect((await language(token)).me.language).toBe(next);
  });

  it("accepts any document from an API client with a bearer token, priced as usual", async () => {
    const token = (await t.as(DEMO.goteborg)).token!;
    const res = await post(t, { query: `{ me { id email } }` }, bearer(token));
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data?.me as { email: string }).email).toBe(DEMO.goteborg);

    const expensive = await post(t, { query: `{ trainingEvents(limit: ${MAX_COST + 1}) { items { id registrations { id } } } }` }, bearer(token));
    expect(expensive.body.errors?.[0].extensions?.messageKey).toBe("common.queryTooComplex");
  });
});

describe("the time limit under compilation", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { GRAPHQL_TIMEOUT_MS: "1" } });
  });
  afterAll(() => t?.close());

  it("stops a trusted document that runs past it with SERVICE_UNAVAILABLE, once", async () => {
    t.config.graphqlTimeoutMs = 5000;
    const token = (await t.as(DEMO.admin)).token!;
    t.config.graphqlTimeoutMs = -1;
    const res = await post(t, byHash(hashOf("AuditLog"), { limit: 10, offset: 0 }), bearer(token));
    expect(res.status).toBe(503);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(res.body.errors?.[0].extensions?.messageKey).toBe("common.requestTimedOut");
  });
});
