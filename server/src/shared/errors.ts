import { GraphQLError } from "graphql";
import { fillTemplate } from "./template";
import { type FieldMessage, isFieldMessage, renderFieldMessage } from "./field-messages";
import { currentLocale, type Locale } from "./request-context";

/**
 * The only error codes a client ever sees (besides INTERNAL_SERVER_ERROR for bugs).
 * SERVICE_UNAVAILABLE means the database cannot be reached for the moment: try again.
 */
export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "BAD_USER_INPUT" | "NOT_FOUND" | "CONFLICT" | "SERVICE_UNAVAILABLE";

export interface ErrorDefinition {
  code: ErrorCode;
  sv: string;
  en: string;
}

/** Values to fill in; a `{ sv, en }` pair or a field message is rendered in the request's language. */
type Params = Record<string, string | number | { sv: string; en: string } | FieldMessage>;

const catalogue = new Map<string, ErrorDefinition>();

function render(template: string, params: Params | undefined, locale: Locale): string {
  return fillTemplate(template, (name) => {
    if (!params || !(name in params)) return undefined;
    const v = params[name];
    if (isFieldMessage(v)) return renderFieldMessage(v, locale);
    return typeof v === "object" ? v[locale] : String(v);
  });
}

export function translateError(messageKey: string, params: Params | undefined, locale: Locale): string | undefined {
  const def = catalogue.get(messageKey);
  return def ? render(def[locale], params, locale) : undefined;
}

/** A refusal the client can act on: a code, a message key (for the web app's translations) and a human message. */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    readonly messageKey: string,
    readonly params?: Params,
    extensions: Record<string, unknown> = {},
  ) {
    super(translateError(messageKey, params, currentLocale()) ?? messageKey, {
      extensions: { ...extensions, code, messageKey, ...(params ? { params } : {}) },
    });
  }
}

/**
 * Declares a domain's errors once: code plus Swedish and English message.
 * Returns one factory per error, e.g. `UserErrors.emailTaken({ email })`.
 */
export function defineErrors<D extends Record<string, ErrorDefinition>>(domain: string, defs: D) {
  const factories = {} as { [K in keyof D]: (params?: Params, extensions?: Record<string, unknown>) => AppError };
  for (const key of Object.keys(defs) as (keyof D & string)[]) {
    const messageKey = `${domain}.${key}`;
    catalogue.set(messageKey, defs[key]);
    factories[key] = (params, extensions) => new AppError(defs[key].code, messageKey, params, extensions);
  }
  return factories;
}

export const CommonErrors = defineErrors("common", {
  unauthenticated: { code: "UNAUTHENTICATED", sv: "Du måste logga in först.", en: "You need to sign in first." },
  forbidden: {
    code: "FORBIDDEN",
    sv: "Du har inte behörighet till detta. Kontakta din organisations administratör om du behöver det.",
    en: "You are not allowed to do this. Ask your organisation's administrator if you need to.",
  },
  notFound: { code: "NOT_FOUND", sv: "{entity} hittades inte.", en: "{entity} was not found." },
  invalidId: { code: "NOT_FOUND", sv: "Det finns inget med det id:t.", en: "Nothing has that id." },
  invalidInput: {
    code: "BAD_USER_INPUT",
    sv: "Några fält behöver rättas. Se meddelandena vid fälten.",
    en: "Some fields need correcting. See the messages next to them.",
  },
  tooLongToStore: {
    code: "BAD_USER_INPUT",
    sv: "Texten är för lång för att kunna sparas. Korta den (eller lägg långa underlag som bilaga) och försök igen; inget har sparats.",
    en: "The text is too long to be stored. Shorten it (or attach long material as a document) and try again; nothing was saved.",
  },
  outcomeUnknown: {
    code: "SERVICE_UNAVAILABLE",
    sv: "Förbindelsen med databasen bröts medan ändringen sparades, så vi vet inte om den kom med. Ladda om sidan och kontrollera innan du försöker igen.",
    en: "The connection to the database broke while the change was being saved, so we do not know whether it was. Reload the page and check before you try again.",
  },
  databaseUnavailable: {
    code: "SERVICE_UNAVAILABLE",
    sv: "Databasen går inte att nå just nu. Försök igen om en liten stund; det som redan bekräftats finns kvar.",
    en: "The database cannot be reached just now. Try again in a moment; what was already confirmed is kept.",
  },
  requestTimedOut: {
    code: "SERVICE_UNAVAILABLE",
    sv: "Frågan tog för lång tid och avbröts. Begär färre fält eller mindre sidor och försök igen.",
    en: "The request took too long and was stopped. Ask for fewer fields or smaller pages and try again.",
  },
  crossSiteRequest: {
    code: "FORBIDDEN",
    sv: "Begäran stoppades eftersom den kan komma från en annan webbplats (skydd mot CSRF). Skicka den från Samverka, eller med rubriken Apollo-Require-Preflight; inget har sparats.",
    en: "The request was blocked because it may come from another website (CSRF protection). Send it from Samverka, or with an Apollo-Require-Preflight header; nothing was saved.",
  },
  queryTooComplex: {
    code: "BAD_USER_INPUT",
    sv: "Frågan är för stor ({cost} av högst {max}). Begär färre fält eller mindre sidor.",
    en: "The query is too large ({cost} of at most {max}). Ask for fewer fields or smaller pages.",
  },
  trustedDocumentRequired: {
    code: "FORBIDDEN",
    sv: "Webbläsaren får bara skicka Samverkas egna frågor, och den här känns inte igen. Ladda om sidan för att hämta den senaste versionen; inget har körts.",
    en: "A browser may only send Samverka's own operations, and this one is not recognised. Reload the page to get the latest version; nothing was run.",
  },
  unknownDocument: {
    code: "BAD_USER_INPUT",
    sv: "Frågan med det hashvärdet är inte registrerad. Skicka frågans text.",
    en: "No operation is registered with that hash. Send the operation's text.",
  },
});
