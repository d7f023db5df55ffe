import { formatKronor, stockholmDate, stockholmDateTime } from "../dates";
import { fillTemplate } from "../template";
import { caseFileMessages } from "./case-file";
import { countyWorkMessages } from "./county-work";
import { developmentFundMessages } from "./development-funds";
import { grantMessages } from "./grants";
import { letterMessages } from "./letters";
import { letterTemplateMessages } from "./letter-templates";
import { networkMessages } from "./networks";
import { notificationMessages } from "./notifications";
import { personalDataMessages } from "./personal-data";
import { questionnaireMessages } from "./questionnaires";
import { reportMessages } from "./reports";
import { trainingMessages } from "./trainings";
import type { CatalogueSection, Language, MessageDefinition, MessageParam, MessageParams, PhraseDefinition } from "./types";
import { userMessages } from "./users";

export * from "./types";

/**
 * The one catalogue of what Samverka tells people outside an error: notifications and e-mails,
 * each a key with a text per language and `{name}` parameters. One file per domain in this
 * folder, registered here.
 */
const SECTIONS: CatalogueSection[] = [
  userMessages,
  grantMessages,
  trainingMessages,
  networkMessages,
  developmentFundMessages,
  notificationMessages,
  questionnaireMessages,
  countyWorkMessages,
  letterMessages,
  letterTemplateMessages,
  reportMessages,
  personalDataMessages,
  caseFileMessages,
];

export const MESSAGES: Readonly<Record<string, MessageDefinition>> = Object.assign({}, ...SECTIONS.map((s) => s.messages));
export const PHRASES: Readonly<Record<string, PhraseDefinition>> = Object.assign({}, ...SECTIONS.map((s) => s.phrases ?? {}));

/** A reference to a message: what a notification stores and an e-mail is rendered from. */
export interface MessageRef {
  key: string;
  params?: MessageParams;
}

export function isMessageKey(key: string | null | undefined): key is string {
  return !!key && Object.hasOwn(MESSAGES, key);
}

/** Parameters, written where a message is made. */
export const param = {
  kr: (amount: number): MessageParam => ({ kr: amount }),
  date: (d: Date | string): MessageParam => ({ date: typeof d === "string" ? d : d.toISOString() }),
  dateTime: (d: Date): MessageParam => ({ dateTime: d.toISOString() }),
  phrase: (key: string, params?: MessageParams): MessageParam => (params ? { phrase: key, params } : { phrase: key }),
  list: (values: MessageParam[]): MessageParam => ({ list: values }),
};

function renderParam(v: MessageParam, lang: Language): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if ("kr" in v) return formatKronor(v.kr);
  if ("date" in v) return /^\d{4}-\d{2}-\d{2}$/.test(v.date) ? v.date : stockholmDate(new Date(v.date));
  if ("dateTime" in v) return stockholmDateTime(new Date(v.dateTime));
  if ("phrase" in v) return renderPhrase(v.phrase, v.params, lang);
  if ("list" in v) return v.list.map((x) => renderParam(x, lang)).join(", ");
  return v[lang] ?? v.sv;
}

export function fill(template: string, params: MessageParams | undefined, lang: Language): string {
  return fillTemplate(template, (name) => (params && Object.hasOwn(params, name) ? renderParam(params[name], lang) : undefined));
}

export function renderPhrase(key: string, params: MessageParams | undefined, lang: Language): string {
  const def = PHRASES[key];
  if (!def) throw new Error(`No phrase ${key} in the message catalogue`);
  return fill(def[lang] ?? def.sv, params, lang);
}

/** The title (or subject) and body of a message in the given language. */
export function renderMessage(key: string, params: MessageParams | undefined, lang: Language): { title: string; body: string } {
  const def = MESSAGES[key];
  if (!def) throw new Error(`No message ${key} in the message catalogue`);
  const texts = def[lang] ?? def.sv;
  return { title: fill(texts.title, params, lang), body: fill(texts.body, params, lang) };
}

/** The names a template fills in, for the catalogue's own test. */
export function parameterNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
}
