import crypto from "node:crypto";
import { networksByTopic } from "./network.national";
import { type EntityManager, In } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import { tokenDigest } from "../../auth/tokens";
import type { Database } from "../../db/database";
import { leanPage } from "../../db/lean-read";
import { audit } from "../../shared/audit";
import type { CalendarItem } from "../../shared/calendar";
import { stockholmDate, stockholmDateTime } from "../../shared/dates";
import type { PageArgs } from "../../shared/pagination";
import { param } from "../../shared/messages";
import type { Message, NotificationService } from "../notifications/notification.service";
import { Organisation } from "../organisations/organisation.entity";
import { AttendanceStatus } from "../trainings/training.entities";
import { User } from "../users/user.entity";
import { usersWithAbility } from "../users/user.service";
import {
  ActionItem,
  AgendaItem,
  CalendarFeed,
  MeetingAttendance,
  MeetingDecision,
  MeetingDocument,
  MeetingMinutes,
  MeetingMinutesVersion,
  MeetingResponse,
  MeetingStatus,
  MinutesStatus,
  Network,
  NetworkContact,
  NetworkKind,
  NetworkMeeting,
  NetworkMember,
} from "./network.entities";
import { MeetingMinutesAction, meetingMinutesMachine, meetingMinutesSteps } from "./meeting-minutes.state-machine";
import { NetworkMeetingAction, networkMeetingMachine } from "./network-meeting.state-machine";
import { NetworkErrors } from "./network.errors";
import { MEETING_NEEDS, NETWORK_NEEDS } from "./network.lean";
import type {
  AttendanceInput,
  AttendeeInput,
  ContactInput,
  MinutesDecisionInput,
  MinutesInput,
  NetworkMeetingsArgs,
  NetworksArgs,
  SaveNetworkInput,
  ScheduleMeetingInput,
} from "./network.inputs";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";
import { offeredActions } from "../../shared/state-machine";

const MINUTES_LABEL = meetingMinutesMachine.labels;

function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return NetworkErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

export type Relation = "convener" | "member" | null;

/**
 * The actor's relation to a network from its member rows (all of them, or only the actor's
 * organisation's): the convening organisation and co-conveners convene when the actor may convene.
 */
export function relationOf(actor: Actor, network: Network, members: NetworkMember[]): Relation {
  if (network.convenerOrganisationId === actor.organisationId) return can(actor, "network.convene") ? "convener" : "member";
  const member = members.find((x) => x.networkId === network.id && x.organisationId === actor.organisationId);
  if (!member) return null;
  return member.coConvener && can(actor, "network.convene") ? "convener" : "member";
}

function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/**
 * Networks, their members and meetings: invitations and answers, attendance, minutes approved
 * by a designated member, documents, follow-up figures. Only members (and conveners) see a
 * network's meetings, minutes and documents.
 */

/** What one version of the minutes may hold, in bytes (a MySQL TEXT column holds 65 535). */
const MAX_MINUTES_BYTES = 60_000;
/** The justerare's comments when sending minutes back, in characters. */
export const MAX_RETURN_COMMENT_CHARS = 5_000;
/** How many organisations one bulk step (attendance, removal) may name. */
export const MAX_BULK_ORGANISATIONS = 200;

/** The decisions of the minutes: the items given, or else the texts alone. */
function decisionsOf(input: MinutesInput): { text: string; responsible: string | null; dueDate: string | null }[] {
  const items: MinutesDecisionInput[] = input.decisionItems ?? (input.decisions ?? []).map((text) => ({ text }));
  return items.map((d) => ({ text: d.text.trim(), responsible: d.responsible?.trim() || null, dueDate: d.dueDate || null })).filter((d) => d.text);
}

/** The distinct organisation ids of a bulk step, at least one and at most MAX_BULK_ORGANISATIONS. */
function bulkIds(organisationIds: number[]): number[] {
  const ids = [...new Set(organisationIds.map(Number))];
  if (!ids.length || ids.some((id) => !Number.isInteger(id) || id <= 0)) throw invalid("organisationIds", "networks.chooseAtLeastOneOrganisation");
  if (ids.length > MAX_BULK_ORGANISATIONS) throw invalid("organisationIds", "networks.atMostOrganisationsAtOnce", { max: MAX_BULK_ORGANISATIONS });
  return ids;
}
export class NetworkService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
    private readonly config: { publicUrl: string; sessionSecret: string },
  ) {}

  // ---- access ------------------------------------------------------------------------------

  /** The actor's relation to a network: convener (or co-convener), member, or none. */
  async relation(actor: Actor, network: Network, m: EntityManager = this.db.manager): Promise<Relation> {
    if (network.convenerOrganisationId === actor.organisationId) return relationOf(actor, network, []);
    return relationOf(actor, network, await m.findBy(NetworkMember, { networkId: network.id, organisationId: actor.organisationId }));
  }

  // ---- what can be done: one rule per action, asked by the mutation and by `availableActions` ----

  /** Answering the invitation: any organisation of the network, until the deadline, unless the meeting is cancelled. */
  canRespond(rel: Relation, meeting: NetworkMeeting, now = Date.now()): Error | null {
    if (!rel) return NetworkErrors.meetingNotFound();
    if (meeting.status === MeetingStatus.CANCELLED) return invalid("meetingId", "networks.meetingHasBeenCancelled");
    const deadline = meeting.rsvpDeadline ?? meeting.startsAt;
    if (deadline.getTime() < now) return NetworkErrors.rsvpClosed({ deadline: stockholmDateTime(deadline) });
    return null;
  }

  /** Attendance, minutes and documents of a meeting are the convener's. */
  canRecordAttendance(rel: Relation): Error | null {
    return rel === "convener" ? null : NetworkErrors.notConvener();
  }

  canWriteMinutes(rel: Relation): Error | null {
    return rel === "convener" ? null : NetworkErrors.notConvener();
  }

  canManageDocuments(rel: Relation): Error | null {
    return rel === "convener" ? null : NetworkErrors.notConvener();
  }

  /** Saving a draft or sending the minutes for approval: the convener, from the states the step allows. */
  canEditMinutes(
    rel: Relation,
    minutes: MeetingMinutes | null,
    action: MeetingMinutesAction.SAVE_DRAFT | MeetingMinutesAction.SUBMIT_FOR_APPROVAL,
  ): Error | null {
    if (rel !== "convener") return NetworkErrors.notConvener();
    if (minutes && !meetingMinutesSteps[action].from.includes(minutes.status)) {
      return meetingMinutesMachine.refusal(minutes.status, meetingMinutesSteps[action].to);
    }
    return null;
  }

  meetingActions(actor: Actor, meeting: NetworkMeeting, network: Network, members: NetworkMember[]): NetworkMeetingAction[] {
    const rel = relationOf(actor, network, members);
    const rules: Record<NetworkMeetingAction, () => Error | null> = {
      RESPOND: () => this.canRespond(rel, meeting),
      RECORD_ATTENDANCE: () => this.canRecordAttendance(rel),
      WRITE_MINUTES: () => this.canWriteMinutes(rel),
      MANAGE_DOCUMENTS: () => this.canManageDocuments(rel),
    };
    return offeredActions(rules);
  }

  minutesActions(actor: Actor, minutes: MeetingMinutes, network: Network, members: NetworkMember[]): MeetingMinutesAction[] {
    const rel = relationOf(actor, network, members);
    const rules: Record<MeetingMinutesAction, () => Error | null> = {
      SAVE_DRAFT: () => this.canEditMinutes(rel, minutes, MeetingMinutesAction.SAVE_DRAFT),
      SUBMIT_FOR_APPROVAL: () => this.canEditMinutes(rel, minutes, MeetingMinutesAction.SUBMIT_FOR_APPROVAL),
      APPROVE: () => this.canApproveMinutes(actor, minutes),
      SEND_BACK: () => this.canSendBackMinutes(actor, minutes),
    };
    return offeredActions(rules);
  }

  async network(actor: Actor, id: number, m: EntityManager = this.db.manager): Promise<Network> {
    const n = await m.findOneBy(Network, { id: Number(id) || -1 });
    if (!n || !(await this.relation(actor, n, m))) throw NetworkErrors.networkNotFound();
    return n;
  }

  private async convened(actor: Actor, id: number, m: EntityManager): Promise<Network> {
    const n = await this.network(actor, id, m);
    if ((await this.relation(actor, n, m)) !== "convener") throw NetworkErrors.notConvener();
    return n;
  }

  async meeting(actor: Actor, id: number, m: EntityManager = this.db.manager): Promise<{ meeting: NetworkMeeting; network: Network }> {
    const meeting = await m.findOneBy(NetworkMeeting, { id: Number(id) || -1 });
    if (!meeting) throw NetworkErrors.meetingNotFound();
    const network = await m.findOneByOrFail(Network, { id: meeting.networkId });
    if (!(await this.relation(actor, network, m))) throw NetworkErrors.meetingNotFound();
    return { meeting, network };
  }

  /** Network ids the actor's organisation convenes or belongs to (a subquery with the parameter `org`). */
  visibleNetworkIds(actor: Actor) {
    return this.db.manager
      .createQueryBuilder(Network, "n")
      .select("n.id")
      .leftJoin(NetworkMember, "mb", "mb.networkId = n.id AND mb.organisationId = :org", { org: actor.organisationId })
      .where("n.convenerOrganisationId = :org OR mb.organisationId IS NOT NULL", { org: actor.organisationId });
  }

  // ---- networks and members ----------------------------------------------------------------

  /** A page of networks; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listNetworks(actor: Actor, args: NetworksArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const qb = this.db.manager
      .createQueryBuilder(Network, "n")
      .where(`n.id IN (${this.visibleNetworkIds(actor).getQuery()})`)
      .setParameters({ org: actor.organisationId })
      .orderBy("n.name", "ASC")
      .addOrderBy("n.id", "ASC")
      .skip(page.offset)
      .take(page.limit);
    if (args.topic) qb.andWhere("n.topic = :topic", { topic: args.topic });
    if (args.kind) qb.andWhere("n.kind = :kind", { kind: args.kind });
    if (args.convenedByMe) qb.andWhere("n.convenerOrganisationId = :org");
    if (fields) return leanPage(qb, fields, NETWORK_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async saveNetwork(actor: Actor, input: SaveNetworkInput): Promise<Network> {
    return this.db.transaction(async (m) => {
      let n: Network;
      let before: Record<string, unknown> | null = null;
      if (input.id) {
        n = await this.convened(actor, Number(input.id), m);
        before = { name: n.name, topic: n.topic, kind: n.kind, description: n.description };
        Object.assign(n, { name: input.name.trim(), topic: input.topic, kind: input.kind ?? n.kind, description: input.description });
        await m.update(Network, { id: n.id }, { name: n.name, topic: n.topic, kind: n.kind, description: n.description });
      } else {
        n = await m.save(
          m.create(Network, {
            name: input.name.trim(),
            topic: input.topic,
            kind: input.kind ?? NetworkKind.NETWORK,
            description: input.description,
            convenerOrganisationId: actor.organisationId,
            createdById: actor.userId,
          }),
        );
      }
      if (input.coConvenerOrganisationIds) {
        const ids = input.coConvenerOrganisationIds.map(Number).filter((id) => id !== n.convenerOrganisationId);
        await this.addMembers(m, n, ids, true);
        await m
          .createQueryBuilder()
          .update(NetworkMember)
          .set({ coConvener: false })
          .where("networkId = :n", { n: n.id })
          .andWhere(ids.length ? "organisationId NOT IN (:...ids)" : "1=1", { ids })
          .execute();
      }
      await audit(m, actor, {
        action: before ? "network.update" : "network.create",
        entityType: "Network",
        entityId: n.id,
        before,
        after: { name: n.name, topic: n.topic, kind: n.kind, description: n.description },
      });
      return n;
    });
  }

  private async addMembers(m: EntityManager, n: Network, organisationIds: number[], coConvener = false): Promise<number[]> {
    const ids = [...new Set(organisationIds)].filter((id) => id !== n.convenerOrganisationId);
    if (!ids.length) return [];
    const found = await m.findBy(Organisation, { id: In(ids) });
    if (found.length !== ids.length) throw invalid("organisationIds", "networks.oneOrMoreOrganisationsDoNot");
    const existing = await m.findBy(NetworkMember, { networkId: n.id, organisationId: In(ids) });
    const have = new Set(existing.map((e) => e.organisationId));
    const added = ids.filter((id) => !have.has(id));
    if (added.length)
      await m.insert(
        NetworkMember,
        added.map((organisationId) => ({ networkId: n.id, organisationId, coConvener, addedAt: new Date() })),
      );
    if (coConvener && existing.length)
      await m.update(NetworkMember, { networkId: n.id, organisationId: In(existing.map((e) => e.organisationId)) }, { coConvener: true });
    return added;
  }

  async addNetworkMembers(actor: Actor, networkId: number, organisationIds: number[]): Promise<Network> {
    return this.db.transaction(async (m) => {
      const n = await this.convened(actor, networkId, m);
      const added = await this.addMembers(m, n, organisationIds);
      await audit(m, actor, { action: "network.addMembers", entityType: "Network", entityId: n.id, after: { added } });
      return n;
    });
  }

  async removeNetworkMember(actor: Actor, networkId: number, organisationId: number): Promise<Network> {
    return this.db.transaction(async (m) => {
      const n = await this.convened(actor, networkId, m);
      const res = await m.delete(NetworkMember, { networkId: n.id, organisationId: Number(organisationId) });
      if (!res.affected) throw invalid("organisationId", "networks.organisationIsNotAMemberOf");
      await m.delete(NetworkContact, { networkId: n.id, organisationId: Number(organisationId) });
      await audit(m, actor, { action: "network.removeMember", entityType: "Network", entityId: n.id, before: { organisationId: Number(organisationId) } });
      return n;
    });
  }

  /**
   * Removes several member organisations at once, with their contact persons. Every id must be a
   * member: otherwise nothing is removed. One audit row names them all.
   */
  async removeNetworkMembers(actor: Actor, networkId: number, organisationIds: number[]): Promise<Network> {
    const ids = bulkIds(organisationIds);
    return this.db.transaction(async (m) => {
      const n = await this.convened(actor, networkId, m);
      const members = await m.findBy(NetworkMember, { networkId: n.id, organisationId: In(ids) });
      if (members.length !== ids.length) throw invalid("organisationIds", "networks.organisationIsNotAMemberOf");
      await m.delete(NetworkMember, { networkId: n.id, organisationId: In(ids) });
      await m.delete(NetworkContact, { networkId: n.id, organisationId: In(ids) });
      await audit(m, actor, { action: "network.removeMembers", entityType: "Network", entityId: n.id, before: { organisationIds: ids } });
      return n;
    });
  }

  /** A member organisation (or the convener) names its contact persons. */
  async setContacts(actor: Actor, networkId: number, organisationId: number, contacts: ContactInput[]): Promise<NetworkContact[]> {
    return this.db.transaction(async (m) => {
      const n = await this.network(actor, networkId, m);
      const rel = await this.relation(actor, n, m);
      if (rel !== "convener" && Number(organisationId) !== actor.organisationId) throw NetworkErrors.notConvener();
      const isMember =
        Number(organisationId) === n.convenerOrganisationId || (await m.existsBy(NetworkMember, { networkId: n.id, organisationId: Number(organisationId) }));
      if (!isMember) throw invalid("organisationId", "networks.organisationIsNotAMemberOf");
      const before = await m.findBy(NetworkContact, { networkId: n.id, organisationId: Number(organisationId) });
      await m.delete(NetworkContact, { networkId: n.id, organisationId: Number(organisationId) });
      const rows = contacts.map((c) => ({
        networkId: n.id,
        organisationId: Number(organisationId),
        name: c.name.trim(),
        email: c.email.trim().toLowerCase(),
        title: c.title?.trim() || null,
      }));
      if (rows.length) await m.insert(NetworkContact, rows);
      await audit(m, actor, {
        action: "network.setContacts",
        entityType: "Network",
        entityId: n.id,
        before: { contacts: before.map((c) => c.email) },
        after: { organisationId, contacts: rows.map((c) => c.email) },
      });
      return m.findBy(NetworkContact, { networkId: n.id, organisationId: Number(organisationId) });
    });
  }

  // ---- meetings ----------------------------------------------------------------------------

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<NetworkMeeting[]> {
    if (input.endsAt <= input.startsAt) throw invalid("endsAt", "networks.meetingMustEndAfterItStarts");
    if (input.rsvpDeadline && input.rsvpDeadline > input.startsAt) throw invalid("rsvpDeadline", "networks.replyDeadlineMustBeBeforeThe");
    if (!input.location && !input.onlineUrl) throw invalid("location", "common.enterAPlaceOrALink");
    const now = new Date();
    // Nobody can answer an invitation to a meeting that has begun, or by a day that has passed.
    if (input.invite && input.startsAt <= now) throw invalid("startsAt", "networks.meetingAlreadyHeld");
    if (input.rsvpDeadline && stockholmDate(input.rsvpDeadline) < stockholmDate(now))
      throw invalid("rsvpDeadline", "networks.replyDeadlineCannotBeBeforeToday");
    return this.db.transaction(async (m) => {
      const n = await this.convened(actor, Number(input.networkId), m);
      const seriesId = input.repeatCount > 1 ? crypto.randomUUID() : null;
      const openItems = await m.find(ActionItem, { where: { networkId: n.id, done: false }, order: { id: "ASC" } });
      const meetings: NetworkMeeting[] = [];
      for (let i = 0; i < input.repeatCount; i++) {
        const shift = (d: Date) => addMonths(d, i * input.repeatIntervalMonths);
        const meeting = await m.save(
          m.create(NetworkMeeting, {
            networkId: n.id,
            title: input.title.trim(),
            startsAt: shift(input.startsAt),
            endsAt: shift(input.endsAt),
            location: input.location?.trim() || null,
            onlineUrl: input.onlineUrl?.trim() || null,
            rsvpDeadline: input.rsvpDeadline ? shift(input.rsvpDeadline) : null,
            // A meeting recorded afterwards was held.
            status: shift(input.startsAt) <= now ? MeetingStatus.HELD : MeetingStatus.SCHEDULED,
            seriesId,
          }),
        );
        const agenda = (input.agenda ?? []).map((a, pos) => ({
          meetingId: meeting.id,
          position: pos + 1,
          title: a.title.trim(),
          presenter: a.presenter?.trim() || null,
          durationMinutes: a.durationMinutes ?? null,
          actionItemId: null as number | null,
        }));
        // Open action items carry over to the next meeting's agenda.
        if (i === 0) {
          for (const item of openItems) {
            agenda.push({
              meetingId: meeting.id,
              position: agenda.length + 1,
              title: `Uppföljning: ${item.text}`,
              presenter: item.owner,
              durationMinutes: null,
              actionItemId: item.id,
            });
          }
        }
        if (agenda.length) await m.insert(AgendaItem, agenda);
        meetings.push(meeting);
        await audit(m, actor, {
          action: "networkMeeting.schedule",
          entityType: "NetworkMeeting",
          entityId: meeting.id,
          after: { title: meeting.title, startsAt: meeting.startsAt, networkId: n.id, status: meeting.status, invited: input.invite },
        });
      }
      const first = meetings[0];
      if (!input.invite) return meetings;
      await this.notifyMembers(m, n, {
        kind: "network.meeting-invitation",
        params: {
          network: n.name,
          meeting: first.title,
          startsAt: param.dateTime(first.startsAt),
          location: first.location ? param.phrase("network.invitation.location", { location: first.location }) : "",
          rsvp: first.rsvpDeadline ? param.phrase("network.invitation.rsvp", { date: param.date(first.rsvpDeadline) }) : "",
          series: meetings.length > 1 ? param.phrase("network.invitation.series", { count: meetings.length - 1 }) : "",
        },
        link: `/natverk/moten/${first.id}`,
      });
      return meetings;
    });
  }

  /** Networks of the actor's organisation whose name matches (`matches` from the search module). */
  async searchNetworks(actor: Actor, matches: (columns: string[]) => string, params: Record<string, string>, limit: number) {
    const [items, total] = await this.db.manager
      .createQueryBuilder(Network, "n")
      .where(`n.id IN (${this.visibleNetworkIds(actor).getQuery()})`)
      .andWhere(matches(["n.name"]))
      .setParameters({ ...params, org: actor.organisationId })
      .orderBy("n.name", "ASC")
      .addOrderBy("n.id", "ASC")
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  /** Meetings of the actor's organisation's networks whose title matches, the latest first. */
  async searchMeetings(actor: Actor, matches: (columns: string[]) => string, params: Record<string, string>, limit: number) {
    const [items, total] = await this.db.manager
      .createQueryBuilder(NetworkMeeting, "mt")
      .innerJoinAndSelect("mt.network", "n")
      .where(`mt.networkId IN (${this.visibleNetworkIds(actor).getQuery()})`)
      .andWhere(matches(["mt.title"]))
      .setParameters({ ...params, org: actor.organisationId })
      .orderBy("mt.startsAt", "DESC")
      .addOrderBy("mt.id", "DESC")
      .take(limit)
      .getManyAndCount();
    return { items, total };
  }

  /** A page of meetings; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listMeetings(actor: Actor, args: NetworkMeetingsArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const qb = this.db.manager
      .createQueryBuilder(NetworkMeeting, "mt")
      .where(`mt.networkId IN (${this.visibleNetworkIds(actor).getQuery()})`)
      .setParameters({ org: actor.organisationId })
      .skip(page.offset)
      .take(page.limit);
    if (args.networkId) qb.andWhere("mt.networkId = :nid", { nid: Number(args.networkId) });
    const now = new Date();
    if (args.upcomingOnly) qb.andWhere("mt.endsAt >= :now", { now }).orderBy("mt.startsAt", "ASC");
    else if (args.pastOnly) qb.andWhere("mt.endsAt < :now", { now }).orderBy("mt.startsAt", "DESC");
    else qb.orderBy("mt.startsAt", "DESC");
    qb.addOrderBy("mt.id", "ASC");
    if (fields) return leanPage(qb, fields, MEETING_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** The network's register of decisions: every decision of approved minutes, the latest meeting first. */
  async decisionRegister(actor: Actor, networkId: number, page: PageArgs) {
    const n = await this.network(actor, networkId);
    const qb = this.db.manager
      .createQueryBuilder(MeetingDecision, "d")
      .innerJoin(NetworkMeeting, "mt", "mt.id = d.meetingId")
      .where("d.networkId = :n AND d.published = 1", { n: n.id })
      .orderBy("mt.startsAt", "DESC")
      .addOrderBy("d.meetingId", "DESC")
      .addOrderBy("d.position", "ASC");
    const [items, total] = await Promise.all([qb.clone().offset(page.offset).limit(page.limit).getMany(), qb.getCount()]);
    return { items, total };
  }

  async respond(actor: Actor, meetingId: number, attendees: AttendeeInput[]): Promise<MeetingResponse> {
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const refusal = this.canRespond(await this.relation(actor, network, m), meeting);
      if (refusal) throw refusal;
      const before = await m.findOneBy(MeetingResponse, { meetingId: meeting.id, organisationId: actor.organisationId });
      const row = {
        meetingId: meeting.id,
        organisationId: actor.organisationId,
        attendees: attendees.map((a) => ({ name: a.name.trim(), email: a.email?.trim().toLowerCase() || null })),
        respondedAt: new Date(),
        respondedById: actor.userId,
      };
      if (before)
        await m.update(
          MeetingResponse,
          { meetingId: meeting.id, organisationId: actor.organisationId },
          { attendees: row.attendees, respondedAt: row.respondedAt, respondedById: row.respondedById },
        );
      else await m.insert(MeetingResponse, row);
      await audit(m, actor, {
        action: "networkMeeting.respond",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: before ? { attendees: before.attendees } : null,
        after: { attendees: row.attendees },
      });
      return m.findOneByOrFail(MeetingResponse, { meetingId: meeting.id, organisationId: actor.organisationId });
    });
  }

  async recordAttendance(actor: Actor, meetingId: number, input: AttendanceInput[]): Promise<NetworkMeeting> {
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const refusal = this.canRecordAttendance(await this.relation(actor, network, m));
      if (refusal) throw refusal;
      const members = new Set((await m.findBy(NetworkMember, { networkId: network.id })).map((x) => x.organisationId));
      members.add(network.convenerOrganisationId);
      for (const row of input) if (!members.has(Number(row.organisationId))) throw invalid("organisationId", "networks.attendanceCanOnlyBeRecordedFor");
      const before = await m.findBy(MeetingAttendance, { meetingId: meeting.id });
      await m.delete(MeetingAttendance, { meetingId: meeting.id });
      if (input.length)
        await m.insert(
          MeetingAttendance,
          input.map((r) => ({
            meetingId: meeting.id,
            organisationId: Number(r.organisationId),
            status: r.status,
            people: r.status === AttendanceStatus.ATTENDED ? Math.max(1, r.people) : 0,
          })),
        );
      // Attendance is what makes a scheduled meeting held; a held or cancelled one stays so.
      if (meeting.status === MeetingStatus.SCHEDULED) {
        networkMeetingMachine.assert(meeting.status, MeetingStatus.HELD);
        await m.update(NetworkMeeting, { id: meeting.id, status: MeetingStatus.SCHEDULED }, { status: MeetingStatus.HELD });
        meeting.status = MeetingStatus.HELD;
      }
      await audit(m, actor, {
        action: "networkMeeting.attendance",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: { attendance: before.map((a) => [a.organisationId, a.status]) },
        after: { attendance: input.map((a) => [Number(a.organisationId), a.status]) },
      });
      return meeting;
    });
  }

  /**
   * Marks several member organisations at once as attended, absent or excused, leaving the others'
   * rows as they are. Every id must be an organisation of this meeting's network (the convener or a
   * member): otherwise nothing changes. Those marked attended keep their number of people, or take
   * the number their answer named (at least 1). One audit row lists every change.
   */
  async markAttendance(actor: Actor, meetingId: number, organisationIds: number[], status: AttendanceStatus): Promise<NetworkMeeting> {
    const ids = bulkIds(organisationIds);
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const refusal = this.canRecordAttendance(await this.relation(actor, network, m));
      if (refusal) throw refusal;
      const others = ids.filter((id) => id !== network.convenerOrganisationId);
      const members = others.length ? await m.findBy(NetworkMember, { networkId: network.id, organisationId: In(others) }) : [];
      if (members.length !== others.length) throw invalid("organisationIds", "networks.attendanceCanOnlyBeRecordedFor");
      const before = new Map((await m.findBy(MeetingAttendance, { meetingId: meeting.id, organisationId: In(ids) })).map((a) => [a.organisationId, a]));
      const answered =
        status === AttendanceStatus.ATTENDED
          ? new Map((await m.findBy(MeetingResponse, { meetingId: meeting.id, organisationId: In(ids) })).map((r) => [r.organisationId, r.attendees.length]))
          : new Map<number, number>();
      const rows = ids.map((organisationId) => {
        const was = before.get(organisationId);
        const people =
          status !== AttendanceStatus.ATTENDED
            ? 0
            : was?.status === AttendanceStatus.ATTENDED
              ? Math.max(1, was.people)
              : Math.max(1, answered.get(organisationId) ?? 1);
        return { meetingId: meeting.id, organisationId, status, people };
      });
      await m.delete(MeetingAttendance, { meetingId: meeting.id, organisationId: In(ids) });
      await m.insert(MeetingAttendance, rows);
      if (meeting.status === MeetingStatus.SCHEDULED) {
        networkMeetingMachine.assert(meeting.status, MeetingStatus.HELD);
        await m.update(NetworkMeeting, { id: meeting.id, status: MeetingStatus.SCHEDULED }, { status: MeetingStatus.HELD });
        meeting.status = MeetingStatus.HELD;
      }
      await audit(m, actor, {
        action: "networkMeeting.markAttendance",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: { attendance: ids.map((id) => [id, before.get(id)?.status ?? null]) },
        after: { status, organisationIds: ids },
      });
      return meeting;
    });
  }

  // ---- minutes -----------------------------------------------------------------------------

  /** Saves the draft (or a correction of published minutes, which then needs approval again). */
  async saveMinutes(actor: Actor, meetingId: number, input: MinutesInput, submit: boolean): Promise<MeetingMinutes> {
    // Body and decisions are kept together in one version row: on MySQL a TEXT column of 65 535 bytes.
    const decisionItems = decisionsOf(input);
    if (Buffer.byteLength(JSON.stringify({ body: input.body, decisions: decisionItems }), "utf8") > MAX_MINUTES_BYTES) {
      throw invalid("body", "networks.minutesTooLong");
    }
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const rel = await this.relation(actor, network, m);
      const writeRefusal = this.canWriteMinutes(rel);
      if (writeRefusal) throw writeRefusal;
      let approverUserId: number | null = null;
      if (input.approverUserId) {
        const approver = await m.findOneBy(User, { id: Number(input.approverUserId) || -1 });
        const memberOrgs = new Set((await m.findBy(NetworkMember, { networkId: network.id })).map((x) => x.organisationId));
        if (!approver || !memberOrgs.has(approver.organisationId))
          throw NetworkErrors.approverNotMember(undefined, {
            fields: [{ field: "approverUserId", path: "input.approverUserId", message: fieldMessage("networks.chooseAPersonOfAMember") }],
          });
        approverUserId = approver.id;
      }
      if (submit && !approverUserId) throw invalid("approverUserId", "networks.chooseWhoIsToApproveThe");
      const existing = await m.findOneBy(MeetingMinutes, { meetingId: meeting.id });
      const editRefusal = this.canEditMinutes(rel, existing, submit ? MeetingMinutesAction.SUBMIT_FOR_APPROVAL : MeetingMinutesAction.SAVE_DRAFT);
      if (editRefusal) throw editRefusal;
      const status = submit ? MinutesStatus.AWAITING_APPROVAL : MinutesStatus.DRAFT;
      // Saving again in the same state (a new draft, a new approver) is not a transition.
      if (existing && existing.status !== status) meetingMinutesMachine.assert(existing.status, status);
      const fields = {
        status,
        body: input.body,
        decisions: decisionItems.map((d) => d.text),
        approverUserId,
        approvedAt: null,
        // The justerare's comments stay beside the draft until the minutes are sent again.
        ...(submit ? { returnComment: null, returnedAt: null } : {}),
      };
      if (existing) await m.update(MeetingMinutes, { meetingId: meeting.id }, fields);
      else await m.insert(MeetingMinutes, { meetingId: meeting.id, ...fields, publishedAt: null, version: 0 });
      // The draft's decisions are replaced by the list given; the published ones change on approval.
      await m.delete(MeetingDecision, { meetingId: meeting.id, published: false });
      if (decisionItems.length)
        await m.insert(
          MeetingDecision,
          decisionItems.map((d, i) => ({ networkId: network.id, meetingId: meeting.id, published: false, position: i + 1, ...d })),
        );
      // Action items of this meeting are replaced by the list given; done ones stay.
      await m.delete(ActionItem, { meetingId: meeting.id, done: false });
      const actionItems = input.actionItems ?? [];
      if (actionItems.length) {
        await m.insert(
          ActionItem,
          actionItems.map((a) => ({
            networkId: network.id,
            meetingId: meeting.id,
            text: a.text.trim(),
            owner: a.owner.trim(),
            dueDate: a.dueDate ?? null,
            done: false,
          })),
        );
      }
      await audit(m, actor, {
        action: submit ? "meetingMinutes.submitForApproval" : "meetingMinutes.save",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: existing ? { status: existing.status, version: existing.version } : null,
        after: { status, approverUserId, decisions: fields.decisions.length, actionItems: actionItems.length },
      });
      if (submit && approverUserId) {
        const approver = await m.findOneByOrFail(User, { id: approverUserId });
        await this.notifications.notify(m, [approver], {
          kind: "network.minutes-approval",
          params: { meeting: meeting.title, date: param.date(meeting.startsAt), network: network.name },
          link: `/natverk/moten/${meeting.id}`,
        });
      }
      return m.findOneByOrFail(MeetingMinutes, { meetingId: meeting.id });
    });
  }

  /** Why the actor may not take a justerare's step (approve, send back) with the minutes; null when they may. */
  private approverRefusal(actor: Actor, minutes: MeetingMinutes | null, action: MeetingMinutesAction.APPROVE | MeetingMinutesAction.SEND_BACK): Error | null {
    if (!minutes) return NetworkErrors.minutesNotAwaitingApproval({ status: MINUTES_LABEL.DRAFT });
    if (minutes.approverUserId !== actor.userId) return NetworkErrors.notApprover();
    if (!meetingMinutesSteps[action].from.includes(minutes.status)) return NetworkErrors.minutesNotAwaitingApproval({ status: MINUTES_LABEL[minutes.status] });
    return null;
  }

  /** Justering: only the designated member, only minutes awaiting approval. */
  canApproveMinutes(actor: Actor, minutes: MeetingMinutes | null): Error | null {
    return this.approverRefusal(actor, minutes, MeetingMinutesAction.APPROVE);
  }

  /** Sending back with comments: only the designated member, only minutes awaiting approval. */
  canSendBackMinutes(actor: Actor, minutes: MeetingMinutes | null): Error | null {
    return this.approverRefusal(actor, minutes, MeetingMinutesAction.SEND_BACK);
  }

  /** Justering: the designated member approves; the minutes are published as a new version and members notified. */
  async approveMinutes(actor: Actor, meetingId: number): Promise<MeetingMinutes> {
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const minutes = await m.findOneBy(MeetingMinutes, { meetingId: meeting.id });
      const refusal = this.canApproveMinutes(actor, minutes);
      if (refusal || !minutes) throw refusal;
      meetingMinutesMachine.assert(minutes.status, MinutesStatus.PUBLISHED);
      const now = new Date();
      const version = minutes.version + 1;
      const res = await m
        .createQueryBuilder()
        .update(MeetingMinutes)
        .set({ status: MinutesStatus.PUBLISHED, approvedAt: now, publishedAt: now, version })
        .where("meetingId = :id AND status = :s", { id: meeting.id, s: MinutesStatus.AWAITING_APPROVAL })
        .execute();
      if (res.affected !== 1) throw NetworkErrors.minutesNotAwaitingApproval({ status: MINUTES_LABEL[minutes.status] });
      await m.insert(MeetingMinutesVersion, {
        meetingId: meeting.id,
        version,
        content: { body: minutes.body, decisions: minutes.decisions },
        publishedAt: now,
      });
      // The approved decisions replace the meeting's entries in the network's register.
      const drafted = await m.find(MeetingDecision, { where: { meetingId: meeting.id, published: false }, order: { position: "ASC" } });
      await m.delete(MeetingDecision, { meetingId: meeting.id, published: true });
      if (drafted.length)
        await m.insert(
          MeetingDecision,
          drafted.map(({ id: _id, ...d }) => ({ ...d, published: true })),
        );
      await audit(m, actor, {
        action: "meetingMinutes.approve",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: { status: MinutesStatus.AWAITING_APPROVAL },
        after: { status: MinutesStatus.PUBLISHED, version },
      });
      await this.notifyMembers(m, network, {
        kind: "network.minutes-published",
        params: {
          meeting: meeting.title,
          date: param.date(meeting.startsAt),
          network: network.name,
          version: version > 1 ? param.phrase("network.minutes.version", { version }) : "",
        },
        link: `/natverk/moten/${meeting.id}`,
      });
      return m.findOneByOrFail(MeetingMinutes, { meetingId: meeting.id });
    });
  }

  /**
   * The justerare sends minutes awaiting approval back to the convener as a draft, with comments
   * that stay beside the draft until it is sent again. The convening organisation is notified.
   */
  async sendBackMinutes(actor: Actor, meetingId: number, comment: string): Promise<MeetingMinutes> {
    const text = comment.trim();
    if (!text) throw invalid("comment", "networks.writeWhatNeedsChangingInTheMinutes");
    if (text.length > MAX_RETURN_COMMENT_CHARS)
      throw invalid("comment", "networks.commentsMayBeAtMost", { max: MAX_RETURN_COMMENT_CHARS.toLocaleString("sv-SE") });
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const minutes = await m.findOneBy(MeetingMinutes, { meetingId: meeting.id });
      const refusal = this.canSendBackMinutes(actor, minutes);
      if (refusal || !minutes) throw refusal;
      const step = meetingMinutesSteps[MeetingMinutesAction.SEND_BACK];
      meetingMinutesMachine.assert(minutes.status, step.to);
      const now = new Date();
      const res = await m
        .createQueryBuilder()
        .update(MeetingMinutes)
        .set({ status: step.to, returnComment: text, returnedAt: now, approvedAt: null })
        .where("meetingId = :id AND status = :s AND approverUserId = :u", { id: meeting.id, s: minutes.status, u: actor.userId })
        .execute();
      if (res.affected !== 1) throw meetingMinutesMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "meetingMinutes.sendBack",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        before: { status: minutes.status, version: minutes.version },
        after: { status: step.to, comment: text },
      });
      const conveners = await this.convenerUsers(m, network);
      const approver = await m.findOneByOrFail(User, { id: actor.userId });
      await this.notifications.notify(m, conveners, {
        kind: "network.minutes-returned",
        params: { approver: approver.name, meeting: meeting.title, date: param.date(meeting.startsAt), network: network.name, comment: text },
        link: `/natverk/moten/${meeting.id}`,
      });
      return m.findOneByOrFail(MeetingMinutes, { meetingId: meeting.id });
    });
  }

  /** People who convene the network: users with `network.convene` in the convening and co-convening organisations. */
  private async convenerUsers(m: EntityManager, n: Network): Promise<User[]> {
    const coConveners = (await m.findBy(NetworkMember, { networkId: n.id, coConvener: true })).map((x) => x.organisationId);
    return usersWithAbility(m, { organisationIds: [...new Set([n.convenerOrganisationId, ...coConveners])] }, "network.convene");
  }

  /** Members see published minutes only; the convener and the approver also see drafts. */
  minutesFor(
    actor: Actor,
    network: Network,
    members: NetworkMember[],
    minutes: MeetingMinutes | null,
    versions: MeetingMinutesVersion[],
  ): MeetingMinutes | null {
    if (!minutes) return null;
    const rel = relationOf(actor, network, members);
    if (rel === "convener" || minutes.approverUserId === actor.userId) return minutes;
    if (minutes.version === 0) return null;
    if (minutes.status === MinutesStatus.PUBLISHED) return minutes;
    // A correction is under way: members keep reading the last published version.
    const last = versions.reduce<MeetingMinutesVersion | null>((a, v) => (!a || v.version > a.version ? v : a), null);
    return last
      ? ({
          ...minutes,
          status: MinutesStatus.PUBLISHED,
          body: last.content.body,
          decisions: last.content.decisions,
          approverUserId: null,
          returnComment: null,
          returnedAt: null,
        } as MeetingMinutes)
      : null;
  }

  async setActionItemDone(actor: Actor, id: number, done: boolean): Promise<ActionItem> {
    return this.db.transaction(async (m) => {
      const item = await m.findOneBy(ActionItem, { id: Number(id) || -1 });
      if (!item) throw NetworkErrors.meetingNotFound();
      await this.convened(actor, item.networkId, m);
      await m.update(ActionItem, { id: item.id }, { done });
      await audit(m, actor, { action: "actionItem.setDone", entityType: "ActionItem", entityId: item.id, before: { done: item.done }, after: { done } });
      return { ...item, done };
    });
  }

  // ---- documents ---------------------------------------------------------------------------

  async addDocument(
    actor: Actor,
    meetingId: number,
    file: { filename: string; contentType: string; size: number; storageName: string },
    agendaItemId: number | null,
  ) {
    return this.db.transaction(async (m) => {
      const { meeting, network } = await this.meeting(actor, meetingId, m);
      const refusal = this.canManageDocuments(await this.relation(actor, network, m));
      if (refusal) throw refusal;
      if (agendaItemId && !(await m.existsBy(AgendaItem, { id: agendaItemId, meetingId: meeting.id })))
        throw invalid("agendaItemId", "networks.agendaItemDoesNotBelongTo");
      const doc = await m.save(m.create(MeetingDocument, { meetingId: meeting.id, agendaItemId, ...file, uploadedById: actor.userId }));
      await audit(m, actor, {
        action: "meetingDocument.upload",
        entityType: "NetworkMeeting",
        entityId: meeting.id,
        after: { documentId: doc.id, filename: doc.filename, size: doc.size },
      });
      return doc;
    });
  }

  async document(actor: Actor, id: number): Promise<MeetingDocument> {
    const doc = await this.db.manager.findOneBy(MeetingDocument, { id: Number(id) || -1 });
    if (!doc) throw NetworkErrors.documentNotFound();
    try {
      await this.meeting(actor, doc.meetingId);
    } catch {
      throw NetworkErrors.documentNotFound();
    }
    return doc;
  }

  async deleteDocument(actor: Actor, id: number): Promise<MeetingDocument> {
    return this.db.transaction(async (m) => {
      const doc = await m.findOneBy(MeetingDocument, { id: Number(id) || -1 });
      if (!doc) throw NetworkErrors.documentNotFound();
      const { network } = await this.meeting(actor, doc.meetingId, m);
      const refusal = this.canManageDocuments(await this.relation(actor, network, m));
      if (refusal) throw refusal;
      await m.delete(MeetingDocument, { id: doc.id });
      await audit(m, actor, {
        action: "meetingDocument.delete",
        entityType: "NetworkMeeting",
        entityId: doc.meetingId,
        before: { documentId: doc.id, filename: doc.filename },
      });
      return doc;
    });
  }

  // ---- calendar feed -----------------------------------------------------------------------

  /** A new secret feed address for the actor (any earlier one stops working). */
  async createCalendarFeed(actor: Actor): Promise<string> {
    const token = crypto.randomBytes(24).toString("base64url");
    await this.db.transaction(async (m) => {
      await m.delete(CalendarFeed, { userId: actor.userId });
      await m.insert(CalendarFeed, { tokenHash: tokenDigest(token, this.config.sessionSecret), userId: actor.userId });
      await audit(m, actor, { action: "calendarFeed.create", entityType: "User", entityId: actor.userId });
    });
    return `${this.config.publicUrl}/api/calendar/${token}.ics`;
  }

  /** The user whose feed the token opens, or an error. */
  async feedUser(token: string): Promise<User> {
    const feed = await this.db.manager.findOneBy(CalendarFeed, { tokenHash: tokenDigest(token, this.config.sessionSecret) });
    const user = feed ? await this.db.manager.findOneBy(User, { id: feed.userId, active: true }) : null;
    if (!user) throw NetworkErrors.feedNotFound();
    return user;
  }

  /** Meetings of every network the organisation belongs to, from three months back. */
  async calendarOfOrganisation(organisationId: number): Promise<CalendarItem[]> {
    const m = this.db.manager;
    const networkIds = (
      await m
        .createQueryBuilder(Network, "n")
        .select("n.id", "id")
        .leftJoin(NetworkMember, "mb", "mb.networkId = n.id AND mb.organisationId = :org", { org: organisationId })
        .where("n.convenerOrganisationId = :org OR mb.organisationId IS NOT NULL", { org: organisationId })
        .getRawMany<{ id: number }>()
    ).map((r) => Number(r.id));
    if (!networkIds.length) return [];
    const since = addMonths(new Date(), -3);
    const meetings = await m
      .createQueryBuilder(NetworkMeeting, "mt")
      .where({ networkId: In(networkIds) })
      .andWhere("mt.endsAt >= :since", { since })
      .orderBy("mt.startsAt", "ASC")
      .getMany();
    const networks = new Map((await m.findBy(Network, { id: In(networkIds) })).map((n) => [n.id, n]));
    return meetings.map((mt) => ({
      uid: `network-meeting-${mt.id}@samverka`,
      start: mt.startsAt,
      end: mt.endsAt,
      summary: `${mt.title} (${networks.get(mt.networkId)?.name ?? ""})`,
      description: `Nätverksmöte i ${networks.get(mt.networkId)?.name ?? ""}.`,
      location: mt.location ?? mt.onlineUrl,
      url: `${this.config.publicUrl}/natverk/moten/${mt.id}`,
      cancelled: mt.status === MeetingStatus.CANCELLED,
    }));
  }

  // ---- follow-up ---------------------------------------------------------------------------

  /** The national aggregate per topic: counts of länsstyrelser, meetings and organisations, nothing of any network's content. */
  byTopic(year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw invalid("year", "common.yearBetween2000And2099");
    return this.db.forStatistics(() => networksByTopic(this.db, year));
  }

  async statistics(actor: Actor, networkId: number, year: number) {
    const n = await this.network(actor, networkId);
    return this.db.forStatistics(() => this.yearOf(n, year));
  }

  private async yearOf(n: Network, year: number) {
    const m = this.db.manager;
    const members = await m.findBy(NetworkMember, { networkId: n.id });
    const memberIds = members.map((x) => x.organisationId);
    const from = new Date(Date.UTC(year - 1, 11, 31, 23));
    const to = new Date(Date.UTC(year, 11, 31, 23));
    const meetings = await m
      .createQueryBuilder(NetworkMeeting, "mt")
      .where("mt.networkId = :n AND mt.startsAt >= :from AND mt.startsAt < :to AND mt.status = :held", { n: n.id, from, to, held: MeetingStatus.HELD })
      .orderBy("mt.startsAt", "ASC")
      .getMany();
    const attendance = meetings.length
      ? await m.findBy(MeetingAttendance, { meetingId: In(meetings.map((x) => x.id)), status: AttendanceStatus.ATTENDED })
      : [];
    const attendedInYear = new Set(attendance.filter((a) => memberIds.includes(a.organisationId)).map((a) => a.organisationId));

    const yearAgo = addMonths(new Date(), -12);
    const recentHeld = await m
      .createQueryBuilder(NetworkMeeting, "mt")
      .where("mt.networkId = :n AND mt.startsAt >= :since AND mt.status = :held", { n: n.id, since: yearAgo, held: MeetingStatus.HELD })
      .getMany();
    const recentAttended = recentHeld.length
      ? new Set(
          (await m.findBy(MeetingAttendance, { meetingId: In(recentHeld.map((x) => x.id)), status: AttendanceStatus.ATTENDED })).map((a) => a.organisationId),
        )
      : new Set<number>();
    const orgs = memberIds.length ? await m.findBy(Organisation, { id: In(memberIds) }) : [];
    return {
      networkId: n.id,
      year,
      members: memberIds.length,
      meetingsHeld: meetings.length,
      meetings: meetings.map((mt) => ({
        meeting: mt,
        organisationsRepresented: attendance.filter((a) => a.meetingId === mt.id).length,
        people: attendance.filter((a) => a.meetingId === mt.id).reduce((s, a) => s + a.people, 0),
      })),
      membersAttendedAtLeastOnce: attendedInYear.size,
      shareAttended: memberIds.length ? attendedInYear.size / memberIds.length : 0,
      notAttendedLast12Months: orgs.filter((o) => !recentAttended.has(o.id)).sort((a, b) => a.name.localeCompare(b.name, "sv")),
    };
  }

  /** Users of member organisations who take part in networks: whom a convener may ask to approve minutes. */
  // ---- notifications -----------------------------------------------------------------------

  /** Everyone who takes part on behalf of a member: users with `network.participate`, and named contacts by e-mail. */
  private async notifyMembers(m: EntityManager, n: Network, msg: Message & { link: string }) {
    const orgIds = [n.convenerOrganisationId, ...(await m.findBy(NetworkMember, { networkId: n.id })).map((x) => x.organisationId)];
    const users = await usersWithAbility(m, { organisationIds: [...new Set(orgIds)] }, "network.participate");
    await this.notifications.notify(m, users, msg);
    const contacts = await m.findBy(NetworkContact, { networkId: n.id });
    const extra = [...new Set(contacts.map((c) => c.email))].filter((e) => !users.some((u) => u.email === e));
    await this.notifications.enqueueMail(m, extra, msg);
  }
}
