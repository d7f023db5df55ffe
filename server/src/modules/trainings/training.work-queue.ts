import { can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { stockholmDate } from "../../shared/dates";
import { WorkItemKind, type WorkQueueProvider } from "../work-queue/work-queue.types";
import { TrainingEvent } from "./training.entities";
import { TrainingEventStatus } from "./training-event.state-machine";
import type { TrainingService } from "./training.service";

/** A training shows on the start page when its last day of registration is this close. */
export const REGISTRATION_HORIZON_DAYS = 14;
const CANDIDATES = 200;

/**
 * Trainings the actor's organisation may still register staff for and whose registration closes
 * within two weeks: the published events in that window on which `canRegister` passes.
 */
export function trainingWorkQueueProviders(db: Database, trainings: TrainingService): WorkQueueProvider[] {
  return [
    {
      kind: WorkItemKind.TRAINING_REGISTRATION_CLOSING,
      async items(actor, limit) {
        if (!can(actor, "training.register")) return { items: [], total: 0 };
        const now = new Date();
        const horizon = new Date(now.getTime() + REGISTRATION_HORIZON_DAYS * 86_400_000);
        const events = await db.manager
          .createQueryBuilder(TrainingEvent, "e")
          .where("e.status = :published", { published: TrainingEventStatus.PUBLISHED })
          .andWhere("COALESCE(e.registrationDeadline, e.startsAt) >= :now AND COALESCE(e.registrationDeadline, e.startsAt) <= :horizon", { now, horizon })
          .orderBy("COALESCE(e.registrationDeadline, e.startsAt)", "ASC")
          .addOrderBy("e.id", "ASC")
          .limit(CANDIDATES)
          .getMany();
        const open = events.filter((e) => trainings.canRegister(actor, e, { kind: actor.organisationKind, countyCode: actor.countyCode, name: "" }) === null);
        return {
          total: open.length,
          items: open.slice(0, limit).map((e) => ({
            title: e.title,
            detail: e.location,
            deadline: stockholmDate((e.registrationDeadline ?? e.startsAt)!),
            link: `/utbildningar/${e.id}`,
          })),
        };
      },
    },
  ];
}
