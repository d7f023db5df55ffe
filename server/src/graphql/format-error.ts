import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { CommitOutcomeUnknown, databaseProblem } from "../db/driver-errors";
import { AppError, CommonErrors, translateError } from "../shared/errors";
import { localiseConstraint, renderFieldErrors, renderFieldParams } from "../shared/field-messages";
import { currentLocale, type Locale } from "../shared/request-context";

interface ValidationItem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationItem[];
}

/** Flattens class-validator's tree into `{ field, path, message }` the web app can place under each field. */
function fieldErrors(items: ValidationItem[], locale: Locale, prefix = ""): { field: string; path: string; message: string }[] {
  return items.flatMap((item) => {
    const path = prefix ? `${prefix}.${item.property}` : item.property;
    const own = Object.values(item.constraints ?? {}).map((message) => ({ field: item.property, path, message: localiseConstraint(message, locale) }));
    return [...own, ...fieldErrors(item.children ?? [], locale, path)];
  });
}

/**
 * graphql-js suggests names it knows ("Did you mean the enum value "OTHER"?") in validation errors and
 * in errors about variables; Apollo's hideSchemaDetailsFromClientErrors only covers the former.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean .+?\?$/s, "");
}

// Codes graphql-js and Apollo raise for a malformed request: safe to pass on as they are.
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Every error leaves as a code and a human message in the request's language.
 * Anything unexpected is logged in full and leaves as a generic INTERNAL_SERVER_ERROR.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    const problem = original instanceof AppError ? null : databaseProblem(original);
    if (problem) {
      log[problem.level]({ err: original instanceof CommitOutcomeUnknown ? original.cause : original, path: formatted.path }, problem.what);
      original = problem.error;
    }
    const base = { locations: formatted.locations, path: formatted.path };
    const locale = currentLocale();

    if (original instanceof AppError) {
      // Field messages (and a `reason` repeating one) are keys: see shared/field-messages.
      const params = renderFieldParams(original.params, locale);
      const extensions: Record<string, unknown> = { ...original.extensions, http: undefined };
      if (params) extensions.params = params;
      if (extensions.fields) extensions.fields = renderFieldErrors(extensions.fields, locale);
      return {
        ...base,
        message: translateError(original.messageKey, original.params, locale) ?? original.message,
        // `http` sets the response status (Apollo reads it first); it is not for the client.
        extensions,
      };
    }
    const code = formatted.extensions?.code as string | undefined;
    // Apollo refuses a malformed persisted-query request (a hash not matching the text, an unknown
    // version) with HTTP 400 and no code of its own.
    const http = (original as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
    if (original instanceof GraphQLError && !original.extensions?.code && http?.status === 400) {
      return { ...base, message: original.message, extensions: { code: "BAD_REQUEST" } };
    }
    if (code === "PERSISTED_QUERY_NOT_FOUND") {
      // The code stays as it is: clients (Apollo Client's persisted-query link) resend the text on it.
      const unknown = CommonErrors.unknownDocument();
      return { ...base, message: translateError(unknown.messageKey, undefined, locale)!, extensions: { code, messageKey: unknown.messageKey } };
    }
    const validationErrors = (original as GraphQLError | undefined)?.extensions?.validationErrors as ValidationItem[] | undefined;
    if (code === "BAD_USER_INPUT" && Array.isArray(validationErrors)) {
      const invalid = CommonErrors.invalidInput();
      return {
        ...base,
        message: translateError(invalid.messageKey, undefined, locale)!,
        extensions: { code: "BAD_USER_INPUT", messageKey: invalid.messageKey, fields: fieldErrors(validationErrors, locale) },
      };
    }
    // A validator that threw instead of reporting (validationErrors is then the thrown error) is a bug: logged below.
    if ((code === "BAD_USER_INPUT" && validationErrors === undefined) || (code && REQUEST_CODES.has(code))) {
      return { ...base, message: withoutSuggestions(formatted.message), extensions: { code } };
    }
    log.error({ err: original, path: formatted.path }, "unexpected error in GraphQL operation");
    return {
      ...base,
      message: locale === "en" ? "Something went wrong on our side. Please try again shortly." : "Något gick fel hos oss. Försök igen om en stund.",
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}
