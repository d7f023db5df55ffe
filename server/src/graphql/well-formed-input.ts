import { type GraphQLInputType, type GraphQLSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType } from "graphql";
import type { IMiddlewareFunction, IMiddlewareTypeMap } from "graphql-middleware";
import { CommonErrors } from "../shared/errors";
import { isLongTextArg, isLongTextField } from "./long-text";
import { fieldMessage } from "../shared/field-messages";

/** Ids are the database's positive whole numbers, written plainly: not "0x10", " 7", "1e3" or 40 digits. */
const ID_PATTERN = /^[1-9]\d{0,15}$/;
/** Half of a surrogate pair: no character at all, and what validators and databases trip over. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Control characters no text of ours holds: C0 except tab, line feed and carriage return (which
 * long texts use), DEL and C1. A NUL cuts strings short in C libraries and some drivers; the
 * others are invisible, break CSV and PDF output, or steer terminals.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * What makes a second line or a column: tab, line feed, carriage return, and the Unicode line and
 * paragraph separators. Only long texts hold them (see long-text.ts).
 */
const LINE_BREAK = /[\t\n\r\u2028\u2029]/;

/** Every key column is a signed 32-bit int. */
const MAX_ID = 2_147_483_647;

export function isWellFormedId(value: unknown): boolean {
  return typeof value === "string" && ID_PATTERN.test(value) && Number(value) <= MAX_ID;
}

type Problem = { kind: "id" | "text" | "lineBreak"; path: string };

function carriesChecked(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === "ID" || named.name === "String") return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => carriesChecked(f.type, seen));
}

/**
 * The first id that names nothing, or text that is not well-formed Unicode or holds a control
 * character, or single-line text with a line break or tab, e.g. at `input.organisationId`.
 */
function problemIn(value: unknown, type: GraphQLInputType, path: string, longText: boolean): Problem | null {
  if (value == null) return null;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) {
    const items = Array.isArray(value) ? value : [value];
    for (let i = 0; i < items.length; i++) {
      const found = problemIn(items[i], t.ofType, `${path}.${i}`, longText);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    for (const field of Object.values(t.getFields())) {
      const found = problemIn((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, isLongTextField(field));
      if (found) return found;
    }
    return null;
  }
  if (t.name === "ID" && !isWellFormedId(value)) return { kind: "id", path };
  if (t.name === "String" && typeof value === "string") {
    if (LONE_SURROGATE.test(value) || CONTROL.test(value)) return { kind: "text", path };
    if (!longText && LINE_BREAK.test(value)) return { kind: "lineBreak", path };
  }
  return null;
}

function refusal({ kind, path }: Problem) {
  const field = path
    .split(".")
    .filter((p) => !/^\d+$/.test(p))
    .pop();
  if (kind === "id") return CommonErrors.invalidId(undefined, { fields: [{ field, path, message: fieldMessage("common.invalidId") }] });
  if (kind === "lineBreak")
    return CommonErrors.invalidInput(undefined, { fields: [{ field, path, message: fieldMessage("common.textMayNotContainLineBreaks") }] });
  return CommonErrors.invalidInput(undefined, { fields: [{ field, path, message: fieldMessage("common.textContainsInvalidCharacters") }] });
}

/**
 * Refuses every field whose arguments hold an id that cannot exist (as not found), before a
 * resolver turns it into a number ("abc" into NaN, 40 digits into Infinity, "0x10" into 16), or
 * text with half a character or a control character, or a line break or tab in text that is not a
 * long text (as invalid input), before a validator or the database trips over it or stores it.
 * Runs after the permission layer, so that callers without access still learn nothing.
 */
export function wellFormedInputMiddleware(schema: GraphQLSchema): IMiddlewareTypeMap {
  const map: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => carriesChecked(a.type))) continue;
      (map[type.name] ??= {})[field.name] = (resolve, parent, args: Record<string, unknown>, context, info) => {
        for (const arg of field.args) {
          const problem = problemIn(args[arg.name], arg.type, arg.name, isLongTextArg(field, arg));
          if (problem) throw refusal(problem);
        }
        return resolve(parent, args, context, info);
      };
    }
  }
  return map;
}
