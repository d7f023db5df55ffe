import type { Locale } from "../request-context";

/** The languages every message is written in. Adding one: add it here and to every catalogue entry. */
export type Language = Locale;
export const LANGUAGES: readonly Language[] = ["sv", "en"];

/**
 * A value filled into a message at `{name}`. Stored as JSON with a notification and rendered
 * when it is read, so a value that is itself a text is a catalogue phrase or carries both languages.
 */
export type MessageParam =
  | string
  | number
  /** A text written in every language (e.g. a name that has an English form). */
  | { sv: string; en: string }
  /** An amount in whole kronor: `1 250 000 kr`. */
  | { kr: number }
  /** A calendar date (`YYYY-MM-DD`) or an instant: shown as `2026-11-24` in Stockholm. */
  | { date: string }
  /** An instant: shown as `2026-11-24 14:05` in Stockholm. */
  | { dateTime: string }
  /** Another entry of the phrase catalogue, with its own parameters. */
  | { phrase: string; params?: MessageParams }
  /** Several values, joined with a comma. */
  | { list: MessageParam[] };

export type MessageParams = { [name: string]: MessageParam };

/** A notification (title and body) or an e-mail (subject and text), in every language. */
export type MessageDefinition = Record<Language, { title: string; body: string }>;

/** A part of a message (a status, a role, an optional clause), in every language. */
export type PhraseDefinition = Record<Language, string>;

export interface CatalogueSection {
  messages: Record<string, MessageDefinition>;
  phrases?: Record<string, PhraseDefinition>;
}
