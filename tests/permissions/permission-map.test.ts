import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildBareSchema } from "../../server/dist/graphql/schema";
import { buildPermissionMap } from "../../server/dist/permissions";

/** A readable form of a shield rule: `and(isAuthenticated, can:user.invite)`. */
function describeRule(rule: any): string {
  const kind = rule?.constructor?.name;
  if (kind === "RuleTrue") return "allow";
  if (kind === "RuleFalse") return "deny";
  if (Array.isArray(rule?.rules)) {
    const op = kind.replace(/^Rule/, "").toLowerCase();
    return `${op}(${rule.rules.map(describeRule).join(", ")})`;
  }
  return String(rule?.name);
}

describe("permission map", () => {
  it("gives every query and mutation an explicit rule", async () => {
    const schema = await buildBareSchema();
    const map = buildPermissionMap() as Record<string, any>;
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      if (!root) continue;
      for (const field of Object.keys(root.getFields())) {
        if (!map[root.name] || !(field in map[root.name])) missing.push(`${root.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("gives every object type a rule, so that deny-by-default never hides a field by accident", async () => {
    const schema = await buildBareSchema();
    const map = buildPermissionMap() as Record<string, any>;
    const missing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && !["Query", "Mutation"].includes(t.name))
      .map((t) => t.name)
      .filter((name) => !(name in map));
    expect(missing).toEqual([]);
  });

  it("names no field that the schema does not have", async () => {
    const schema = await buildBareSchema();
    const map = buildPermissionMap() as Record<string, any>;
    const unknown: string[] = [];
    for (const [type, rules] of Object.entries(map)) {
      const t = schema.getType(type);
      if (!t || !isObjectType(t)) unknown.push(type);
      else if (!("resolve" in rules)) for (const f of Object.keys(rules)) if (f !== "*" && !(f in t.getFields())) unknown.push(`${type}.${f}`);
    }
    expect(unknown).toEqual([]);
  });

  it("matches the reviewed snapshot: a change here is a change of who may do what", () => {
    const map = buildPermissionMap() as Record<string, any>;
    const lines: string[] = [];
    for (const type of Object.keys(map).sort()) {
      const rules = map[type];
      if ("resolve" in rules) lines.push(`${type}.*: ${describeRule(rules)}`);
      else for (const field of Object.keys(rules).sort()) lines.push(`${type}.${field}: ${describeRule(rules[field])}`);
    }
    expect(lines.join("\n") + "\n").toMatchSnapshot();
  });
});
