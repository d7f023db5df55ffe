import { type EntityManager, In, type SelectQueryBuilder } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { leanOne, leanPage } from "../../db/lean-read";
import { EVENT_NEEDS } from "./training.lean";
import { audit } from "../../shared/audit";
import type { CalendarItem } from "../../shared/calendar";
import { stockholmDate, stockholmDateTime } from "../../shared/dates";
import { newToken, tokenDigest } from "../../auth/tokens";
import type { SignInThrottleStore } from "../../auth/sign-in-throttle";
import type { Language } from "../../shared/messages";
import { Language as UserLanguage } from "../users/user.entity";
import { formatCheckInCode, newCheckInCode, normaliseCheckInCode } from "./check-in-code";
import type { PageArgs } from "../../shared/pagination";
import { param } from "../../shared/messages";
import type { Message, NotificationService } from "../notifications/notification.service";
import { unknownCountyCodes } from "../organisations/counties";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import {
  RegistrationAction,
  RegistrationStatus as R,
  registrationMachine,
  TrainingEventAction,
  TrainingEventStatus as S,
  trainingEventMachine,
} from "./training-event.state-machine";
import {
  AttendanceStatus,
  CourseLeader,
  LocalCourse,
  TrainingAttendance,
  TrainingEvent,
  TrainingParticipationLog,
  TrainingRegistration,
  TrainingSession,
  TrainingType,
} from "./training.entities";
import { CommonErrors } from "../../shared/errors";
import { TrainingErrors } from "./training.errors";
import { TRAINING_TYPE_LABELS, trainingReach, trainingStatistics } from "./training.statistics";
import type { Locale } from "../../shared/request-context";
import {
  ensureQuotaRow,
  lockEvent,
  lockForRegistration,
  nextWaitlistOrder,
  nextWaitlistOrderLocked,
  place,
  promoteFromWaitlist,
  releaseSeat,
  takeSeatOverQuota,
} from "./seats";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";
import type {
  CourseLeadersArgs,
  LocalCourseInput,
  ParticipantInput,
  ParticipationCountInput,
  SaveTrainingEventInput,
  TrainingEventsArgs,
} from "./training.inputs";
import { offeredActions } from "../../shared/state-machine";

/** Unknown personal links one client address may try within the throttle's window. */
export const PARTICIPANT_LINK_ATTEMPTS = 20;

const DEFAULT_KINDS = [OrganisationKind.KOMMUN, OrganisationKind.REGION, OrganisationKind.IDEELL_ORGANISATION];
const KIND_PLURAL: Record<OrganisationKind, string> = {
  SOCIALSTYRELSEN: "Socialstyrelsen",
  JAMSTALLDHETSMYNDIGHETEN: "Jämställdhetsmyndigheten",
  LANSSTYRELSE: "länsstyrelser",
  NATIONELLT_KUNSKAPSCENTRUM: "nationella kunskapscentrum",
  KOMMUN: "kommuner",
  REGION: "regioner",
  IDEELL_ORGANISATION: "ideella organisationer",
  VARDANALYS: "Vårdanalys",
};

function eventSnapshot(e: TrainingEvent) {
  return {
    status: e.status,
    title: e.title,
    capacity: e.capacity,
    confirmedCount: e.confirmedCount,
    registrationDeadline: e.registrationDeadline,
    quotaPerOrganisation: e.quotaPerOrganisation,
  };
}

function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return TrainingErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

/**
 * Training events, registrations with seats and waitlists, attendance and the course-leader
 * registry. Confirmed seats never exceed capacity nor an organisation's quota: both counters
 * change only through conditional UPDATEs inside the registering transaction.
 */
export class TrainingService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
    private readonly publicUrl: string,
    private readonly secret: string,
    private readonly throttle: SignInThrottleStore,
  ) {}

  // ---- events ------------------------------------------------------------------------------

  /** A page of events; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listEvents(actor: Actor, args: TrainingEventsArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const qb = this.db.manager.createQueryBuilder(TrainingEvent, "e").orderBy("e.startsAt", "ASC").addOrderBy("e.id", "ASC").skip(page.offset).take(page.limit);
    const statuses = args.statuses?.length ? args.statuses : [S.PUBLISHED];
    qb.where({ status: In(statuses) });
    this.onlyVisible(actor, qb);
    if (args.organisedByMe) qb.andWhere("e.organiserOrganisationId = :own", { own: actor.organisationId });
    if (args.types?.length) qb.andWhere({ type: In(args.types) });
    if (args.countyCode) qb.andWhere("(e.countyCode = :county OR e.countyCode IS NULL)", { county: args.countyCode });
    if (args.from) qb.andWhere("e.endsAt >= :from", { from: new Date(`${args.from}T00:00:00Z`) });
    if (args.to) qb.andWhere("e.startsAt <= :to", { to: new Date(`${args.to}T23:59:59Z`) });
    if (args.withPlacesLeft) qb.andWhere("e.confirmedCount < e.capacity");
    if (fields) return leanPage(qb, fields, EVENT_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Drafts are the organiser's own: the rule of `event` as a condition on a list of events `e`. */
  private onlyVisible(actor: Actor, qb: SelectQueryBuilder<TrainingEvent>) {
    return qb.andWhere("(e.status <> :draft OR e.organiserOrganisationId = :own)", { draft: S.DRAFT, own: actor.organisationId });
  }

  /** Events the actor may see whose title matches (`matches` from the search module), the latest first. */
  async searchEvents(actor: Actor, matches: (columns: string[]) => string, params: Record<string, string>, limit: number) {
    const qb = this.db.manager
      .createQueryBuilder(TrainingEvent, "e")
      .where(matches(["e.title"]), params)
      .orderBy("e.startsAt", "DESC")
      .addOrderBy("e.id", "DESC")
      .take(limit);
    const [items, total] = await this.onlyVisible(actor, qb).getManyAndCount();
    return { items, total };
  }

  /** With `fields` (the detail query), a plain row of only what those fields and the check below read (see db/lean-read.ts). */
  async event(actor: Actor, id: number, m: EntityManager = this.db.manager, fields?: ReadonlySet<string>): Promise<TrainingEvent> {
    const qb = m.createQueryBuilder(TrainingEvent, "e").where("e.id = :id", { id: Number(id) || -1 });
    const e = await leanOne(qb, fields, EVENT_NEEDS, ["status"]);
    if (!e || (e.status === S.DRAFT && e.organiserOrganisationId !== actor.organisationId)) throw TrainingErrors.eventNotFound();
    return e;
  }

  private async organisedEvent(actor: Actor, id: number, m: EntityManager): Promise<TrainingEvent> {
    const e = await this.event(actor, id, m);
    if (e.organiserOrganisationId !== actor.organisationId) throw TrainingErrors.notOrganiser();
    return e;
  }

  isOrganiser(actor: Actor, e: TrainingEvent) {
    return e.organiserOrganisationId === actor.organisationId && can(actor, "training.organise");
  }

  // ---- what can be done: one rule per action, asked by the mutation and by `availableActions` ----

  private organiserRefusal(actor: Actor, e: TrainingEvent): Error | null {
    return this.isOrganiser(actor, e) ? null : TrainingErrors.notOrganiser();
  }

  /** Changing the event: the organiser, until it is completed or cancelled. */
  canEdit(actor: Actor, e: TrainingEvent): Error | null {
    return (
      this.organiserRefusal(actor, e) ??
      (e.status === S.CANCELLED || e.status === S.COMPLETED ? TrainingErrors.notOpenForRegistration({ status: trainingEventMachine.labels[e.status] }) : null)
    );
  }

  /** Publishing: the organiser, from a draft, unless the event is only logged afterwards. */
  canPublish(actor: Actor, e: TrainingEvent): Error | null {
    const refusal = this.organiserRefusal(actor, e) ?? trainingEventMachine.refusal(e.status, S.PUBLISHED);
    if (refusal) return refusal;
    return e.loggedOnly ? invalid("loggedOnly", "trainings.loggedOnlyNotPublished") : null;
  }

  canComplete(actor: Actor, e: TrainingEvent): Error | null {
    return this.organiserRefusal(actor, e) ?? trainingEventMachine.refusal(e.status, S.COMPLETED);
  }

  canCancelEvent(actor: Actor, e: TrainingEvent): Error | null {
    return this.organiserRefusal(actor, e) ?? trainingEventMachine.refusal(e.status, S.CANCELLED);
  }

  canLogParticipation(actor: Actor, e: TrainingEvent): Error | null {
    return this.organiserRefusal(actor, e);
  }

  /** Registering staff: a published event, before its deadline, for organisations it is open to. */
  canRegister(actor: Actor, e: TrainingEvent, org: Pick<Organisation, "kind" | "countyCode" | "name">): Error | null {
    if (!can(actor, "training.register")) return CommonErrors.forbidden();
    if (e.status !== S.PUBLISHED) return TrainingErrors.notOpenForRegistration({ status: trainingEventMachine.labels[e.status] });
    const deadline = e.registrationDeadline ?? e.startsAt;
    if (deadline && deadline.getTime() < Date.now()) return TrainingErrors.registrationClosed({ event: e.title, deadline: stockholmDateTime(deadline) });
    const kindOk = e.eligibleKinds.includes(org.kind);
    const countyOk = e.eligibleCountyCodes.length === 0 || (org.countyCode != null && e.eligibleCountyCodes.includes(org.countyCode));
    if (!kindOk || !countyOk) {
      const who = `${e.eligibleKinds.map((k) => KIND_PLURAL[k]).join(", ")}${e.eligibleCountyCodes.length ? ` i län ${e.eligibleCountyCodes.join(", ")}` : " i hela landet"}`;
      return TrainingErrors.notEligible({ organisation: org.name, who });
    }
    return null;
  }

  eventActions(actor: Actor, e: TrainingEvent): TrainingEventAction[] {
    const rules: Record<TrainingEventAction, () => Error | null> = {
      EDIT: () => this.canEdit(actor, e),
      PUBLISH: () => this.canPublish(actor, e),
      COMPLETE: () => this.canComplete(actor, e),
      CANCEL: () => this.canCancelEvent(actor, e),
      LOG_PARTICIPATION: () => this.canLogParticipation(actor, e),
      // The organisation's name only words a refusal, which is not shown here.
      REGISTER: () => this.canRegister(actor, e, { kind: actor.organisationKind, countyCode: actor.countyCode, name: "" }),
    };
    return offeredActions(rules);
  }

  /**
   * Cancelling a registration: the registering organisation while the event is published and has
   * not started; the organiser while the event is a draft or published.
   */
  canCancelRegistration(actor: Actor, reg: TrainingRegistration, e: TrainingEvent): Error | null {
    const organiser = this.isOrganiser(actor, e);
    if (reg.organisationId !== actor.organisationId && !organiser) return TrainingErrors.registrationNotFound();
    if (organiser) {
      if (e.status !== S.DRAFT && e.status !== S.PUBLISHED) return TrainingErrors.registrationsClosed({ status: trainingEventMachine.labels[e.status] });
    } else {
      if (!can(actor, "training.register")) return CommonErrors.forbidden();
      if (e.status !== S.PUBLISHED) return TrainingErrors.registrationsClosed({ status: trainingEventMachine.labels[e.status] });
      if (e.startsAt && e.startsAt.getTime() <= Date.now()) return TrainingErrors.alreadyStarted();
    }
    return registrationMachine.refusal(reg.status, R.CANCELLED);
  }

  /** The organiser moves a person between the waitlist and a confirmed seat, while the event is a draft or published; a seat needs a free one. */
  canMoveRegistration(actor: Actor, reg: TrainingRegistration, e: TrainingEvent, to: R.CONFIRMED | R.WAITLISTED): Error | null {
    const refusal = this.organiserRefusal(actor, e);
    if (refusal) return refusal;
    if (e.status !== S.DRAFT && e.status !== S.PUBLISHED) return TrainingErrors.registrationsClosed({ status: trainingEventMachine.labels[e.status] });
    const illegal = registrationMachine.refusal(reg.status, to);
    if (illegal) return illegal;
    return to === R.CONFIRMED && e.confirmedCount >= e.capacity ? TrainingErrors.full({ capacity: e.capacity }) : null;
  }

  /** Attendance: the organiser, for confirmed participants. */
  canMarkAttendance(actor: Actor, reg: TrainingRegistration, e: TrainingEvent): Error | null {
    return this.organiserRefusal(actor, e) ?? (reg.status !== R.CONFIRMED ? invalid("registrationId", "trainings.attendanceCanOnlyBeRecordedFor") : null);
  }

  registrationActions(actor: Actor, reg: TrainingRegistration, e: TrainingEvent): RegistrationAction[] {
    const rules: Record<RegistrationAction, () => Error | null> = {
      CANCEL: () => this.canCancelRegistration(actor, reg, e),
      CONFIRM: () => this.canMoveRegistration(actor, reg, e, R.CONFIRMED),
      WAITLIST: () => this.canMoveRegistration(actor, reg, e, R.WAITLISTED),
      MARK_ATTENDANCE: () => this.canMarkAttendance(actor, reg, e),
    };
    return offeredActions(rules);
  }

  async save(actor: Actor, input: SaveTrainingEventInput): Promise<TrainingEvent> {
    const sessions = [...input.sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    sessions.forEach((s, i) => {
      if (s.endsAt <= s.startsAt) throw invalid(`sessions`, "trainings.sessionEndsBeforeItStarts", { number: i + 1 });
    });
    if (input.registrationDeadline && input.registrationDeadline > sessions[0].startsAt) {
      throw invalid("registrationDeadline", "trainings.registrationDeadlineMustBeBeforeThe");
    }
    if (input.quotaPerOrganisation && input.quotaPerOrganisation > input.capacity)
      throw invalid("quotaPerOrganisation", "trainings.quotaPerOrganisationCannotBeLarger");
    if (!input.location && !input.onlineUrl) throw invalid("location", "common.enterAPlaceOrALink");

    return this.db.transaction(async (m) => {
      if (input.id) await lockEvent(m, Number(input.id));
      const unknown = await unknownCountyCodes(m, input.eligibleCountyCodes ?? []);
      if (unknown.length) throw invalid("eligibleCountyCodes", "trainings.unknownCountyCodes", { codes: unknown.join(", ") });
      const organiser = await m.findOneByOrFail(Organisation, { id: actor.organisationId });
      let e: TrainingEvent;
      let before: ReturnType<typeof eventSnapshot> | null = null;
      if (input.id) {
        e = await this.organisedEvent(actor, Number(input.id), m);
        const refusal = this.canEdit(actor, e);
        if (refusal) throw refusal;
        before = eventSnapshot(e);
        if (input.capacity < e.confirmedCount) throw TrainingErrors.capacityBelowConfirmed({ capacity: input.capacity, confirmed: e.confirmedCount });
      } else {
        e = m.create(TrainingEvent, {
          organiserOrganisationId: organiser.id,
          createdById: actor.userId,
          status: S.DRAFT,
          confirmedCount: 0,
          waitlistSeq: 0,
          quotaReleased: false,
          cancelReason: null,
        });
      }
      // A national body's events serve the whole country; a länsstyrelse's its county unless national.
      const county = organiser.kind === OrganisationKind.LANSSTYRELSE ? organiser.countyCode : null;
      const national = input.national || !county;
      Object.assign(e, {
        type: input.type,
        title: input.title.trim(),
        description: input.description,
        countyCode: national ? null : county,
        location: input.location?.trim() || null,
        onlineUrl: input.onlineUrl?.trim() || null,
        registrationDeadline: input.registrationDeadline ?? null,
        eligibleKinds: input.eligibleKinds?.length ? [...new Set(input.eligibleKinds)] : DEFAULT_KINDS,
        eligibleCountyCodes: input.eligibleCountyCodes ?? (national || !county ? [] : [county]),
        quotaPerOrganisation: input.quotaPerOrganisation ?? null,
        quotaReleaseAt: input.quotaPerOrganisation ? (input.quotaReleaseAt ?? null) : null,
        loggedOnly: input.loggedOnly,
        startsAt: sessions[0].startsAt,
        endsAt: sessions[sessions.length - 1].endsAt,
      });
      const capacityGrew = before !== null && input.capacity > e.capacity;
      if (before) {
        // Capacity may shrink only while it stays at or above the confirmed count, checked in the same statement.
        const res = await m
          .createQueryBuilder()
          .update(TrainingEvent)
          .set({ capacity: input.capacity })
          .where("id = :id AND confirmedCount <= :cap", { id: e.id, cap: input.capacity })
          .execute();
        if (res.affected !== 1) throw TrainingErrors.capacityBelowConfirmed({ capacity: input.capacity, confirmed: e.confirmedCount });
        const { confirmedCount: _c, waitlistSeq: _w, capacity: _cap, createdAt: _ca, organiserRef: _o, ...rest } = e;
        await m.update(TrainingEvent, { id: e.id }, rest);
        e.capacity = input.capacity;
        await m.delete(TrainingSession, { eventId: e.id });
      } else {
        e.capacity = input.capacity;
        await m.save(e);
      }
      await m.insert(
        TrainingSession,
        sessions.map((s) => ({ eventId: e.id, startsAt: s.startsAt, endsAt: s.endsAt })),
      );
      await audit(m, actor, {
        action: before ? "trainingEvent.update" : "trainingEvent.create",
        entityType: "TrainingEvent",
        entityId: e.id,
        before,
        after: eventSnapshot(e),
      });
      if (capacityGrew && e.status === S.PUBLISHED) await this.promote(m, actor, e.id);
      return m.findOneByOrFail(TrainingEvent, { id: e.id });
    });
  }

  async publish(actor: Actor, id: number): Promise<TrainingEvent> {
    return this.changeStatus(actor, id, S.PUBLISHED, "trainingEvent.publish", (e) => this.canPublish(actor, e));
  }

  async complete(actor: Actor, id: number): Promise<TrainingEvent> {
    return this.changeStatus(actor, id, S.COMPLETED, "trainingEvent.complete", (e) => this.canComplete(actor, e));
  }

  async cancelEvent(actor: Actor, id: number, reason: string): Promise<TrainingEvent> {
    if (!reason.trim()) throw invalid("reason", "trainings.sayWhyTheEventIsCancelled");
    if (reason.length > 2_000) throw invalid("reason", "trainings.reasonTooLong");
    return this.changeStatus(
      actor,
      id,
      S.CANCELLED,
      "trainingEvent.cancel",
      (e) => this.canCancelEvent(actor, e),
      async (m, e) => {
        e.cancelReason = reason.trim();
        const regs = await m.findBy(TrainingRegistration, { eventId: e.id, status: In([R.CONFIRMED, R.WAITLISTED]) });
        await this.notifyRegistrants(m, regs, {
          kind: "training.event-cancelled",
          params: { event: e.title, date: e.startsAt ? param.date(e.startsAt) : "", reason: reason.trim() },
          link: `/utbildningar/${e.id}`,
        });
      },
    );
  }

  private async changeStatus(
    actor: Actor,
    id: number,
    to: S,
    action: string,
    allowed: (e: TrainingEvent) => Error | null,
    extra?: (m: EntityManager, e: TrainingEvent) => Promise<void>,
  ) {
    return this.db.transaction(async (m) => {
      await lockEvent(m, id);
      const e = await this.organisedEvent(actor, id, m);
      const refusal = allowed(e);
      if (refusal) throw refusal;
      trainingEventMachine.assert(e.status, to);
      const before = eventSnapshot(e);
      const from = e.status;
      await extra?.(m, e);
      e.status = to;
      const res = await m
        .createQueryBuilder()
        .update(TrainingEvent)
        .set({ status: to, cancelReason: e.cancelReason })
        .where("id = :id AND status = :from", { id: e.id, from })
        .execute();
      if (res.affected !== 1) throw trainingEventMachine.changedMeanwhile();
      await audit(m, actor, { action, entityType: "TrainingEvent", entityId: e.id, before, after: eventSnapshot(e) });
      return e;
    });
  }

  async logParticipation(actor: Actor, id: number, counts: ParticipationCountInput[]): Promise<TrainingEvent> {
    return this.db.transaction(async (m) => {
      const e = await this.organisedEvent(actor, id, m);
      const refusal = this.canLogParticipation(actor, e);
      if (refusal) throw refusal;
      const orgIds = counts.map((c) => Number(c.organisationId));
      const found = await m.countBy(Organisation, { id: In(orgIds) });
      if (found !== new Set(orgIds).size) throw invalid("counts", "trainings.oneOfTheOrganisationsDoesNot");
      const before = await m.findBy(TrainingParticipationLog, { eventId: e.id });
      await m.delete(TrainingParticipationLog, { eventId: e.id });
      const rows = counts
        .filter((c) => c.participants > 0)
        .map((c) => ({ eventId: e.id, organisationId: Number(c.organisationId), participants: c.participants }));
      if (rows.length) await m.insert(TrainingParticipationLog, rows);
      await audit(m, actor, {
        action: "trainingEvent.logParticipation",
        entityType: "TrainingEvent",
        entityId: e.id,
        before: { counts: before },
        after: { counts: rows },
      });
      return e;
    });
  }

  // ---- registrations -----------------------------------------------------------------------

  async register(actor: Actor, eventId: number, participants: ParticipantInput[]): Promise<TrainingRegistration[]> {
    if (participants.length === 0) throw invalid("participants", "trainings.addAtLeastOneParticipant");
    if (participants.length > 50) throw invalid("participants", "trainings.atMost50ParticipantsPerRegistration");
    const emails = participants.map((p) => p.email.trim().toLowerCase());
    if (new Set(emails).size !== emails.length) throw invalid("participants", "trainings.sameEMailAddressAppearsTwice");
    // Read before the event is locked: registrations of one event take turns, so the fewer
    // statements while the lock is held, the sooner the next one runs.
    const org = await this.db.manager.findOneByOrFail(Organisation, { id: actor.organisationId });
    // Refusals that need no lock come first, so that a refused registration writes nothing;
    // the locked transaction below checks again.
    this.assertCanRegister(actor, await this.event(actor, eventId), org);
    // The organisation's quota row exists before the registering transaction locks it.
    await ensureQuotaRow(this.db, eventId, actor.organisationId);
    const mailing = await this.beforeParticipantLinks(actor, Number(eventId), emails);
    return this.db.transaction(async (m) => {
      await lockForRegistration(m, eventId, actor.organisationId);
      // Read after the lock: the event row is current until this transaction ends.
      const e = await this.event(actor, eventId, m);
      this.assertCanRegister(actor, e, org);
      const existing = await m.findBy(TrainingRegistration, { eventId: e.id, email: In(emails), status: In([R.CONFIRMED, R.WAITLISTED]) });
      if (existing.length) throw TrainingErrors.duplicateParticipant({ email: existing[0].email });
      const now = new Date();
      const created: TrainingRegistration[] = [];
      const tokens = new Map<TrainingRegistration, string>();
      for (const [i, p] of participants.entries()) {
        // A full event needs no attempt at a seat: the locked row says so.
        const placed =
          e.confirmedCount < e.capacity ? await place(m, e, org.id, now) : { status: R.WAITLISTED, waitlistOrder: await nextWaitlistOrderLocked(m, e) };
        const reg = m.create(TrainingRegistration, {
          eventId: e.id,
          organisationId: org.id,
          registeredById: actor.userId,
          name: p.name.trim(),
          email: emails[i],
          profession: p.profession.trim(),
          workplace: p.workplace.trim(),
          status: placed.status,
          waitlistOrder: placed.waitlistOrder,
          confirmedAt: placed.status === R.CONFIRMED ? now : null,
          cancelledAt: null,
          tokenDigest: null,
          checkInCode: newCheckInCode(),
        });
        const token = newToken();
        reg.tokenDigest = tokenDigest(token, this.secret);
        await m.save(reg);
        created.push(reg);
        tokens.set(reg, token);
      }
      await audit(m, actor, {
        action: "trainingRegistration.create",
        entityType: "TrainingEvent",
        entityId: e.id,
        after: { registrations: created.map((r) => ({ id: r.id, status: r.status })) },
      });
      const confirmed = created.filter((r) => r.status === R.CONFIRMED).length;
      await this.notifications.notify(
        m,
        [{ id: actor.userId, email: actor.email }],
        {
          kind: "training.registered",
          params: { event: e.title, confirmed, waitlisted: created.length - confirmed },
          link: `/utbildningar/${e.id}`,
        },
        mailing.coordinator,
      );
      await this.mailParticipantLinks(m, e, tokens, mailing);
      return created;
    });
  }

  /**
   * Mails each registered person their personal link (the token only in the mail, kept sealed in
   * the outbox) and check-in code, in their account's language or else the registering
   * coordinator's. `before` was read before the event was locked, so the lock is held for one
   * statement only (the insert).
   */
  private async mailParticipantLinks(
    m: EntityManager,
    e: TrainingEvent,
    tokens: Map<TrainingRegistration, string>,
    before: { sessions: TrainingSession[]; language: Language; languages: ReadonlyMap<string, Language> },
  ) {
    await this.notifications.enqueuePersonalMails(
      m,
      [...tokens].map(([reg, token]) => ({
        to: reg.email,
        msg: {
          key: "training.participant-link",
          params: {
            name: reg.name,
            event: e.title,
            dates: param.list(before.sessions.map((x) => param.date(x.startsAt))),
            place: e.location ?? e.onlineUrl ?? "",
            status: param.phrase(reg.status === R.CONFIRMED ? "training.status-confirmed" : "training.status-waitlisted"),
            link: `${this.publicUrl}/anmalan?token=${token}`,
            code: formatCheckInCode(reg.checkInCode!),
          },
        },
        secrets: [token],
      })),
      { language: before.language, languages: before.languages },
    );
  }

  /**
   * What the registration's mails need that does not change with the registration, read before the
   * event is locked: the sessions, the coordinator's language and mail settings, and the languages
   * of the registered people who have accounts.
   */
  private async beforeParticipantLinks(actor: Actor, eventId: number, emails: string[]) {
    const [sessions, user, languages, coordinator] = await Promise.all([
      this.db.manager.find(TrainingSession, { where: { eventId }, order: { startsAt: "ASC" } }),
      this.db.manager.findOne(User, { select: { id: true, language: true }, where: { id: actor.userId } }),
      this.notifications.languagesOf(this.db.manager, emails),
      this.notifications.mailSettingsOf(this.db.manager, [{ id: actor.userId, email: actor.email }]),
    ]);
    const language: Language = user?.language === UserLanguage.EN ? "en" : "sv";
    return { sessions, language, languages, coordinator };
  }

  private async waitlistOrders(m: EntityManager, eventId: number): Promise<number[]> {
    const rows = await m.find(TrainingRegistration, { select: { id: true, waitlistOrder: true }, where: { eventId, status: R.WAITLISTED } });
    return rows.map((r) => r.waitlistOrder!).filter((o) => o != null);
  }

  private assertCanRegister(actor: Actor, e: TrainingEvent, org: Organisation) {
    const refusal = this.canRegister(actor, e, org);
    if (refusal) throw refusal;
  }

  /** The event a registration belongs to (it never changes), read before the transaction locks it. */
  private async eventIdOf(registrationId: number): Promise<number> {
    const reg = await this.db.manager.findOne(TrainingRegistration, { select: { id: true, eventId: true }, where: { id: Number(registrationId) || -1 } });
    if (!reg) throw TrainingErrors.registrationNotFound();
    return reg.eventId;
  }

  /** Moves waitlisted people into free seats (see `promoteFromWaitlist`), each with its audit row and notifications. */
  private promote(m: EntityManager, actor: Actor | null, eventId: number): Promise<TrainingRegistration[]> {
    return promoteFromWaitlist(m, eventId, async (e, reg) => {
      await audit(m, actor, {
        action: "trainingRegistration.promote",
        entityType: "TrainingRegistration",
        entityId: reg.id,
        before: { status: R.WAITLISTED },
        after: { status: R.CONFIRMED },
      });
      await this.notifyRegistrants(m, [reg], {
        kind: "training.promoted",
        params: { event: e.title, name: reg.name, date: e.startsAt ? param.date(e.startsAt) : "" },
        link: `/utbildningar/${e.id}`,
      });
    });
  }

  async cancelRegistration(actor: Actor, id: number): Promise<TrainingRegistration> {
    const eventId = await this.eventIdOf(id);
    return this.db.transaction(async (m) => {
      await lockEvent(m, eventId);
      const reg = await m.findOneBy(TrainingRegistration, { id: Number(id) || -1 });
      if (!reg) throw TrainingErrors.registrationNotFound();
      const e = await m.findOneByOrFail(TrainingEvent, { id: reg.eventId });
      const refusal = this.canCancelRegistration(actor, reg, e);
      if (refusal) throw refusal;
      return this.cancelLocked(m, actor, reg, e);
    });
  }

  /**
   * Cancels a registration whose event row this transaction has locked, after its rule allowed it:
   * a freed seat goes to the waitlist at once (see `promote`).
   */
  private async cancelLocked(m: EntityManager, actor: Actor | null, reg: TrainingRegistration, e: TrainingEvent, by?: "participant") {
    const from = reg.status;
    registrationMachine.assert(from, R.CANCELLED);
    const res = await m
      .createQueryBuilder()
      .update(TrainingRegistration)
      .set({ status: R.CANCELLED, cancelledAt: new Date(), waitlistOrder: null })
      .where("id = :id AND status = :from", { id: reg.id, from })
      .execute();
    if (res.affected !== 1) throw registrationMachine.changedMeanwhile();
    if (from === R.CONFIRMED) await releaseSeat(m, reg);
    await audit(m, actor, {
      action: "trainingRegistration.cancel",
      entityType: "TrainingRegistration",
      entityId: reg.id,
      before: { status: from },
      after: { status: R.CANCELLED, ...(by ? { by } : {}) },
    });
    if (from === R.CONFIRMED) await this.promote(m, actor, e.id);
    Object.assign(reg, { status: R.CANCELLED, waitlistOrder: null });
    return reg;
  }

  // ---- the participant's personal link: no sign-in, the token is the key --------------------

  /**
   * The registration a personal link leads to. Attempts with unknown tokens are counted per
   * client address (as sign-in attempts are) and refused beyond the limit; a known token gives its
   * attempt back.
   */
  private async registrationOfToken(token: string, ip: string, m: EntityManager = this.db.manager): Promise<TrainingRegistration> {
    const now = new Date();
    const address = ip.slice(0, 64);
    const refused = await this.throttle.take("registration-link", null, address, PARTICIPANT_LINK_ATTEMPTS, now);
    if (refused) throw TrainingErrors.tooManyLinkAttempts({ minutes: Math.max(1, Math.ceil((refused.until.getTime() - now.getTime()) / 60_000)) });
    const reg = token && token.length <= 100 ? await m.findOneBy(TrainingRegistration, { tokenDigest: tokenDigest(token, this.secret) }) : null;
    if (!reg) throw TrainingErrors.linkInvalid();
    await this.throttle.giveBack("registration-link", null, address);
    return reg;
  }

  /** The participant may cancel while the event is published and has not started, as the registering organisation may. */
  canParticipantCancel(reg: TrainingRegistration, e: TrainingEvent): Error | null {
    if (e.status !== S.PUBLISHED) return TrainingErrors.registrationsClosed({ status: trainingEventMachine.labels[e.status] });
    if (e.startsAt && e.startsAt.getTime() <= Date.now()) return TrainingErrors.alreadyStarted();
    return registrationMachine.refusal(reg.status, R.CANCELLED);
  }

  /** What the personal link shows: the person's own registration and the training, nothing of anyone else. */
  async participantView(token: string, ip: string, lang: Locale) {
    return this.participantViewOf(await this.registrationOfToken(token, ip), lang);
  }

  private async participantViewOf(reg: TrainingRegistration, lang: Locale) {
    const m = this.db.manager;
    const e = await m.findOneByOrFail(TrainingEvent, { id: reg.eventId });
    const [sessions, organiser, waiting] = await Promise.all([
      m.find(TrainingSession, { where: { eventId: e.id }, order: { startsAt: "ASC" } }),
      m.findOneOrFail(Organisation, { select: { id: true, name: true }, where: { id: e.organiserOrganisationId } }),
      reg.status === R.WAITLISTED ? this.waitlistOrders(m, e.id) : Promise.resolve([]),
    ]);
    const active = reg.status !== R.CANCELLED && e.status !== S.CANCELLED;
    return {
      name: reg.name,
      status: reg.status,
      statusLabel: registrationMachine.labels[reg.status][lang],
      waitlistPosition: reg.status === R.WAITLISTED && reg.waitlistOrder != null ? 1 + waiting.filter((o) => o < reg.waitlistOrder!).length : null,
      checkInCode: active && reg.status === R.CONFIRMED && reg.checkInCode ? formatCheckInCode(reg.checkInCode) : null,
      availableActions: this.canParticipantCancel(reg, e) ? [] : ["CANCEL"],
      event: {
        title: e.title,
        typeLabel: TRAINING_TYPE_LABELS[e.type][lang],
        status: e.status,
        statusLabel: trainingEventMachine.labels[e.status][lang],
        cancelReason: e.status === S.CANCELLED ? e.cancelReason : null,
        organiser: organiser.name,
        location: e.location,
        onlineUrl: e.onlineUrl,
        sessions: sessions.map((x) => ({ startsAt: x.startsAt, endsAt: x.endsAt })),
      },
      calendar: active,
    };
  }

  /** The training's sessions as calendar entries, for the person of a personal link still registered. */
  async participantCalendar(token: string, ip: string): Promise<CalendarItem[]> {
    const reg = await this.registrationOfToken(token, ip);
    const e = await this.db.manager.findOneByOrFail(TrainingEvent, { id: reg.eventId });
    if (reg.status === R.CANCELLED) return [];
    const sessions = await this.db.manager.find(TrainingSession, { where: { eventId: e.id }, order: { startsAt: "ASC" } });
    return sessions.map((x, i) => ({ ...this.calendarItem(e, x, i, sessions.length), url: `${this.publicUrl}/anmalan` }));
  }

  /** The person cancels through their personal link; the registration state machine and the waitlist as for a coordinator's cancellation. */
  async participantCancel(token: string, ip: string, lang: Locale) {
    const found = await this.registrationOfToken(token, ip);
    const reg = await this.db.transaction(async (m) => {
      await lockEvent(m, found.eventId);
      const current = await m.findOneByOrFail(TrainingRegistration, { id: found.id });
      const e = await m.findOneByOrFail(TrainingEvent, { id: current.eventId });
      const refusal = this.canParticipantCancel(current, e);
      if (refusal) throw refusal;
      await this.cancelLocked(m, null, current, e, "participant");
      const registeredBy = await m.findBy(User, { id: current.registeredById });
      await this.notifications.notify(m, registeredBy, {
        kind: "training.participant-cancelled",
        params: { name: current.name, event: e.title },
        link: `/utbildningar/${e.id}`,
      });
      return current;
    });
    return this.participantViewOf(reg, lang);
  }

  // ---- check-in at the door ----------------------------------------------------------------

  /** The session of the event held today (Stockholm): the one a check-in code records attendance for. */
  checkInSession(sessions: TrainingSession[], now = new Date()): TrainingSession | null {
    const today = stockholmDate(now);
    return sessions.find((x) => stockholmDate(x.startsAt) === today) ?? null;
  }

  /**
   * The organiser records that the person of a check-in code attended today's session, through
   * the attendance rules. A code of another training, a day without a session, or a person
   * without a confirmed seat is refused and nothing changes.
   */
  async checkIn(actor: Actor, eventId: number, input: string) {
    const code = normaliseCheckInCode(input);
    const shown = input.trim().slice(0, 20);
    return this.db.transaction(async (m) => {
      const e = await this.organisedEvent(actor, eventId, m);
      const refusal = this.organiserRefusal(actor, e);
      if (refusal) throw refusal;
      const reg = code ? await m.findOneBy(TrainingRegistration, { checkInCode: code }) : null;
      if (!reg) throw TrainingErrors.checkInCodeUnknown({ code: shown });
      if (reg.eventId !== e.id) throw TrainingErrors.checkInOtherTraining({ code: formatCheckInCode(code!) });
      const sessions = await m.find(TrainingSession, { where: { eventId: e.id }, order: { startsAt: "ASC" } });
      const session = this.checkInSession(sessions);
      if (!session) throw TrainingErrors.checkInNoSessionToday({ date: stockholmDate() });
      if (reg.status !== R.CONFIRMED) throw TrainingErrors.checkInNotConfirmed({ name: reg.name, status: registrationMachine.labels[reg.status] });
      const already = await m.existsBy(TrainingAttendance, { registrationId: reg.id, sessionId: session.id, status: AttendanceStatus.ATTENDED });
      if (!already) await this.recordAttendance(m, actor, reg, e, sessions, [session.id], AttendanceStatus.ATTENDED);
      return { registration: reg, session, alreadyCheckedIn: already };
    });
  }

  /** The organiser moves a person between the waitlist and a confirmed seat. Capacity still holds; the quota is the organiser's to override. */
  async moveRegistration(actor: Actor, id: number, to: R.CONFIRMED | R.WAITLISTED): Promise<TrainingRegistration> {
    const eventId = await this.eventIdOf(id);
    return this.db.transaction(async (m) => {
      await lockEvent(m, eventId);
      const reg = await m.findOneBy(TrainingRegistration, { id: Number(id) || -1 });
      if (!reg) throw TrainingErrors.registrationNotFound();
      const e = await this.organisedEvent(actor, reg.eventId, m);
      const refusal = this.canMoveRegistration(actor, reg, e, to);
      if (refusal) throw refusal;
      const from = reg.status;
      let waitlistOrder: number | null = null;
      if (to === R.CONFIRMED) {
        if (!(await takeSeatOverQuota(m, e.id, reg.organisationId))) throw TrainingErrors.full({ capacity: e.capacity });
      } else {
        await releaseSeat(m, reg);
        waitlistOrder = await nextWaitlistOrder(m, e.id);
      }
      const res = await m
        .createQueryBuilder()
        .update(TrainingRegistration)
        .set({ status: to, waitlistOrder, confirmedAt: to === R.CONFIRMED ? new Date() : reg.confirmedAt })
        .where("id = :id AND status = :from", { id: reg.id, from })
        .execute();
      if (res.affected !== 1) throw registrationMachine.changedMeanwhile();
      Object.assign(reg, { status: to, waitlistOrder });
      await audit(m, actor, {
        action: "trainingRegistration.move",
        entityType: "TrainingRegistration",
        entityId: reg.id,
        before: { status: from },
        after: { status: to },
      });
      await this.notifyRegistrants(m, [reg], {
        kind: "training.moved",
        key: to === R.CONFIRMED ? "training.moved-confirmed" : "training.moved-waitlisted",
        params: { event: e.title, name: reg.name },
        link: `/utbildningar/${e.id}`,
      });
      return reg;
    });
  }

  /** After the quota release time, seats held back for organisations that did not use them go to the waitlist. Safe with several processes. */
  async releaseDueQuotas(): Promise<number> {
    const due = await this.db.manager
      .createQueryBuilder(TrainingEvent, "e")
      .select(["e.id"])
      .where("e.quotaReleased = :f AND e.quotaReleaseAt IS NOT NULL AND e.quotaReleaseAt <= :now AND e.status = :p", {
        f: false,
        now: new Date(),
        p: S.PUBLISHED,
      })
      .getMany();
    let promoted = 0;
    for (const { id } of due) {
      promoted += await this.db.transaction(async (m) => {
        const claim = await m
          .createQueryBuilder()
          .update(TrainingEvent)
          .set({ quotaReleased: true })
          .where("id = :id AND quotaReleased = :f", { id, f: false })
          .execute();
        if (claim.affected !== 1) return 0;
        return (await this.promote(m, null, id)).length;
      });
    }
    return promoted;
  }

  /** Registrations of an event that the actor may see: the organiser and Socialstyrelsen all, others their own organisation's. */
  async registrationsOf(actor: Actor, e: TrainingEvent, loaderAll: () => Promise<TrainingRegistration[]>) {
    const all = await loaderAll();
    if (this.isOrganiser(actor, e) || can(actor, "training.participants.read.all")) return all;
    return all.filter((r) => r.organisationId === actor.organisationId);
  }

  myRegistrations(actor: Actor, page: PageArgs) {
    return this.db.manager
      .createQueryBuilder(TrainingRegistration, "r")
      .innerJoin(TrainingEvent, "e", "e.id = r.eventId")
      .where("r.organisationId = :o", { o: actor.organisationId })
      .orderBy("e.startsAt", "DESC")
      .addOrderBy("r.id", "ASC")
      .offset(page.offset)
      .limit(page.limit)
      .getMany();
  }

  // ---- attendance and course leaders -------------------------------------------------------

  async markAttendance(actor: Actor, registrationId: number, sessionIds: number[], status: AttendanceStatus): Promise<TrainingRegistration> {
    return this.db.transaction(async (m) => {
      const reg = await m.findOneBy(TrainingRegistration, { id: Number(registrationId) || -1 });
      if (!reg) throw TrainingErrors.registrationNotFound();
      const e = await this.organisedEvent(actor, reg.eventId, m);
      const refusal = this.canMarkAttendance(actor, reg, e);
      if (refusal) throw refusal;
      const sessions = await m.findBy(TrainingSession, { eventId: e.id });
      const ids = sessionIds.length ? sessionIds.map(Number) : sessions.map((s) => s.id);
      if (ids.some((id) => !sessions.find((s) => s.id === id))) throw invalid("sessionIds", "trainings.oneOfTheSessionsDoesNot");
      return this.recordAttendance(m, actor, reg, e, sessions, ids, status);
    });
  }

  /**
   * Records attendance of the given sessions (of `sessions`, the event's), with its audit row; a
   * kursledarutbildning attended at every session certifies the person.
   */
  private async recordAttendance(
    m: EntityManager,
    actor: Actor,
    reg: TrainingRegistration,
    e: TrainingEvent,
    sessions: TrainingSession[],
    ids: number[],
    status: AttendanceStatus,
  ): Promise<TrainingRegistration> {
    const before = await m.findBy(TrainingAttendance, { registrationId: reg.id });
    await m.delete(TrainingAttendance, { registrationId: reg.id, sessionId: In(ids) });
    await m.insert(
      TrainingAttendance,
      ids.map((sessionId) => ({ registrationId: reg.id, sessionId, status })),
    );
    const after = await m.findBy(TrainingAttendance, { registrationId: reg.id });
    await audit(m, actor, {
      action: "trainingRegistration.attendance",
      entityType: "TrainingRegistration",
      entityId: reg.id,
      before: { attendance: before.map((a) => [a.sessionId, a.status]) },
      after: { attendance: after.map((a) => [a.sessionId, a.status]) },
    });
    const complete = sessions.every((s) => after.find((a) => a.sessionId === s.id && a.status === AttendanceStatus.ATTENDED));
    if (e.type === TrainingType.KURSLEDARUTBILDNING && complete && !(await m.existsBy(CourseLeader, { registrationId: reg.id }))) {
      const leader = await m.save(
        m.create(CourseLeader, {
          organisationId: reg.organisationId,
          registrationId: reg.id,
          eventId: e.id,
          name: reg.name,
          email: reg.email,
          certifiedAt: new Date(),
        }),
      );
      await audit(m, actor, {
        action: "courseLeader.certify",
        entityType: "CourseLeader",
        entityId: leader.id,
        after: { name: leader.name, organisationId: leader.organisationId },
      });
      await this.notifyRegistrants(m, [reg], {
        kind: "training.certified",
        params: { name: reg.name, event: e.title },
        link: "/utbildningar/kursledare",
      });
    }
    return reg;
  }

  /** Whose kursledare the actor may see: Socialstyrelsen and the analyst all; a länsstyrelse its county; others their own organisation. */
  private courseLeaderScope(actor: Actor): { all: true } | { countyCode: string } | { organisationId: number } {
    if (actor.organisationKind === OrganisationKind.SOCIALSTYRELSEN || actor.organisationKind === OrganisationKind.VARDANALYS) return { all: true };
    if (actor.organisationKind === OrganisationKind.LANSSTYRELSE && actor.countyCode) return { countyCode: actor.countyCode };
    return { organisationId: actor.organisationId };
  }

  async courseLeaders(actor: Actor, args: CourseLeadersArgs, page: PageArgs) {
    const scope = this.courseLeaderScope(actor);
    const qb = this.db.manager
      .createQueryBuilder(CourseLeader, "c")
      .innerJoin(Organisation, "o", "o.id = c.organisationId")
      .orderBy("o.name", "ASC")
      .addOrderBy("c.name", "ASC")
      .addOrderBy("c.id", "ASC")
      // A plain join (nothing selected from it): offset/limit are safe and avoid TypeORM's distinct subquery.
      .offset(page.offset)
      .limit(page.limit);
    if ("countyCode" in scope) qb.andWhere("o.countyCode = :sc", { sc: scope.countyCode });
    if ("organisationId" in scope) qb.andWhere("c.organisationId = :so", { so: scope.organisationId });
    if (args.countyCode) qb.andWhere("o.countyCode = :c", { c: args.countyCode });
    if (args.organisationId) qb.andWhere("c.organisationId = :o", { o: Number(args.organisationId) });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /**
   * Per county: kommuner and regioner, those with at least one certified kursledare, the
   * kursledare, how many of them came back to a follow-up day after their certification (the
   * same person, by e-mail), and the local courses they ran.
   */
  async courseLeaderCoverage(actor: Actor) {
    const scope = this.courseLeaderScope(actor);
    const m = this.db.manager;
    const kinds = [OrganisationKind.KOMMUN, OrganisationKind.REGION];
    type Counted = { countyCode: string; kind: OrganisationKind; n: string | number };
    const organisations = await m
      .createQueryBuilder(Organisation, "o")
      .select("o.countyCode", "countyCode")
      .addSelect("o.kind", "kind")
      .addSelect("COUNT(*)", "n")
      .where("o.kind IN (:...kinds)", { kinds })
      .groupBy("o.countyCode")
      .addGroupBy("o.kind")
      .getRawMany<Counted>();
    const covered = await m
      .createQueryBuilder(CourseLeader, "c")
      .innerJoin(Organisation, "o", "o.id = c.organisationId")
      .select("o.countyCode", "countyCode")
      .addSelect("o.kind", "kind")
      .addSelect("COUNT(DISTINCT c.organisationId)", "n")
      .addSelect("COUNT(*)", "leaders")
      .addSelect(
        `SUM(CASE WHEN EXISTS (SELECT 1 FROM training_registration r INNER JOIN training_event e ON e.id = r.eventId
          WHERE LOWER(r.email) = LOWER(c.email) AND r.status = :confirmed AND e.type = :followUp AND e.status IN (:...held) AND e.startsAt > c.certifiedAt)
          THEN 1 ELSE 0 END)`,
        "followedUp",
      )
      .where("o.kind IN (:...kinds)", { kinds })
      .setParameters({ confirmed: R.CONFIRMED, followUp: TrainingType.UPPFOLJNINGSDAG, held: [S.PUBLISHED, S.COMPLETED] })
      .groupBy("o.countyCode")
      .addGroupBy("o.kind")
      .getRawMany<Counted & { leaders: string | number; followedUp: string | number | null }>();
    const courses = await m
      .createQueryBuilder(LocalCourse, "l")
      .innerJoin(Organisation, "o", "o.id = l.organisationId")
      .select("o.countyCode", "countyCode")
      .addSelect("COUNT(*)", "n")
      .addSelect("SUM(l.participants)", "participants")
      .groupBy("o.countyCode")
      .getRawMany<{ countyCode: string; n: string | number; participants: string | number }>();
    const key = (countyCode: string, kind: OrganisationKind) => `${countyCode}:${kind}`;
    const orgs = new Map(organisations.map((r) => [key(r.countyCode, r.kind), Number(r.n)]));
    const cov = new Map(covered.map((r) => [key(r.countyCode, r.kind), r]));
    const crs = new Map(courses.map((r) => [r.countyCode, r]));
    const codes = [...new Set(organisations.filter((r) => r.kind === OrganisationKind.KOMMUN).map((r) => r.countyCode))];
    return codes
      .filter((code) => !("countyCode" in scope) || code === scope.countyCode)
      .map((code) => {
        const total = orgs.get(key(code, OrganisationKind.KOMMUN)) ?? 0;
        const k = cov.get(key(code, OrganisationKind.KOMMUN));
        const r = cov.get(key(code, OrganisationKind.REGION));
        const withLeader = Number(k?.n ?? 0);
        return {
          countyCode: code,
          kommuner: total,
          kommunerWithCourseLeader: withLeader,
          share: total ? withLeader / total : 0,
          regioner: orgs.get(key(code, OrganisationKind.REGION)) ?? 0,
          regionerWithCourseLeader: Number(r?.n ?? 0),
          courseLeaders: Number(k?.leaders ?? 0),
          regionCourseLeaders: Number(r?.leaders ?? 0),
          courseLeadersFollowedUp: Number(k?.followedUp ?? 0) + Number(r?.followedUp ?? 0),
          localCourses: Number(crs.get(code)?.n ?? 0),
          localCourseParticipants: Number(crs.get(code)?.participants ?? 0),
        };
      })
      .sort((a, b) => a.countyCode.localeCompare(b.countyCode));
  }

  async logLocalCourse(actor: Actor, input: LocalCourseInput): Promise<LocalCourse> {
    return this.db.transaction(async (m) => {
      const leader = await m.findOneBy(CourseLeader, { id: Number(input.courseLeaderId) || -1 });
      if (!leader || leader.organisationId !== actor.organisationId) throw TrainingErrors.courseLeaderNotFound();
      const course = await m.save(
        m.create(LocalCourse, {
          courseLeaderId: leader.id,
          organisationId: leader.organisationId,
          date: input.date,
          participants: input.participants,
          title: input.title?.trim() || null,
        }),
      );
      await audit(m, actor, {
        action: "localCourse.create",
        entityType: "LocalCourse",
        entityId: course.id,
        after: { date: course.date, participants: course.participants },
      });
      return course;
    });
  }

  async courseLeaderForCertificate(actor: Actor, id: number) {
    const m = this.db.manager;
    const leader = await m.findOneBy(CourseLeader, { id: Number(id) || -1 });
    if (!leader) throw TrainingErrors.courseLeaderNotFound();
    const scope = this.courseLeaderScope(actor);
    const org = await m.findOneByOrFail(Organisation, { id: leader.organisationId });
    const e = await m.findOneByOrFail(TrainingEvent, { id: leader.eventId });
    const visible =
      "all" in scope ||
      ("countyCode" in scope && org.countyCode === scope.countyCode) ||
      ("organisationId" in scope && leader.organisationId === scope.organisationId) ||
      e.organiserOrganisationId === actor.organisationId;
    if (!visible) throw TrainingErrors.courseLeaderNotFound();
    const organiser = await m.findOneByOrFail(Organisation, { id: e.organiserOrganisationId });
    const sessions = await m.find(TrainingSession, { where: { eventId: e.id }, order: { startsAt: "ASC" } });
    return { leader, org, event: e, organiser, sessions };
  }

  // ---- the public calendar: no sign-in, published fields only -----------------------------

  /**
   * Published trainings still open for registration with places left, soonest first, for anyone
   * without signing in: only what the organiser published (no registrations, no contacts beyond
   * the organiser's name). Three statements whatever the page's length.
   */
  async publicCalendar(page: { offset: number; limit: number }, lang: Locale) {
    const now = new Date();
    const [events, total] = await this.db.manager
      .createQueryBuilder(TrainingEvent, "e")
      .where("e.status = :published AND e.loggedOnly = :logged AND e.confirmedCount < e.capacity", { published: S.PUBLISHED, logged: false })
      .andWhere("e.startsAt > :now AND (e.registrationDeadline IS NULL OR e.registrationDeadline > :now)", { now })
      .orderBy("e.startsAt", "ASC")
      .addOrderBy("e.id", "ASC")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    const ids = events.map((e) => e.id);
    const [sessions, organisers] = ids.length
      ? await Promise.all([
          this.db.manager.find(TrainingSession, { where: { eventId: In(ids) }, order: { startsAt: "ASC" } }),
          this.db.manager.find(Organisation, {
            where: { id: In([...new Set(events.map((e) => e.organiserOrganisationId))]) },
            select: { id: true, name: true },
          }),
        ])
      : [[], []];
    const items = events.map((e) => ({
      id: e.id,
      title: e.title,
      type: e.type,
      typeLabel: TRAINING_TYPE_LABELS[e.type][lang],
      description: e.description,
      organiser: organisers.find((o) => o.id === e.organiserOrganisationId)?.name ?? "",
      nationwide: e.countyCode == null,
      countyCode: e.countyCode,
      location: e.location,
      online: !!e.onlineUrl,
      placesLeft: e.capacity - e.confirmedCount,
      registrationDeadline: e.registrationDeadline,
      sessions: sessions.filter((x) => x.eventId === e.id).map((x) => ({ startsAt: x.startsAt, endsAt: x.endsAt })),
    }));
    return { items, total, offset: page.offset, limit: page.limit };
  }

  /** The public calendar as calendar entries: every session of its first `limit` trainings. */
  async publicCalendarItems(limit: number, lang: Locale): Promise<CalendarItem[]> {
    const { items } = await this.publicCalendar({ offset: 0, limit }, lang);
    return items.flatMap((e) =>
      e.sessions.map((s, i) => ({
        uid: `public-training-${e.id}-${i + 1}@samverka`,
        start: s.startsAt,
        end: s.endsAt,
        summary: e.sessions.length > 1 ? `${e.title} (${i + 1}/${e.sessions.length})` : e.title,
        description: `${e.typeLabel} · ${e.organiser}\n\n${e.description}`,
        location: e.location,
        url: `${this.publicUrl}/kalender`,
      })),
    );
  }

  /** The sessions of one event, as calendar entries. */
  async calendarOfEvent(actor: Actor, id: number): Promise<CalendarItem[]> {
    const e = await this.event(actor, id);
    const sessions = await this.db.manager.find(TrainingSession, { where: { eventId: e.id }, order: { startsAt: "ASC" } });
    return sessions.map((s, i) => this.calendarItem(e, s, i, sessions.length));
  }

  /** Every session of every event the actor's organisation has people confirmed or waiting for. */
  calendarOfRegistrations(actor: Actor): Promise<CalendarItem[]> {
    return this.calendarOfOrganisationRegistrations(actor.organisationId);
  }

  async calendarOfOrganisationRegistrations(organisationId: number): Promise<CalendarItem[]> {
    const m = this.db.manager;
    const regs = await m.findBy(TrainingRegistration, { organisationId, status: In([R.CONFIRMED, R.WAITLISTED]) });
    const ids = [...new Set(regs.map((r) => r.eventId))];
    if (!ids.length) return [];
    const events = await m.findBy(TrainingEvent, { id: In(ids) });
    const sessions = await m.find(TrainingSession, { where: { eventId: In(ids) }, order: { startsAt: "ASC" } });
    return events.flatMap((e) => {
      const own = sessions.filter((s) => s.eventId === e.id);
      const names = regs.filter((r) => r.eventId === e.id).map((r) => `${r.name} (${r.status === R.CONFIRMED ? "bekräftad" : "reserv"})`);
      return own.map((s, i) => ({ ...this.calendarItem(e, s, i, own.length), description: `${e.description}\n\nAnmälda: ${names.join(", ")}` }));
    });
  }

  private calendarItem(e: TrainingEvent, s: TrainingSession, i: number, n: number): CalendarItem {
    return {
      uid: `training-session-${s.id}@samverka`,
      start: s.startsAt,
      end: s.endsAt,
      summary: n > 1 ? `${e.title} (dag ${i + 1} av ${n})` : e.title,
      description: e.description,
      location: e.location ?? e.onlineUrl,
      url: `${this.publicUrl}/utbildningar/${e.id}`,
      cancelled: e.status === S.CANCELLED,
    };
  }

  statistics(year: number, countyCode: string | null) {
    return this.db.forStatistics(() => trainingStatistics(this.db, year, countyCode));
  }

  /** Reach per training type, year and county, the share of länsstyrelser that held each type, and the national totals. */
  reach(year: number, countyCode: string | null) {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw invalid("year", "common.yearBetween2000And2099");
    return this.db.forStatistics(() => trainingReach(this.db, year, countyCode));
  }

  // ---- notifications -----------------------------------------------------------------------

  /** Tells whoever registered each person (in the app and by e-mail), and the person by e-mail. */
  private async notifyRegistrants(m: EntityManager, regs: TrainingRegistration[], msg: Message & { link: string }) {
    if (!regs.length) return;
    const users = await m.findBy(User, { id: In([...new Set(regs.map((r) => r.registeredById))]) });
    await this.notifications.notify(m, users, msg);
    const participants = regs.map((r) => r.email).filter((e) => !users.some((u) => u.email === e));
    await this.notifications.enqueueMail(m, participants, msg);
  }
}
