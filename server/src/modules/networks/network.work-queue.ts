import { In } from "typeorm";
import { can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { stockholmDate } from "../../shared/dates";
import { WorkItemKind, type WorkQueueProvider } from "../work-queue/work-queue.types";
import { MeetingMinutesAction, meetingMinutesSteps } from "./meeting-minutes.state-machine";
import { MeetingStatus } from "./network-meeting.state-machine";
import { MeetingMinutes, NetworkMeeting, NetworkMember } from "./network.entities";
import { relationOf, type NetworkService } from "./network.service";

const CANDIDATES = 200;

/**
 * The networks' part of the start page: minutes the actor is to approve (justera), and invitations
 * to meetings of the actor's networks that the organisation has not answered while answering is open.
 */
export function networkWorkQueueProviders(db: Database, networks: NetworkService): WorkQueueProvider[] {
  return [
    {
      kind: WorkItemKind.MINUTES_TO_APPROVE,
      async items(actor, limit) {
        const candidates = await db.manager
          .createQueryBuilder(MeetingMinutes, "mm")
          .innerJoin(NetworkMeeting, "mt", "mt.id = mm.meetingId")
          .where("mm.approverUserId = :me AND mm.status IN (:...from)", { me: actor.userId, from: meetingMinutesSteps[MeetingMinutesAction.APPROVE].from })
          .orderBy("mt.startsAt", "ASC")
          .addOrderBy("mm.meetingId", "ASC")
          .limit(CANDIDATES)
          .getMany();
        const minutes = candidates.filter((m) => networks.canApproveMinutes(actor, m) === null);
        const shown = minutes.slice(0, limit);
        const meetings = shown.length
          ? await db.manager.find(NetworkMeeting, { where: { id: In(shown.map((m) => m.meetingId)) }, relations: { network: true } })
          : [];
        const byId = new Map(meetings.map((m) => [m.id, m]));
        return {
          total: minutes.length,
          items: shown.map((m) => {
            const meeting = byId.get(m.meetingId)!;
            return { title: meeting.title, detail: meeting.network?.name ?? null, deadline: null, link: `/natverk/moten/${meeting.id}` };
          }),
        };
      },
    },
    {
      kind: WorkItemKind.INVITATION_TO_ANSWER,
      async items(actor, limit) {
        if (!can(actor, "network.participate") && !can(actor, "network.convene")) return { items: [], total: 0 };
        const now = new Date();
        const meetings = await db.manager
          .createQueryBuilder(NetworkMeeting, "mt")
          .innerJoinAndSelect("mt.network", "n")
          .where(`mt.networkId IN (${networks.visibleNetworkIds(actor).getQuery()})`)
          .setParameters({ org: actor.organisationId })
          .andWhere("mt.status <> :cancelled", { cancelled: MeetingStatus.CANCELLED })
          .andWhere("COALESCE(mt.rsvpDeadline, mt.startsAt) >= :now", { now })
          .andWhere("NOT EXISTS (SELECT 1 FROM meeting_response r WHERE r.meetingId = mt.id AND r.organisationId = :org)")
          .orderBy("COALESCE(mt.rsvpDeadline, mt.startsAt)", "ASC")
          .addOrderBy("mt.id", "ASC")
          .limit(CANDIDATES)
          .getMany();
        const networkIds = [...new Set(meetings.map((m) => m.networkId))];
        const members = networkIds.length ? await db.manager.findBy(NetworkMember, { networkId: In(networkIds), organisationId: actor.organisationId }) : [];
        const open = meetings.filter((m) => networks.canRespond(relationOf(actor, m.network!, members), m, now.getTime()) === null);
        return {
          total: open.length,
          items: open.slice(0, limit).map((m) => ({
            title: m.title,
            detail: m.network!.name,
            deadline: stockholmDate(m.rsvpDeadline ?? m.startsAt),
            link: `/natverk/moten/${m.id}`,
          })),
        };
      },
    },
  ];
}
