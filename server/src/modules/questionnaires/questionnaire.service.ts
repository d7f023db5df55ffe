import { type EntityManager, In } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { addDays, stockholmDate } from "../../shared/dates";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";
import { param } from "../../shared/messages";
import type { PageArgs } from "../../shared/pagination";
import { offeredActions } from "../../shared/state-machine";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplicationStatus } from "../grants/grant-application.state-machine";
import { GrantCall } from "../grants/grant-call.entity";
import type { NotificationService } from "../notifications/notification.service";
import { County } from "../organisations/county.entity";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { usersWithAbility } from "../users/user.service";
import { prefillProvider } from "./prefill";
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
  YES_NO_DONT_KNOW,
} from "./questionnaire.entities";
import { QuestionnaireErrors } from "./questionnaire.errors";
import type { AnswerInput, CreateQuestionInput, QuestionBankArgs, QuestionnairesArgs, SaveQuestionnaireInput } from "./questionnaire.inputs";
import {
  QuestionnaireAction,
  questionnaireMachine,
  QuestionnaireResponseAction,
  QuestionnaireStatus,
  responseMachine,
  ResponseStatus,
} from "./questionnaire.state-machine";

function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return QuestionnaireErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

/** At most this many columns in a matrix question (the results of a questionnaire are priced by it). */
export const MAX_MATRIX_COLUMNS = 8;
/** The largest number or amount an answer may hold. */
const MAX_NUMBER = 2_000_000_000;

/** The organisation kinds a target group is made of. */
const KIND_OF: Record<TargetGroup, OrganisationKind> = {
  LANSSTYRELSER: OrganisationKind.LANSSTYRELSE,
  KOMMUNER: OrganisationKind.KOMMUN,
  REGIONER: OrganisationKind.REGION,
  NGOS_WITH_GRANTS: OrganisationKind.IDEELL_ORGANISATION,
};

/** Grant applications that mean an NGO had a grant. */
const GRANTED = [
  GrantApplicationStatus.APPROVED,
  GrantApplicationStatus.PARTIALLY_APPROVED,
  GrantApplicationStatus.PAID,
  GrantApplicationStatus.REPAYMENT_DUE,
  GrantApplicationStatus.REPORTED,
  GrantApplicationStatus.REPAID,
  GrantApplicationStatus.REQUISITIONED,
];

/** The choices a question offers (for yes/no/don't know, the fixed three). */
export function choicesOf(q: Question): Choice[] {
  if (q.type === QuestionType.YES_NO_DONT_KNOW) return YES_NO_DONT_KNOW;
  if (q.type === QuestionType.MATRIX) return q.options;
  const own = q.options ?? [];
  return q.allowsOther ? [...own, { code: OTHER, sv: "Annat", en: "Other" }] : own;
}

function isEmpty(v: AnswerValue | null | undefined): boolean {
  if (!v) return true;
  return v.choice === undefined && v.choices === undefined && v.number === undefined && (v.text === undefined || v.text === "") && v.matrix === undefined;
}

export function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
  const norm = (v: AnswerValue | null) =>
    JSON.stringify(v ? { ...v, choices: v.choices ? [...v.choices].sort() : undefined, matrix: v.matrix ? Object.entries(v.matrix).sort() : undefined } : null);
  return norm(a) === norm(b);
}

/** An answer in the shape its question takes, or a BAD_USER_INPUT naming what is wrong. Null clears the answer. */
export function valueFor(q: Question, input: AnswerInput): AnswerValue | null {
  const field = `answers.${q.code}`;
  const codes = new Set(choicesOf(q).map((c) => c.code));
  const given = [input.choice, input.choices, input.number, input.text, input.matrix].filter((x) => x !== undefined && x !== null);
  if (given.length === 0) return null;
  if (given.length > 1) throw invalid(field, "questionnaires.wrongAnswerShape");
  switch (q.type) {
    case QuestionType.YES_NO_DONT_KNOW:
    case QuestionType.SINGLE_CHOICE:
      if (input.choice == null) throw invalid(field, "questionnaires.wrongAnswerShape");
      if (!codes.has(input.choice)) throw invalid(field, "questionnaires.chooseOneOfTheChoices");
      return { choice: input.choice };
    case QuestionType.MULTIPLE_CHOICE: {
      if (!input.choices) throw invalid(field, "questionnaires.wrongAnswerShape");
      if (input.choices.some((c) => !codes.has(c))) throw invalid(field, "questionnaires.chooseOneOfTheChoices");
      const order = choicesOf(q).map((c) => c.code);
      return { choices: [...new Set(input.choices)].sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
    }
    case QuestionType.NUMBER:
    case QuestionType.AMOUNT:
      if (input.number == null) throw invalid(field, "questionnaires.wrongAnswerShape");
      if (!Number.isInteger(input.number) || input.number < 0 || input.number > MAX_NUMBER)
        throw invalid(field, q.type === QuestionType.AMOUNT ? "questionnaires.enterAnAmount" : "questionnaires.enterANumber");
      return { number: input.number };
    case QuestionType.TEXT: {
      if (input.text == null) throw invalid(field, "questionnaires.wrongAnswerShape");
      const text = input.text.trim();
      return text ? { text } : null;
    }
    case QuestionType.MATRIX: {
      if (!input.matrix) throw invalid(field, "questionnaires.wrongAnswerShape");
      const rows = new Set(q.matrixRows.map((r) => r.code));
      const matrix: Record<string, string> = {};
      for (const cell of input.matrix) {
        if (!rows.has(cell.row) || !codes.has(cell.column) || cell.row in matrix) throw invalid(field, "questionnaires.chooseOneOfTheChoices");
        matrix[cell.row] = cell.column;
      }
      return Object.keys(matrix).length ? { matrix } : null;
    }
  }
}

/** A pre-filled value reduced to what the question offers (a provider may know more topics or types than a question asks about). */
function fitToQuestion(q: Question, v: AnswerValue): AnswerValue | null {
  const codes = new Set(choicesOf(q).map((c) => c.code));
  switch (q.type) {
    case QuestionType.YES_NO_DONT_KNOW:
    case QuestionType.SINGLE_CHOICE:
      return v.choice !== undefined && codes.has(v.choice) ? { choice: v.choice } : null;
    case QuestionType.MULTIPLE_CHOICE:
      return v.choices ? { choices: v.choices.filter((c) => codes.has(c)) } : null;
    case QuestionType.NUMBER:
    case QuestionType.AMOUNT:
      return v.number !== undefined && Number.isInteger(v.number) && v.number >= 0 ? { number: v.number } : null;
    case QuestionType.TEXT:
      return v.text ? { text: v.text } : null;
    case QuestionType.MATRIX: {
      if (!v.matrix) return null;
      const matrix = Object.fromEntries(q.matrixRows.filter((r) => codes.has(v.matrix![r.code] ?? "")).map((r) => [r.code, v.matrix![r.code]]));
      return Object.keys(matrix).length ? { matrix } : null;
    }
  }
}

/** What is missing before a response can be submitted: every question answered (free text is optional), every matrix row, "other" described. */
function missingAnswers(questions: Question[], answers: Map<number, Answer>): string[] {
  const missing: string[] = [];
  for (const q of questions) {
    if (q.type === QuestionType.TEXT) continue;
    const a = answers.get(q.id);
    const v = a?.value ?? null;
    if (isEmpty(v)) missing.push(q.code);
    else if (q.type === QuestionType.MATRIX && q.matrixRows.some((r) => !v!.matrix?.[r.code])) missing.push(q.code);
    else if ((v!.choice === OTHER || v!.choices?.includes(OTHER)) && !a?.otherText?.trim()) missing.push(q.code);
  }
  return missing;
}

/** A questionnaire's questions in order, with their sections. */
export async function questionnaireQuestions(
  m: EntityManager,
  questionnaireId: number,
): Promise<{ question: Question; position: number; section: string | null }[]> {
  const items = await m.find(QuestionnaireItem, { where: { questionnaireId }, order: { position: "ASC" } });
  const questions = items.length ? await m.findBy(Question, { id: In(items.map((i) => i.questionId)) }) : [];
  const byId = new Map(questions.map((q) => [q.id, q]));
  return items.map((i) => ({ question: byId.get(i.questionId)!, position: i.position, section: i.section }));
}

// ---- results: one aggregation, for the nation or a county -----------------------------------------

export interface ChoiceCount {
  code: string;
  sv: string;
  en: string;
  count: number;
  share: number;
}

export interface MatrixCellCount {
  row: string;
  column: string;
  count: number;
  share: number;
}

export interface QuestionFigures {
  question: Question;
  position: number;
  section: string | null;
  answered: number;
  choices: ChoiceCount[];
  cells: MatrixCellCount[];
  sum: number | null;
  mean: number | null;
}

const share = (n: number, of: number) => (of > 0 ? n / of : 0);

/** Counts and shares per choice, per matrix cell, sums and means, over the given submitted answers. */
export function aggregate(items: { question: Question; position: number; section: string | null }[], answers: Answer[]): QuestionFigures[] {
  const byQuestion = new Map<number, AnswerValue[]>();
  for (const a of answers) {
    if (isEmpty(a.value)) continue;
    const list = byQuestion.get(a.questionId) ?? [];
    list.push(a.value!);
    byQuestion.set(a.questionId, list);
  }
  return items.map(({ question: q, position, section }) => {
    const values = byQuestion.get(q.id) ?? [];
    const answered = values.length;
    const figures: QuestionFigures = { question: q, position, section, answered, choices: [], cells: [], sum: null, mean: null };
    switch (q.type) {
      case QuestionType.YES_NO_DONT_KNOW:
      case QuestionType.SINGLE_CHOICE:
      case QuestionType.MULTIPLE_CHOICE:
        figures.choices = choicesOf(q).map((c) => {
          const count = values.filter((v) => v.choice === c.code || v.choices?.includes(c.code)).length;
          return { ...c, count, share: share(count, answered) };
        });
        break;
      case QuestionType.NUMBER:
      case QuestionType.AMOUNT: {
        const sum = values.reduce((s, v) => s + (v.number ?? 0), 0);
        figures.sum = sum;
        figures.mean = answered ? sum / answered : null;
        break;
      }
      case QuestionType.MATRIX:
        for (const row of q.matrixRows) {
          const inRow = values.filter((v) => v.matrix?.[row.code]);
          for (const col of q.options) {
            const count = inRow.filter((v) => v.matrix![row.code] === col.code).length;
            figures.cells.push({ row: row.code, column: col.code, count, share: share(count, inRow.length) });
          }
        }
        break;
      case QuestionType.TEXT:
        break;
    }
    return figures;
  });
}

export interface RateFigures {
  recipients: number;
  submitted: number;
  share: number;
}

export interface CountyRate extends RateFigures {
  countyCode: string;
}

/**
 * Questionnaires and their answers: the bank of reusable questions, building a questionnaire for
 * a year and a target group, sending it (one response per organisation of the group), reminding
 * those who have not answered, answering (a draft, submitted once, corrected until the deadline,
 * pre-filled where the platform knows the answer), and the results.
 *
 * An organisation's answers are read only by itself and the questionnaire's owner; the results
 * (counts and shares) by the owner, Socialstyrelsen and Vårdanalys.
 */
export class QuestionnaireService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
  ) {}

  // ---- access ------------------------------------------------------------------------------

  /** The owner's builder: the owning organisation's people who may build questionnaires. */
  isOwner(actor: Actor, q: Questionnaire): boolean {
    return q.ownerOrganisationId === actor.organisationId && can(actor, "questionnaire.manage");
  }

  canReadResults(actor: Actor, q: Questionnaire): Error | null {
    if (q.status === QuestionnaireStatus.DRAFT) return QuestionnaireErrors.notSent();
    return this.isOwner(actor, q) || can(actor, "questionnaire.results.read") ? null : QuestionnaireErrors.resultsForbidden();
  }

  canEdit(actor: Actor, q: Questionnaire): Error | null {
    if (!this.isOwner(actor, q)) return QuestionnaireErrors.notOwner();
    if (q.status !== QuestionnaireStatus.DRAFT) return QuestionnaireErrors.notEditable({ status: questionnaireMachine.labels[q.status] });
    return null;
  }

  canSend(actor: Actor, q: Questionnaire): Error | null {
    if (!this.isOwner(actor, q)) return QuestionnaireErrors.notOwner();
    if (q.coreCodes) return QuestionnaireErrors.answeredInItsOwnFlow();
    return questionnaireMachine.refusal(q.status, QuestionnaireStatus.SENT);
  }

  canRemind(actor: Actor, q: Questionnaire, today = stockholmDate()): Error | null {
    if (!this.isOwner(actor, q)) return QuestionnaireErrors.notOwner();
    if (q.status !== QuestionnaireStatus.SENT) return QuestionnaireErrors.notEditable({ status: questionnaireMachine.labels[q.status] });
    if (today > q.deadline) return QuestionnaireErrors.deadlinePassed({ deadline: q.deadline });
    return null;
  }

  canClose(actor: Actor, q: Questionnaire): Error | null {
    if (!this.isOwner(actor, q)) return QuestionnaireErrors.notOwner();
    return questionnaireMachine.refusal(q.status, QuestionnaireStatus.CLOSED);
  }

  questionnaireActions(actor: Actor, q: Questionnaire): QuestionnaireAction[] {
    const rules: Record<QuestionnaireAction, () => Error | null> = {
      EDIT: () => this.canEdit(actor, q),
      SEND: () => this.canSend(actor, q),
      REMIND: () => this.canRemind(actor, q),
      CLOSE: () => this.canClose(actor, q),
      READ_RESULTS: () => this.canReadResults(actor, q),
    };
    return offeredActions(rules);
  }

  /** Saving answers (a draft, or a correction after submitting): the responding organisation, while the questionnaire is open and the deadline has not passed. */
  canSave(actor: Actor, r: QuestionnaireResponse, q: Questionnaire, today = stockholmDate()): Error | null {
    if (r.organisationId !== actor.organisationId) return QuestionnaireErrors.responseNotFound();
    if (!can(actor, "questionnaire.answer")) return QuestionnaireErrors.notOwner();
    if (q.status === QuestionnaireStatus.CLOSED) return QuestionnaireErrors.questionnaireClosed();
    if (q.status !== QuestionnaireStatus.SENT) return QuestionnaireErrors.responseNotFound();
    if (today > q.deadline) return QuestionnaireErrors.deadlinePassed({ deadline: q.deadline });
    return null;
  }

  canSubmit(actor: Actor, r: QuestionnaireResponse, q: Questionnaire): Error | null {
    return this.canSave(actor, r, q) ?? responseMachine.refusal(r.status, ResponseStatus.SUBMITTED);
  }

  responseActions(actor: Actor, r: QuestionnaireResponse, q: Questionnaire): QuestionnaireResponseAction[] {
    const rules: Record<QuestionnaireResponseAction, () => Error | null> = {
      SAVE: () => this.canSave(actor, r, q),
      SUBMIT: () => this.canSubmit(actor, r, q),
    };
    return offeredActions(rules);
  }

  /** A questionnaire the actor may see: its owner, those who read results (once sent), and the organisations asked to answer it. */
  async questionnaire(actor: Actor, id: number, m: EntityManager = this.db.manager): Promise<Questionnaire> {
    const q = await m.findOneBy(Questionnaire, { id: Number(id) || -1 });
    if (!q) throw QuestionnaireErrors.questionnaireNotFound();
    if (q.ownerOrganisationId === actor.organisationId) return q;
    if (q.status !== QuestionnaireStatus.DRAFT && can(actor, "questionnaire.results.read")) return q;
    if (q.status !== QuestionnaireStatus.DRAFT && (await m.existsBy(QuestionnaireResponse, { questionnaireId: q.id, organisationId: actor.organisationId })))
      return q;
    throw QuestionnaireErrors.questionnaireNotFound();
  }

  private async owned(actor: Actor, id: number, m: EntityManager): Promise<Questionnaire> {
    const q = await this.questionnaire(actor, id, m);
    if (!this.isOwner(actor, q)) throw QuestionnaireErrors.notOwner();
    return q;
  }

  /** A response: read by its own organisation and by the questionnaire's owner, nobody else. */
  async response(actor: Actor, id: number, m: EntityManager = this.db.manager): Promise<{ response: QuestionnaireResponse; questionnaire: Questionnaire }> {
    const response = await m.findOneBy(QuestionnaireResponse, { id: Number(id) || -1 });
    if (!response) throw QuestionnaireErrors.responseNotFound();
    const questionnaire = await m.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
    if (response.organisationId !== actor.organisationId && !this.isOwner(actor, questionnaire)) throw QuestionnaireErrors.responseNotFound();
    return { response, questionnaire };
  }

  // ---- the question bank -------------------------------------------------------------------

  async questionBank(args: QuestionBankArgs, page: PageArgs) {
    const qb = this.db.manager.createQueryBuilder(Question, "q").orderBy("q.code", "ASC").addOrderBy("q.id", "ASC").skip(page.offset).take(page.limit);
    const search = args.search?.trim();
    if (search) qb.where("(LOWER(q.code) LIKE :s OR LOWER(q.textSv) LIKE :s OR LOWER(q.textEn) LIKE :s)", { s: `%${search.toLowerCase()}%` });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async createQuestion(actor: Actor, input: CreateQuestionInput): Promise<Question> {
    const options = input.options.map((o) => ({ code: o.code, sv: o.sv.trim(), en: o.en.trim() }));
    const rows = input.matrixRows.map((o) => ({ code: o.code, sv: o.sv.trim(), en: o.en.trim() }));
    const choosing = [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.MATRIX].includes(input.type);
    if (choosing && options.length < 2) throw invalid("options", "questionnaires.addChoices");
    if (!choosing && options.length) throw invalid("options", "questionnaires.noChoicesForType");
    if (input.type === QuestionType.MATRIX && options.length > MAX_MATRIX_COLUMNS)
      throw invalid("options", "validator.arrayMaxSize", { value: MAX_MATRIX_COLUMNS });
    if (input.type === QuestionType.MATRIX && !rows.length) throw invalid("matrixRows", "questionnaires.addMatrixRows");
    if (input.type !== QuestionType.MATRIX && rows.length) throw invalid("matrixRows", "questionnaires.noChoicesForType");
    const codes = options.map((o) => o.code);
    if (new Set(codes).size !== codes.length || codes.includes(OTHER)) throw invalid("options", "questionnaires.choiceCodesUnique");
    if (new Set(rows.map((r) => r.code)).size !== rows.length) throw invalid("matrixRows", "questionnaires.choiceCodesUnique");
    const prefillCode = input.prefillCode?.trim() || null;
    if (prefillCode && !prefillProvider(prefillCode)) throw invalid("prefillCode", "questionnaires.unknownPrefill", { code: prefillCode });
    return this.db.transaction(async (m) => {
      if (await m.existsBy(Question, { code: input.code })) throw QuestionnaireErrors.codeTaken({ code: input.code });
      const q = await m.save(
        m.create(Question, {
          code: input.code,
          type: input.type,
          textSv: input.textSv.trim(),
          textEn: input.textEn.trim(),
          options,
          allowsOther: [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE].includes(input.type) && input.allowsOther,
          matrixRows: rows,
          prefillCode,
          ownerOrganisationId: actor.organisationId,
        }),
      );
      await audit(m, actor, { action: "question.create", entityType: "Question", entityId: q.id, after: { code: q.code, type: q.type } });
      return q;
    });
  }

  // ---- building and sending ----------------------------------------------------------------

  async listQuestionnaires(actor: Actor, args: QuestionnairesArgs, page: PageArgs) {
    const qb = this.db.manager.createQueryBuilder(Questionnaire, "q").orderBy("q.year", "DESC").addOrderBy("q.id", "DESC").skip(page.offset).take(page.limit);
    if (can(actor, "questionnaire.results.read"))
      qb.where("(q.ownerOrganisationId = :org OR q.status <> :draft)", { org: actor.organisationId, draft: QuestionnaireStatus.DRAFT });
    else qb.where("q.ownerOrganisationId = :org", { org: actor.organisationId });
    if (args.year) qb.andWhere("q.year = :year", { year: args.year });
    if (args.status) qb.andWhere("q.status = :status", { status: args.status });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async saveQuestionnaire(actor: Actor, input: SaveQuestionnaireInput): Promise<Questionnaire> {
    const ids = input.items.map((i) => Number(i.questionId));
    if (new Set(ids).size !== ids.length) throw invalid("items", "questionnaires.questionTwice");
    const today = stockholmDate();
    if (input.deadline < today) throw invalid("deadline", "questionnaires.deadlineNotBeforeToday", { today });
    return this.db.transaction(async (m) => {
      const found = ids.length ? await m.findBy(Question, { id: In(ids) }) : [];
      if (found.length !== ids.length) throw QuestionnaireErrors.questionNotFound();
      const fields = {
        titleSv: input.titleSv.trim(),
        titleEn: input.titleEn.trim(),
        year: input.year,
        targetGroup: input.targetGroup,
        deadline: input.deadline,
      };
      let q: Questionnaire;
      let before: Record<string, unknown> | null = null;
      if (input.id) {
        q = await this.owned(actor, Number(input.id), m);
        const refusal = this.canEdit(actor, q);
        if (refusal) throw refusal;
        const kept = new Set(found.map((x) => x.code));
        const removed = (q.coreCodes ?? []).filter((code) => !kept.has(code));
        if (removed.length) throw invalid("items", "questionnaires.coreQuestionsStay", { codes: removed.join(", ") });
        const items = await m.find(QuestionnaireItem, { where: { questionnaireId: q.id }, order: { position: "ASC" } });
        before = { ...pick(q), questions: items.map((i) => i.questionId) };
        const changed = await m.update(Questionnaire, { id: q.id, status: QuestionnaireStatus.DRAFT }, fields);
        if (!changed.affected) throw questionnaireMachine.changedMeanwhile();
        Object.assign(q, fields);
        await m.delete(QuestionnaireItem, { questionnaireId: q.id });
      } else {
        q = await m.save(
          m.create(Questionnaire, { ...fields, ownerOrganisationId: actor.organisationId, status: QuestionnaireStatus.DRAFT, createdById: actor.userId }),
        );
      }
      if (input.items.length)
        await m.insert(
          QuestionnaireItem,
          input.items.map((i, n) => ({ questionnaireId: q.id, questionId: Number(i.questionId), position: n + 1, section: i.section?.trim() || null })),
        );
      await audit(m, actor, {
        action: before ? "questionnaire.update" : "questionnaire.create",
        entityType: "Questionnaire",
        entityId: q.id,
        before,
        after: { ...pick(q), questions: ids },
      });
      return q;
    });
  }

  /** The organisations of a questionnaire's target group, as a query selecting their ids. */
  private recipientIds(m: EntityManager, q: Questionnaire) {
    const qb = m.createQueryBuilder(Organisation, "o").select("o.id", "id").where("o.kind = :kind", { kind: KIND_OF[q.targetGroup] });
    if (q.targetGroup === TargetGroup.NGOS_WITH_GRANTS) {
      const granted = m
        .createQueryBuilder(GrantApplication, "ga")
        .select("ga.organisationId")
        .innerJoin(GrantCall, "gc", "gc.id = ga.callId")
        .where("gc.year = :year")
        .andWhere("ga.status IN (:...granted)");
      qb.andWhere(`o.id IN (${granted.getQuery()})`, { year: q.year, granted: GRANTED });
    }
    return qb;
  }

  /**
   * Sends the questionnaire: one response (a draft) for every organisation of the target group,
   * written by one INSERT … SELECT, and a notification to everyone there who may answer.
   */
  async send(actor: Actor, id: number): Promise<Questionnaire> {
    return this.db.transaction(async (m) => {
      const q = await this.owned(actor, id, m);
      const refusal = this.canSend(actor, q);
      if (refusal) throw refusal;
      const today = stockholmDate();
      if (q.deadline < today) throw invalid("deadline", "questionnaires.deadlineNotBeforeToday", { today });
      if (!(await m.existsBy(QuestionnaireItem, { questionnaireId: q.id }))) throw invalid("items", "questionnaires.addAtLeastOneQuestion");
      const now = new Date();
      const changed = await m.update(Questionnaire, { id: q.id, status: QuestionnaireStatus.DRAFT }, { status: QuestionnaireStatus.SENT, sentAt: now });
      if (!changed.affected) throw questionnaireMachine.changedMeanwhile();
      const recipients = this.recipientIds(m, q)
        .addSelect(":questionnaireId", "questionnaireId")
        .addSelect(":draft", "status")
        .setParameters({ questionnaireId: q.id, draft: ResponseStatus.DRAFT });
      const [select, parameters] = recipients.getQueryAndParameters();
      const e = (name: string) => m.connection.driver.escape(name);
      await m.query(
        `INSERT INTO ${e("questionnaire_response")} (${[e("organisationId"), e("questionnaireId"), e("status")].join(", ")}) ${select}`,
        parameters,
      );
      const count = await m.countBy(QuestionnaireResponse, { questionnaireId: q.id });
      await audit(m, actor, {
        action: "questionnaire.send",
        entityType: "Questionnaire",
        entityId: q.id,
        before: { status: q.status },
        after: { status: QuestionnaireStatus.SENT, recipients: count, deadline: q.deadline },
      });
      q.status = QuestionnaireStatus.SENT;
      q.sentAt = now;
      await this.notifyRecipients(m, q, "questionnaire.sent", false);
      return q;
    });
  }

  /** Everyone who may answer in the organisations asked (only those that have not submitted, for a reminder). */
  private async notifyRecipients(m: EntityManager, q: Questionnaire, key: string, onlyUnanswered: boolean, email = true) {
    const where: Record<string, unknown> = { questionnaireId: q.id };
    if (onlyUnanswered) where.status = ResponseStatus.DRAFT;
    const responses = await m.find(QuestionnaireResponse, { where, select: { id: true, organisationId: true } });
    const owner = await m.findOneByOrFail(Organisation, { id: q.ownerOrganisationId });
    const users = await usersWithAbility(m, { organisationIds: responses.map((r) => r.organisationId) }, "questionnaire.answer");
    await this.notifications.notify(m, users, {
      kind: key,
      params: { title: { sv: q.titleSv, en: q.titleEn }, owner: owner.name, deadline: param.date(q.deadline) },
      link: `/enkater/svar/${q.id}`,
      email,
    });
    return responses.length;
  }

  /** Reminds the organisations that have not submitted their answer. */
  async remind(actor: Actor, id: number): Promise<Questionnaire> {
    return this.db.transaction(async (m) => {
      const q = await this.owned(actor, id, m);
      const refusal = this.canRemind(actor, q);
      if (refusal) throw refusal;
      const reminded = await this.notifyRecipients(m, q, "questionnaire.reminder", true);
      q.remindedAt = new Date();
      await m.update(Questionnaire, { id: q.id }, { remindedAt: q.remindedAt });
      await audit(m, actor, { action: "questionnaire.remind", entityType: "Questionnaire", entityId: q.id, after: { organisations: reminded } });
      return q;
    });
  }

  /** The automatic reminder, once per questionnaire, `daysAhead` days before its deadline (run by the server's hourly job). */
  async sendDueReminders(daysAhead = 3): Promise<number> {
    const today = stockholmDate();
    const due = await this.db.manager
      .createQueryBuilder(Questionnaire, "q")
      .where("q.status = :sent AND q.autoReminderSentAt IS NULL", { sent: QuestionnaireStatus.SENT })
      .andWhere("q.deadline >= :today AND q.deadline <= :limit", { today, limit: addDays(today, daysAhead) })
      .getMany();
    let sent = 0;
    for (const q of due) {
      await this.db.transaction(async (m) => {
        const claimed = await m
          .createQueryBuilder()
          .update(Questionnaire)
          .set({ autoReminderSentAt: new Date(), remindedAt: new Date() })
          .where("id = :id AND autoReminderSentAt IS NULL", { id: q.id })
          .execute();
        if (!claimed.affected) return;
        const reminded = await this.notifyRecipients(m, q, "questionnaire.reminder", true);
        await audit(m, null, { action: "questionnaire.autoRemind", entityType: "Questionnaire", entityId: q.id, after: { organisations: reminded } });
        sent++;
      });
    }
    return sent;
  }

  async close(actor: Actor, id: number): Promise<Questionnaire> {
    return this.db.transaction(async (m) => {
      const q = await this.owned(actor, id, m);
      const refusal = this.canClose(actor, q);
      if (refusal) throw refusal;
      const now = new Date();
      const changed = await m.update(Questionnaire, { id: q.id, status: QuestionnaireStatus.SENT }, { status: QuestionnaireStatus.CLOSED, closedAt: now });
      if (!changed.affected) throw questionnaireMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "questionnaire.close",
        entityType: "Questionnaire",
        entityId: q.id,
        before: { status: q.status },
        after: { status: QuestionnaireStatus.CLOSED },
      });
      q.status = QuestionnaireStatus.CLOSED;
      q.closedAt = now;
      await this.notifyRecipients(m, q, "questionnaire.closed", false, false);
      return q;
    });
  }

  // ---- answering ---------------------------------------------------------------------------

  async myResponses(actor: Actor, page: PageArgs) {
    const [items, total] = await this.db.manager
      .createQueryBuilder(QuestionnaireResponse, "r")
      .innerJoin(Questionnaire, "q", "q.id = r.questionnaireId")
      .where("r.organisationId = :org", { org: actor.organisationId })
      .orderBy("q.deadline", "DESC")
      .addOrderBy("r.id", "DESC")
      // The joined table is only for ordering: plain OFFSET/LIMIT (skip/take would need it selected).
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { items, total };
  }

  /** The owner's list of the organisations asked, with where each stands. */
  async recipients(actor: Actor, questionnaireId: number, status: ResponseStatus | undefined, page: PageArgs) {
    const q = await this.owned(actor, questionnaireId, this.db.manager);
    const qb = this.db.manager
      .createQueryBuilder(QuestionnaireResponse, "r")
      .innerJoin(Organisation, "o", "o.id = r.organisationId")
      .where("r.questionnaireId = :q", { q: q.id })
      .orderBy("o.name", "ASC")
      .addOrderBy("r.id", "ASC")
      .offset(page.offset)
      .limit(page.limit);
    if (status) qb.andWhere("r.status = :status", { status });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  private questionsOf(m: EntityManager, questionnaireId: number) {
    return questionnaireQuestions(m, questionnaireId);
  }

  /**
   * My organisation's response to a questionnaire, as it is opened for answering: questions not
   * yet answered whose answer the platform knows are filled in from its data, marked pre-filled.
   */
  async open(actor: Actor, questionnaireId: number): Promise<QuestionnaireResponse> {
    return this.db.transaction(async (m) => {
      const response = await m.findOneBy(QuestionnaireResponse, { questionnaireId: Number(questionnaireId) || -1, organisationId: actor.organisationId });
      if (!response) throw QuestionnaireErrors.questionnaireNotFound();
      const q = await m.findOneByOrFail(Questionnaire, { id: response.questionnaireId });
      if (this.canSave(actor, response, q)) return response;
      const items = await this.questionsOf(m, q.id);
      const answered = new Set((await m.find(Answer, { where: { responseId: response.id }, select: { questionId: true } })).map((a) => a.questionId));
      const rows: Partial<Answer>[] = [];
      for (const { question } of items) {
        const provider = prefillProvider(question.prefillCode);
        if (!provider || answered.has(question.id)) continue;
        const known = await provider(actor.organisationId, q.year, m);
        const value = known ? fitToQuestion(question, known) : null;
        if (!value) continue;
        rows.push({
          responseId: response.id,
          questionId: question.id,
          value,
          prefilled: true,
          prefilledValue: value,
          otherText: null,
          updatedById: null,
          updatedAt: new Date(),
        });
      }
      if (rows.length) {
        await m.insert(Answer, rows as never);
        await audit(m, actor, {
          action: "questionnaireResponse.prefill",
          entityType: "QuestionnaireResponse",
          entityId: response.id,
          after: { prefilled: rows.map((r) => items.find((i) => i.question.id === r.questionId)!.question.code) },
        });
      }
      return response;
    });
  }

  /**
   * Saves answers of my organisation's response: a draft, or a correction after submitting (the
   * response stays submitted) until the deadline. Any of the organisation's people who may answer
   * work on the one response; each answer records who changed it last.
   */
  async saveAnswers(actor: Actor, responseId: number, inputs: AnswerInput[]): Promise<QuestionnaireResponse> {
    return this.db.transaction(async (m) => {
      const { response, questionnaire } = await this.response(actor, responseId, m);
      const refusal = this.canSave(actor, response, questionnaire);
      if (refusal) throw refusal;
      const items = await this.questionsOf(m, questionnaire.id);
      const byId = new Map(items.map((i) => [i.question.id, i.question]));
      const changes = inputs.map((input) => {
        const question = byId.get(Number(input.questionId));
        if (!question) throw invalid("answers", "questionnaires.questionNotInQuestionnaire");
        const value = valueFor(question, input);
        const hasOther = value?.choice === OTHER || !!value?.choices?.includes(OTHER);
        return { question, value, otherText: hasOther ? input.otherText?.trim() || null : null, comment: input.comment?.trim() || null };
      });
      const existing = new Map(
        (changes.length ? await m.findBy(Answer, { responseId: response.id, questionId: In(changes.map((c) => c.question.id)) }) : []).map((a) => [
          a.questionId,
          a,
        ]),
      );
      const now = new Date();
      const changed: { code: string; before: AnswerValue | null; after: AnswerValue | null }[] = [];
      for (const c of changes) {
        const old = existing.get(c.question.id);
        if (old && sameValue(old.value, c.value) && (old.otherText ?? null) === c.otherText && (old.comment ?? null) === c.comment) continue;
        if (old)
          await m.update(
            Answer,
            { responseId: response.id, questionId: c.question.id },
            { value: c.value, otherText: c.otherText, comment: c.comment, updatedById: actor.userId, updatedAt: now },
          );
        else
          await m.insert(Answer, {
            responseId: response.id,
            questionId: c.question.id,
            value: c.value,
            otherText: c.otherText,
            comment: c.comment,
            prefilled: false,
            prefilledValue: null,
            updatedById: actor.userId,
            updatedAt: now,
          } as never);
        changed.push({ code: c.question.code, before: old?.value ?? null, after: c.value });
      }
      if (changed.length) {
        await m.update(QuestionnaireResponse, { id: response.id }, { updatedById: actor.userId, updatedAt: now });
        response.updatedById = actor.userId;
        response.updatedAt = now;
        await audit(m, actor, {
          action: response.status === ResponseStatus.SUBMITTED ? "questionnaireResponse.correct" : "questionnaireResponse.save",
          entityType: "QuestionnaireResponse",
          entityId: response.id,
          before: Object.fromEntries(changed.map((c) => [c.code, c.before])),
          after: Object.fromEntries(changed.map((c) => [c.code, c.after])),
        });
      }
      return response;
    });
  }

  /** Submits my organisation's response once every question is answered; the questionnaire's owner is told. */
  async submit(actor: Actor, responseId: number): Promise<QuestionnaireResponse> {
    return this.db.transaction(async (m) => {
      const { response, questionnaire } = await this.response(actor, responseId, m);
      const refusal = this.canSubmit(actor, response, questionnaire);
      if (refusal) throw refusal;
      const items = await this.questionsOf(m, questionnaire.id);
      const answers = new Map((await m.findBy(Answer, { responseId: response.id })).map((a) => [a.questionId, a]));
      const missing = missingAnswers(
        items.map((i) => i.question),
        answers,
      );
      if (missing.length)
        throw QuestionnaireErrors.incomplete(
          { count: missing.length },
          { fields: missing.map((code) => ({ field: `answers.${code}`, path: `answers.${code}`, message: fieldMessage("questionnaires.answerEveryRow") })) },
        );
      const now = new Date();
      const changed = await m.update(
        QuestionnaireResponse,
        { id: response.id, status: ResponseStatus.DRAFT },
        { status: ResponseStatus.SUBMITTED, submittedAt: now, submittedById: actor.userId },
      );
      if (!changed.affected) throw responseMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "questionnaireResponse.submit",
        entityType: "QuestionnaireResponse",
        entityId: response.id,
        before: { status: response.status },
        after: { status: ResponseStatus.SUBMITTED },
      });
      Object.assign(response, { status: ResponseStatus.SUBMITTED, submittedAt: now, submittedById: actor.userId });
      const organisation = await m.findOneByOrFail(Organisation, { id: response.organisationId });
      const owners = await usersWithAbility(m, { organisationId: questionnaire.ownerOrganisationId }, "questionnaire.manage");
      await this.notifications.notify(m, owners, {
        kind: "questionnaire.submitted",
        params: { title: { sv: questionnaire.titleSv, en: questionnaire.titleEn }, organisation: organisation.name },
        link: `/enkater/${questionnaire.id}`,
        email: false,
      });
      return response;
    });
  }

  // ---- response rate and results -----------------------------------------------------------

  /** Recipients and submitted answers, nationally and per county. */
  async responseRate(actor: Actor, questionnaireId: number): Promise<{ total: RateFigures; byCounty: CountyRate[] }> {
    const q = await this.questionnaire(actor, questionnaireId);
    const refusal = this.canReadResults(actor, q);
    if (refusal) throw refusal;
    return this.rates(q.id);
  }

  /**
   * The questionnaires sent in a year (drafts left out) with their national response rate: for
   * the yearly report, whose own ability decides who reads it. Bounded by the questionnaires of
   * one year; one statement for them and one for all their rates.
   */
  async yearResponseRates(year: number, limit = 50): Promise<{ questionnaire: Questionnaire; total: RateFigures }[]> {
    const m = this.db.manager;
    const list = await m.find(Questionnaire, {
      where: { year, status: In([QuestionnaireStatus.SENT, QuestionnaireStatus.CLOSED]) },
      order: { id: "ASC" },
      take: limit,
    });
    if (!list.length) return [];
    const rows = await m
      .createQueryBuilder(QuestionnaireResponse, "r")
      .select("r.questionnaireId", "questionnaireId")
      .addSelect("r.status", "status")
      .addSelect("COUNT(*)", "n")
      .where("r.questionnaireId IN (:...ids)", { ids: list.map((q) => q.id) })
      .groupBy("r.questionnaireId")
      .addGroupBy("r.status")
      .getRawMany<{ questionnaireId: number | string; status: ResponseStatus; n: string | number }>();
    return list.map((q) => {
      const own = rows.filter((r) => Number(r.questionnaireId) === q.id);
      const recipients = own.reduce((s, r) => s + Number(r.n), 0);
      const submitted = own.filter((r) => r.status === ResponseStatus.SUBMITTED).reduce((s, r) => s + Number(r.n), 0);
      return { questionnaire: q, total: { recipients, submitted, share: share(submitted, recipients) } };
    });
  }

  private async rates(questionnaireId: number): Promise<{ total: RateFigures; byCounty: CountyRate[] }> {
    const rows = await this.db.manager
      .createQueryBuilder(QuestionnaireResponse, "r")
      .innerJoin(Organisation, "o", "o.id = r.organisationId")
      .select("o.countyCode", "countyCode")
      .addSelect("r.status", "status")
      .addSelect("COUNT(*)", "n")
      .where("r.questionnaireId = :q", { q: questionnaireId })
      .groupBy("o.countyCode")
      .addGroupBy("r.status")
      .getRawMany<{ countyCode: string | null; status: ResponseStatus; n: string | number }>();
    const counties = new Map<string, { recipients: number; submitted: number }>();
    const total = { recipients: 0, submitted: 0 };
    for (const row of rows) {
      const n = Number(row.n);
      total.recipients += n;
      if (row.status === ResponseStatus.SUBMITTED) total.submitted += n;
      if (!row.countyCode) continue;
      const c = counties.get(row.countyCode) ?? { recipients: 0, submitted: 0 };
      c.recipients += n;
      if (row.status === ResponseStatus.SUBMITTED) c.submitted += n;
      counties.set(row.countyCode, c);
    }
    return {
      total: { ...total, share: share(total.submitted, total.recipients) },
      byCounty: [...counties.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([countyCode, c]) => ({ countyCode, ...c, share: share(c.submitted, c.recipients) })),
    };
  }

  /** The figures of every question over the submitted answers, nationally or for one county's organisations. */
  async results(actor: Actor, questionnaireId: number, countyCode: string | null) {
    const q = await this.questionnaire(actor, questionnaireId);
    const refusal = this.canReadResults(actor, q);
    if (refusal) throw refusal;
    const data = await this.resultData(q.id);
    const rate = await this.rates(q.id);
    const inCounty = (orgId: number) => !countyCode || data.countyOf.get(orgId) === countyCode;
    const answers = data.answers.filter((a) => inCounty(data.orgOfResponse.get(a.responseId)!));
    const countyRate = countyCode ? rate.byCounty.find((c) => c.countyCode === countyCode) : null;
    return {
      questionnaire: q,
      countyCode,
      responseRate: countyCode ? (countyRate ?? { recipients: 0, submitted: 0, share: 0 }) : rate.total,
      byCounty: rate.byCounty,
      questions: aggregate(data.items, answers),
    };
  }

  /** For an export: the figures nationally and for every county with recipients. */
  async resultsByArea(actor: Actor, questionnaireId: number) {
    const q = await this.questionnaire(actor, questionnaireId);
    const refusal = this.canReadResults(actor, q);
    if (refusal) throw refusal;
    const data = await this.resultData(q.id);
    const rate = await this.rates(q.id);
    const codes = rate.byCounty.map((c) => c.countyCode);
    const names = new Map((codes.length ? await this.db.manager.findBy(County, { code: In(codes) }) : []).map((c) => [c.code, c.name]));
    const areas = [{ countyCode: null as string | null, countyName: null as string | null, rate: rate.total, figures: aggregate(data.items, data.answers) }];
    for (const c of rate.byCounty) {
      const answers = data.answers.filter((a) => data.countyOf.get(data.orgOfResponse.get(a.responseId)!) === c.countyCode);
      areas.push({ countyCode: c.countyCode, countyName: names.get(c.countyCode) ?? c.countyCode, rate: c, figures: aggregate(data.items, answers) });
    }
    return { questionnaire: q, areas };
  }

  private async resultData(questionnaireId: number) {
    const m = this.db.manager;
    const items = await this.questionsOf(m, questionnaireId);
    const responses = await m
      .createQueryBuilder(QuestionnaireResponse, "r")
      .innerJoin(Organisation, "o", "o.id = r.organisationId")
      .select("r.id", "id")
      .addSelect("r.organisationId", "organisationId")
      .addSelect("o.countyCode", "countyCode")
      .where("r.questionnaireId = :q AND r.status = :submitted", { q: questionnaireId, submitted: ResponseStatus.SUBMITTED })
      .getRawMany<{ id: number; organisationId: number; countyCode: string | null }>();
    const orgOfResponse = new Map(responses.map((r) => [Number(r.id), Number(r.organisationId)]));
    const countyOf = new Map(responses.map((r) => [Number(r.organisationId), r.countyCode]));
    const answers = responses.length
      ? await m
          .createQueryBuilder(Answer, "a")
          .innerJoin(QuestionnaireResponse, "r", "r.id = a.responseId")
          .where("r.questionnaireId = :q AND r.status = :submitted", { q: questionnaireId, submitted: ResponseStatus.SUBMITTED })
          .getMany()
      : [];
    return { items, answers, orgOfResponse, countyOf };
  }
}

function pick(q: Questionnaire) {
  return { titleSv: q.titleSv, titleEn: q.titleEn, year: q.year, targetGroup: q.targetGroup, deadline: q.deadline };
}
