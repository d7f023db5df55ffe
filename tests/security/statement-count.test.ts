import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_COST, operationCost } from "../../server/dist/graphql/limits";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { NGO, submitNgoApplication } from "../development-funds/fixtures";
import { consult, createCall, draft, submit } from "../grants/fixtures";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/**
 * No list costs more SQL statements for more rows. Every list the schema offers is asked for, with
 * everything below it that the cost limit lets through (scalars, then lists and objects breadth
 * first, three levels down), at two rows and at twenty; the statement count of the two answers must
 * be the same. The lists come from the schema itself: a new list query without an entry in ROOTS,
 * or a new list field that no query reaches, fails here.
 */

let schema: GraphQLSchema;
let t: TestApp;
const YEAR = new Date().getUTCFullYear();
/** The year of the county boards' work in the demo history (server/src/db/seed-county-work-history.ts). */
const COUNTY_WORK_YEAR = 2017;
/** Ids the lists need as arguments, found once in the data. */
const ids: Record<string, string> = {};

/** Rows of a list are made by its `rows(n)` (at least n visible to `as`); without it the demo data with its history holds enough. */
interface Root {
  as: keyof typeof DEMO;
  vars?: () => Record<string, unknown>;
  rows?: (n: number) => Promise<void>;
  /** Lists that the data does not yet fill: asked once, for what lies below them. */
  unfilled?: string;
  /** Fields below the rows the role may not read (answered FORBIDDEN): left out of its query. */
  denied?: string[];
  /** Lists of fixed reference data or of a single person's state, which cannot hold 2 and then 20 rows: asked once, for what lies below them. */
  fixed?: string;
}

/** The registrations made by `trainingEvents`, one per event (a kursledarutbildning). */
const registrations: string[] = [];
async function trainingEvents(n: number) {
  const gbg = await t.as(DEMO.goteborg);
  while (registrations.length < n) {
    const made = registrations.length;
    const event = await createEvent(t, { title: `Utbildning ${made}`, capacity: 5 });
    await publish(t, event.id);
    const res = await register(gbg, event.id, [person(`sc${made}`, "goteborg")]);
    expect(res.errors).toBeUndefined();
    registrations.push(res.data!.registerForTraining[0].id);
  }
}

/** Certified kursledare: the person registered for each kursledarutbildning attends all of it. */
let leadersMade = 0;
async function courseLeaders(n: number) {
  await trainingEvents(n);
  const lst = await t.as(DEMO.lstO);
  for (; leadersMade < n; leadersMade++) {
    const res = await lst.request(`mutation($r: ID!) { markAttendance(registrationId: $r, sessionIds: [], attended: ATTENDED) { id } }`, {
      r: registrations[leadersMade],
    });
    expect(res.errors).toBeUndefined();
  }
}

/** Applications in calls of their own, each sent to Jämställdhetsmyndigheten for consultation. */
let consultationsMade = 0;
async function consultationRequests(n: number) {
  const nck = await t.as(DEMO.nck);
  const applications: string[] = [];
  for (; consultationsMade < n; consultationsMade++) {
    const callId = await createCall(t, 5_000_000, `Remissutlysning ${consultationsMade}`);
    const { id } = await draft(nck, callId);
    expect((await submit(nck, id)).errors).toBeUndefined();
    applications.push(id);
  }
  if (applications.length) expect((await consult(t, applications)).errors).toBeUndefined();
}

let callsMade = 0;
async function grantCalls(n: number) {
  for (; callsMade < n; callsMade++) await createCall(t, 1_000_000, `Utlysning ${callsMade}`);
}

let staffMade = 0;
async function staffMembers(n: number) {
  if (staffMade >= n) return;
  const lines = Array.from({ length: n - staffMade }, (_, i) => `Personal ${staffMade + i};personal${staffMade + i}@goteborg.se`);
  const gbg = await t.as(DEMO.goteborg);
  const res = await gbg.request(`mutation($csv: String!) { importStaffMembers(csv: $csv) { added } }`, { csv: `namn;e-post\n${lines.join("\n")}\n` });
  expect(res.errors).toBeUndefined();
  staffMade = n;
}

let visitsMade = 0;
async function municipalityVisits(n: number) {
  const lst = await t.as(DEMO.lstO);
  for (; visitsMade < n; visitsMade++) {
    const res = await lst.request(`mutation($i: MunicipalityVisitInput!) { saveMunicipalityVisit(input: $i) { id } }`, {
      i: {
        kommunId: ids.goteborg,
        date: `${COUNTY_WORK_YEAR}-05-${String((visitsMade % 28) + 1).padStart(2, "0")}`,
        topics: ["VALD_I_NARA_RELATIONER", "BARN"],
        participants: "Socialchef och samordnare",
      },
    });
    expect(res.errors).toBeUndefined();
  }
}

let lettersMade = 0;
async function letterTemplateVersions(n: number) {
  const sos = await t.as(DEMO.handlaggare);
  for (; lettersMade < n; lettersMade++) {
    const res = await sos.request(`mutation($i: LetterTemplateInput!) { publishLetterTemplate(input: $i) { id } }`, {
      i: {
        kind: "DECISION_LETTER",
        programme: "SARSKILDA_STIMULANSMEDEL",
        callId: null,
        bodySv: `Version ${lettersMade}: {{outcome}}`,
        bodyEn: `Version ${lettersMade}: {{outcome}}`,
      },
    });
    expect(res.errors).toBeUndefined();
  }
}

/** Decisions of the first network made: minutes with the decisions still missing, approved by Göteborg's coordinator. */
let decisionsMade = 0;
async function networkDecisions(n: number) {
  if (decisionsMade >= n) return;
  const [lst, gbg] = [await t.as(DEMO.lstO), await t.as(DEMO.goteborg)];
  const day = `${YEAR + 1}-04-${String((decisionsMade % 27) + 1).padStart(2, "0")}`;
  const met = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: { networkId: ids.network, title: "Beslutsmöte", startsAt: `${day}T08:00:00Z`, endsAt: `${day}T11:00:00Z`, location: "Länsstyrelsen" },
  });
  expect(met.errors).toBeUndefined();
  const meetingId = met.data!.scheduleNetworkMeeting[0].id;
  const approverUserId = (await gbg.request(`{ me { id } }`)).data!.me.id;
  const decisionItems = Array.from({ length: n - decisionsMade }, (_, i) => ({ text: `Beslut ${decisionsMade + i}`, responsible: "Länsstyrelsen" }));
  const published = await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
    m: meetingId,
    i: { body: "Beslut om arbetet.", decisionItems, approverUserId },
  });
  expect(published.errors).toBeUndefined();
  const approved = await gbg.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId });
  expect(approved.errors).toBeUndefined();
  decisionsMade = n;
}

/** Opens a development-fund round in a year after the seeded ones. */
async function openRound(year: number) {
  const sos = await t.as(DEMO.handlaggare);
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id ngoPot { id } } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  expect(opened.errors).toBeUndefined();
  return opened.data!.openDevelopmentFundRound as { id: string; ngoPot: { id: string } };
}

let roundsMade = 0;
async function developmentFundRounds(n: number) {
  for (; roundsMade < n; roundsMade++) await openRound(YEAR + 10 + roundsMade);
}

/** A round whose NGO pot the demo handläggare reviews (ids.ngoRound), for the NGO applications below. */
async function reviewedRound() {
  const sos = await t.as(DEMO.handlaggare);
  const round = await openRound(YEAR + 5);
  ids.ngoRound = round.id;
  const me = (await sos.request(`{ me { id } }`)).data!.me.id;
  const assigned = await sos.request(`mutation($c: ID!, $u: [ID!]!) { assignReviewers(callId: $c, userIds: $u) { id } }`, { c: round.ngoPot.id, u: [me] });
  expect(assigned.errors).toBeUndefined();
}

/** NGO applications to the reviewed round: each is a review task of the handläggare and a row of the round's ranking. */
let ngoApplicationsMade = 0;
async function ngoApplications(n: number) {
  const ngo = await t.as(NGO);
  for (; ngoApplicationsMade < n; ngoApplicationsMade++) await submitNgoApplication(ngo, ids.ngoRound, YEAR + 5, `Stödsamtal ${ngoApplicationsMade}`);
}

const networksMade: string[] = [];
async function networks(n: number) {
  const lst = await t.as(DEMO.lstO);
  while (networksMade.length < n) {
    const made = networksMade.length;
    const saved = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
      i: { name: `Nätverk ${made}`, topic: "BARN" },
    });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveNetwork.id;
    networksMade.push(id);
    const added = await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
      n: id,
      o: [ids.goteborg],
    });
    expect(added.errors).toBeUndefined();
    const day = `${YEAR + 1}-03-${String((made % 27) + 1).padStart(2, "0")}`;
    const met = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: { networkId: id, title: "Nätverksträff", startsAt: `${day}T08:00:00Z`, endsAt: `${day}T11:00:00Z`, location: "Länsstyrelsen", invite: true },
    });
    expect(met.errors).toBeUndefined();
  }
}

const ROOTS: Record<string, Root> = {
  grantApplications: { as: "handlaggare" },
  grantCalls: { as: "handlaggare", rows: grantCalls },
  overdueFollowUps: { as: "handlaggare", fixed: "follow-ups overdue today in the seeded history: only the passing of a paid grant's follow-up date adds one" },
  consultationRequests: {
    as: "jam",
    rows: consultationRequests,
    // Others' applications and how a call stands are Socialstyrelsen's to see (grant.read.all, grant.call.manage).
    denied: [
      "rankingDeviationReason",
      "decisionNeedsRankingReason",
      "decisionAssessment",
      "requestedTotal",
      "statusCounts",
      "grantedCount",
      "reviewers",
      "eligibleReviewers",
    ],
  },
  trainingEvents: { as: "lstO", rows: trainingEvents },
  myTrainingRegistrations: { as: "goteborg", rows: trainingEvents },
  staffMembers: { as: "goteborg", rows: staffMembers },
  courseLeaders: { as: "handlaggare", rows: courseLeaders },
  courseLeaderCoverage: { as: "handlaggare", fixed: "one row per county" },
  networks: { as: "lstO", rows: networks },
  networkMeetings: { as: "lstO", rows: networks },
  networkDecisions: { as: "lstO", vars: () => ({ networkId: ids.network }), rows: networkDecisions },
  developmentFundRounds: { as: "handlaggare", rows: developmentFundRounds },
  allocationPreview: { as: "handlaggare", vars: () => ({ roundId: ids.round }), fixed: "one row per kommun and region" },
  notRequisitioned: { as: "handlaggare", vars: () => ({ roundId: ids.round }), fixed: "the kommuner and regioner of the round" },
  ngoRanking: { as: "handlaggare", vars: () => ({ roundId: ids.ngoRound }), rows: ngoApplications },
  questionBank: { as: "handlaggare" },
  questionnaires: { as: "handlaggare" },
  questionnaireRecipients: { as: "handlaggare", vars: () => ({ questionnaireId: ids.questionnaire }) },
  myQuestionnaireResponses: { as: "goteborg" },
  municipalityVisits: { as: "handlaggare", vars: () => ({ year: COUNTY_WORK_YEAR }), rows: municipalityVisits },
  campaigns: { as: "handlaggare", vars: () => ({ year: COUNTY_WORK_YEAR }) },
  methods: { as: "lstO", fixed: "the method catalogue" },
  methodSpreads: { as: "handlaggare", vars: () => ({ year: COUNTY_WORK_YEAR }) },
  regionalStrategies: { as: "handlaggare", vars: () => ({ year: COUNTY_WORK_YEAR }) },
  reportDeadlines: { as: "handlaggare", fixed: "the report deadlines of the year" },
  auditLog: { as: "admin" },
  notifications: { as: "lstO", rows: networks },
  outboxMails: { as: "admin" },
  organisations: { as: "admin" },
  counties: { as: "admin", fixed: "the 21 counties" },
  roleDefinitions: { as: "admin", fixed: "the roles of the platform" },
  users: { as: "admin" },
  mySessions: { as: "admin", fixed: "the signed-in person's own sessions" },
  signInProviders: { as: "admin", fixed: "organisations with sign-in of their own: names read in one statement, nothing below the rows" },
  identityLinkRequests: {
    as: "admin",
    vars: () => ({ organisationId: ids.goteborg }),
    fixed: "made only by sign-ins through an identity provider (tests/users/single-sign-on); none in the demo data",
  },
  myReviews: { as: "handlaggare", rows: ngoApplications },
  letterTemplateVersions: {
    as: "handlaggare",
    vars: () => ({ kind: "DECISION_LETTER", programme: "SARSKILDA_STIMULANSMEDEL" }),
    rows: letterTemplateVersions,
  },
  previewStaffImport: { as: "goteborg", vars: () => ({ csv: STAFF_CSV }), fixed: "rows of the file sent, nothing read per row" },
};

const STAFF_CSV = "namn;e-post\nAnna Andersson;anna@goteborg.se\nBo Berg;bo@goteborg.se\n";

const argsRequired = (f: GraphQLField<unknown, unknown>) => f.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
const isPage = (type: GraphQLOutputType) => {
  const named = getNullableType(type);
  return isObjectType(named) && named.name.endsWith("Page") && "items" in named.getFields();
};
const rootLists = () => Object.values(schema.getQueryType()!.getFields()).filter((f) => isListType(getNullableType(f.type)) || isPage(f.type));

/** A selection of a type: a field name with what it selects below it (leaf fields have none). */
interface Node {
  name: string;
  type: GraphQLOutputType;
  children: Node[];
  fragments?: string;
}

/** Fields left out of a query: those its role may not read. */
type Omit = ReadonlySet<string>;

function leaves(type: GraphQLOutputType, omit: Omit): Node[] {
  const named = getNamedType(type);
  if (!isObjectType(named)) return [];
  return Object.values(named.getFields())
    .filter((f) => !argsRequired(f) && !omit.has(f.name) && isLeafType(getNamedType(f.type)))
    .map((f) => ({ name: f.name, type: f.type, children: [] }));
}

function node(name: string, type: GraphQLOutputType, omit: Omit): Node {
  const named = getNamedType(type);
  if (isAbstractType(named)) {
    const fragments = schema
      .getPossibleTypes(named)
      .map((p) => `... on ${p.name} { ${render(leaves(p, omit)) || "__typename"} }`)
      .join(" ");
    return { name, type, children: [], fragments: `__typename ${fragments}` };
  }
  return { name, type, children: leaves(type, omit) };
}

function render(nodes: Node[]): string {
  return nodes
    .map((n) => {
      const inner = [render(n.children), n.fragments ?? ""].filter(Boolean).join(" ");
      return isLeafType(getNamedType(n.type)) ? n.name : `${n.name} { ${inner || "__typename"} }`;
    })
    .join(" ");
}

const LEVELS = 3;

/** The query of a root list at `limit` rows: its scalars, then the objects and lists below it, breadth first, as long as the price stays within the limit. */
function queryFor(
  field: GraphQLField<unknown, unknown>,
  vars: Record<string, unknown>,
  limit: number,
  omit: Omit = new Set(),
): { query: string; lists: string[] } {
  const args = field.args.filter((a) => a.name in vars);
  const paginated = field.args.some((a) => a.name === "limit");
  const decl = args.map((a) => `$${a.name}: ${a.type}`).join(", ");
  const call = [...(paginated ? [`limit: ${limit}`] : []), ...args.map((a) => `${a.name}: $${a.name}`)].join(", ");
  const root = node(field.name, field.type, omit);
  let items = root;
  if (isPage(field.type)) {
    items = node("items", (getNullableType(field.type) as GraphQLObjectType).getFields().items.type, omit);
    root.children.push(items);
  }
  const text = () =>
    `query${decl ? `(${decl})` : ""} { ${field.name}${call ? `(${call})` : ""} ${isLeafType(getNamedType(field.type)) ? "" : `{ ${render(root.children) || "__typename"} }`} }`;
  const lists: string[] = [];
  const queue: [Node, number][] = [[items, 0]];
  while (queue.length) {
    const [parent, level] = queue.shift()!;
    const type = getNamedType(parent.type);
    if (!isObjectType(type)) continue;
    for (const f of Object.values(type.getFields())) {
      if (argsRequired(f) || omit.has(f.name) || isLeafType(getNamedType(f.type))) continue;
      const child = node(f.name, f.type, omit);
      parent.children.push(child);
      if (operationCost(schema, parse(text()), vars) > MAX_COST) {
        parent.children.pop();
        continue;
      }
      if (level + 1 < LEVELS) queue.push([child, level + 1]);
    }
  }
  const walk = (n: Node) => {
    const type = getNamedType(n.type);
    if (!isObjectType(type)) return;
    for (const c of n.children) {
      if (isListType(getNullableType(c.type))) lists.push(`${type.name}.${c.name}`);
      walk(c);
    }
  };
  walk(root);
  return { query: text(), lists };
}

/** The rows' type of a list query: the items of a page, or the list's own. */
function itemsType(type: GraphQLOutputType): GraphQLOutputType {
  return isPage(type) ? (getNullableType(type) as GraphQLObjectType).getFields().items.type : type;
}

/** The shortest path of fields (without required arguments) from `from` to the type named `to`. */
function pathTo(from: GraphQLOutputType, to: string): string[] | undefined {
  const start = getNamedType(from);
  const queue: [GraphQLObjectType, string[]][] = isObjectType(start) ? [[start, []]] : [];
  const seen = new Set<string>();
  while (queue.length) {
    const [type, path] = queue.shift()!;
    if (type.name === to) return path;
    if (seen.has(type.name)) continue;
    seen.add(type.name);
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (isObjectType(named) && !argsRequired(f)) queue.push([named, [...path, f.name]]);
    }
  }
  return undefined;
}

/** A list query asking, along `path` from its rows, one list field (its rows' id), priced as little as it can be. */
function focusedQuery(field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>, limit: number, path: string[]) {
  const args = field.args.filter((a) => a.name in vars);
  const decl = args.map((a) => `$${a.name}: ${a.type}`).join(", ");
  const call = [`limit: ${limit}`, ...args.map((a) => `${a.name}: $${a.name}`)].join(", ");
  const idOf = (type: GraphQLOutputType) => {
    const named = getNamedType(type);
    return isObjectType(named) && "id" in named.getFields() ? "id" : "__typename";
  };
  let type: GraphQLOutputType = itemsType(field.type);
  const steps: string[] = [];
  for (const name of path) {
    const f = (getNamedType(type) as GraphQLObjectType).getFields()[name];
    steps.push(`${idOf(type)} ${name}`);
    type = f.type;
  }
  const last = isLeafType(getNamedType(type)) ? "" : `{ ${idOf(type)} }`;
  const inner = steps.join(" { ") + ` ${last}` + " }".repeat(steps.length - 1);
  const query = `query${decl ? `(${decl})` : ""} { ${field.name}(${call}) { ${isPage(field.type) ? `items { ${inner} }` : inner} } }`;
  return { query, lists: [] as string[] };
}

/**
 * The list fields of every type a list query's rows lead to. Types only single-object queries
 * answer (statistics, reports, search) are priced as aggregates and read by their own services.
 */
function listFieldsBelowListQueries(): string[] {
  const seen = new Set<string>();
  const visit = (type: GraphQLOutputType) => {
    const named = getNamedType(type);
    const types = isAbstractType(named) ? schema.getPossibleTypes(named) : isObjectType(named) ? [named] : [];
    for (const t of types) {
      if (seen.has(t.name)) continue;
      seen.add(t.name);
      for (const f of Object.values(t.getFields())) visit(f.type);
    }
  };
  for (const f of rootLists()) visit(itemsType(f.type));
  const keys: string[] = [];
  for (const name of seen) {
    const type = schema.getType(name) as GraphQLObjectType;
    for (const f of Object.values(type.getFields())) if (isListType(getNullableType(f.type)) && !argsRequired(f)) keys.push(`${name}.${f.name}`);
  }
  return keys;
}

/** The SQL text of the statements run while `work` runs (the tests of one file run one at a time). */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
  const logger = t.app.ds.logger;
  const original = logger.logQuery.bind(logger);
  const sql: string[] = [];
  logger.logQuery = (query, parameters, runner) => {
    sql.push(query);
    return original(query, parameters, runner);
  };
  try {
    return { result: await work(), sql };
  } finally {
    logger.logQuery = original;
  }
}

async function measure(c: Client, field: GraphQLField<unknown, unknown>, vars: Record<string, unknown>, limit: number, only?: string[]) {
  const { query } = only ? focusedQuery(field, vars, limit, only) : queryFor(field, vars, limit, new Set(ROOTS[field.name].denied));
  const { result: res, sql } = await statementsOf(() => c.request(query, vars));
  const data = res.data?.[field.name];
  const rows = Array.isArray(data) ? data.length : (data?.items?.length ?? 0);
  return { rows, statements: Number(res.headers.get("x-sql-statements")), errors: res.errors, query, sql };
}

/** A statement's text without its values: the same statement for other rows reads the same. */
const shape = (sql: string) => sql.replace(/\?(\s*,\s*\?)*/g, "?").replace(/\b\d+\b/g, "N");

function counted(sql: string[]) {
  const counts = new Map<string, number>();
  for (const s of sql) counts.set(shape(s), (counts.get(shape(s)) ?? 0) + 1);
  return counts;
}

/**
 * Statements run more often for more rows: a statement per row (or per row of a nested list) is
 * an N+1. A loader's statement runs once per level of the selection at most, whatever the rows;
 * it may run at the larger size and not at the smaller, as the two rows asked first may hold
 * nothing for that loader to read (say, no meeting yet), which is no growth.
 */
function repeatedMore(small: string[], large: string[]): string[] {
  const before = counted(small);
  return [...counted(large)]
    .filter(([s, n]) => n > Math.max(before.get(s) ?? 0, LEVELS + 1))
    .map(([s, n]) => `${n}× (was ${before.get(s) ?? 0}×) ${s.slice(0, 200)}`);
}

beforeAll(async () => {
  schema = await buildBareSchema();
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
  const admin = await t.as(DEMO.admin);
  const orgs = await admin.request(`{ organisations(search: "Göteborg", limit: 5) { items { id code } } }`);
  ids.goteborg = orgs.data!.organisations.items.find((o: { code: string }) => o.code === "1480").id;
  const sos = await t.as(DEMO.handlaggare);
  const rounds = await sos.request(`{ developmentFundRounds { id } questionnaires(limit: 50) { items { id responseRate { recipients } } } }`);
  ids.round = rounds.data!.developmentFundRounds[0].id;
  const questionnaires = rounds.data!.questionnaires.items as { id: string; responseRate: { recipients: number } | null }[];
  ids.questionnaire = questionnaires.sort((a, b) => (b.responseRate?.recipients ?? 0) - (a.responseRate?.recipients ?? 0))[0].id;
  await networks(2);
  ids.network = networksMade[0];
  await reviewedRound();
}, 600_000);
afterAll(() => t?.close());

describe("the statement count of every list does not grow with its rows", () => {
  it("has an entry for every list query of the schema, and none for a query that is gone", () => {
    const names = rootLists().map((f) => f.name);
    expect(
      names.filter((n) => !(n in ROOTS)),
      "list queries without an entry in ROOTS",
    ).toEqual([]);
    expect(Object.keys(ROOTS).filter((n) => !names.includes(n))).toEqual([]);
  });

  it("reaches every list field below the list queries, asking those the full selection leaves out on their own", async () => {
    const reached = new Set<string>();
    for (const f of rootLists()) for (const l of queryFor(f, ROOTS[f.name].vars?.() ?? {}, 20, new Set(ROOTS[f.name].denied)).lists) reached.add(l);
    const missing: string[] = [];
    for (const key of listFieldsBelowListQueries()) {
      if (reached.has(key)) continue;
      const [typeName, fieldName] = key.split(".");
      const candidates = rootLists().filter((f) => !ROOTS[f.name].fixed && !ROOTS[f.name].unfilled && f.args.some((a) => a.name === "limit"));
      const paths = candidates.map((f) => [f, pathTo(itemsType(f.type), typeName)] as const).filter(([, p]) => p !== undefined);
      paths.sort((a, b) => a[1]!.length - b[1]!.length);
      if (!paths.length) {
        missing.push(key);
        continue;
      }
      const [root, path] = paths[0];
      const only = [...path!, fieldName];
      const c = await t.as(DEMO[ROOTS[root.name].as]);
      const vars = ROOTS[root.name].vars?.() ?? {};
      await ROOTS[root.name].rows?.(20);
      await measure(c, root, vars, 2, only);
      const small = await measure(c, root, vars, 2, only);
      const large = await measure(c, root, vars, 20, only);
      expect(large.errors, large.query).toBeUndefined();
      expect(large.rows).toBeGreaterThan(small.rows);
      expect(repeatedMore(small.sql, large.sql), large.query).toEqual([]);
    }
    expect(missing, "list fields no list query reaches (add a list query to ROOTS that reaches them)").toEqual([]);
  });

  it.each(Object.keys(ROOTS))("%s", async (name) => {
    const root = ROOTS[name];
    const field = schema.getQueryType()!.getFields()[name];
    const c = await t.as(DEMO[root.as]);
    const vars = root.vars?.() ?? {};
    if (root.fixed || root.unfilled) {
      const once = await measure(c, field, vars, 20);
      expect(once.errors, once.query).toBeUndefined();
      // Its rows as they are (the 290 kommuner, the 21 counties …) still show a statement run per row.
      expect(repeatedMore([], once.sql), once.query).toEqual([]);
      return;
    }
    // A list without `limit` answers all its rows: it is asked with 2 of the factory's rows, then with 18 more.
    const paginated = field.args.some((a) => a.name === "limit");
    await root.rows?.(paginated ? 20 : 2);
    await measure(c, field, vars, 2); // the first request of a person fills caches (session, settings)
    const small = await measure(c, field, vars, 2);
    if (!paginated) await root.rows!(small.rows + 18);
    const large = await measure(c, field, vars, 20);
    expect(small.errors, small.query).toBeUndefined();
    expect(large.errors, large.query).toBeUndefined();
    if (paginated) expect(small.rows).toBe(2);
    expect(large.rows, "rows at the larger size").toBeGreaterThan(paginated ? 2 : small.rows);
    expect(repeatedMore(small.sql, large.sql), large.query).toEqual([]);
  });
});
