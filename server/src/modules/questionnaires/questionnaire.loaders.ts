import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { byKey, groupBy } from "../../graphql/batch";
import { Answer, Question, Questionnaire, QuestionnaireItem, QuestionnaireResponse, ResponseStatus } from "./questionnaire.entities";

export interface ResponseCounts {
  recipients: number;
  submitted: number;
}

export function createQuestionnaireLoaders(db: Database) {
  const m = () => db.manager;
  return {
    questionnaireById: new DataLoader<number, Questionnaire | null>(async (ids) =>
      byKey(ids, await m().findBy(Questionnaire, { id: In([...ids]) }), (q) => q.id),
    ),
    questionById: new DataLoader<number, Question | null>(async (ids) => byKey(ids, await m().findBy(Question, { id: In([...ids]) }), (q) => q.id)),
    itemsByQuestionnaireId: new DataLoader<number, QuestionnaireItem[]>(async (ids) =>
      groupBy(ids, await m().find(QuestionnaireItem, { where: { questionnaireId: In([...ids]) }, order: { position: "ASC" } }), (i) => i.questionnaireId),
    ),
    answersByResponseId: new DataLoader<number, Answer[]>(async (ids) =>
      groupBy(ids, await m().findBy(Answer, { responseId: In([...ids]) }), (a) => a.responseId),
    ),
    responseCountsByQuestionnaireId: new DataLoader<number, ResponseCounts>(async (ids) => {
      const rows = await m()
        .createQueryBuilder(QuestionnaireResponse, "r")
        .select("r.questionnaireId", "questionnaireId")
        .addSelect("r.status", "status")
        .addSelect("COUNT(*)", "n")
        .where({ questionnaireId: In([...ids]) })
        .groupBy("r.questionnaireId")
        .addGroupBy("r.status")
        .getRawMany<{ questionnaireId: number | string; status: ResponseStatus; n: number | string }>();
      return ids.map((id) => {
        const mine = rows.filter((r) => Number(r.questionnaireId) === id);
        return {
          recipients: mine.reduce((s, r) => s + Number(r.n), 0),
          submitted: mine.filter((r) => r.status === ResponseStatus.SUBMITTED).reduce((s, r) => s + Number(r.n), 0),
        };
      });
    }),
    /** Keyed `questionnaireId:organisationId`. */
    responseByQuestionnaireAndOrganisation: new DataLoader<string, QuestionnaireResponse | null>(async (keys) => {
      const pairs = keys.map((k) => k.split(":").map(Number));
      const rows = await m().findBy(QuestionnaireResponse, {
        questionnaireId: In([...new Set(pairs.map((p) => p[0]))]),
        organisationId: In([...new Set(pairs.map((p) => p[1]))]),
      });
      return byKey(keys, rows, (r) => `${r.questionnaireId}:${r.organisationId}`);
    }),
  };
}
