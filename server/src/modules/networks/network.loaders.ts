import DataLoader from "dataloader";
import { byKey, groupBy } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { type LeanRequest, leanRowsBy } from "../../db/lean-read";
import { MEETING_NEEDS, NETWORK_NEEDS } from "./network.lean";
import type { User } from "../users/user.entity";
import { usersWithAbility } from "../users/user.service";
import {
  ActionItem,
  AgendaItem,
  MeetingAttendance,
  MeetingDecision,
  MeetingDocument,
  MeetingMinutes,
  MeetingMinutesVersion,
  MeetingResponse,
  Network,
  NetworkContact,
  NetworkMeeting,
  NetworkMember,
} from "./network.entities";

export function createNetworkLoaders(db: Database, lean: LeanRequest) {
  const m = () => db.manager;
  return {
    /** The people of each organisation who take part in networks for it (and may approve minutes). */
    participantsByOrganisationId: new DataLoader<number, User[]>(async (ids) =>
      groupBy(ids, await usersWithAbility(m(), { organisationIds: [...ids] }, "network.participate"), (u) => u.organisationId),
    ),
    membersByNetworkId: new DataLoader<number, NetworkMember[]>(async (ids) =>
      groupBy(ids, await m().findBy(NetworkMember, { networkId: In([...ids]) }), (r) => r.networkId),
    ),
    contactsByNetworkId: new DataLoader<number, NetworkContact[]>(async (ids) =>
      groupBy(ids, await m().find(NetworkContact, { where: { networkId: In([...ids]) }, order: { name: "ASC" } }), (r) => r.networkId),
    ),
    upcomingMeetingsByNetworkId: new DataLoader<number, NetworkMeeting[]>(async (ids) =>
      groupBy(
        ids,
        await m()
          .createQueryBuilder(NetworkMeeting, "mt")
          .where({ networkId: In([...ids]) })
          .andWhere("mt.endsAt >= :now", { now: new Date() })
          .orderBy("mt.startsAt", "ASC")
          .getMany(),
        (r) => r.networkId,
      ),
    ),
    openActionItemsByNetworkId: new DataLoader<number, ActionItem[]>(async (ids) =>
      groupBy(ids, await m().find(ActionItem, { where: { networkId: In([...ids]), done: false }, order: { id: "ASC" } }), (r) => r.networkId),
    ),
    agendaByMeetingId: new DataLoader<number, AgendaItem[]>(async (ids) =>
      groupBy(ids, await m().find(AgendaItem, { where: { meetingId: In([...ids]) }, order: { position: "ASC" } }), (r) => r.meetingId),
    ),
    documentsByMeetingId: new DataLoader<number, MeetingDocument[]>(async (ids) =>
      groupBy(ids, await m().find(MeetingDocument, { where: { meetingId: In([...ids]) }, order: { id: "ASC" } }), (r) => r.meetingId),
    ),
    responsesByMeetingId: new DataLoader<number, MeetingResponse[]>(async (ids) =>
      groupBy(ids, await m().findBy(MeetingResponse, { meetingId: In([...ids]) }), (r) => r.meetingId),
    ),
    attendanceByMeetingId: new DataLoader<number, MeetingAttendance[]>(async (ids) =>
      groupBy(ids, await m().findBy(MeetingAttendance, { meetingId: In([...ids]) }), (r) => r.meetingId),
    ),
    actionItemsByMeetingId: new DataLoader<number, ActionItem[]>(async (ids) =>
      groupBy(ids, await m().find(ActionItem, { where: { meetingId: In([...ids]) }, order: { id: "ASC" } }), (r) => r.meetingId),
    ),
    /** No access check: only for field resolvers below minutes the actor may already see. */
    minutesByMeetingId: new DataLoader<number, MeetingMinutes | null>(async (ids) =>
      byKey(ids, await m().findBy(MeetingMinutes, { meetingId: In([...ids]) }), (x) => x.meetingId),
    ),
    meetingById: new DataLoader<number, NetworkMeeting | null>(async (ids) =>
      byKey(ids, await leanRowsBy(m(), NetworkMeeting, "id", ids, lean, MEETING_NEEDS), (x) => x.id),
    ),
    /** No access check: only for field resolvers below a meeting the actor may already see. */
    networkById: new DataLoader<number, Network | null>(async (ids) => byKey(ids, await leanRowsBy(m(), Network, "id", ids, lean, NETWORK_NEEDS), (n) => n.id)),
    /** The draft's and the published decisions of each meeting, in order. No access check, as for minutes. */
    decisionsByMeetingId: new DataLoader<number, MeetingDecision[]>(async (ids) =>
      groupBy(ids, await m().find(MeetingDecision, { where: { meetingId: In([...ids]) }, order: { position: "ASC" } }), (r) => r.meetingId),
    ),
    /** Per network, its meetings that have minutes (of any status), in the order they were held. */
    minutedMeetingsByNetworkId: new DataLoader<number, { id: number; networkId: number; version: number }[]>(async (ids) => {
      const rows = await m()
        .createQueryBuilder(NetworkMeeting, "mt")
        .innerJoin(MeetingMinutes, "mm", "mm.meetingId = mt.id")
        .select(["mt.id AS id", "mt.networkId AS networkId", "mm.version AS version"])
        .where({ networkId: In([...ids]) })
        .orderBy("mt.startsAt", "ASC")
        .addOrderBy("mt.id", "ASC")
        .getRawMany<{ id: number; networkId: number; version: number }>();
      return groupBy(
        ids,
        rows.map((r) => ({ id: Number(r.id), networkId: Number(r.networkId), version: Number(r.version) })),
        (r) => r.networkId,
      );
    }),
    minutesVersionsByMeetingId: new DataLoader<number, MeetingMinutesVersion[]>(async (ids) =>
      groupBy(ids, await m().find(MeetingMinutesVersion, { where: { meetingId: In([...ids]) }, order: { version: "ASC" } }), (r) => r.meetingId),
    ),
  };
}
