import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { costLimitPlugin, FIXED_COSTS, isPageItems, LIST_BOUNDS, MAX_COST, operationCost } from "../../server/dist/graphql/limits";
import { MAX_PAGE_SIZE } from "../../server/dist/shared/pagination";
import * as webDocuments from "../../web/src/generated/graphql";
import { DEMO, errorCode, type GqlResult, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/**
 * What one request may cost is priced before anything runs: every list is either paginated (`limit`)
 * or has a declared bound, a list under a list multiplies, and aggregating resolvers carry a fixed
 * weight. What the price lets through is stopped by a time limit. Meanwhile /healthz keeps answering.
 */

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildBareSchema();
});

/** A value of the given input type that passes coercion (for pricing, not for running). */
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

describe("the schema prices every list", () => {
  it("gives every list field either a bounded `limit` or a declared bound", () => {
    const unpriced: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const key = `${type.name}.${field.name}`;
        const limit = field.args.find((a) => a.name === "limit");
        // A `limit` that can be left out must have a default, or the list is priced as if it had none.
        const paginated = limit && getNamedType(limit.type).name === "Int" && (isNonNullType(limit.type) || limit.defaultValue !== undefined);
        if (paginated || key in LIST_BOUNDS || isPageItems(type.name, field.name)) continue;
        unpriced.push(key);
      }
    }
    expect(unpriced, "list fields without a `limit` argument or an entry in LIST_BOUNDS (server/src/graphql/limits.ts)").toEqual([]);
  });

  it("returns every page type only from fields with a `limit` argument, which prices its items", () => {
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (isObjectType(named) && "items" in named.getFields() && isPageItems(named.name, "items")) {
          const limit = field.args.find((a) => a.name === "limit");
          if (!limit || limit.defaultValue === undefined) offenders.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("declares bounds and fixed costs only for fields that exist, and bounds only for lists", () => {
    for (const key of [...Object.keys(LIST_BOUNDS), ...Object.keys(FIXED_COSTS)]) {
      const [typeName, fieldName] = key.split(".");
      const type = schema.getType(typeName);
      expect(type && isObjectType(type) && type.getFields()[fieldName], key).toBeTruthy();
    }
    for (const key of Object.keys(LIST_BOUNDS)) {
      const [typeName, fieldName] = key.split(".");
      const field = (schema.getType(typeName) as import("graphql").GraphQLObjectType).getFields()[fieldName];
      expect(isListType(getNullableType(field.type)), key).toBe(true);
    }
  });

  it("prices a page as large as its `limit` asks, so a page larger than the API allows is not cheap", () => {
    for (const field of Object.values(schema.getQueryType()!.getFields())) {
      if (!field.args.some((a) => a.name === "limit")) continue;
      const args = field.args.filter((a) => isNonNullType(a.type) && a.name !== "limit" && a.defaultValue === undefined);
      const decl = args.map((a) => `$${a.name}: ${a.type}`).join(", ");
      const query = `query${decl ? `(${decl})` : ""} { ${field.name}(limit: ${MAX_COST + 1}${args.map((a) => `, ${a.name}: $${a.name}`).join("")}) { __typename } }`;
      const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type)]));
      expect(operationCost(schema, parse(query), variables), field.name).toBeGreaterThan(MAX_COST);
    }
  });
});

describe("__typename", () => {
  it("costs nothing where the client's cache adds it, and 1 a copy under aliases, so copies cannot multiply an answer for free", () => {
    const cost = (items: string) => operationCost(schema, parse(`{ trainingEvents(limit: 100) { items { ${items} } } }`));
    expect(cost("id __typename __typename")).toBe(cost("id"));
    expect(cost("id a: __typename b: __typename")).toBe(cost("id") + 200);
  });
});

/** The page sizes the web app asks for where they are below the largest page (see the page components). */
const WEB_PAGE_SIZES: Record<string, number> = {
  Networks: 25, // portals/networks/NetworkListPage.tsx
};

describe("the web app's operations fit the limit", () => {
  const operations = Object.entries(webDocuments)
    .filter(([name, doc]) => name.endsWith("Document") && (doc as DocumentNode).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION))
    .map(([name, doc]) => [name.replace(/Document$/, ""), doc as DocumentNode] as const);

  it("finds the web app's operations", () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations)("%s costs at most the limit", (name, document) => {
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const variables: Record<string, unknown> = {};
    for (const v of operation.variableDefinitions ?? []) {
      variables[v.variable.name.value] =
        v.variable.name.value === "limit" ? (WEB_PAGE_SIZES[name] ?? MAX_PAGE_SIZE) : sample(typeFromAST(schema, v.type as never) as GraphQLInputType);
    }
    expect(operationCost(schema, document, variables)).toBeLessThanOrEqual(MAX_COST);
  });
});

/** Runs `work` while /healthz is asked again and again; returns how long the work took and the slowest health answer. */
async function whileHealthzIsPolled<T>(t: TestApp, work: () => Promise<T>) {
  let done = false;
  const latencies: number[] = [];
  const poller = (async () => {
    while (!done) {
      const started = performance.now();
      const res = await fetch(`${t.baseUrl}/healthz`);
      expect(res.status).toBe(200);
      expect(((await res.json()) as { status: string }).status).toBe("ok");
      latencies.push(performance.now() - started);
    }
  })();
  const started = performance.now();
  const result = await work();
  const elapsed = performance.now() - started;
  done = true;
  await poller;
  return { result, elapsed, slowestHealthz: Math.max(...latencies) };
}

async function post(t: TestApp, query: string, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: JSON.parse(text) as Omit<GqlResult, "status" | "headers">,
    size: text.length,
    statements: Number(res.headers.get("x-sql-statements")),
  };
}

/** A published event of the länsstyrelse with a few registrations from Göteborg. */
async function eventWithRegistrations(t: TestApp): Promise<string> {
  const event = await createEvent(t, { capacity: 20, title: "Utbildning om våld i nära relationer" });
  await publish(t, event.id);
  const res = await register(await t.as(DEMO.goteborg), event.id, [person("c1", "goteborg"), person("c2", "goteborg"), person("c3", "goteborg")]);
  expect(res.errors).toBeUndefined();
  return event.id;
}

describe("hostile queries over HTTP", () => {
  let t: TestApp;
  let token: string;
  let eventId: string;
  beforeAll(async () => {
    t = await startTestApp();
    eventId = await eventWithRegistrations(t);
    token = (await t.as(DEMO.lstO)).token!;
  });
  afterAll(() => t?.close());

  /** Statements an operation refused before execution costs: only the session lookup of a trivial request. */
  async function baselineStatements() {
    return (await post(t, `{ __typename }`, token)).statements;
  }

  it("refuses eight aliases of a registrations cycle within a second while /healthz answers", async () => {
    const cycle = `registrations { event { registrations { event { registrations { id } } } } }`;
    const query = `{ ${Array.from({ length: 8 }, (_, i) => `e${i}: trainingEvent(id: "${eventId}") { ${cycle} }`).join(" ")} }`;
    const baseline = await baselineStatements();
    const { result, elapsed, slowestHealthz } = await whileHealthzIsPolled(t, () => post(t, query, token));
    expect(result.status).toBe(400);
    expect(result.body.data ?? undefined).toBeUndefined();
    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.messageKey).toBe("common.queryTooComplex");
    expect(result.body.errors?.[0].message).toMatch(/Frågan är för stor/);
    expect(result.statements).toBe(baseline);
    expect(elapsed).toBeLessThan(1000);
    expect(slowestHealthz).toBeLessThan(1000);
  });

  it("refuses even one registrations cycle nested twice, while the event's own registrations are answered", async () => {
    const once = await post(t, `{ trainingEvent(id: "${eventId}") { registrations { event { registrations { event { registrations { id } } } } } } }`, token);
    expect(once.status).toBe(400);
    expect(once.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const plain = await post(t, `{ trainingEvent(id: "${eventId}") { registrations { id event { id } } } }`, token);
    expect(plain.status).toBe(200);
    expect(plain.body.errors).toBeUndefined();
  });

  it("refuses 300 copies of fundingStatistics, and already five, within a second while /healthz answers", async () => {
    const copies = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `f${i}: fundingStatistics(year: 2017) { total { used } }`).join(" ")} }`;
    const baseline = await baselineStatements();
    const { result, elapsed, slowestHealthz } = await whileHealthzIsPolled(t, () => post(t, copies(300), token, { "accept-language": "en" }));
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].message).toMatch(/The query is too large/);
    expect(result.statements).toBe(baseline);
    expect(elapsed).toBeLessThan(1000);
    expect(slowestHealthz).toBeLessThan(1000);
    expect((await post(t, copies(5), token)).status).toBe(400);
    const one = await post(t, copies(1), token);
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
  });

  it("refuses a fragment that spreads itself with a 400 and a code, not a stack overflow", async () => {
    for (const query of [
      `query { __typename ...A } fragment A on Query { ...A }`,
      `query { ...A } fragment A on Query { me { id } ...B } fragment B on Query { ...A }`,
      `query { me { ...U } } fragment U on User { organisation { users: __typename } ...U }`,
    ]) {
      const { result, elapsed, slowestHealthz } = await whileHealthzIsPolled(t, () => post(t, query, token));
      expect(result.status, query).toBe(400);
      expect(result.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(result.body.errors?.map((e) => e.message).join(" ")).toMatch(/Cannot spread fragment/);
      expect(elapsed).toBeLessThan(1000);
      expect(slowestHealthz).toBeLessThan(1000);
    }
  });

  it("still refuses a query deeper than the depth limit", async () => {
    const deep = `{ trainingEvent(id: "${eventId}") { registrations { event { sessions { id } organiser { users: __typename } } } } }`;
    expect((await post(t, deep, token)).status).toBe(200);
    let tooDeep = "id";
    for (let i = 0; i < 6; i++) tooDeep = `registrations { event { ${tooDeep} } }`;
    const res = await post(t, `{ trainingEvent(id: "${eventId}") { ${tooDeep} } }`, token);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("does not suggest field names for a misspelled field", async () => {
    for (const query of [`{ trainingEvnts { total } }`, `{ me { emial } }`, `{ fundingStatistics(year: 2017, yeer: 2017) { total { used } } }`]) {
      const res = await post(t, query, token);
      expect(res.status, query).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      const messages = res.body.errors!.map((e) => e.message).join(" ");
      expect(messages).not.toMatch(/Did you mean/i);
      expect(messages).not.toMatch(/trainingEvents|email|"year"/);
    }
  });

  it("does not suggest enum values or input fields for misspelled variables", async () => {
    const variables = [
      { query: `query($t: NetworkTopic) { networks(topic: $t) { total } }`, variables: { t: "OTHR" } },
      { query: `mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, variables: { i: { nme: "Nätverk", topic: "OTHER" } } },
    ];
    for (const body of variables) {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      const json = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(res.status, body.query).toBe(400);
      expect(json.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
      expect(json.errors!.map((e) => e.message).join(" ")).not.toMatch(/Did you mean/i);
    }
  });
});

describe("the time limit", () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    // A limit of 1 ms: every request that reads more than the session outlives it. The data is made first, under the usual limit.
    t = await startTestApp({ env: { GRAPHQL_TIMEOUT_MS: "1" } });
    expect(t.config.graphqlTimeoutMs).toBe(1);
    t.config.graphqlTimeoutMs = 5000;
    await eventWithRegistrations(t);
    token = (await t.as(DEMO.lstO)).token!;
    t.config.graphqlTimeoutMs = 1;
  });
  afterAll(() => t?.close());

  const QUERY = `{ trainingEvents(limit: 50) { items { id sessions { id } registrations { id } participationLogs { participants } organiser { id name } } } }`;

  it("stops a request that runs past it with SERVICE_UNAVAILABLE, resolving no further field, while /healthz answers", async () => {
    const { result, slowestHealthz } = await whileHealthzIsPolled(t, () => post(t, QUERY, token));
    expect(result.status).toBe(503);
    expect(result.body.errors).toHaveLength(1);
    expect(result.body.errors![0].extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(result.body.errors![0].extensions?.messageKey).toBe("common.requestTimedOut");
    expect(result.body.errors![0].message).toMatch(/tog för lång tid/);
    expect(slowestHealthz).toBeLessThan(1000);

    // With the default limit the same query reads sessions, registrations and logs: several statements more.
    t.config.graphqlTimeoutMs = 5000;
    try {
      const full = await post(t, QUERY, token);
      expect(full.status).toBe(200);
      expect(full.body.errors).toBeUndefined();
      expect(result.statements).toBeLessThan(full.statements);
    } finally {
      t.config.graphqlTimeoutMs = 1;
    }
  });

  it("answers in English when asked, and runs none of the mutations of a request whose time is up", async () => {
    const count = async () => Number(((await t.app.ds.query(`SELECT COUNT(*) AS n FROM network`)) as { n: number | string }[])[0].n);
    const before = await count();
    // The first mutation may still run; those after it in the same request must not.
    t.config.graphqlTimeoutMs = 5000;
    const lst = await t.as(DEMO.lstO);
    t.config.graphqlTimeoutMs = 1;
    const aliases = Array.from({ length: 5 }, (_, i) => `n${i}: saveNetwork(input: { name: "Nätverk ${i}", topic: OTHER }) { id }`).join(" ");
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${lst.token}`, "accept-language": "en" },
      body: JSON.stringify({ query: `mutation { ${aliases} }` }),
    });
    const body = (await res.json()) as Omit<GqlResult, "status" | "headers">;
    expect(res.status).toBe(503);
    expect(errorCode({ ...body, status: res.status, headers: res.headers })).toBe("SERVICE_UNAVAILABLE");
    expect(body.errors![0].message).toMatch(/took too long/);
    expect(await count()).toBeLessThanOrEqual(before + 1);
  });
});

describe("the price of a request", () => {
  type Hook = (rc: {
    request: { variables?: Record<string, unknown>; operationName?: string };
    document: DocumentNode;
    operation: OperationDefinitionNode;
  }) => Promise<void>;
  async function priced(plugin: ReturnType<typeof costLimitPlugin>, document: DocumentNode, variables: Record<string, unknown>) {
    const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation: Hook };
    const operation = document.definitions[0] as OperationDefinitionNode;
    return listener.didResolveOperation({ request: { variables }, document, operation }).then(
      () => "allowed",
      (err: { extensions?: { code?: string } }) => err.extensions?.code ?? "error",
    );
  }

  it("is computed once per document and page size: other ids and texts reuse it, another limit is priced anew", async () => {
    let asked = 0;
    const plugin = costLimitPlugin(() => {
      asked++;
      return schema;
    });
    const doc = parse(`query($id: ID!, $l: Int!) { grantCall(id: $id) { id } grantApplications(limit: $l) { items { id } } }`);
    expect(await priced(plugin, doc, { id: "1", l: 10 })).toBe("allowed");
    const once = asked;
    expect(once).toBeGreaterThan(0);
    expect(await priced(plugin, doc, { id: "2", l: 10 })).toBe("allowed");
    expect(asked).toBe(once);
    expect(await priced(plugin, doc, { id: "2", l: 1_000_000 })).toBe("BAD_USER_INPUT");
    expect(asked).toBeGreaterThan(once);
    // The refusal is kept too: the same shape is refused again without pricing.
    const after = asked;
    expect(await priced(plugin, doc, { id: "3", l: 1_000_000 })).toBe("BAD_USER_INPUT");
    expect(asked).toBe(after);
  });
});
