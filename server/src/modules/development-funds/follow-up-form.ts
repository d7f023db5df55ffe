import { Field, ID, ObjectType } from "type-graphql";
import { type EntityManager, In, IsNull } from "typeorm";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantPartialReportAnswer } from "../grants/partial-report.entity";
import { AnswerValueView, valueView } from "../questionnaires/questionnaire.fields";
import { choicesOf } from "../questionnaires/questionnaire.service";
import { formatKronor } from "../../shared/dates";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import {
  Answer,
  type AnswerValue,
  type Choice,
  OTHER,
  Question,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionType,
  TargetGroup,
} from "../questionnaires/questionnaire.entities";
import { QuestionnaireStatus, ResponseStatus } from "../questionnaires/questionnaire.state-machine";
import { DevelopmentFundRound, FundFollowUpDetails, FundUseCategory } from "./development-fund.entities";

type BankEntry = Pick<Question, "code" | "type" | "textSv" | "textEn" | "options" | "allowsOther" | "matrixRows" | "prefillCode">;
type Label = Omit<Choice, "code">;

const choices = (labels: Record<string, Label>): Choice[] => Object.entries(labels).map(([code, l]) => ({ code, ...l }));

/** Tabell 3: where the coordinating function is placed. */
export const PLACEMENTS: Record<string, Label> = {
  FORVALTNINGSOVERGRIPANDE: { sv: "Förvaltningsövergripande nivå (stabsfunktion)", en: "Across the administration (staff function)" },
  SOCIALTJANST_ENHET: { sv: "Specifik enhet inom socialtjänsten, till exempel IFO", en: "A unit of the social services, e.g. IFO" },
  HANDLAGGARE: { sv: "Enskild handläggare", en: "An individual case officer" },
  EXTERN: {
    sv: "Extern nivå, till exempel Centrum mot våld, annan kommun, kommunförbund",
    en: "External, e.g. a centre against violence, another kommun, a federation of kommuner",
  },
  NONE: { sv: "Det finns ingen samordningsfunktion", en: "There is no coordinating function" },
};

/** Tabell 4: the especially vulnerable groups the work reached. */
export const TARGET_GROUPS: Record<string, Label> = {
  HEDERSRELATERAT: { sv: "Vuxna och barn som drabbats av hedersrelaterat våld", en: "Adults and children affected by honour-related violence" },
  FUNKTIONSNEDSATTNING: { sv: "Våldsutsatta kvinnor med funktionsnedsättning", en: "Women exposed to violence with a disability" },
  MISSBRUK: { sv: "Våldsutsatta kvinnor med missbruk", en: "Women exposed to violence with substance abuse" },
  UTLANDSK_BAKGRUND: { sv: "Våldsutsatta kvinnor med utländsk bakgrund", en: "Women exposed to violence with a foreign background" },
  ALDRE: { sv: "Våldsutsatta äldre kvinnor över 65 år", en: "Older women exposed to violence, over 65" },
  UNGA: { sv: "Våldsutsatta unga kvinnor", en: "Young women exposed to violence" },
};

/** Tabell 5 and Figur 3: standardised assessment and conversation methods. */
export const METHODS: Record<string, Label> = {
  FREDA: { sv: "FREDA", en: "FREDA" },
  SARA: { sv: "SARA", en: "SARA" },
  PATRIARK: { sv: "PATRIARK", en: "PATRIARK" },
  TRAPPAN: { sv: "Trappan", en: "Trappan" },
  MI: { sv: "Motiverande samtal (MI)", en: "Motivational interviewing (MI)" },
};

/** Figur 2: what the kommuner and regioner used the funds for (the headings of the national report). */
export const AREAS: Record<string, Label> = {
  KVALITETSUTVECKLING: { sv: "Kvalitetsutveckling av socialnämndens långsiktiga arbete", en: "Quality development of the long-term work" },
  LEDNINGSSYSTEM: { sv: "Utveckling av ledningssystemet", en: "The management system" },
  SAMVERKAN: { sv: "Samverkan och samordning", en: "Cooperation and coordination" },
  KUNSKAP_METODER: { sv: "Kunskap om regelverk och verksamma metoder", en: "Knowledge of the rules and effective methods" },
  BARN: { sv: "Utredningar av och insatser för barn", en: "Investigations of and support for children" },
  FOREBYGGANDE: { sv: "Universella och selektivt förebyggande insatser", en: "Universal and selective prevention" },
  VALDSUTOVARE: { sv: "Insatser för personer som utövar våld", en: "Work with people who use violence" },
  SARSKILT_UTSATTA: { sv: "Metoder och insatser för särskilt utsatta grupper", en: "Methods and support for especially vulnerable groups" },
  PROSTITUTION: { sv: "Insatser mot prostitution och människohandel", en: "Work against prostitution and human trafficking" },
  OTHER: { sv: "Annat", en: "Other" },
};

/** The seven activity areas of the NGOs (förordning 2018:1207). */
export const NGO_AREAS: Record<string, Label> = {
  KVALITETSUTVECKLING: { sv: "Kvalitetsutveckling av verksamheten", en: "Quality development of the organisation's work" },
  UNIVERSELLT_FOREBYGGANDE: { sv: "Universellt förebyggande arbete", en: "Universal prevention" },
  VALDSUTSATTA_KVINNOR: { sv: "Stöd till våldsutsatta kvinnor", en: "Support for women exposed to violence" },
  SARSKILT_UTSATTA_GRUPPER: { sv: "Stöd till särskilt utsatta grupper", en: "Support for especially vulnerable groups" },
  BARN: { sv: "Stöd till barn som upplevt våld", en: "Support for children who experienced violence" },
  VALDSUTOVARE: { sv: "Arbete med våldsutövare", en: "Work with perpetrators" },
  PROSTITUTION_MANNISKOHANDEL: { sv: "Prostitution och människohandel", en: "Prostitution and human trafficking" },
};

export const PLACEMENT = "DF_COORDINATOR_PLACEMENT";
export const COORDINATOR_FUNDED = "DF_COORDINATOR_FUNDED";
export const GROUPS = "DF_TARGET_GROUPS";
export const ASSESSMENT = "DF_ASSESSMENT_METHODS";
export const AREA_PREFIX = "DF_AREA_";
export const NGO_AREA_PREFIX = "DF_NGO_AREA_";

const amount = (code: string, l: Label): BankEntry => ({
  code,
  type: QuestionType.AMOUNT,
  textSv: `Använt belopp (kr): ${l.sv}`,
  textEn: `Amount used (kr): ${l.en}`,
  options: [],
  allowsOther: false,
  matrixRows: [],
  prefillCode: null,
});

/**
 * The core questions of the follow-up of development funds. Their codes stay the same from year to
 * year so that Tabell 3–5 and Figur 2–3 compare across years; Socialstyrelsen may add questions.
 */
export const CORE_FOLLOW_UP: { entry: BankEntry; section: string }[] = [
  {
    section: "Samordning",
    entry: {
      code: PLACEMENT,
      type: QuestionType.SINGLE_CHOICE,
      textSv: "Var är samordningsfunktionen för arbetet mot våld i nära relationer placerad?",
      textEn: "Where is the coordinating function for the work against violence in close relationships placed?",
      options: choices(PLACEMENTS),
      allowsOther: false,
      matrixRows: [],
      prefillCode: null,
    },
  },
  {
    section: "Samordning",
    entry: {
      code: COORDINATOR_FUNDED,
      type: QuestionType.YES_NO_DONT_KNOW,
      textSv: "Har samordningsfunktionen finansierats med utvecklingsmedel?",
      textEn: "Has the coordinating function been financed with development funds?",
      options: [],
      allowsOther: false,
      matrixRows: [],
      prefillCode: null,
    },
  },
  {
    section: "Målgrupper och metoder",
    entry: {
      code: GROUPS,
      type: QuestionType.MULTIPLE_CHOICE,
      textSv: "Vilka utsatta grupper har arbetet nått?",
      textEn: "Which vulnerable groups has the work reached?",
      options: choices(TARGET_GROUPS),
      allowsOther: true,
      matrixRows: [],
      prefillCode: null,
    },
  },
  {
    section: "Målgrupper och metoder",
    entry: {
      code: ASSESSMENT,
      type: QuestionType.MULTIPLE_CHOICE,
      textSv: "Vilka standardiserade bedömnings- och samtalsmetoder har medlen använts för?",
      textEn: "Which standardised assessment and conversation methods have the funds been used for?",
      options: choices(METHODS),
      allowsOther: true,
      matrixRows: [],
      prefillCode: null,
    },
  },
  ...Object.entries(AREAS).map(([code, l]) => ({ section: "Användning av medlen", entry: amount(AREA_PREFIX + code, l) })),
  ...Object.entries(NGO_AREAS).map(([code, l]) => ({ section: "Användning av medlen (ideella organisationer)", entry: amount(NGO_AREA_PREFIX + code, l) })),
];

const CORE_CODES = CORE_FOLLOW_UP.map((c) => c.entry.code);

/** Whether a question of the form is asked of this kind of recipient (added questions are asked of everyone). */
export function askedOf(code: string, kind: OrganisationKind): boolean {
  const ngo = kind === OrganisationKind.IDEELL_ORGANISATION;
  if (code.startsWith(NGO_AREA_PREFIX)) return ngo;
  if (code.startsWith(AREA_PREFIX) || code === PLACEMENT || code === COORDINATOR_FUNDED) return !ngo;
  return true;
}

/** The core questions a recipient of this kind must answer (the amounts are checked as a sum). */
export function requiredOf(kind: OrganisationKind): string[] {
  return kind === OrganisationKind.IDEELL_ORGANISATION ? [GROUPS, ASSESSMENT] : [PLACEMENT, COORDINATOR_FUNDED, GROUPS, ASSESSMENT];
}

/** The codes whose amounts add up to the used amount, for this kind of recipient. */
export function amountCodes(kind: OrganisationKind): string[] {
  const prefix = kind === OrganisationKind.IDEELL_ORGANISATION ? NGO_AREA_PREFIX : AREA_PREFIX;
  return CORE_CODES.filter((c) => c.startsWith(prefix));
}

/**
 * Puts the core follow-up questions into the question bank. The reference data step runs it when
 * the server starts, so two rounds opened at the same moment never both try to create them; a row
 * someone else inserted first is skipped rather than refused.
 */
export async function ensureCoreFollowUpQuestions(m: EntityManager): Promise<number> {
  const have = new Set((await m.find(Question, { select: { code: true }, where: { code: In(CORE_CODES) } })).map((q) => q.code));
  const missing = CORE_FOLLOW_UP.filter((c) => !have.has(c.entry.code));
  if (!missing.length) return 0;
  await m
    .createQueryBuilder()
    .insert()
    .into(Question)
    .values(missing.map((c) => ({ ...c.entry, ownerOrganisationId: null })) as never)
    .orIgnore()
    .execute();
  return missing.length;
}

/** The round's follow-up form, created with the core questions the first time it is needed. */
export async function ensureFollowUpForm(m: EntityManager, round: DevelopmentFundRound): Promise<number> {
  if (round.followUpQuestionnaireId) return round.followUpQuestionnaireId;
  await ensureCoreFollowUpQuestions(m);
  const questions = new Map((await m.findBy(Question, { code: In(CORE_CODES) })).map((q) => [q.code, q.id]));
  const owner = await m.findOneOrFail(Organisation, { where: { kind: OrganisationKind.SOCIALSTYRELSEN }, order: { id: "ASC" } });
  const form = await m.save(
    m.create(Questionnaire, {
      titleSv: `Återrapportering av utvecklingsmedel ${round.year}`,
      titleEn: `Follow-up report on development funds ${round.year}`,
      year: round.year,
      targetGroup: TargetGroup.KOMMUNER,
      ownerOrganisationId: owner.id,
      status: QuestionnaireStatus.DRAFT,
      deadline: round.followUpDueDate,
      createdById: null,
      coreCodes: CORE_CODES,
    }),
  );
  await m.insert(
    QuestionnaireItem,
    CORE_FOLLOW_UP.map((c, n) => ({ questionnaireId: form.id, questionId: questions.get(c.entry.code)!, position: n + 1, section: c.section })),
  );
  const { affected } = await m.update(DevelopmentFundRound, { id: round.id, followUpQuestionnaireId: IsNull() }, { followUpQuestionnaireId: form.id });
  if (!affected) {
    await m.delete(QuestionnaireItem, { questionnaireId: form.id });
    await m.delete(Questionnaire, { id: form.id });
    const fresh = await m.findOneByOrFail(DevelopmentFundRound, { id: round.id });
    return fresh.followUpQuestionnaireId!;
  }
  round.followUpQuestionnaireId = form.id;
  return form.id;
}

/** One coded answer, by question id. */
export interface CodedAnswer {
  questionId: number;
  value: AnswerValue | null;
  otherText: string | null;
  comment: string | null;
}

/** Stores organisations' follow-ups as submitted responses to the form (replacing earlier answers of the same response). */
export async function recordCodedFollowUps(
  m: EntityManager,
  questionnaireId: number,
  rows: { organisationId: number; userId: number | null; answers: CodedAnswer[] }[],
): Promise<void> {
  if (!rows.length) return;
  const now = new Date();
  const orgIds = rows.map((r) => r.organisationId);
  const existing = await m.findBy(QuestionnaireResponse, { questionnaireId, organisationId: In(orgIds) });
  const have = new Set(existing.map((r) => r.organisationId));
  const fresh = rows.filter((r) => !have.has(r.organisationId));
  for (let i = 0; i < fresh.length; i += 200)
    await m.insert(
      QuestionnaireResponse,
      fresh.slice(i, i + 200).map((r) => ({
        questionnaireId,
        organisationId: r.organisationId,
        status: ResponseStatus.SUBMITTED,
        submittedAt: now,
        submittedById: r.userId,
        updatedById: r.userId,
        updatedAt: now,
      })),
    );
  if (existing.length) {
    await m.update(
      QuestionnaireResponse,
      { id: In(existing.map((r) => r.id)) },
      { status: ResponseStatus.SUBMITTED, submittedAt: now, updatedAt: now, submittedById: rows[0].userId, updatedById: rows[0].userId },
    );
    await m.delete(Answer, { responseId: In(existing.map((r) => r.id)) });
  }
  const responses = new Map((await m.findBy(QuestionnaireResponse, { questionnaireId, organisationId: In(orgIds) })).map((r) => [r.organisationId, r.id]));
  const answers = rows.flatMap((r) =>
    r.answers
      .filter((a) => a.value || a.comment)
      .map((a) => ({
        responseId: responses.get(r.organisationId)!,
        questionId: a.questionId,
        value: a.value,
        otherText: a.otherText,
        comment: a.comment,
        prefilled: false,
        prefilledValue: null,
        updatedById: r.userId,
        updatedAt: now,
      })),
  );
  for (let i = 0; i < answers.length; i += 200) await m.insert(Answer, answers.slice(i, i + 200) as never);
}

/** A follow-up read as codes: the value (and "other" text and comment) per question code. */
export type Coded = Map<string, { value: AnswerValue | null; otherText: string | null; comment: string | null }>;

const LEGACY_AREA: Record<FundUseCategory, string> = {
  [FundUseCategory.SAMORDNING]: "SAMVERKAN",
  [FundUseCategory.SAMVERKAN]: "SAMVERKAN",
  [FundUseCategory.KOMPETENSUTVECKLING]: "KUNSKAP_METODER",
  [FundUseCategory.METODER]: "KUNSKAP_METODER",
  [FundUseCategory.RUTINER]: "LEDNINGSSYSTEM",
  [FundUseCategory.OTHER]: "OTHER",
};

const GROUP_WORDS: [RegExp, string][] = [
  [/heder/i, "HEDERSRELATERAT"],
  [/funktionsneds/i, "FUNKTIONSNEDSATTNING"],
  [/missbruk|beroende/i, "MISSBRUK"],
  [/utländsk|utrikes/i, "UTLANDSK_BAKGRUND"],
  [/äldre|65/i, "ALDRE"],
  [/unga/i, "UNGA"],
];
const METHOD_WORDS: [RegExp, string][] = [
  [/freda/i, "FREDA"],
  [/sara/i, "SARA"],
  [/patriark/i, "PATRIARK"],
  [/trappan/i, "TRAPPAN"],
  [/^mi$|motiverande/i, "MI"],
];
const PLACEMENT_WORDS: [RegExp, string][] = [
  [/förvaltningsöverg|stab/i, "FORVALTNINGSOVERGRIPANDE"],
  [/handläggare/i, "HANDLAGGARE"],
  [/enhet|ifo|socialtjänst/i, "SOCIALTJANST_ENHET"],
  [/extern|centrum|kommunförbund|annan kommun/i, "EXTERN"],
];

/** Strings written as free text, as choice codes; what matches none counts as "other" with the text kept. */
function codesOf(texts: string[], words: [RegExp, string][]): { choices: string[]; other: string[] } {
  const found = new Set<string>();
  const other: string[] = [];
  for (const t of texts) {
    const hit = words.find(([re]) => re.test(t));
    if (hit) found.add(hit[1]);
    else if (t.trim()) other.push(t.trim());
  }
  return { choices: [...found, ...(other.length ? [OTHER] : [])], other };
}

/**
 * A follow-up sent in before the form was coded (or through the older fields), as codes: the
 * categories of use map onto the report's areas, known names of groups and methods onto their
 * codes, and the rest is "other" with the text kept. Nothing of the original row is changed.
 */
export function legacyToCoded(d: Pick<FundFollowUpDetails, "usedByCategory" | "coordinatorPlacement" | "targetGroups" | "assessmentMethods">): Coded {
  const coded: Coded = new Map();
  for (const line of d.usedByCategory) {
    const code = AREA_PREFIX + LEGACY_AREA[line.category];
    const before = coded.get(code)?.value?.number ?? 0;
    coded.set(code, { value: { number: before + line.amount }, otherText: null, comment: null });
  }
  const place = d.coordinatorPlacement?.trim();
  if (place) {
    const hit = PLACEMENT_WORDS.find(([re]) => re.test(place));
    coded.set(PLACEMENT, { value: hit ? { choice: hit[1] } : null, otherText: null, comment: place });
  }
  for (const [code, texts, words] of [
    [GROUPS, d.targetGroups, GROUP_WORDS],
    [ASSESSMENT, d.assessmentMethods, METHOD_WORDS],
  ] as const) {
    if (!texts.length) continue;
    const { choices: c, other } = codesOf([...texts], [...words]);
    coded.set(code, { value: { choices: c }, otherText: other.length ? other.join(", ").slice(0, 500) : null, comment: null });
  }
  return coded;
}

@ObjectType({ description: "A question of the follow-up form as this recipient is asked it" })
export class FollowUpFormQuestion {
  @Field(() => Question)
  question: Question;

  @Field(() => String, { nullable: true })
  section: string | null;

  @Field({ description: "A core question of the national follow-up; answering it is required" })
  required: boolean;

  @Field({ description: "An amount per area: the amounts add up to the used amount" })
  areaAmount: boolean;
}

@ObjectType({ description: "The round's follow-up form (a questionnaire), for one recipient" })
export class DevelopmentFundFollowUpForm {
  @Field(() => ID)
  questionnaireId: number;

  @Field(() => [FollowUpFormQuestion])
  questions: FollowUpFormQuestion[];
}

@ObjectType({ description: "One coded answer of a follow-up, with the comment beside it" })
export class FollowUpAnswer {
  @Field()
  code: string;

  @Field()
  textSv: string;

  @Field()
  textEn: string;

  @Field(() => AnswerValueView, { nullable: true })
  value: AnswerValueView | null;

  @Field({ description: "The answer as words, in Swedish" })
  shownSv: string;

  @Field({ description: "The answer as words, in English" })
  shownEn: string;

  @Field(() => String, { nullable: true })
  otherText: string | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field({ description: "Read from a follow-up sent in before the form was coded" })
  older: boolean;
}

/** The questions of a form this kind of recipient is asked, required core questions marked. */
export function formFor(questionnaireId: number, items: { question: Question; section: string | null }[], kind: OrganisationKind): DevelopmentFundFollowUpForm {
  const required = new Set(requiredOf(kind));
  const amounts = new Set(amountCodes(kind));
  return {
    questionnaireId,
    questions: items
      .filter((i) => askedOf(i.question.code, kind))
      .map((i) => ({ question: i.question, section: i.section, required: required.has(i.question.code), areaAmount: amounts.has(i.question.code) })),
  };
}

/** An answer as words in both languages: the choices' labels (with what "other" is), the amount in kronor, the number or the text. */
function shown(
  q: Pick<Question, "type" | "options" | "allowsOther" | "matrixRows">,
  v: AnswerValue | null,
  otherText: string | null,
): { shownSv: string; shownEn: string } {
  const labels = new Map(choicesOf(q as Question).map((c) => [c.code, c]));
  const words = (lang: "sv" | "en") => {
    if (!v) return "–";
    const codes = v.choice !== undefined ? [v.choice] : v.choices;
    if (codes)
      return codes.length
        ? codes.map((c) => (c === OTHER && otherText ? `${labels.get(c)?.[lang] ?? c}: ${otherText}` : (labels.get(c)?.[lang] ?? c))).join(", ")
        : "–";
    if (v.number !== undefined) return q.type === QuestionType.AMOUNT ? formatKronor(v.number) : String(v.number);
    if (v.text !== undefined) return v.text;
    if (v.matrix)
      return Object.entries(v.matrix)
        .map(([row, col]) => `${q.matrixRows.find((r) => r.code === row)?.[lang] ?? row}: ${labels.get(col)?.[lang] ?? col}`)
        .join("; ");
    return "–";
  };
  return { shownSv: words("sv"), shownEn: words("en") };
}

/** One answer as a follow-up shows it: its question's code and texts, the value, and it in words. `older` marks an answer read from the details kept before coded forms. */
function answerView(
  q: Pick<Question, "code" | "textSv" | "textEn" | "type" | "options" | "allowsOther" | "matrixRows">,
  a: { value: AnswerValue | null; otherText: string | null; comment: string | null },
  older = false,
): FollowUpAnswer {
  return {
    code: q.code,
    textSv: q.textSv,
    textEn: q.textEn,
    value: valueView(a.value),
    ...shown(q, a.value, a.otherText),
    otherText: a.otherText,
    comment: a.comment,
    older,
  };
}

/** The coded follow-ups of applications (their form's answers, else the older details as codes), for a loader. */
export async function followUpAnswersOf(m: EntityManager, ids: readonly number[]): Promise<FollowUpAnswer[][]> {
  const apps = await m.find(GrantApplication, { select: { id: true, callId: true, organisationId: true }, where: { id: In([...ids]) } });
  const callIds = [...new Set(apps.map((a) => a.callId))];
  const rounds = callIds.length
    ? await m.find(DevelopmentFundRound, { where: [{ kommunCallId: In(callIds) }, { regionCallId: In(callIds) }, { ngoCallId: In(callIds) }] })
    : [];
  const formOf = (callId: number) => rounds.find((r) => [r.kommunCallId, r.regionCallId, r.ngoCallId].includes(callId))?.followUpQuestionnaireId ?? null;
  const formIds = [...new Set(apps.map((a) => formOf(a.callId)).filter((x): x is number => x != null))];
  const responses = formIds.length
    ? await m.find(QuestionnaireResponse, {
        where: { questionnaireId: In(formIds), organisationId: In(apps.map((a) => a.organisationId)), status: ResponseStatus.SUBMITTED },
      })
    : [];
  const answers = responses.length ? await m.findBy(Answer, { responseId: In(responses.map((r) => r.id)) }) : [];
  const questions = new Map((answers.length ? await m.findBy(Question, { id: In([...new Set(answers.map((a) => a.questionId))]) }) : []).map((q) => [q.id, q]));
  const details = await m.findBy(FundFollowUpDetails, { applicationId: In([...ids]) });
  const core = new Map(CORE_FOLLOW_UP.map((c) => [c.entry.code, c.entry]));
  return ids.map((id) => {
    const app = apps.find((a) => a.id === id);
    if (!app) return [];
    const response = responses.find((r) => r.questionnaireId === formOf(app.callId) && r.organisationId === app.organisationId);
    if (response) return answers.filter((a) => a.responseId === response.id).map((a) => answerView(questions.get(a.questionId)!, a));
    const old = details.find((d) => d.applicationId === id);
    if (!old) return [];
    return [...legacyToCoded(old)].map(([code, a]) => answerView({ ...core.get(code)!, code }, a, true));
  });
}

/** The coded answers of partial reports, by the partial report's row, rendered as the final report's are; for a loader. */
export async function partialReportAnswersOf(m: EntityManager, reportIds: readonly number[]): Promise<FollowUpAnswer[][]> {
  const answers = await m.findBy(GrantPartialReportAnswer, { partialReportId: In([...reportIds]) });
  const questions = new Map((answers.length ? await m.findBy(Question, { id: In([...new Set(answers.map((a) => a.questionId))]) }) : []).map((q) => [q.id, q]));
  return reportIds.map((id) =>
    answers.filter((a) => a.partialReportId === id && questions.has(a.questionId)).map((a) => answerView(questions.get(a.questionId)!, a)),
  );
}
