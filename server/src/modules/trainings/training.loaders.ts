import DataLoader from "dataloader";
import { byKey, groupBy } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { type LeanRequest, leanRowsBy } from "../../db/lean-read";
import { EVENT_NEEDS } from "./training.lean";
import { RegistrationStatus } from "./training-event.state-machine";
import { TrainingAttendance, TrainingEvent, TrainingParticipationLog, TrainingRegistration, TrainingSession } from "./training.entities";

export function createTrainingLoaders(db: Database, lean: LeanRequest) {
  return {
    trainingEventById: new DataLoader<number, TrainingEvent | null>(async (ids) =>
      byKey(ids, await leanRowsBy(db.manager, TrainingEvent, "id", ids, lean, EVENT_NEEDS), (e) => e.id),
    ),
    sessionsByEventId: new DataLoader<number, TrainingSession[]>(async (ids) =>
      groupBy(ids, await db.manager.find(TrainingSession, { where: { eventId: In([...ids]) }, order: { startsAt: "ASC" } }), (s) => s.eventId),
    ),
    registrationsByEventId: new DataLoader<number, TrainingRegistration[]>(async (ids) =>
      groupBy(
        ids,
        await db.manager.find(TrainingRegistration, {
          where: { eventId: In([...ids]), status: In([RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED]) },
          order: { id: "ASC" },
        }),
        (r) => r.eventId,
      ),
    ),
    /** Waitlist orders of everyone still waiting, per event: a position is 1 + how many wait ahead. */
    waitlistOrdersByEventId: new DataLoader<number, number[]>(async (ids) => {
      const rows = await db.manager.find(TrainingRegistration, {
        select: { eventId: true, waitlistOrder: true },
        where: { eventId: In([...ids]), status: RegistrationStatus.WAITLISTED },
      });
      return groupBy(ids, rows, (r) => r.eventId).map((list) => list.map((r) => r.waitlistOrder ?? 0));
    }),
    attendanceByRegistrationId: new DataLoader<number, TrainingAttendance[]>(async (ids) =>
      groupBy(ids, await db.manager.findBy(TrainingAttendance, { registrationId: In([...ids]) }), (a) => a.registrationId),
    ),
    participationLogsByEventId: new DataLoader<number, TrainingParticipationLog[]>(async (ids) =>
      groupBy(ids, await db.manager.findBy(TrainingParticipationLog, { eventId: In([...ids]) }), (l) => l.eventId),
    ),
  };
}
