import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIELD_MESSAGES, localiseFieldMessage } from "../../server/dist/shared/field-messages";
import { DEMO, errorCode, startTestApp, type Client, type GqlResult, type TestApp } from "../helpers/app";
import { futureSessions } from "../trainings/fixtures";

const SOURCE = path.join(__dirname, "../../server/src");

interface Found {
  /** The message as the dictionary spells it: `${…}` in a template literal becomes {0}, {1}, … */
  key: string;
  at: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "migrations" ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

function literalKey(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s, i) => `{${i}}${s.literal.text}`).join("");
  return undefined;
}

/** The name a function is called by in its file: `function invalid(…)` or `const need = (…) => …`. */
function functionName(fn: ts.SignatureDeclaration): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  if ((ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

/**
 * Every field message written in server/src: a literal given as `message` (a class-validator
 * option or an entry of `extensions.fields`), directly or through a constant, and every literal
 * passed to a helper that puts its argument into a `message` (`invalid(field, reason)`,
 * `need(ok, field, message)`).
 */
function fieldMessageLiterals(): Found[] {
  const found: Found[] = [];
  for (const file of sourceFiles(SOURCE)) {
    const text = fs.readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (node: ts.Node) => `${path.relative(SOURCE, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const constants = new Map<string, ts.Expression>();
    const helpers = new Map<string, number>();
    const messageValues: ts.Expression[] = [];

    const collect = (node: ts.Node) => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) constants.set(node.name.text, node.initializer);
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === "message") messageValues.push(node.initializer);
      if (ts.isShorthandPropertyAssignment(node) && node.name.text === "message") messageValues.push(node.name);
      ts.forEachChild(node, collect);
    };
    collect(source);

    for (const value of messageValues) {
      const key = literalKey(value);
      if (key !== undefined) {
        found.push({ key, at: where(value) });
        continue;
      }
      if (!ts.isIdentifier(value)) continue;
      // A parameter of a named helper: the literals its callers pass are field messages.
      let scope: ts.Node | undefined = value.parent;
      while (scope && !ts.isFunctionLike(scope)) scope = scope.parent;
      const index = scope ? scope.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === value.text) : -1;
      if (scope && index >= 0) {
        const name = functionName(scope);
        if (name) helpers.set(name, index);
        continue;
      }
      const constant = constants.get(value.text);
      const constantKey = constant && literalKey(constant);
      if (constantKey !== undefined) found.push({ key: constantKey, at: where(value) });
    }

    const calls = (node: ts.Node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && helpers.has(node.expression.text)) {
        const arg = node.arguments[helpers.get(node.expression.text)!];
        const key = arg && literalKey(arg);
        if (key !== undefined) found.push({ key, at: where(arg) });
      }
      ts.forEachChild(node, calls);
    };
    calls(source);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("field messages in both languages", () => {
  const found = fieldMessageLiterals();

  it("finds the field messages of every kind of call site", () => {
    const keys = new Set(found.map((f) => f.key));
    expect(found.length).toBeGreaterThan(100);
    expect(keys).toContain("Ange en rubrik (3–200 tecken)."); // class-validator
    expect(keys).toContain("Ange datum som ÅÅÅÅ-MM-DD, t.ex. 2026-11-24."); // through a constant
    expect(keys).toContain("Ange plats eller länk till mötet."); // invalid(field, reason)
    expect(keys).toContain("Tillfälle {0} slutar innan det börjar."); // template literal
    expect(keys).toContain("Beskriv syftet."); // need(ok, field, message)
    expect(keys).toContain("Ogiltigt id."); // hand-built extensions.fields
    expect(keys).toContain("limit får vara högst {0}");
  });

  it("has an English text for every Swedish field message in server/src", () => {
    const missing = found.filter((f) => !(f.key in FIELD_MESSAGES)).map((f) => `${f.at}: ${f.key}`);
    expect(missing, "add these to server/src/shared/field-messages.ts").toEqual([]);
  });

  it("keeps no translation of a message that is no longer written anywhere", () => {
    const keys = new Set(found.map((f) => f.key));
    expect(Object.keys(FIELD_MESSAGES).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("English texts differ from the Swedish and fill in the same values", () => {
    for (const [sv, en] of Object.entries(FIELD_MESSAGES)) {
      expect(en.trim(), sv).not.toBe("");
      expect(en, sv).not.toBe(sv);
      expect(placeholders(en), sv).toEqual(placeholders(sv));
    }
  });

  it("translates messages with values filled in, and leaves Swedish and unknown texts as they are", () => {
    expect(localiseFieldMessage("Tillfälle 2 slutar innan det börjar.", "en")).toBe("Session 2 ends before it starts.");
    expect(localiseFieldMessage("Ogiltigt bankgironummer.", "en")).toBe("Invalid bankgiro number.");
    expect(localiseFieldMessage("Ogiltigt organisationsnummer.", "en")).toBe("Invalid organisation number.");
    expect(localiseFieldMessage("Summan 1 000 kr ska vara 2 000 kr.", "en")).toBe("The sum 1 000 kr should be 2 000 kr.");
    expect(localiseFieldMessage("Tillfälle 2 slutar innan det börjar.", "sv")).toBe("Tillfälle 2 slutar innan det börjar.");
    expect(localiseFieldMessage("title must be longer than 3 characters", "en")).toBe("title must be longer than 3 characters");
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

function fieldMessage(res: GqlResult, field: string): string | undefined {
  return (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined)?.find((f) => f.field === field)?.message;
}

async function inBothLanguages(client: Client, query: string, variables: Record<string, unknown>, code = "BAD_USER_INPUT") {
  const sv = await client.request(query, variables, { "accept-language": "sv-SE,sv;q=0.9,en;q=0.8" });
  const en = await client.request(query, variables, { "accept-language": "en-GB,en;q=0.9" });
  expect(errorCode(sv), JSON.stringify(sv.errors)).toBe(code);
  expect(errorCode(en), JSON.stringify(en.errors)).toBe(code);
  return { sv, en };
}

describe("field messages follow Accept-Language", () => {
  it("class-validator messages (a grant call's title)", async () => {
    const handlaggare = await t.as(DEMO.handlaggare);
    const { sv, en } = await inBothLanguages(
      handlaggare,
      `mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`,
      { i: { title: "x", year: 2026, budget: 1_000_000, opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z", followUpDueDate: "2027-05-31" } },
    );
    expect(fieldMessage(sv, "title")).toBe("Ange en rubrik (3–200 tecken).");
    expect(fieldMessage(en, "title")).toBe("Enter a title (3–200 characters).");
    expect(sv.errors![0].message).toBe("Några fält behöver rättas. Se meddelandena vid fälten.");
    expect(en.errors![0].message).toBe("Some fields need correcting. See the messages next to them.");
  });

  it("rules given without a message of ours are said plainly in either language, not as class-validator's English", async () => {
    const nck = await t.as(DEMO.nck);
    const calls = await nck.request(`{ grantCalls { id isOpen } }`);
    const callId = calls.data!.grantCalls.find((c: { isOpen: boolean }) => c.isOpen).id;
    const { sv, en } = await inBothLanguages(nck, `mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { callId, title: "Ansökan med för långt syfte", purpose: "x".repeat(10_001), requestedAmount: 2_000_000_000 },
    });
    expect(fieldMessage(sv, "purpose")).toBe("Högst 10 000 tecken.");
    expect(fieldMessage(en, "purpose")).toBe("At most 10,000 characters.");
    expect(fieldMessage(sv, "requestedAmount")).toBe("Får vara högst 1 000 000 000.");
    expect(fieldMessage(en, "requestedAmount")).toBe("May be at most 1,000,000,000.");
  });

  const SAVE_EVENT = `mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`;
  const event = { type: "KURSLEDARUTBILDNING", title: "Kursledarutbildning", capacity: 20, sessions: futureSessions(1) };

  it("a service's invalid(field, reason): field message, top-level message and its reason", async () => {
    const lst = await t.as(DEMO.lstO);
    const { sv, en } = await inBothLanguages(lst, SAVE_EVENT, { i: event });
    expect(fieldMessage(sv, "location")).toBe("Ange plats eller länk till mötet.");
    expect(sv.errors![0].message).toBe("Ange plats eller länk till mötet.");
    expect(sv.errors![0].extensions!.params).toEqual({ reason: "Ange plats eller länk till mötet." });
    expect(fieldMessage(en, "location")).toBe("Enter a place or a link to the meeting.");
    expect(en.errors![0].message).toBe("Enter a place or a link to the meeting.");
    expect(en.errors![0].extensions!.params).toEqual({ reason: "Enter a place or a link to the meeting." });
  });

  it("a reason built from a template literal", async () => {
    const lst = await t.as(DEMO.lstO);
    const [first] = futureSessions(1);
    const backwards = { startsAt: first.endsAt, endsAt: first.startsAt };
    const { sv, en } = await inBothLanguages(lst, SAVE_EVENT, { i: { ...event, location: "Göteborg", sessions: [backwards] } });
    expect(fieldMessage(sv, "sessions")).toBe("Tillfälle 1 slutar innan det börjar.");
    expect(sv.errors![0].message).toBe("Tillfälle 1 slutar innan det börjar.");
    expect(fieldMessage(en, "sessions")).toBe("Session 1 ends before it starts.");
    expect(en.errors![0].message).toBe("Session 1 ends before it starts.");
  });

  it("hand-built field messages (a meeting for a network id that cannot exist)", async () => {
    const lst = await t.as(DEMO.lstO);
    const [session] = futureSessions(1);
    const { sv, en } = await inBothLanguages(
      lst,
      `mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`,
      { i: { networkId: "0x10", title: "Nätverksmöte", location: "Göteborg", ...session } },
      "NOT_FOUND",
    );
    expect(fieldMessage(sv, "networkId")).toBe("Ogiltigt id.");
    expect(fieldMessage(en, "networkId")).toBe("Invalid id.");
    expect(en.errors![0].message).toBe("Nothing has that id.");
  });
});
