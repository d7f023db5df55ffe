import Mustache from "mustache";
import type { Language } from "../../shared/messages";
import { renderPhrase } from "../../shared/messages";
import { LetterTemplateKind } from "./letter-template.entity";

/** The placeholders each kind of template may use, `{{name}}`; each is filled from the decision. */
export const PLACEHOLDERS: Record<LetterTemplateKind, readonly string[]> = {
  [LetterTemplateKind.DECISION_LETTER]: [
    "organisation",
    "diarienummer",
    "title",
    "callTitle",
    "decisionDate",
    "outcome",
    "amount",
    "requestedAmount",
    "reason",
  ],
  [LetterTemplateKind.RECLAIM_LETTER]: ["organisation", "diarienummer", "title", "callTitle", "decisionDate", "amount", "totalToRepay", "reason"],
  [LetterTemplateKind.DECISION_EMAIL]: ["organisation", "diarienummer", "title", "callTitle", "decisionDate", "outcome", "amount", "reason"],
  [LetterTemplateKind.DECISION_CONDITIONS]: [
    "organisation",
    "diarienummer",
    "title",
    "callTitle",
    "decisionDate",
    "amount",
    "periodStart",
    "periodEnd",
    "followUpDueDate",
  ],
  [LetterTemplateKind.APPEAL_INFORMATION]: ["organisation", "diarienummer", "title", "callTitle"],
  [LetterTemplateKind.RECLAIM_EMAIL]: ["organisation", "diarienummer", "title", "callTitle", "decisionDate", "amount", "totalToRepay", "reason"],
  [LetterTemplateKind.FOLLOW_UP_COMPLETION_EMAIL]: ["organisation", "diarienummer", "title", "callTitle", "dueDate", "message"],
};

const EMAILS: readonly LetterTemplateKind[] = [
  LetterTemplateKind.DECISION_EMAIL,
  LetterTemplateKind.RECLAIM_EMAIL,
  LetterTemplateKind.FOLLOW_UP_COMPLETION_EMAIL,
];

/** Whether the kind has a subject (an e-mail) besides its body. */
export const hasSubject = (kind: LetterTemplateKind) => EMAILS.includes(kind);

/**
 * The parts each letter or e-mail is written from, each from a template of its own kind: a decision
 * letter its decision text, conditions and appeal information; a reclaim letter its decision text and appeal information.
 */
export const LETTER_PARTS: Partial<Record<LetterTemplateKind, readonly LetterTemplateKind[]>> = {
  [LetterTemplateKind.DECISION_LETTER]: [LetterTemplateKind.DECISION_LETTER, LetterTemplateKind.DECISION_CONDITIONS, LetterTemplateKind.APPEAL_INFORMATION],
  [LetterTemplateKind.RECLAIM_LETTER]: [LetterTemplateKind.RECLAIM_LETTER, LetterTemplateKind.APPEAL_INFORMATION],
};

/** The parts a letter or e-mail of a kind is written from (an e-mail: itself). */
export const letterParts = (letter: LetterTemplateKind): readonly LetterTemplateKind[] => LETTER_PARTS[letter] ?? [letter];

export type TemplateValues = Record<string, string>;

export interface TemplateTexts {
  subject: string | null;
  body: string;
}

export type TemplateProblem = { kind: "unknown"; name: string } | { kind: "syntax"; detail: string } | { kind: "notAllowed"; tag: string };

/**
 * What is wrong with a template text, if anything: syntax Mustache cannot read, a placeholder the
 * kind does not know, or a tag other than a value or a section (no partials, no changed delimiters).
 */
export function templateProblems(kind: LetterTemplateKind, text: string): TemplateProblem[] {
  let tokens: unknown[];
  try {
    tokens = Mustache.parse(text);
  } catch (e) {
    return [{ kind: "syntax", detail: e instanceof Error ? e.message : String(e) }];
  }
  const known = new Set(PLACEHOLDERS[kind]);
  const problems: TemplateProblem[] = [];
  const walk = (list: unknown[]) => {
    for (const token of list as [string, string, number, number, unknown[]?][]) {
      const [type, value] = token;
      if (type === "text" || type === "!") continue;
      if (type === "name" || type === "&" || type === "#" || type === "^") {
        if (!known.has(value) && !problems.some((p) => p.kind === "unknown" && p.name === value)) problems.push({ kind: "unknown", name: value });
        if ((type === "#" || type === "^") && Array.isArray(token[4])) walk(token[4]);
      } else {
        problems.push({ kind: "notAllowed", tag: type });
      }
    }
  };
  walk(tokens);
  return problems;
}

/**
 * Fills a template with Mustache. Letters are PDFs and e-mails plain text, so values are inserted
 * as they are (no HTML escaping); the web shows a preview as text, never as HTML.
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  return Mustache.render(text, values, {}, { escape: (s: unknown) => String(s) });
}

/**
 * The built-in texts (from the message catalogue) used while no version is stored. The appeal
 * information's is the programme's own phrase (`appealPhrase`, from its policy).
 */
export function builtInTexts(kind: LetterTemplateKind, lang: Language, appealPhrase: string): TemplateTexts {
  return {
    subject: hasSubject(kind) ? renderPhrase(`letterTemplate.builtIn.${kind}.subject`, undefined, lang) : null,
    body: renderPhrase(kind === LetterTemplateKind.APPEAL_INFORMATION ? appealPhrase : `letterTemplate.builtIn.${kind}`, undefined, lang),
  };
}

/** A stored version's texts in a language. */
export function versionTexts(v: { subjectSv: string | null; subjectEn: string | null; bodySv: string; bodyEn: string }, lang: Language): TemplateTexts {
  return lang === "en" ? { subject: v.subjectEn, body: v.bodyEn } : { subject: v.subjectSv, body: v.bodySv };
}

/** Paragraphs of a rendered letter text: separated by blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}
