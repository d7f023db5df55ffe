import type { EntityManager } from "typeorm";
import { formatKronor } from "../../shared/dates";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";
import type { GrantApplication } from "../grants/grant-application.entity";
import { GrantPartialReportAnswer } from "../grants/partial-report.entity";
import { OrganisationKind } from "../organisations/organisation.entity";
import { OTHER, type Question } from "../questionnaires/questionnaire.entities";
import type { AnswerInput } from "../questionnaires/questionnaire.inputs";
import { questionnaireQuestions, valueFor } from "../questionnaires/questionnaire.service";
import { DevelopmentFundRound } from "./development-fund.entities";
import { FundErrors } from "./development-fund.errors";
import { type CodedAnswer, type Coded, type DevelopmentFundFollowUpForm, ensureFollowUpForm, formFor } from "./follow-up-form";

export function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return FundErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

/** The round of a development-fund application and the kind of recipient its pot is for. */
export async function roundOf(m: EntityManager, app: Pick<GrantApplication, "callId">): Promise<{ round: DevelopmentFundRound; kind: OrganisationKind }> {
  const round = await m.findOne(DevelopmentFundRound, {
    where: [{ kommunCallId: app.callId }, { regionCallId: app.callId }, { ngoCallId: app.callId }],
  });
  if (!round) throw FundErrors.notDevelopmentFundApplication();
  const kind =
    round.ngoCallId === app.callId
      ? OrganisationKind.IDEELL_ORGANISATION
      : round.regionCallId === app.callId
        ? OrganisationKind.REGION
        : OrganisationKind.KOMMUN;
  return { round, kind };
}

/**
 * The rules of the follow-up form, the same for the final report and each year's partial report:
 * every answer belongs to the form as this recipient is asked it, the required core questions are
 * answered, and the amounts per activity area add up to the amount used. `coded` starts with what
 * was read from the older fields; `required` says the core questions must be answered even when no
 * answers are sent (the final report still takes the older fields instead).
 */
export function checkedCodedAnswers(
  form: DevelopmentFundFollowUpForm,
  items: { question: Question }[],
  usedAmount: number,
  inputs: AnswerInput[],
  coded: Coded,
  required: boolean,
): CodedAnswer[] {
  const byId = new Map(form.questions.map((q) => [q.question.id, q.question]));
  for (const a of inputs) {
    const q = byId.get(Number(a.questionId));
    if (!q) throw invalid("answers", "questionnaires.questionNotInQuestionnaire");
    const value = valueFor(q, a);
    const hasOther = value?.choice === OTHER || !!value?.choices?.includes(OTHER);
    coded.set(q.code, { value, otherText: hasOther ? a.otherText?.trim() || null : null, comment: a.comment?.trim() || null });
  }
  if (required || inputs.length)
    for (const q of form.questions.filter((x) => x.required))
      if (!coded.get(q.question.code)?.value) throw invalid(`answers.${q.question.code}`, "developmentFunds.answerTheCoreQuestion");
  const areaSum = form.questions.filter((q) => q.areaAmount).reduce((s, q) => s + (coded.get(q.question.code)?.value?.number ?? 0), 0);
  if ((required || inputs.length || areaSum > 0) && areaSum !== usedAmount)
    throw invalid("answers", "developmentFunds.amountsPerAreaAddUpTo", { sum: formatKronor(areaSum), amount: formatKronor(usedAmount) });
  const questionOf = new Map(items.map((i) => [i.question.code, i.question.id]));
  return [...coded].filter(([code]) => questionOf.has(code)).map(([code, a]) => ({ questionId: questionOf.get(code)!, ...a }));
}

/**
 * A partial report's coded answers to the round's follow-up form, checked by the final report's
 * rules (required core questions; amounts per area adding up to the year's used amount) and stored
 * in place of the year's earlier answers. Runs in the partial report's transaction: a refusal stores nothing.
 */
export async function recordPartialReportAnswers(
  m: EntityManager,
  app: Pick<GrantApplication, "callId">,
  partialReportId: number,
  usedAmount: number,
  inputs: AnswerInput[],
): Promise<Record<string, unknown>> {
  const { round, kind } = await roundOf(m, app);
  const formId = await ensureFollowUpForm(m, round);
  const items = await questionnaireQuestions(m, formId);
  const answers = checkedCodedAnswers(formFor(formId, items, kind), items, usedAmount, inputs, new Map(), true);
  await m.delete(GrantPartialReportAnswer, { partialReportId });
  const rows = answers.filter((a) => a.value || a.comment).map((a) => ({ partialReportId, ...a }));
  if (rows.length) await m.insert(GrantPartialReportAnswer, rows as never);
  const codeOf = new Map(items.map((i) => [i.question.id, i.question.code]));
  return Object.fromEntries(rows.map((a) => [codeOf.get(a.questionId), a.value]));
}
