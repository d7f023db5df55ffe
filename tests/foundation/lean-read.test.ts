import { type GraphQLObjectType, type GraphQLSchema, getNamedType, getNullableType, isLeafType, isListType, isNonNullType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setLeanReads } from "../../server/dist/db/lean-read";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/**
 * Lists and detail queries read lean (server/src/db/lean-read.ts): only the columns the request
 * selects, the keys and what field resolvers need; loaders read every column but texts the
 * request does not select. Their answers are the same as when whole rows are read, and a text
 * column nobody asked for is not read.
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

/** The detail queries of the web app's pages that read lean, with the list that finds a row of theirs. */
const LEAN_DETAILS: Record<string, keyof typeof LEAN_LISTS> = {
  network: "networks",
  networkMeeting: "networkMeetings",
  trainingEvent: "trainingEvents",
  grantApplication: "grantApplications",
  municipalityVisit: "municipalityVisits",
  campaign: "campaigns",
};

/** Every field of the rows of a page (but `without`), the scalars of the objects under them and the ids of the lists. */
function fullSelection(queryName: string, without?: string): string {
  const page = getNullableType(schema.getQueryType()!.getFields()[queryName].type) as GraphQLObjectType;
  const row = getNamedType(page.getFields().items.type) as GraphQLObjectType;
  const args = LEAN_LISTS[queryName].args;
  return `{ ${queryName}(limit: 5${args ? `, ${args}` : ""}) { total items { ${rowSelection(row, without)} } } }`;
}

/** Every field of the row a detail query answers (but `without`), as fullSelection selects the rows of a list. */
function detailSelection(queryName: string, id: string, without?: string): string {
  const row = getNamedType(schema.getQueryType()!.getFields()[queryName].type) as GraphQLObjectType;
  return `{ ${queryName}(id: "${id}") { ${rowSelection(row, without)} } }`;
}

function rowSelection(row: GraphQLObjectType, without?: string): string {
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
  return parts.join(" ");
}

/** The id of a row of the detail query's list that its asker sees. */
async function someId(c: Client, detail: string): Promise<string> {
  const list = LEAN_DETAILS[detail];
  const args = LEAN_LISTS[list].args;
  const res = await c.request(`{ ${list}(limit: 1${args ? `, ${args}` : ""}) { items { id } } }`);
  expect(res.errors).toBeUndefined();
  return res.data![list].items[0].id;
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

describe("the lean read path of detail queries", () => {
  it.each(Object.keys(LEAN_DETAILS))("%s answers the same JSON as whole rows do, every field but a text read lean", async (name) => {
    const { as, table, unselectedText } = LEAN_LISTS[LEAN_DETAILS[name]];
    const c = await t.as(DEMO[as]);
    const query = detailSelection(name, await someId(c, name), unselectedText);
    setLeanReads(false);
    const whole = await sqlOf(c, query);
    setLeanReads(true);
    const lean = await sqlOf(c, query);
    expect(lean.data![name].id).toBeTruthy();
    expect(JSON.stringify(lean.data)).toBe(JSON.stringify(whole.data));
    expect(rowsOf(whole.sql, table)[0]).toContain(unselectedText);
    expect(rowsOf(lean.sql, table)[0]).not.toContain(unselectedText);
  });

  it.each(Object.keys(LEAN_DETAILS))("%s answers the same JSON as whole rows do, every field asked", async (name) => {
    const c = await t.as(DEMO[LEAN_LISTS[LEAN_DETAILS[name]].as]);
    const query = detailSelection(name, await someId(c, name));
    setLeanReads(false);
    const whole = await sqlOf(c, query);
    setLeanReads(true);
    const lean = await sqlOf(c, query);
    expect(JSON.stringify(lean.data)).toBe(JSON.stringify(whole.data));
  });

  it.each([
    { name: "grantApplication", list: "grantApplications", args: "limit: 50", as: "handlaggare", refused: "ale", owner: "organisation" },
    { name: "municipalityVisit", list: "municipalityVisits", args: "limit: 50, year: 2017", as: "handlaggare", refused: "lstAB", owner: "countyBoard" },
  ] as const)("$name of another organisation is refused with nothing returned, read lean or whole", async ({ name, list, args, as, refused, owner }) => {
    const c = await t.as(DEMO[refused]);
    const own = (await c.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
    const rows = await (await t.as(DEMO[as])).request(`{ ${list}(${args}) { items { id ${owner} { id } } } }`);
    const other = rows.data![list].items.find((r: Record<string, { id: string }>) => r[owner].id !== own);
    expect(other).toBeTruthy();
    for (const lean of [true, false]) {
      setLeanReads(lean);
      const res = await c.request(`{ ${name}(id: "${other.id}") { id } }`);
      expect(errorCode(res)).toBe("NOT_FOUND");
      expect(res.data?.[name] ?? null).toBeNull();
    }
    setLeanReads(true);
  });
});

describe("the lean read path of loaders", () => {
  /** Lists whose rows' nested fields go through the lean loaders: organisations, calls, organisers, networks. */
  const NESTED: Record<string, { list: keyof typeof LEAN_LISTS; rows: string }> = {
    "applications' calls and organisations": {
      list: "grantApplications",
      rows: "id call { id title programme mode isOpen remaining partialReportsCoded availableActions } organisation { id name code kind countyCode }",
    },
    "events' organisers": { list: "trainingEvents", rows: "id organiser { id name code kind } registrations { id organisation { id name } }" },
    "networks' convener and members": { list: "networks", rows: "id convener { id name } members { coConvener organisation { id name code kind } }" },
    "meetings' networks": { list: "networkMeetings", rows: "id network { id name topic kind isConvener members { organisation { id name } } }" },
  };

  it.each(Object.keys(NESTED))("%s answer the same JSON as whole rows do", async (key) => {
    const { list, rows } = NESTED[key];
    const { as, args } = LEAN_LISTS[list];
    const c = await t.as(DEMO[as]);
    const query = `{ ${list}(limit: 5${args ? `, ${args}` : ""}) { items { ${rows} } } }`;
    setLeanReads(false);
    const whole = await sqlOf(c, query);
    setLeanReads(true);
    const lean = await sqlOf(c, query);
    expect(lean.data![list].items.length).toBeGreaterThan(0);
    expect(JSON.stringify(lean.data)).toBe(JSON.stringify(whole.data));
  });

  it("a loader reads a text column only when the request selects it on the row's type, in a fragment too", async () => {
    const c = await t.as(DEMO.handlaggare);
    const calls = (sql: string[]) => rowsOf(sql, "grant_call");
    setLeanReads(false);
    const whole = calls((await sqlOf(c, `{ grantApplications(limit: 5) { items { id call { id title } } } }`)).sql);
    setLeanReads(true);
    const lean = calls((await sqlOf(c, `{ grantApplications(limit: 5) { items { id call { id title } } } }`)).sql);
    const asked = await sqlOf(c, `{ grantApplications(limit: 5) { items { id call { id ...Described } } } } fragment Described on GrantCall { description }`);
    expect(whole).toHaveLength(1);
    expect(whole[0]).toContain("description");
    expect(lean).toHaveLength(1);
    expect(lean[0]).not.toContain("description");
    expect(lean[0]).toContain("budget");
    expect(calls(asked.sql)).toHaveLength(1);
    expect(calls(asked.sql)[0]).toContain("description");
    expect(asked.data!.grantApplications.items[0].call.description).toEqual(expect.any(String));
  });
});
