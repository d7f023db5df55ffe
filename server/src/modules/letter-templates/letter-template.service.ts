import { type EntityManager, In } from "typeorm";
import type { Actor } from "../../auth/actor";
import { can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { formatKronor, stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { type Language, LANGUAGES, type MessageParams, renderPhrase } from "../../shared/messages";
import { Organisation } from "../organisations/organisation.entity";
import { callWithYear } from "../grants/decision-letter";
import { grantFollowUpDueDate } from "../grants/follow-up-date";
import type { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplication as GrantApplicationEntity } from "../grants/grant-application.entity";
import { GrantCall, GrantProgramme } from "../grants/grant-call.entity";
import { type ApplicationContent, contentStore, loadContent, programmePolicy } from "../grants/programmes";
import { IssuedLetter, LetterTemplateKind, LetterTemplateVersion } from "./letter-template.entity";
import { LetterTemplateErrors } from "./letter-template.errors";
import {
  builtInTexts,
  hasSubject,
  letterParts,
  paragraphs,
  PLACEHOLDERS,
  renderTemplate,
  type TemplateTexts,
  type TemplateValues,
  templateProblems,
  versionTexts,
} from "./letter-template.render";

/** The most versions the history lists. */
export const VERSIONS_MAX = 50;
const BODY_MAX = 10_000;
const SUBJECT_MAX = 250;

export interface LetterTemplateDraft {
  kind: LetterTemplateKind;
  programme: GrantProgramme;
  callId: number | null;
  subjectSv: string | null;
  subjectEn: string | null;
  bodySv: string;
  bodyEn: string;
}

const scopeOf = (programme: GrantProgramme, callId: number | null) => (callId != null ? `call:${callId}` : `programme:${programme}`);

/** The version a call's letters use now: the call's newest, else its programme's newest, else none (the built-in text). */
export async function currentVersion(
  m: EntityManager,
  kind: LetterTemplateKind,
  call: Pick<GrantCall, "id" | "programme">,
): Promise<LetterTemplateVersion | null> {
  const rows = await m.find(LetterTemplateVersion, {
    where: { kind, scope: In([scopeOf(call.programme, call.id), scopeOf(call.programme, null)]) },
    order: { version: "DESC" },
  });
  return rows.find((r) => r.callId === call.id) ?? rows.find((r) => r.callId == null) ?? null;
}

/**
 * Records, in the caller's transaction, which version each part of the letters and e-mails now sent
 * for the application uses (a decision letter: its decision text, conditions and appeal information).
 */
export async function issueTemplates(
  m: EntityManager,
  applicationId: number,
  call: Pick<GrantCall, "id" | "programme">,
  letters: LetterTemplateKind[],
): Promise<Map<LetterTemplateKind, LetterTemplateVersion | null>> {
  const used = new Map<LetterTemplateKind, LetterTemplateVersion | null>();
  const rows: Pick<IssuedLetter, "applicationId" | "letter" | "kind" | "templateVersionId">[] = [];
  for (const letter of letters)
    for (const kind of letterParts(letter)) {
      if (!used.has(kind)) used.set(kind, await currentVersion(m, kind, call));
      rows.push({ applicationId, letter, kind, templateVersionId: used.get(kind)?.id ?? null });
    }
  await m.insert(IssuedLetter, rows);
  return used;
}

/** The phrase key of the programme's built-in appeal information (överklagandehänvisning). */
const appealPhrase = (programme: GrantProgramme) => programmePolicy({ programme }).appealInformation;

/**
 * The texts one part of a letter already sent for the application was written from, in the reader's
 * language: the version recorded when it was sent (the built-in text when none was, or for letters
 * sent before the part had templates).
 */
export async function issuedTexts(
  m: EntityManager,
  applicationId: number,
  letter: LetterTemplateKind,
  kind: LetterTemplateKind,
  programme: GrantProgramme,
  lang: Language,
): Promise<TemplateTexts> {
  const issued = await m.findOne(IssuedLetter, { where: { applicationId, letter, kind }, order: { id: "DESC" } });
  const version = issued?.templateVersionId ? await m.findOneBy(LetterTemplateVersion, { id: issued.templateVersionId }) : null;
  return version ? versionTexts(version, lang) : builtInTexts(kind, lang, appealPhrase(programme));
}

/** What a decision letter's conditions are filled with: the funded period (both ends, or neither) and when the follow-up report is due. */
export interface ConditionValues {
  periodStart: string;
  periodEnd: string;
  followUpDueDate: string;
}

/** A decided application's conditions, from what the applicant wrote. */
export function conditionValues(
  app: Pick<GrantApplication, "followUpDueDate">,
  call: Pick<GrantCall, "followUpDueDate">,
  written: Pick<ApplicationContent, "periodStart" | "periodEnd">,
): ConditionValues {
  const period = written.periodStart && written.periodEnd;
  return {
    periodStart: period ? written.periodStart! : "",
    periodEnd: period ? written.periodEnd! : "",
    followUpDueDate: app.followUpDueDate ?? grantFollowUpDueDate(call.followUpDueDate, written.periodEnd),
  };
}

/** What a letter or e-mail of one application is written with. */
export interface LetterData {
  app: GrantApplication;
  call: Pick<GrantCall, "title" | "year" | "programme">;
  organisation: string;
  /** A decision letter's conditions; without them their placeholders are empty. */
  conditions?: ConditionValues;
}

/** The values of the placeholders for one application's letter or e-mail, in a language. */
export function letterValues(kind: LetterTemplateKind, lang: Language, d: LetterData): TemplateValues {
  const { app } = d;
  const common = { organisation: d.organisation, diarienummer: app.diarienummer ?? "", title: app.title, callTitle: callWithYear(d.call) };
  if (kind === LetterTemplateKind.APPEAL_INFORMATION) return common;
  if (kind === LetterTemplateKind.FOLLOW_UP_COMPLETION_EMAIL) return { ...common, dueDate: app.reviewDueDate ?? "", message: app.reviewMessage ?? "" };
  if (kind === LetterTemplateKind.DECISION_CONDITIONS)
    return {
      ...common,
      decisionDate: app.decidedAt ? stockholmDate(app.decidedAt) : "",
      amount: formatKronor(app.grantedAmount ?? 0),
      ...(d.conditions ?? { periodStart: "", periodEnd: "", followUpDueDate: "" }),
    };
  if (kind === LetterTemplateKind.RECLAIM_LETTER || kind === LetterTemplateKind.RECLAIM_EMAIL)
    return {
      ...common,
      decisionDate: app.reviewedAt ? stockholmDate(app.reviewedAt) : "",
      amount: formatKronor(app.reclaimAmount ?? 0),
      totalToRepay: formatKronor((app.repaymentAmount ?? 0) - (app.repaidAmount ?? 0)),
      reason: app.reclaimMotivation ?? "",
    };
  const outcome =
    kind === LetterTemplateKind.DECISION_EMAIL
      ? app.outcome
        ? renderPhrase(`grant.outcome.${app.outcome}`, undefined, lang)
        : ""
      : renderPhrase(app.outcome ? `letter.outcome.${app.outcome}` : "letter.outcome.REQUISITION", undefined, lang);
  return {
    ...common,
    decisionDate: app.decidedAt ? stockholmDate(app.decidedAt) : "",
    outcome,
    amount: formatKronor(app.grantedAmount ?? 0),
    requestedAmount: app.requestedAmount != null ? formatKronor(app.requestedAmount) : "",
    reason: app.motivation ?? "",
  };
}

/** A made-up decided application, for a preview when no real one is chosen. */
function sampleApplication(lang: Language): GrantApplication {
  const now = new Date();
  return Object.assign(new GrantApplicationEntity(), {
    id: 0,
    diarienummer: `SoS ${now.getUTCFullYear()}-0001`,
    title: renderPhrase("letterTemplate.sample.title", undefined, lang),
    outcome: "APPROVED",
    requestedAmount: 1_500_000,
    grantedAmount: 1_250_000,
    motivation: renderPhrase("letterTemplate.sample.reason", undefined, lang),
    decidedAt: now,
    reviewedAt: now,
    reclaimAmount: 250_000,
    repaymentAmount: 250_000,
    repaidAmount: 0,
    reclaimMotivation: renderPhrase("letterTemplate.sample.reason", undefined, lang),
    reviewDueDate: `${now.getUTCFullYear() + 1}-04-30`,
    reviewMessage: renderPhrase("letterTemplate.sample.completion", undefined, lang),
  });
}

/** The conditions of the sample application: a funded calendar year. */
function sampleConditions(): ConditionValues {
  const year = new Date().getUTCFullYear();
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, followUpDueDate: `${year + 1}-03-31` };
}

/**
 * Letter and e-mail templates per programme and per call. Every save publishes a new immutable
 * version with its audit row; letters record the version they were sent with.
 */
export class LetterTemplateService {
  constructor(private readonly db: Database) {}

  private checkAbility(actor: Actor) {
    if (!can(actor, "grant.letterTemplate.manage")) throw CommonErrors.forbidden();
  }

  private async checkScope(programme: GrantProgramme, callId: number | null, m: EntityManager = this.db.manager): Promise<GrantCall | null> {
    if (callId == null) return null;
    const call = await m.findOneBy(GrantCall, { id: callId });
    if (!call) throw CommonErrors.notFound({ entity: { sv: "Utlysningen", en: "The call" } });
    if (call.programme !== programme) throw LetterTemplateErrors.callNotInProgramme(undefined, { field: "callId" });
    return call;
  }

  /** The template of a programme or call as it applies now, with its built-in texts and placeholders. */
  async scope(actor: Actor, kind: LetterTemplateKind, programme: GrantProgramme, callId: number | null) {
    this.checkAbility(actor);
    await this.checkScope(programme, callId);
    const m = this.db.manager;
    const own = await m.findOne(LetterTemplateVersion, { where: { kind, scope: scopeOf(programme, callId) }, order: { version: "DESC" } });
    const inherited =
      !own && callId != null ? await m.findOne(LetterTemplateVersion, { where: { kind, scope: scopeOf(programme, null) }, order: { version: "DESC" } }) : null;
    return {
      kind,
      programme,
      callId,
      current: own ?? inherited,
      inherited: !!inherited,
      hasSubject: hasSubject(kind),
      placeholders: [...PLACEHOLDERS[kind]],
      builtInSv: builtInTexts(kind, "sv", appealPhrase(programme)),
      builtInEn: builtInTexts(kind, "en", appealPhrase(programme)),
    };
  }

  /** The versions of a programme's or call's template, newest first, at most 50. */
  async versions(actor: Actor, kind: LetterTemplateKind, programme: GrantProgramme, callId: number | null, limit: number): Promise<LetterTemplateVersion[]> {
    this.checkAbility(actor);
    return this.db.manager.find(LetterTemplateVersion, {
      where: { kind, scope: scopeOf(programme, callId) },
      order: { version: "DESC" },
      take: Math.max(1, Math.min(limit, VERSIONS_MAX)),
    });
  }

  /** Refuses a draft with an unknown placeholder, bad syntax, or an empty or too long text. */
  private validate(d: LetterTemplateDraft) {
    // A subject is kept for e-mails only, but none is accepted longer than a subject may be.
    for (const field of ["subjectSv", "subjectEn"] as const)
      if ((d[field]?.length ?? 0) > SUBJECT_MAX)
        throw LetterTemplateErrors.tooLong(
          {
            part:
              field === "subjectSv"
                ? { sv: "Ämnesraden (svenska)", en: "The subject (Swedish)" }
                : { sv: "Ämnesraden (engelska)", en: "The subject (English)" },
            max: SUBJECT_MAX,
          },
          { field },
        );
    const parts: { field: keyof LetterTemplateDraft; text: string | null; label: { sv: string; en: string }; max: number }[] = [
      ...(hasSubject(d.kind)
        ? [
            { field: "subjectSv" as const, text: d.subjectSv, label: { sv: "ämnesraden (svenska)", en: "the subject (Swedish)" }, max: SUBJECT_MAX },
            { field: "subjectEn" as const, text: d.subjectEn, label: { sv: "ämnesraden (engelska)", en: "the subject (English)" }, max: SUBJECT_MAX },
          ]
        : []),
      { field: "bodySv", text: d.bodySv, label: { sv: "texten (svenska)", en: "the text (Swedish)" }, max: BODY_MAX },
      { field: "bodyEn", text: d.bodyEn, label: { sv: "texten (engelska)", en: "the text (English)" }, max: BODY_MAX },
    ];
    for (const p of parts) {
      const text = p.text ?? "";
      if (!text.trim()) throw LetterTemplateErrors.empty({ part: p.label }, { field: p.field });
      if (text.length > p.max) throw LetterTemplateErrors.tooLong({ part: p.label, max: p.max }, { field: p.field });
      const problem = templateProblems(d.kind, text)[0];
      if (!problem) continue;
      if (problem.kind === "unknown")
        throw LetterTemplateErrors.unknownPlaceholder(
          { name: problem.name, part: p.label, known: PLACEHOLDERS[d.kind].map((n) => `{{${n}}}`).join(", ") },
          { field: p.field, placeholder: problem.name },
        );
      if (problem.kind === "syntax") throw LetterTemplateErrors.syntax({ part: p.label, detail: problem.detail }, { field: p.field });
      throw LetterTemplateErrors.tagNotAllowed({ part: p.label }, { field: p.field });
    }
  }

  /** A draft rendered for a real application (the officer's to read) or a sample one, in both languages; nothing is stored. */
  async preview(actor: Actor, d: LetterTemplateDraft, applicationId: number | null) {
    this.checkAbility(actor);
    this.validate(d);
    const m = this.db.manager;
    let real: LetterData | null = null;
    if (applicationId != null) {
      if (!can(actor, "grant.read.all")) throw CommonErrors.forbidden();
      const app = await m.findOneBy(GrantApplicationEntity, { id: applicationId });
      if (!app) throw CommonErrors.notFound({ entity: { sv: "Ansökan", en: "The application" } });
      const [call, org] = await Promise.all([m.findOneByOrFail(GrantCall, { id: app.callId }), m.findOneBy(Organisation, { id: app.organisationId })]);
      const conditions = conditionValues(app, call, await loadContent(contentStore(call), m, app.id));
      real = { app, call, organisation: org?.name ?? "", conditions };
    }
    const sampleCall = (await this.checkScope(d.programme, d.callId)) ?? {
      title: renderPhrase(`letterTemplate.sample.call.${d.programme}`, undefined, "sv"),
      year: new Date().getUTCFullYear(),
      programme: d.programme,
    };
    const render = (lang: Language) => {
      const data = real ?? {
        app: sampleApplication(lang),
        call: sampleCall,
        organisation: renderPhrase("letterTemplate.sample.organisation", undefined, lang),
        conditions: sampleConditions(),
      };
      const values = letterValues(d.kind, lang, data);
      const texts = lang === "en" ? { subject: d.subjectEn, body: d.bodyEn } : { subject: d.subjectSv, body: d.bodySv };
      return { subject: hasSubject(d.kind) && texts.subject ? renderTemplate(texts.subject, values) : null, body: renderTemplate(texts.body, values) };
    };
    const [sv, en] = LANGUAGES.map(render);
    return { sv, en, applicationId: real ? String(real.app.id) : null };
  }

  /** Publishes the draft as the next version of its programme's or call's template, with its audit row. */
  async publish(actor: Actor, d: LetterTemplateDraft): Promise<LetterTemplateVersion> {
    this.checkAbility(actor);
    this.validate(d);
    return this.db.transaction(async (m) => {
      await this.checkScope(d.programme, d.callId, m);
      const scope = scopeOf(d.programme, d.callId);
      const latest = await m.findOne(LetterTemplateVersion, { where: { kind: d.kind, scope }, order: { version: "DESC" } });
      const version = m.create(LetterTemplateVersion, {
        kind: d.kind,
        scope,
        programme: d.programme,
        callId: d.callId,
        version: (latest?.version ?? 0) + 1,
        subjectSv: hasSubject(d.kind) ? d.subjectSv : null,
        subjectEn: hasSubject(d.kind) ? d.subjectEn : null,
        bodySv: d.bodySv,
        bodyEn: d.bodyEn,
        createdById: actor.userId,
      });
      try {
        await m.save(version);
      } catch (e) {
        if (/unique|duplicate/i.test(String(e))) throw LetterTemplateErrors.changedMeanwhile();
        throw e;
      }
      await audit(m, actor, {
        action: "letterTemplate.publish",
        entityType: "LetterTemplate",
        entityId: version.id,
        before: latest ? { id: latest.id, version: latest.version } : null,
        after: {
          kind: version.kind,
          scope,
          id: version.id,
          version: version.version,
          subjectSv: version.subjectSv,
          subjectEn: version.subjectEn,
          bodySv: version.bodySv,
          bodyEn: version.bodyEn,
        },
      });
      return version;
    });
  }
}

/** The paragraphs of each part of a letter already sent, re-rendered from the versions it was sent with. */
export async function issuedParagraphs(
  m: EntityManager,
  letter: LetterTemplateKind,
  d: LetterData,
  lang: Language,
): Promise<Map<LetterTemplateKind, string[]>> {
  const parts = new Map<LetterTemplateKind, string[]>();
  for (const kind of letterParts(letter)) {
    const texts = await issuedTexts(m, d.app.id, letter, kind, d.call.programme, lang);
    parts.set(kind, paragraphs(renderTemplate(texts.body, letterValues(kind, lang, d))));
  }
  return parts;
}

/**
 * An e-mail (and notification) written from a stored version, rendered now in both languages so it
 * reads the same later; the catalogue's own message when no version is stored.
 */
export function templatedMessage<M extends { kind: string; key?: string; params?: MessageParams }>(
  version: LetterTemplateVersion | null,
  builtIn: M,
  d: LetterData,
): M {
  if (!version) return builtIn;
  const [sv, en] = LANGUAGES.map((lang) => {
    const values = letterValues(version.kind, lang, d);
    const texts = versionTexts(version, lang);
    return { subject: renderTemplate(texts.subject ?? "", values), text: renderTemplate(texts.body, values) };
  });
  return {
    ...builtIn,
    key: "letterTemplate.mail",
    params: { subject: { sv: sv.subject, en: en.subject }, text: { sv: sv.text, en: en.text }, templateVersionId: version.id },
  };
}
