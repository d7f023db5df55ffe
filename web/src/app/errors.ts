import type { GraphQLFormattedError } from "graphql";
import i18n from "./i18n";

/**
 * The kind of an error Apollo Client threw (its mark `Symbol.for("apollo.error")`), or the small
 * client of the sign-in pages (`graphqlFetch.ts`), which marks its errors alike: read without
 * importing Apollo Client, which the sign-in page does not load.
 */
function kind(error: unknown): string | undefined {
  return typeof error === "object" && error !== null ? ((error as Record<symbol, unknown>)[Symbol.for("apollo.error")] as string | undefined) : undefined;
}

function graphqlErrors(error: unknown): readonly GraphQLFormattedError[] | undefined {
  return kind(error) === "CombinedGraphQLErrors" ? (error as { errors: readonly GraphQLFormattedError[] }).errors : undefined;
}

export interface FieldError {
  field: string;
  path?: string;
  message: string;
}

export interface ErrorInfo {
  /** The general message, in the UI language (the server's message when there is one). */
  message: string;
  code?: string;
  messageKey?: string;
  /** Messages per field (`email`, `roles`, …) from a BAD_USER_INPUT validation error. */
  fields: Record<string, string[]>;
  /**
   * The same messages by path without the leading `input.`, e.g. `title` or `budgetLines.0.category`:
   * tells apart fields of the same name in rows of a list.
   */
  paths: Record<string, string[]>;
}

/** `input.budgetLines.0.category` → `budgetLines.0.category` */
function pathKey(f: FieldError): string {
  return (f.path || f.field).replace(/^input\./, "");
}

/** Turns whatever a GraphQL operation threw into something a form can show. */
export function errorInfo(error: unknown): ErrorInfo {
  const errors = graphqlErrors(error);
  if (errors) {
    const first = errors[0];
    const ext = (first?.extensions ?? {}) as { code?: string; messageKey?: string; fields?: FieldError[]; field?: string };
    const fields: Record<string, string[]> = {};
    const paths: Record<string, string[]> = {};
    for (const e of errors) {
      const list = (e.extensions as { fields?: FieldError[] } | undefined)?.fields ?? [];
      for (const f of list) {
        (fields[f.field] ??= []).push(f.message);
        (paths[pathKey(f)] ??= []).push(f.message);
      }
    }
    // A refusal about one field (e.g. e-mail already taken) says which field it is about.
    if (ext.field && first?.message) {
      (fields[ext.field] ??= []).push(first.message);
      (paths[ext.field] ??= []).push(first.message);
    }
    return { message: first?.message || i18n.t("errors.generic"), code: ext.code, messageKey: ext.messageKey, fields, paths };
  }
  if (kind(error) === "ServerError" || kind(error) === "ServerParseError") {
    return { message: i18n.t("errors.server"), code: "SERVER_ERROR", fields: {}, paths: {} };
  }
  if (error instanceof TypeError || (error instanceof Error && /fetch|network/i.test(error.message))) {
    return { message: i18n.t("errors.network"), code: "NETWORK_ERROR", fields: {}, paths: {} };
  }
  return { message: i18n.t("errors.generic"), fields: {}, paths: {} };
}

export function hasCode(error: unknown, code: string): boolean {
  return !!graphqlErrors(error)?.some((e) => e.extensions?.code === code);
}
