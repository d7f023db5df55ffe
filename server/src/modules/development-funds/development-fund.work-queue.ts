import { In, IsNull, LessThanOrEqual, MoreThanOrEqual, Not } from "typeorm";
import { can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { stockholmDate } from "../../shared/dates";
import { currentLocale } from "../../shared/request-context";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplicationStatus } from "../grants/grant-application.state-machine";
import { WorkItemKind, type WorkQueueProvider } from "../work-queue/work-queue.types";
import { Allotment, DevelopmentFundRound, JointRequisitionMember, Requisition } from "./development-fund.entities";

/**
 * Rounds whose requisition window is open while the actor's organisation has an allotment and has
 * neither requisitioned it (alone or in a joint requisition) nor declined it: the same conditions `requisition` checks.
 */
export function developmentFundWorkQueueProviders(db: Database): WorkQueueProvider[] {
  return [
    {
      kind: WorkItemKind.REQUISITION_WINDOW_CLOSING,
      async items(actor, limit) {
        if (!can(actor, "devfunds.requisition")) return { items: [], total: 0 };
        const now = new Date();
        const rounds = await db.manager.find(DevelopmentFundRound, {
          where: { allocationPublishedAt: Not(IsNull()), opensAt: LessThanOrEqual(now), closesAt: MoreThanOrEqual(now) },
          order: { closesAt: "ASC", id: "ASC" },
        });
        if (!rounds.length) return { items: [], total: 0 };
        const roundIds = rounds.map((r) => r.id);
        // A declined allotment waits for nothing (the decline can still be withdrawn on the round's page).
        const allotted = await db.manager.findBy(Allotment, { roundId: In(roundIds), organisationId: actor.organisationId, declinedAt: IsNull() });
        const taken = await db.manager
          .createQueryBuilder(JointRequisitionMember, "j")
          .innerJoin(Requisition, "r", "r.applicationId = j.applicationId")
          .innerJoin(GrantApplication, "a", "a.id = j.applicationId")
          .where("r.roundId IN (:...rounds) AND j.organisationId = :org AND a.status <> :withdrawn", {
            rounds: roundIds,
            org: actor.organisationId,
            withdrawn: GrantApplicationStatus.WITHDRAWN,
          })
          .select("r.roundId", "roundId")
          .getRawMany<{ roundId: number }>();
        const takenRounds = new Set(taken.map((t) => Number(t.roundId)));
        const allottedRounds = new Set(allotted.map((a) => a.roundId));
        const open = rounds.filter((r) => allottedRounds.has(r.id) && !takenRounds.has(r.id));
        return {
          total: open.length,
          items: open.slice(0, limit).map((r) => ({
            title: `${currentLocale() === "en" ? "Development funds" : "Utvecklingsmedel"} ${r.year}`,
            detail: null,
            deadline: stockholmDate(r.closesAt),
            link: `/utvecklingsmedel/omgangar/${r.id}`,
          })),
        };
      },
    },
  ];
}
