import { type GraphQLObjectType, type GraphQLSchema, getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLeanReads } from "../../server/dist/db/lean-read";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/**
 * Lists read lean (server/src/db/lean-read.ts): only the columns the request selects, the keys
 * and what field resolvers need. Their answers are the same as when whole rows are read, and a
 * text column nobody asked for is not read.
 */

let schema: GraphQLSchema;
let t: TestApp;
const YEAR = new Date().getUTCFullYear() + 1;

/** The lists that read lean, with who asks them. */
const LEAN_LISTS: Record<string, { as: keyof typeof DEMO; args?: string; table: string; unselectedText: string }> = {
  networks: { as: "lstO", table: "network", unselectedText: "description" },
  networkMeetings: { as: "lstO", table: "network_meeting", unselectedText: "onlineUrl" },
  trainingEvents: { as: "goteborg", table: "training_event", unselectedText: "description" },
  grantApplications: { as: "handlaggare", table: "grant_application", unselectedText: "motivation" },
  // The county boards' work of the demo history is of 2017 (server/src/db/seed-county-work-history.ts).
  municipalityVisits: { as: "handlaggare", args: "year: 2017", table: "municipality_visit", unselectedText: "notes" },
  campaigns: { as: "handlaggare", args: "year: 2017", table: "campaign", unselectedText: "notes" },
};

/** Every field of the rows of a page (but `without`), the scalars of the objects under them and the ids of the lists. */
function fullSelection(queryName: string, without?: string): string {
  const page = getNullableType(schema.getQueryType()!.getFields()[queryName].type) as GraphQLObjectType;
  const row = getNamedType(page.getFields().items.type) as GraphQLObjectType;
  const parts: string[] = [];
  for (const f of Object.values(row.getFields())) {
    if (f.name === without || f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (isObjectType(named)) {
      // Lists under a row are priced by their bound: their ids keep the query within the cost limit.
      const leaves = Object.values(named.getFields()).filter(
        (x) => isLeafType(getNamedType(x.type)) && !x.args.length && (!isListType(getNullableType(f.type)) || x.name === "id"),
      );
      parts.push(`${f.name} { __typename ${leaves.map((x) => x.name).join(" ")} }`);
    }
  }
  const args = LEAN_LISTS[queryName].args;
  return `{ ${queryName}(limit: 5${args ? `, ${args}` : ""}) { total items { ${parts.join(" ")} } } }`;
}

/** The statements reading the rows of a list's table (not its count). */
const rowsOf = (sql: string[], table: string) => sql.filter((s) => new RegExp(`FROM [\`"]${table}[\`"]`).test(s) && !/COUNT\(/i.test(s));

async function sqlOf(c: Client, query: string) {
  const logger = t.app.ds.logger;
  const original = logger.logQuery.bind(logger);
  const sql: string[] = [];
  logger.logQuery = (q, p, r) => {
    sql.push(q);
    return original(q, p, r);
  };
  try {
    const res = await c.request(query);
    expect(res.errors).toBeUndefined();
    return { data: res.data, sql };
  } finally {
    logger.logQuery = original;
  }
}

beforeAll(async () => {
  schema = await buildBareSchema();
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
  const lst = await t.as(DEMO.lstO);
  const admin = await t.as(DEMO.admin);
  const orgs = await admin.request(`{ organisations(search: "Göteborg", limit: 5) { items { id code } } }`);
  const gbg = orgs.data!.organisations.items.find((o: { code: string }) => o.code === "1480").id;
  for (let i = 0; i < 3; i++) {
    const saved = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
      i: { name: `Nätverk ${i}`, topic: "BARN", description: `Beskrivning ${i}` },
    });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveNetwork.id;
    expect(
      (await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, { n: id, o: [gbg] })).errors,
    ).toBeUndefined();
    for (const [day, invite] of [
      [`${YEAR}-03-1${i}`, true],
      [`${YEAR - 2}-03-1${i}`, false],
    ] as const) {
      const met = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
        i: {
          networkId: id,
          title: "Nätverksträff",
          startsAt: `${day}T08:00:00Z`,
          endsAt: `${day}T11:00:00Z`,
          location: "Länsstyrelsen",
          onlineUrl: "https://mote.example.se/1",
          invite,
        },
      });
      expect(met.errors).toBeUndefined();
    }
  }
  const gbgClient = await t.as(DEMO.goteborg);
  for (let i = 0; i < 3; i++) {
    const event = await createEvent(t, { title: `Utbildning ${i}`, capacity: 1, description: `Om utbildningen ${i}` });
    await publish(t, event.id);
    expect((await register(gbgClient, event.id, [person(`l${i}a`, "goteborg"), person(`l${i}b`, "goteborg")])).errors).toBeUndefined();
  }
}, 300_000);
afterAll(() => {
  setLeanReads(true);
  return t?.close();
});

describe("the lean read path of lists", () => {
  it.each(Object.keys(LEAN_LISTS))("%s answers the same JSON as whole rows do, every field but a text read lean", async (name) => {
    const { as, table, unselectedText } = LEAN_LISTS[name];
    const c = await t.as(DEMO[as]);
    // Every field of the row but one text: each field resolver's needs are declared, or the whole row would be read.
    const query = fullSelection(name, unselectedText);
    setLeanReads(false);
    const whole = await sqlOf(c, query);
    setLeanReads(true);
    const lean = await sqlOf(c, query);
    expect(lean.data![name].items.length).toBeGreaterThan(1);
    expect(JSON.stringify(lean.data)).toBe(JSON.stringify(whole.data));
    expect(rowsOf(whole.sql, table)[0]).toContain(unselectedText);
    expect(rowsOf(lean.sql, table)[0]).not.toContain(unselectedText);
  });

  it.each(Object.keys(LEAN_LISTS))("%s answers the same JSON as whole rows do, every field asked", async (name) => {
    const c = await t.as(DEMO[LEAN_LISTS[name].as]);
    const query = fullSelection(name);
    setLeanReads(false);
    const whole = await sqlOf(c, query);
    setLeanReads(true);
    const lean = await sqlOf(c, query);
    expect(JSON.stringify(lean.data)).toBe(JSON.stringify(whole.data));
  });

  it.each(Object.keys(LEAN_LISTS))("%s reads only the selected columns and the keys", async (name) => {
    const { as, args, table, unselectedText } = LEAN_LISTS[name];
    const c = await t.as(DEMO[as]);
    const query = `{ ${name}(limit: 50${args ? `, ${args}` : ""}) { items { id } } }`;
    setLeanReads(false);
    const whole = rowsOf((await sqlOf(c, query)).sql, table);
    setLeanReads(true);
    const lean = rowsOf((await sqlOf(c, query)).sql, table);
    expect(whole.length).toBe(1);
    expect(whole[0]).toContain(unselectedText);
    expect(lean.length).toBe(1);
    expect(lean[0]).not.toContain(unselectedText);
    expect(lean[0]).toMatch(/[`"]id[`"]/);
  });
});
