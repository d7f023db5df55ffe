import fs from "node:fs";
import path from "node:path";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { type Client, DEMO, newUser, startTestApp, type TestApp } from "../helpers/app";

/**
 * The access matrix: for every query and mutation, which roles may call it. Declared in
 * access-matrix.json and checked cell by cell through the real endpoint, with one demo account
 * per role (an organisation administrator, which no demo account is, invited in Ale). A cell is "denied" when the permission layer refuses (FORBIDDEN, common.forbidden);
 * anything else (data, NOT_FOUND for a made-up id, BAD_USER_INPUT, CONFLICT) means the call got
 * past the permission layer. Regenerate the file with SAMVERKA_WRITE_MATRIX=1 and review the diff.
 */
const FILE = path.join(__dirname, "access-matrix.json");
const ROLES: Record<string, string | ((t: TestApp) => Promise<Client>)> = {
  PLATFORM_ADMIN: DEMO.admin,
  ORGANISATION_ADMIN: (t) => newUser(t, "1440", "ORGANISATION_ADMIN"),
  SOCIALSTYRELSEN_HANDLAGGARE: DEMO.handlaggare,
  JAMSTALLDHETSMYNDIGHETEN: DEMO.jam,
  LANSSTYRELSE_UTVECKLINGSLEDARE: DEMO.lstO,
  NATIONELLT_KUNSKAPSCENTRUM: DEMO.nck,
  KOMMUN_SAMORDNARE: DEMO.ale,
  REGION_SAMORDNARE: DEMO.vgregion,
  IDEELL_ORGANISATION: "ansokan@kvinnojouren-goteborg.demo.samverka.se",
  ANALYTIKER: DEMO.vardanalys,
};
// Sign-in itself, and what would end the session the matrix is using.
const SKIP = new Set(["Mutation.login", "Mutation.logout", "Mutation.signOut", "Mutation.acceptInvitation", "Mutation.completeTwoFactorSignIn"]);

function literal(type: GraphQLInputType, depth = 0): string {
  if (isNonNullType(type)) return literal(type.ofType, depth);
  if (isListType(type)) return `[${literal(type.ofType, depth)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(", ")} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return "1";
      case "Float":
        return "1.0";
      case "Boolean":
        return "false";
      case "ID":
        return '"999999"';
      case "DateTimeISO":
        return `"${new Date(Date.now() + 86_400_000).toISOString()}"`;
      default:
        return '"x"';
    }
  }
  return "null";
}

function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined);
  const argText = args.length ? `(${args.map((a) => `${a.name}: ${literal(a.type)}`).join(", ")})` : "";
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return `${kind} { ${field.name}${argText}${selection} }`;
}

function operations(schema: GraphQLSchema) {
  const out: { name: string; text: string }[] = [];
  for (const [kind, root] of [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root!.getFields())) {
      const name = `${root!.name}.${field.name}`;
      if (!SKIP.has(name)) out.push({ name, text: operation(kind, field) });
    }
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

let t: TestApp;
const clients: Record<string, Client> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const [role, who] of Object.entries(ROLES)) clients[role] = typeof who === "string" ? await t.as(who) : await who(t);
});
afterAll(() => t?.close());

describe("access matrix", () => {
  it("every operation × role cell is as declared", async () => {
    const ops = operations(await buildBareSchema());
    const actual: Record<string, string[]> = {};
    for (const op of ops) {
      actual[op.name] = [];
      for (const role of Object.keys(ROLES)) {
        const res = await clients[role].request(op.text);
        const err = res.errors?.[0]?.extensions;
        const denied = err?.code === "UNAUTHENTICATED" || (err?.code === "FORBIDDEN" && err?.messageKey === "common.forbidden");
        if (!denied) actual[op.name].push(role);
      }
    }
    if (process.env.SAMVERKA_WRITE_MATRIX) fs.writeFileSync(FILE, JSON.stringify(actual, null, 2) + "\n");
    const declared = JSON.parse(fs.readFileSync(FILE, "utf8"));
    expect(actual).toEqual(declared);
    // One request per operation and role, in turn: it grows with the schema, so it gets more time than one test usually does.
  }, 180_000);

  it("refuses every operation but the public ones without a session", async () => {
    const ops = operations(await buildBareSchema());
    const open: string[] = [];
    for (const op of ops) {
      const res = await t.anonymous.request(op.text);
      if (res.errors?.[0]?.extensions?.code !== "UNAUTHENTICATED") open.push(op.name);
    }
    // Besides `me`, only asking for and using a password-reset link (a made-up one is refused as
    // BAD_USER_INPUT, not for want of a session), and the organisations offered for single sign-on.
    expect(open.sort()).toEqual(["Mutation.requestPasswordReset", "Mutation.resetPassword", "Query.me", "Query.signInProviders"]);
  });
});
