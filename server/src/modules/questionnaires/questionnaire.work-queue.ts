import { In } from "typeorm";
import { can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { stockholmDate } from "../../shared/dates";
import { currentLocale } from "../../shared/request-context";
import { WorkItemKind, type WorkQueueProvider } from "../work-queue/work-queue.types";
import { Questionnaire, QuestionnaireResponse } from "./questionnaire.entities";
import { QuestionnaireStatus, ResponseStatus, responseMachine } from "./questionnaire.state-machine";
import type { QuestionnaireService } from "./questionnaire.service";

const CANDIDATES = 200;

/** Questionnaires sent to the actor's organisation and not yet submitted, while they can still be: `canSubmit` passes. */
export function questionnaireWorkQueueProviders(db: Database, questionnaires: QuestionnaireService): WorkQueueProvider[] {
  return [
    {
      kind: WorkItemKind.QUESTIONNAIRE_TO_ANSWER,
      async items(actor, limit) {
        if (!can(actor, "questionnaire.answer")) return { items: [], total: 0 };
        const responses = await db.manager
          .createQueryBuilder(QuestionnaireResponse, "r")
          .innerJoin(Questionnaire, "q", "q.id = r.questionnaireId")
          .where("r.organisationId = :own AND r.status IN (:...ready)", { own: actor.organisationId, ready: responseMachine.sources(ResponseStatus.SUBMITTED) })
          .andWhere("q.status = :sent AND q.deadline >= :today", { sent: QuestionnaireStatus.SENT, today: stockholmDate() })
          .orderBy("q.deadline", "ASC")
          .addOrderBy("r.id", "ASC")
          .limit(CANDIDATES)
          .getMany();
        const ids = [...new Set(responses.map((r) => r.questionnaireId))];
        const qs = ids.length ? await db.manager.findBy(Questionnaire, { id: In(ids) }) : [];
        const byId = new Map(qs.map((q) => [q.id, q]));
        const open = responses.filter((r) => questionnaires.canSubmit(actor, r, byId.get(r.questionnaireId)!) === null);
        const en = currentLocale() === "en";
        return {
          total: open.length,
          items: open.slice(0, limit).map((r) => {
            const q = byId.get(r.questionnaireId)!;
            return { title: en ? q.titleEn : q.titleSv, detail: null, deadline: q.deadline, link: `/enkater/svar/${q.id}` };
          }),
        };
      },
    },
  ];
}
