import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { isLongTextArg, isLongTextField } from "../../server/dist/graphql/long-text";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { clientFor, DEMO, graphql, startTestApp, type Client, type GqlResult, type TestApp } from "../helpers/app";

/**
 * Every mutation of the schema, sent random, huge, malformed and hostile input by a caller the
 * access matrix allows: each request must be refused with a coded error and a human message, the
 * response must not reveal internals, and nothing may be written. Each sample carries at least one
 * value that no correct server accepts (a value of the wrong type, null where a value is required,
 * a 1 MB string, a negative or absurd number, an impossible date, an id that names nothing or
 * another organisation's thing, a malformed literal in the query text), next to values that are
 * merely hostile (unicode oddities, injection strings) or plausible.
 *
 * The mutation list and argument types come from schema/schema.graphql, so a new mutation is
 * covered without changing this file.
 */

const RUNS_PER_MUTATION = 25;
const SCHEMA = buildSchema(fs.readFileSync(path.join(__dirname, "../../schema/schema.graphql"), "utf8"));
const MATRIX = JSON.parse(fs.readFileSync(path.join(__dirname, "../permissions/access-matrix.json"), "utf8")) as Record<string, string[]>;
const MUTATIONS = Object.values(SCHEMA.getMutationType()!.getFields()).sort((a, b) => a.name.localeCompare(b.name));

/** The demo account per role, as in the access matrix; the first role allowed in this order calls. */
const ROLES: [string, string][] = [
  ["LANSSTYRELSE_UTVECKLINGSLEDARE", DEMO.lstO],
  ["SOCIALSTYRELSEN_HANDLAGGARE", DEMO.handlaggare],
  ["NATIONELLT_KUNSKAPSCENTRUM", DEMO.nck],
  ["KOMMUN_SAMORDNARE", DEMO.ale],
  ["REGION_SAMORDNARE", DEMO.vgregion],
  ["IDEELL_ORGANISATION", "ansokan@kvinnojouren-goteborg.demo.samverka.se"],
  ["JAMSTALLDHETSMYNDIGHETEN", DEMO.jam],
  ["PLATFORM_ADMIN", DEMO.admin],
  ["ANALYTIKER", DEMO.vardanalys],
];
/** Open to anyone: called without a session. */
const PUBLIC = new Set(["login", "acceptInvitation", "completeTwoFactorSignIn", "requestPasswordReset", "resetPassword"]);
/** Ends the caller's session: called with a session of its own. */
const SESSION_ENDING = new Set(["logout", "signOut"]);
/**
 * Tables a refused call may legitimately write to. A failed sign-in is recorded by design
 * (login_attempt) and counted (sign_in_throttle), to limit guessing per account and per address;
 * so is a request for a password-reset link, to limit the mail it sends.
 */
const MAY_WRITE: Record<string, string[]> = { login: ["login_attempt", "sign_in_throttle"], requestPasswordReset: ["sign_in_throttle"] };

const CODES = ["BAD_USER_INPUT", "NOT_FOUND", "FORBIDDEN", "CONFLICT", "UNAUTHENTICATED", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"];
/** What would betray the implementation: stack frames, SQL, driver error codes, source paths. */
const LEAKS = [
  /stacktrace/i,
  /\n\s+at /,
  / {4}at /,
  /\bSELECT\b/,
  /\bINSERT\b/,
  /\bUPDATE\b/,
  /\bDELETE\b/,
  /SQLITE/i,
  /\bER_[A-Z_]+/,
  /\.(js|ts):/,
  /QueryFailedError/,
  /node_modules/,
];
const leaks = (s: string) => LEAKS.some((re) => re.test(s));

const DAY = 86_400_000;
const isoIn = (days: number) => new Date(Date.now() + days * DAY).toISOString();

// ---------------------------------------------------------------------------------------------
// Values

const MB = 1 << 20;
/** 1 MB of text (about 1.3 MB as UTF-8): one such value keeps a request under the 2 MB body limit. */
const HUGE = "Lång text å ä ö 👩‍👩‍👧 \u202E \u200B ".repeat(Math.ceil(MB / 30)).slice(0, MB);
const HUGE_ASCII = "A".repeat(MB);
const LONG = "x".repeat(64 * 1024);

/** Unicode oddities and injection strings: hostile, but not necessarily invalid. */
const ODD_TEXT = [
  "\u202Eevil.exe\u202C",
  "\u200F\u200Eriktning",
  "\u200B\u200C\u200D\uFEFF",
  "\uD800",
  "x\uDFFFy",
  "a\uD83Db",
  "👩‍👩‍👧‍👦🇸🇪🏳️‍🌈",
  "a\u0000b",
  "\u0000",
  "Z̴̡̪͇̓a̸͎͒l̶g̷o̵",
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "1; DROP TABLE user --",
  "Robert'); DROP TABLE network;--",
  "../../../../etc/passwd",
  "${jndi:ldap://example.se/a}",
  "{{7*7}}",
  "%s%s%n",
  " ",
  "\t\r\n",
  "Åsa Öberg-Ärlig",
  "İı ß ﬃ",
];
/**
 * Control characters no text of ours holds: C0 other than tab, line feed and carriage return, DEL
 * and C1. Refused in every String input, wherever it stands.
 */
const CONTROL_TEXT = [
  "a\u0000b",
  "\u0000",
  "Rad ett\u0007",
  "\u001B[31mröd",
  "\u0008\u0008x",
  "x\u000By",
  "x\u000Cy",
  "x\u001Fy",
  "x\u007Fy",
  "x\u0085y",
  "x\u009By",
  "Namn\u0000",
];
/**
 * The long texts (what the web app edits in a textarea), as "mutation: path": they may hold line
 * breaks and tabs. Every other String input is single-line and refuses them.
 */
const LONG_TEXT = [
  "cancelTrainingEvent: reason",
  "createGrantCall: input.description",
  "decideGrantApplication: input.motivation",
  "decideGrantApplication: input.rankingDeviationReason",
  "declareImpartiality: input.reason",
  "importStaffMembers: csv",
  "proposeDecision: input.motivation",
  "postGrantCaseMessage: body",
  "publishMeetingMinutes: input.body",
  "reclaimGrant: input.motivation",
  "publishLetterTemplate: input.bodySv",
  "publishLetterTemplate: input.bodyEn",
  "requestGrantCompletion: message",
  "requestGrantFollowUpCompletion: message",
  "requestGrantCompletions: message",
  "saveCampaign: input.notes",
  "saveGrantApplication: input.plannedActivities",
  "saveGrantApplication: input.purpose",
  "saveGrantApplication: input.targetGroups",
  "saveMeetingMinutes: input.body",
  "saveMethod: input.description",
  "saveMethodSpread: input.note",
  "saveMunicipalityVisit: input.notes",
  "saveMunicipalityVisit: input.participants",
  "saveNetwork: input.description",
  "saveQuestionnaireAnswers: answers.text",
  "saveRegionalStrategy: input.notes",
  "saveTrainingEvent: input.description",
  "scoreApplication: input.comment",
  "scoreNgoApplication: input.comment",
  "sendBackMeetingMinutes: comment",
  "submitConsultationOpinion: input.text",
  "submitDevelopmentFundFollowUp: input.answers.text",
  "submitDevelopmentFundFollowUp: input.report",
  "submitGrantFollowUp: input.report",
  "submitNgoApplication: input.description",
  "submitNgoApplication: input.targetGroups",
  "submitPartialReport: input.answers.text",
  "submitPartialReport: input.report",
];
/** A path into a list (answers.0.text) names the field of every item (answers.text). */
const isLongText = (mutation: string, p: (string | number)[]) => LONG_TEXT.includes(`${mutation}: ${p.filter((x) => typeof x !== "number").join(".")}`);
/** Line breaks and tabs: refused in single-line text, kept in long texts. */
const LINE_BREAK_TEXT = ["Rad ett\nRad två", "Rad ett\r\nRad två", "a\rb", "kolumn\tkolumn", "\n", "Rubrik\u2028fortsättning", "Stycke\u2029stycke"];
const LONG_TEXT_SAMPLE = "Första stycket.\n\nAndra stycket\tmed tabb.\r\nSista raden.";
const PLAIN_TEXT = ["Nätverksträff hösten", "Kursledarutbildning", "Metodstöd för kommunerna", "Personal", "Anna Andersson"];
const BAD_DATES = [
  "0000-00-00",
  "9999-99-99",
  "2026-02-30",
  "2027-02-29",
  "2026-13-01",
  "2026-00-10",
  "2026-1-1",
  "26-01-01",
  "2026/01/01",
  "2026-01-01T00:00:00Z",
  "i morgon",
  LONG,
];
const BAD_DATE_TIMES = ["0000-00-00", "9999-99-99", "2026-02-30", "2026-02-30T10:00:00Z", "", "now", "2026-13-01T00:00:00Z", "1e308"];
/** Ids that name nothing: malformed, or well formed but never issued. */
const MALFORMED_IDS = [
  "",
  " ",
  "abc",
  "-1",
  "0",
  "1.5",
  "1e3",
  "0x10",
  " 1",
  "+1",
  "01",
  "١",
  "１",
  "1; DROP TABLE user",
  "' OR '1'='1",
  "9".repeat(40),
  "\u0000",
  "\uD800",
  LONG,
];
const UNKNOWN_IDS = ["999999999", "2147483647", "9007199254740991"];

const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(...PLAIN_TEXT) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  )
  .filter((s) => !leaks(s));

/** Ids by what they name: own (the caller's), another organisation's. Filled in beforeAll. */
const OWN: Record<string, string[]> = {};
const FOREIGN: Record<string, string[]> = {};

/** What an ID argument or field names, from its name or else from what the mutation returns. */
const ID_KINDS: [RegExp, string][] = [
  [/^networkId$/, "Network"],
  [/^meetingId$/, "NetworkMeeting"],
  [/^eventId$/, "TrainingEvent"],
  [/^registrationId$/, "TrainingRegistration"],
  [/^roundId$/, "DevelopmentFundRound"],
  [/^(applicationIds?|recipientIds)$/, "GrantApplication"],
  [/^callId$/, "GrantCall"],
  [/[oO]rganisationIds?$/, "Organisation"],
  [/[uU]serId$/, "User"],
  [/^sessionIds$/, "TrainingSession"],
  [/^courseLeaderId$/, "CourseLeader"],
];
// scoreNgoApplication(id) scores an application; markNotificationsRead(ids) returns a count; assignReviewers(userIds) names users.
const RETURNED_KIND: Record<string, string> = { NgoScore: "GrantApplication", Int: "Notification", Reviewer: "User", AssessmentCriterion: "GrantCall" };

function idKind(mutation: GraphQLField<unknown, unknown>, name: string): string {
  for (const [re, kind] of ID_KINDS) if (re.test(name)) return kind;
  const returned = getNamedType(mutation.type).name;
  return RETURNED_KIND[returned] ?? returned;
}

interface Position {
  /** Where in the variables: argument name, then field names and list indexes. */
  path: (string | number)[];
  type: GraphQLInputType;
  name: string;
  /** Inside a list (the list may simply skip what it does not know). */
  inList: boolean;
  /** An input field with a default value may be left out. */
  hasDefault: boolean;
}

function positionsOf(
  type: GraphQLInputType,
  p: (string | number)[],
  name: string,
  inList: boolean,
  hasDefault: boolean,
  out: Position[],
  depth = 0,
): Position[] {
  out.push({ path: p, type, name, inList, hasDefault });
  if (depth > 6) return out;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) positionsOf(inner.ofType, [...p, 0], name, true, false, out, depth + 1);
  if (isInputObjectType(inner)) {
    for (const f of Object.values(inner.getFields())) positionsOf(f.type, [...p, f.name], f.name, inList, f.defaultValue !== undefined, out, depth + 1);
  }
  return out;
}

const isDateName = (name: string) => /^(date|dueDate|followUpDueDate|periodStart|periodEnd)$/.test(name) || /Date$/.test(name);

/** A value of the declared type, plausible or merely hostile. */
function filler(mutation: GraphQLField<unknown, unknown>, type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fillerOf(mutation, type.ofType, name);
  return fc.option(fillerOf(mutation, type, name), { nil: null, freq: 4 });
}

function fillerOf(mutation: GraphQLField<unknown, unknown>, type: GraphQLInputType, name: string): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(filler(mutation, type.ofType, name), { minLength: 0, maxLength: 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.name));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((f) => [f.name, filler(mutation, f.type, f.name)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  }
  if (!isScalarType(type)) return fc.constant(null);
  switch (type.name) {
    case "ID": {
      const kind = idKind(mutation, name);
      const own = OWN[kind] ?? [];
      const foreign = FOREIGN[kind] ?? [];
      return fc.oneof(
        ...(own.length ? [{ weight: 6, arbitrary: fc.constantFrom(...own) }] : []),
        ...(foreign.length ? [{ weight: 1, arbitrary: fc.constantFrom(...foreign) }] : []),
        { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_IDS) },
      );
    }
    case "Int":
      if (name === "year") return fc.integer({ min: 2026, max: 2030 });
      return fc.oneof(fc.constantFrom(0, 1, 2, 10), fc.integer({ min: 0, max: 200_000 }));
    case "Float":
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case "Boolean":
      return fc.boolean();
    case "DateTimeISO":
      return fc.integer({ min: -60, max: 120 }).map((d) => isoIn(d));
    case "String":
      if (isDateName(name)) return fc.constantFrom("2027-03-01", "2027-12-31", new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10));
      if (/email/i.test(name)) return fc.oneof(fc.constantFrom("person@example.se", "anna.andersson@ale.se"), fc.emailAddress(), text);
      if (/url/i.test(name)) return fc.constantFrom("https://meet.example.se/abc", "javascript:alert(1)", "http://localhost/");
      if (/countyCode/i.test(name)) return fc.constantFrom("14", "01", "99", "");
      if (name === "password") return fc.constantFrom("ett-långt-testlösenord", DEMO_PASSWORD);
      if (name === "token") return fc.constantFrom("x".repeat(30), "A".repeat(43));
      return text;
    default:
      return fc.constant("x");
  }
}

// ---------------------------------------------------------------------------------------------
// Poison: at least one value per sample that no correct server accepts.

const OMIT = Symbol("omit");
const EXTRA_FIELD = Symbol("extra field");
type Poison = { path: (string | number)[]; value: unknown; label: string } | { extraArgument: string; label: string };

/** Values the GraphQL type itself refuses. */
function wrongTypeValues(type: GraphQLInputType, hasDefault: boolean): unknown[] {
  const values: unknown[] = [];
  if (isNonNullType(type)) {
    values.push(null);
    if (!hasDefault) values.push(OMIT);
    type = type.ofType;
  }
  if (isListType(type)) {
    values.push({}, { 0: "a" });
    const item = isNonNullType(type.ofType) ? type.ofType.ofType : type.ofType;
    if (isNonNullType(type.ofType)) values.push([null]);
    if (!isListType(item) && !isInputObjectType(item)) values.push([["nested"]]);
    return values;
  }
  if (isEnumType(type)) return [...values, "NOT_A_VALUE", type.getValues()[0].name.toLowerCase(), "", 0, true, {}, ["x"]];
  if (isInputObjectType(type)) return [...values, EXTRA_FIELD, "x", 1, true, [[]], [1]];
  switch (type.name) {
    case "Int":
      return [...values, 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, -1e308, "1", "", true, {}, [1, 2]];
    case "Float":
      return [...values, "1.5", true, {}, [1]];
    case "Boolean":
      return [...values, "true", 1, 0, "", {}, [true]];
    case "ID":
      return [...values, 1.5, 1e308, true, {}, [], ["1", "2"], { $gt: "" }];
    case "DateTimeISO":
      return [...values, ...BAD_DATE_TIMES, 0, 1_700_000_000_000, true, {}, ["2026-01-01T00:00:00Z"]];
    default:
      return [...values, 1, 1.5, true, {}, [], ["a", "b"], { $ne: "" }];
  }
}

function poisonsAt(mutation: GraphQLField<unknown, unknown>, pos: Position): fc.Arbitrary<Poison> {
  // Values of the wrong type never reach a resolver; the others go as deep as validation and the services.
  const kinds: fc.WeightedArbitrary<{ value: unknown; label: string }>[] = [
    { weight: 2, arbitrary: fc.constantFrom(...wrongTypeValues(pos.type, pos.hasDefault)).map((value) => ({ value, label: "wrong type" })) },
  ];
  const add = (values: unknown[], label: string) => kinds.push({ weight: 3, arbitrary: fc.constantFrom(...values).map((value) => ({ value, label })) });
  const named = getNamedType(pos.type);
  const scalar = isNonNullType(pos.type) ? pos.type.ofType : pos.type;
  if (isScalarType(scalar)) {
    if (named.name === "Int") add([-1, -(2 ** 31), 2 ** 31 - 1], "out of range");
    if (named.name === "String") {
      add([HUGE, HUGE_ASCII], "1 MB string");
      add(CONTROL_TEXT, "control character");
      if (!isLongText(mutation.name, pos.path)) add(LINE_BREAK_TEXT, "line break in single-line text");
      if (isDateName(pos.name)) {
        // An empty optional date means "not given"; a required one may not be empty.
        const dates = isNonNullType(pos.type) ? [...BAD_DATES, ""] : BAD_DATES;
        add(dates, "impossible date");
      }
    }
    if (named.name === "ID") {
      add(MALFORMED_IDS, "malformed id");
      // A count-returning mutation over a list of ids (mark these read) has nothing to do for an id
      // that is not the caller's; anywhere else an unknown id must be refused.
      const countsOverList = pos.inList && getNamedType(mutation.type).name === "Int";
      if (!countsOverList) {
        add(UNKNOWN_IDS, "unknown id");
        const foreign = FOREIGN[idKind(mutation, pos.name)] ?? [];
        if (foreign.length && !pos.inList) add(foreign, "another organisation's id");
      }
    }
  }
  return fc.oneof(...kinds).map((k) => ({ path: pos.path, ...k }));
}

function applyPoison(base: Record<string, unknown>, poison: Poison): Record<string, unknown> {
  if (!("path" in poison)) return base;
  const root: Record<string, unknown> = structuredClone(base);
  let node: any = root;
  const p = poison.path;
  for (let i = 0; i < p.length - 1; i++) {
    const key = p[i];
    if (node[key] === null || typeof node[key] !== "object") node[key] = typeof p[i + 1] === "number" ? [] : {};
    node = node[key];
  }
  const last = p[p.length - 1];
  if (poison.value === OMIT) {
    if (Array.isArray(node)) node[last as number] = null;
    else delete node[last];
  } else if (poison.value === EXTRA_FIELD) {
    node[last] = { ...(node[last] && typeof node[last] === "object" ? node[last] : {}), notAField: "x" };
  } else {
    node[last] = poison.value;
  }
  return root;
}

// ---------------------------------------------------------------------------------------------
// Requests

interface Sample {
  mutation: string;
  query: string;
  variables: Record<string, unknown>;
  label: string;
}

function selection(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
}

function short(value: unknown): string {
  const s = JSON.stringify(value, (_k, v) => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v)) ?? "undefined";
  return s.length > 400 ? `${s.slice(0, 400)}…` : s;
}

function withDescription(sample: Sample): Sample {
  return Object.assign(sample, { [fc.toStringMethod]: () => `${sample.label}\n  query: ${short(sample.query)}\n  variables: ${short(sample.variables)}` });
}

function variableSample(mutation: GraphQLField<unknown, unknown>, base: Record<string, unknown>, poisons: Poison[]): Sample {
  let variables = base;
  for (const p of poisons) variables = applyPoison(variables, p);
  const extra = poisons.find((p): p is { extraArgument: string; label: string } => "extraArgument" in p);
  const decls = mutation.args.map((a) => `$${a.name}: ${String(a.type)}`);
  const args = mutation.args.map((a) => `${a.name}: $${a.name}`);
  if (extra) {
    decls.push("$notAnArgument: String");
    args.push("notAnArgument: $notAnArgument");
    variables = { ...variables, notAnArgument: extra.extraArgument };
  }
  const query = `mutation Hostile${decls.length ? `(${decls.join(", ")})` : ""} { ${mutation.name}${args.length ? `(${args.join(", ")})` : ""}${selection(mutation)} }`;
  const label = poisons.map((p) => ("path" in p ? `${p.label} at ${p.path.join(".")}` : p.label)).join(", ");
  return withDescription({ mutation: mutation.name, query, variables, label });
}

/** Text that is no valid GraphQL value, or names no declared variable, wherever it stands. */
const MALFORMED_LITERALS = [
  '"unterminated',
  '"""never closed',
  "1.2.3",
  "0x1F",
  "01",
  "1e",
  "-",
  ".5",
  '"\\uD800"',
  '"\\u{110000}"',
  "\u0000",
  "{ a: }",
  "[1, 2",
  "@",
  "$notDeclared",
  "NOT_A_VALUE_OF_ANY_TYPE",
  "{ notAField: 1 }",
  `"${"x".repeat(MB)}`,
  `${"[".repeat(3000)}1${"]".repeat(3000)}`,
];

function literal(value: unknown, type: GraphQLInputType): string {
  if (value === null || value === undefined) return "null";
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return Array.isArray(value) ? `[${value.map((v) => literal(v, t.ofType)).join(", ")}]` : literal(value, t.ofType);
  if (isEnumType(t) && typeof value === "string") return value;
  if (isInputObjectType(t) && typeof value === "object") {
    const fields = t.getFields();
    return `{ ${Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k in fields && v !== undefined)
      .map(([k, v]) => `${k}: ${literal(v, fields[k].type)}`)
      .join(", ")} }`;
  }
  return JSON.stringify(value);
}

function literalSample(mutation: GraphQLField<unknown, unknown>, base: Record<string, unknown>, at: number, bad: string): Sample {
  const args = mutation.args.map((a) => `${a.name}: ${literal(base[a.name], a.type)}`);
  if (args.length) args[at % args.length] = `${mutation.args[at % args.length].name}: ${bad}`;
  else args.push(`notAnArgument: ${bad}`);
  const query = `mutation { ${mutation.name}(${args.join(", ")})${selection(mutation)} }`;
  return withDescription({ mutation: mutation.name, query, variables: {}, label: `malformed literal ${short(bad)}` });
}

function samples(mutation: GraphQLField<unknown, unknown>): fc.Arbitrary<Sample> {
  const base = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, filler(mutation, a.type, a.name)])), {
    requiredKeys: mutation.args.filter((a) => isNonNullType(a.type)).map((a) => a.name),
  }) as fc.Arbitrary<Record<string, unknown>>;
  const positions = mutation.args.flatMap((a) => positionsOf(a.type, [a.name], a.name, false, false, []));
  const poison = fc.oneof(...positions.map((pos) => ({ weight: 4, arbitrary: poisonsAt(mutation, pos) })), {
    weight: 1,
    arbitrary: fc.oneof(text, fc.constant(LONG)).map((extraArgument): Poison => ({ extraArgument, label: "undeclared argument" })),
  });
  // One 1 MB value per request: two would pass the 2 MB body limit, which another test covers.
  const poisons = fc.array(poison, { minLength: 1, maxLength: 2 }).filter((ps) => ps.filter((p) => p.label === "1 MB string").length <= 1);
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(base, poisons).map(([b, p]) => variableSample(mutation, b, p)) },
    { weight: 1, arbitrary: fc.tuple(base, fc.nat(), fc.constantFrom(...MALFORMED_LITERALS)).map(([b, at, bad]) => literalSample(mutation, b, at, bad)) },
  );
}

async function post(baseUrl: string, token: string | undefined, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

/** Why the response is not a clean refusal, or null when it is. */
function refusalProblem(mutation: string, res: { status: number; contentType: string; text: string }): string | null {
  if (res.status >= 500) return `HTTP ${res.status}`;
  if (!res.contentType.includes("json")) return `not JSON (${res.contentType})`;
  if (leaks(res.text)) return `internals in the response: ${LEAKS.filter((re) => re.test(res.text)).join(" ")}`;
  const body = JSON.parse(res.text) as GqlResult;
  const first = body.errors?.[0];
  if (!first) return "accepted";
  if (!CODES.includes(first.extensions?.code)) return `code ${first.extensions?.code}`;
  if (typeof first.message !== "string" || !first.message.trim()) return "no message";
  if (body.data && body.data[mutation] != null) return "data returned alongside the error";
  return null;
}

// ---------------------------------------------------------------------------------------------

let t: TestApp;
const clients = new Map<string, Client>();
let sessionToEnd: Client;

async function must<T = Record<string, any>>(res: Promise<GqlResult<T>>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

/** Row count of every table, audit log included, in one statement. */
async function rowCounts(): Promise<Record<string, number>> {
  const ds = t.app.ds;
  const tables = [...new Set(ds.entityMetadatas.filter((m) => m.tableType !== "view").map((m) => m.tablePath))].sort();
  const sql = tables.map((name) => `SELECT '${name}' AS name, COUNT(*) AS n FROM ${ds.driver.escape(name)}`).join(" UNION ALL ");
  const rows = (await ds.query(sql)) as { name: string; n: number | string }[];
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

/** Things to name by id: the callers' own, and other organisations' (which they may not touch). */
async function fixtures() {
  const [sos, lstO, lstAB, nck, barnafrid, ale, admin] = await Promise.all(
    [DEMO.handlaggare, DEMO.lstO, DEMO.lstAB, DEMO.nck, DEMO.barnafrid, DEMO.ale, DEMO.admin].map((e) => t.as(e)),
  );

  const orgs = (await must(sos.request(`{ organisations(countyCode: "14", kinds: [KOMMUN], limit: 5) { items { id } } }`))).organisations.items as {
    id: string;
  }[];
  OWN.Organisation = orgs.map((o) => o.id);

  const networks = (await must(lstO.request(`{ networks(convenedByMe: true) { items { id } } }`))).networks.items as { id: string }[];
  // NCK's network of the regions: the county board is no member of it.
  const nckNetworks = (await must(nck.request(`{ networks(convenedByMe: true) { items { id } } }`))).networks.items as { id: string }[];
  OWN.Network = networks.map((n) => n.id);
  FOREIGN.Network = nckNetworks.map((n) => n.id);
  const meeting = async (c: Client, networkId: string) =>
    (
      await must(
        c.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
          i: { networkId, title: "Nätverksträff", location: "Göteborg", startsAt: isoIn(40), endsAt: isoIn(40.1) },
        }),
      )
    ).scheduleNetworkMeeting[0].id as string;
  OWN.NetworkMeeting = [await meeting(lstO, OWN.Network[0])];
  FOREIGN.NetworkMeeting = [await meeting(nck, FOREIGN.Network[0])];

  const event = async (c: Client, title: string) => {
    const e = (
      await must(
        c.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id sessions { id } } }`, {
          i: { type: "BAS", title, location: "Göteborg", capacity: 10, sessions: [{ startsAt: isoIn(30), endsAt: isoIn(30.3) }] },
        }),
      )
    ).saveTrainingEvent as { id: string; sessions: { id: string }[] };
    return e;
  };
  const draftEvent = await event(lstO, "Utkast till utbildning");
  const openEvent = await event(lstO, "Öppen utbildning");
  await must(lstO.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: openEvent.id }));
  const reg = (
    await must(
      ale.request(`mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`, {
        e: openEvent.id,
        p: [{ name: "Person Ett", email: "person1@ale.se" }],
      }),
    )
  ).registerForTraining[0].id as string;
  OWN.TrainingEvent = [draftEvent.id, openEvent.id];
  OWN.TrainingSession = openEvent.sessions.map((s) => s.id);
  OWN.TrainingRegistration = [reg];
  FOREIGN.TrainingEvent = [(await event(lstAB, "Annan läns utbildning")).id];

  const calls = (await must(sos.request(`{ grantCalls { id isOpen } }`))).grantCalls as { id: string; isOpen: boolean }[];
  const callId = calls.find((c) => c.isOpen)!.id;
  OWN.GrantCall = [callId];
  const application = async (c: Client) =>
    (
      await must(
        c.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
          i: {
            callId,
            title: "Metodstöd",
            purpose: "Stärka arbetet.",
            plannedActivities: "Träffar.",
            targetGroups: "Kommuner",
            periodStart: "2027-01-01",
            periodEnd: "2027-12-31",
            requestedAmount: 100_000,
            budgetLines: [{ category: "Personal", amount: 100_000 }],
            contactName: "Kontakt",
            contactEmail: "kontakt@example.se",
            purposeCategories: ["DEVELOPMENT"],
          },
        }),
      )
    ).saveGrantApplication.id as string;
  const draftApp = await application(lstO);
  const submittedApp = await application(lstO);
  await must(lstO.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: submittedApp }));
  OWN.GrantApplication = [draftApp, submittedApp];
  FOREIGN.GrantApplication = [await application(barnafrid), await application(nck)];

  const round = (
    await must(
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: { year: 2031, opensAt: isoIn(-1), closesAt: isoIn(30), followUpDueDate: "2032-05-31" },
      }),
    )
  ).openDevelopmentFundRound.id as string;
  OWN.DevelopmentFundRound = [round];

  const invited = (
    await must(
      admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
        i: { email: "inbjuden@ale.se", name: "Inbjuden Person", organisationId: OWN.Organisation[0], roles: ["KOMMUN_SAMORDNARE"] },
      }),
    )
  ).inviteUser.id as string;
  OWN.User = [invited];

  const notes = (await must(lstO.request(`{ notifications(limit: 5) { items { id } } }`))).notifications.items as { id: string }[];
  OWN.Notification = notes.map((n) => n.id);
}

beforeAll(async () => {
  t = await startTestApp();
  for (const [, email] of ROLES) clients.set(email, await t.as(email));
  // logout gets a session of its own, so that a logout that went through would show as a deleted row.
  const own = await graphql<{ login: { token: string } }>(
    `${t.baseUrl}/graphql`,
    `
      mutation ($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
        }
      }
    `,
    {
      e: DEMO.vardanalys,
      p: DEMO_PASSWORD,
    },
  );
  sessionToEnd = clientFor(t.baseUrl, own.data!.login.token);
  await fixtures();
});
afterAll(() => t?.close());

function callerOf(name: string): { token?: string; who: string } {
  if (PUBLIC.has(name)) return { who: "anonymous" };
  if (SESSION_ENDING.has(name)) return { token: sessionToEnd.token, who: "its own session" };
  const allowed = MATRIX[`Mutation.${name}`];
  if (!allowed?.length) throw new Error(`Mutation.${name} has no allowed role in tests/permissions/access-matrix.json`);
  const role = ROLES.find(([r]) => allowed.includes(r));
  if (!role) throw new Error(`Mutation.${name}: none of its allowed roles (${allowed.join(", ")}) has a demo account here`);
  return { token: clients.get(role[1])!.token, who: role[0] };
}

describe("every mutation refuses malformed, huge and hostile input with a coded error and writes nothing", () => {
  for (const mutation of MUTATIONS) {
    it(mutation.name, async () => {
      const caller = callerOf(mutation.name);
      const mayWrite = new Set(MAY_WRITE[mutation.name] ?? []);
      const unchanged = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([table]) => !mayWrite.has(table)));
      const before = await rowCounts();
      await fc.assert(
        fc.asyncProperty(samples(mutation), async (sample) => {
          const res = await post(t.baseUrl, caller.token, sample.query, sample.variables);
          const problem = refusalProblem(mutation.name, res);
          if (problem) throw new Error(`${mutation.name} as ${caller.who}: ${problem}\n  response: ${res.text.slice(0, 600)}`);
        }),
        { numRuns: RUNS_PER_MUTATION },
      );
      const after = await rowCounts();
      expect(after.audit_entry, "audit entries").toBe(before.audit_entry);
      expect(unchanged(after), "rows per table").toEqual(unchanged(before));
    });
  }

  it("covers every mutation of the schema", ({ task }) => {
    // Each mutation has a test of its own here, called by an account that may call it; whether the
    // test passes is its own result, in whatever order the tests run.
    const tests = task.suite!.tasks.map((sibling) => sibling.name).filter((name) => name !== task.name);
    expect(tests.sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
    for (const mutation of MUTATIONS) expect(() => callerOf(mutation.name), mutation.name).not.toThrow();
  });
});

// ---------------------------------------------------------------------------------------------
// Every String input, one at a time: a control character there, or a line break or tab in
// single-line text, is refused on that very field; a long text keeps its line breaks and tabs.

/** A plausible value for every field (optional ones too), so that any position can be poisoned. */
function plain(mutation: GraphQLField<unknown, unknown>, type: GraphQLInputType, name: string, depth = 0): unknown {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return depth > 6 ? [] : [plain(mutation, t.ofType, name, depth + 1)];
  if (isEnumType(t)) return t.getValues()[0].name;
  if (isInputObjectType(t)) {
    if (depth > 6) return null;
    return Object.fromEntries(Object.values(t.getFields()).map((f) => [f.name, plain(mutation, f.type, f.name, depth + 1)]));
  }
  switch (t.name) {
    case "ID":
      return OWN[idKind(mutation, name)]?.[0] ?? UNKNOWN_IDS[0];
    case "Int":
      return name === "year" ? 2027 : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "DateTimeISO":
      return isoIn(30);
    case "String":
      if (isDateName(name)) return "2027-03-01";
      if (/email/i.test(name)) return "person@example.se";
      if (/url/i.test(name)) return "https://meet.example.se/abc";
      if (/countyCode/i.test(name)) return "14";
      return "Metodstöd för kommunerna";
    default:
      return "x";
  }
}

const STRING_FIELDS = Object.values(SCHEMA.getMutationType()!.getFields())
  .sort((a, b) => a.name.localeCompare(b.name))
  .flatMap((mutation) =>
    mutation.args
      .flatMap((a) => positionsOf(a.type, [a.name], a.name, false, false, []))
      .filter((pos) => getNamedType(pos.type).name === "String" && !isListType(isNonNullType(pos.type) ? pos.type.ofType : pos.type))
      .map((pos) => ({ mutation, pos })),
  );

/** Each String position of the served code's schema that it declares a long text, as "mutation: path". */
async function declaredLongTexts(): Promise<string[]> {
  const served = await buildBareSchema();
  const found: string[] = [];
  const walk = (mutation: string, type: GraphQLInputType, p: string[], long: boolean, seen: Set<string>) => {
    const inner = getNamedType(type);
    if (inner.name === "String" && long) found.push(`${mutation}: ${p.join(".")}`);
    if (!isInputObjectType(inner) || seen.has(inner.name)) return;
    for (const f of Object.values(inner.getFields()))
      walk(
        mutation,
        f.type,
        [...p, ...(isListType(isNonNullType(f.type) ? f.type.ofType : f.type) ? [f.name, "0"] : [f.name])],
        isLongTextField(f),
        new Set([...seen, inner.name]),
      );
  };
  for (const m of Object.values(served.getMutationType()!.getFields())) for (const a of m.args) walk(m.name, a.type, [a.name], isLongTextArg(m, a), new Set());
  return found.sort();
}

describe("a control character in any String input, or a line break or tab in single-line text, is refused on that field, and nothing is written", () => {
  it("walks into nested inputs and lists, so that no String input is left out", () => {
    const names = STRING_FIELDS.map((f) => `${f.mutation.name}: ${f.pos.path.join(".")}`);
    const fields = STRING_FIELDS.map((f) => `${f.mutation.name}: ${f.pos.path.filter((x) => typeof x !== "number").join(".")}`);
    expect(names).toEqual(
      expect.arrayContaining([
        "saveGrantApplication: input.budgetLines.0.category",
        "publishMeetingMinutes: input.decisions.0",
        "submitNgoApplication: input.countyCode",
        "login: password",
      ]),
    );
    expect(fields).toEqual(expect.arrayContaining(LONG_TEXT));
  });

  it("the long texts are exactly those the server declares with @LongText, and all else is single-line", async () => {
    // Named as isLongText names them: without the index of a list (`answers.0.text` → `answers.text`).
    expect((await declaredLongTexts()).map((f) => f.replace(/\.\d+(?=\.)/g, "")).sort()).toEqual([...LONG_TEXT].sort());
  });

  for (const { mutation, pos } of STRING_FIELDS) {
    const where = pos.path.join(".");
    const long = isLongText(mutation.name, pos.path);
    it(`${mutation.name}: ${where} (${long ? "long text: keeps line breaks and tabs" : "single-line: refuses line breaks and tabs"})`, async () => {
      const caller = callerOf(mutation.name);
      const base = Object.fromEntries(mutation.args.map((a) => [a.name, plain(mutation, a.type, a.name)]));
      const send = async (value: string) => {
        const sample = variableSample(mutation, base, [{ path: pos.path, value, label: "text" }]);
        const res = await post(t.baseUrl, caller.token, sample.query, sample.variables);
        return { res, first: (JSON.parse(res.text) as GqlResult).errors?.[0] };
      };
      const refused = async (bad: string, message: string) => {
        const { res, first } = await send(bad);
        expect(first?.extensions?.code, `${where} = ${JSON.stringify(bad)}: ${res.text.slice(0, 300)}`).toBe("BAD_USER_INPUT");
        expect(first?.extensions?.fields?.[0]?.path, res.text.slice(0, 300)).toBe(where);
        expect(first?.extensions?.fields?.[0]?.message).toBe(message);
      };
      const before = await rowCounts();
      for (const bad of ["a\u0000b", "x\u001By", "x\u009Fy"]) await refused(bad, "Texten innehåller ogiltiga tecken.");
      if (!long) for (const bad of LINE_BREAK_TEXT) await refused(bad, "Texten får inte innehålla radbrytningar eller tabbar.");
      const mayWrite = new Set(MAY_WRITE[mutation.name] ?? []);
      const unchanged = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([table]) => !mayWrite.has(table)));
      expect(unchanged(await rowCounts())).toEqual(unchanged(before));
      if (long) {
        // Whatever else the call may meet (a state, a rule), the line breaks and the tab are not it.
        const { res } = await send(LONG_TEXT_SAMPLE);
        expect(res.status, res.text.slice(0, 300)).toBeLessThan(500);
        const body = JSON.parse(res.text) as GqlResult;
        const onField = (body.errors ?? []).flatMap((e) => (e.extensions?.fields ?? []) as { path: string; message: string }[]).filter((f) => f.path === where);
        expect(onField, res.text.slice(0, 300)).toEqual([]);
      }
    });
  }

  it("a long text is stored with its line breaks and tab as written, in an input field and in an argument", async () => {
    const lstO = clients.get(DEMO.lstO)!;
    const saved = await must(
      lstO.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id purpose } }`, {
        i: { id: OWN.GrantApplication[0], purpose: LONG_TEXT_SAMPLE },
      }),
    );
    expect(saved.saveGrantApplication.purpose).toBe(LONG_TEXT_SAMPLE);
    const event = (
      await must(
        lstO.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
          i: { type: "BAS", title: "Utbildning som ställs in", location: "Göteborg", capacity: 10, sessions: [{ startsAt: isoIn(30), endsAt: isoIn(30.3) }] },
        }),
      )
    ).saveTrainingEvent.id as string;
    const cancelled = await must(
      lstO.request(`mutation($id: ID!, $r: String!) { cancelTrainingEvent(id: $id, reason: $r) { cancelReason } }`, { id: event, r: LONG_TEXT_SAMPLE }),
    );
    expect(cancelled.cancelTrainingEvent.cancelReason).toBe(LONG_TEXT_SAMPLE);
  });

  it("a search string is single-line too, and the refusal reads in the language asked for", async () => {
    const admin = clients.get(DEMO.admin) ?? (await t.as(DEMO.admin));
    for (const query of [`query($s: String) { users(search: $s) { total } }`, `query($s: String) { organisations(search: $s) { total } }`]) {
      const sv = await admin.request(query, { s: "Anna\nAndersson" }, { "accept-language": "sv-SE,sv;q=0.9" });
      expect(sv.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(sv.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ path: "search", message: "Texten får inte innehålla radbrytningar eller tabbar." }),
      ]);
      const en = await admin.request(query, { s: "Anna\tAndersson" }, { "accept-language": "en-GB,en;q=0.9" });
      expect(en.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ path: "search", message: "The text may not contain line breaks or tabs." }),
      ]);
    }
  });
});

describe("request bodies", () => {
  it("a body that is not one JSON operation, or over 2 MB, is refused with a coded JSON error, no stack trace, and nothing written", async () => {
    const query = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
    const login = JSON.stringify({ query, variables: { e: DEMO.ale, p: "fel-lösenord" } });
    const bodies: [string, string][] = [
      ["application/json", login.slice(0, 40)],
      ["application/json", "null"],
      ["application/json", '"mutation { logout }"'],
      ["application/json", "42"],
      ["application/json", "{ query: mutation }"],
      ["application/json", JSON.stringify({ query, variables: 1 })],
      ["application/json", '{ "query": 1 }'],
      ["application/json", "{}"],
      ["application/json", JSON.stringify({ query: "mutation { logout }", variables: { pad: HUGE_ASCII.repeat(3) } })],
      ["application/json; charset=latin1", login],
      ["text/plain", login],
    ];
    const before = await rowCounts();
    for (const [contentType, body] of bodies) {
      const res = await fetch(`${t.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": contentType, authorization: `Bearer ${sessionToEnd.token}` },
        body,
      });
      const text = await res.text();
      const label = `${contentType}: ${short(body)}`;
      expect(res.status, label).toBeGreaterThanOrEqual(400);
      expect(res.status, label).toBeLessThan(500);
      expect(res.headers.get("content-type"), label).toContain("application/json");
      expect(leaks(text), `${label}\n${text.slice(0, 300)}`).toBe(false);
      const first = (JSON.parse(text) as GqlResult).errors?.[0];
      expect(first?.extensions?.code, label).toBe("BAD_REQUEST");
      expect(first?.message.trim(), label).not.toBe("");
    }
    expect(await rowCounts()).toEqual(before);
  });
});
