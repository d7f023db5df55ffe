import { Brackets, type EntityManager, In, LessThan } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { claimJob, finishJob, PROCESS_ID } from "../../shared/job-claim";
import { JobClaim } from "../../shared/platform-setting.entity";
import { AuditEntry } from "../audit/audit-entry.entity";
import { MunicipalityVisit } from "../county-work/county-work.entities";
import { NgoApplicationDetails, Requisition } from "../development-funds/development-fund.entities";
import { GrantApplicationVersion } from "../grants/grant-application-version.entity";
import { GrantApplication } from "../grants/grant-application.entity";
import { StimulusApplicationContent } from "../grants/stimulus-application-content.entity";
import { ActionItem, AgendaItem, MeetingResponse, NetworkContact, NetworkMeeting } from "../networks/network.entities";
import { Notification } from "../notifications/notification.entity";
import { OutboxMail, OutboxStatus } from "../notifications/outbox-mail.entity";
import { Organisation } from "../organisations/organisation.entity";
import { CourseLeader, LocalCourse, TrainingEvent, TrainingRegistration } from "../trainings/training.entities";
import { User } from "../users/user.entity";
import type { PlatformSettingsService, PlatformSettingsValues } from "../platform/platform-settings.service";
import { ERASED, erasedEmail, isErasedEmail, redact, redactAudit } from "./erasure";
import { PersonalDataErrors } from "./personal-data.errors";

export const RETENTION_JOB = "personal-data-retention";
/** The daily job runs once a day (a little less, so that it does not drift later each day). */
const DAY_MS = 23 * 3_600_000;
/** A run's claim expires after this long, should its process die. */
const LEASE_MS = 2 * 3_600_000;
/** People, rows or applications handled per transaction. */
const BATCH = 200;
/** The most ids named per kind in the audit row of a run (the counts are always complete). */
const AUDIT_IDS_MAX = 1000;
/** The most records of each kind in an extract (the count is always complete). */
export const EXTRACT_RECORDS_MAX = 500;

export enum PersonalDataKind {
  USER_ACCOUNT = "USER_ACCOUNT",
  TRAINING_REGISTRATION = "TRAINING_REGISTRATION",
  COURSE_LEADER = "COURSE_LEADER",
  MEETING_ATTENDEE = "MEETING_ATTENDEE",
  NETWORK_CONTACT = "NETWORK_CONTACT",
  APPLICATION_CONTACT = "APPLICATION_CONTACT",
  OUTBOX_MAIL = "OUTBOX_MAIL",
  AUDIT_ENTRY = "AUDIT_ENTRY",
}

/** Why records of a kind are kept when the person asks for erasure: a message key of the catalogue (personal-data phrases). */
export type KeptReason = "account" | "decision" | "audit" | null;

export interface ExtractSection {
  kind: PersonalDataKind;
  count: number;
  /** Erased by erasePersonalData; the other records are kept, for `keptReason`. */
  erasable: number;
  keptReason: KeptReason;
  records: Record<string, unknown>[];
}

export interface PersonalDataExtract {
  email: string;
  generatedAt: Date;
  sections: ExtractSection[];
}

export interface ErasedCount {
  kind: string;
  count: number;
  ids: (number | string)[];
}

export interface RetentionRun {
  cutoff: Date;
  months: number;
  erased: ErasedCount[];
}

function normalise(email: string): string {
  const e = email.trim().toLowerCase();
  if (e.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)) throw PersonalDataErrors.emailInvalid(undefined, { field: "email" });
  return e;
}

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

class Tally {
  private readonly kinds = new Map<string, { count: number; ids: (number | string)[] }>();
  add(kind: string, ids: (number | string)[], count = ids.length) {
    const k = this.kinds.get(kind) ?? { count: 0, ids: [] };
    k.count += count;
    for (const id of ids) if (k.ids.length < AUDIT_IDS_MAX) k.ids.push(id);
    this.kinds.set(kind, k);
  }
  result(): ErasedCount[] {
    return [...this.kinds.entries()].filter(([, v]) => v.count > 0).map(([kind, v]) => ({ kind, count: v.count, ids: v.ids }));
  }
}

/**
 * Personal data of training participants, meeting attendees and contacts: erased a set time after
 * the training, meeting or application (the daily retention job), produced as a register extract
 * for an e-mail address, and erased on request. Erasure keeps every row with its organisation,
 * kommun, county and type and replaces the personal fields, so every count stays the same.
 */
export class PersonalDataService {
  constructor(
    private readonly db: Database,
    private readonly settings: PlatformSettingsService,
  ) {}

  async settingsView(): Promise<
    PlatformSettingsValues & { retentionMonthsDefault: number; requireTotpForMoneyDefault: boolean; lastRetentionRunAt: Date | null }
  > {
    const current = await this.settings.current();
    const job = await this.db.manager.findOneBy(JobClaim, { name: RETENTION_JOB });
    return {
      ...current,
      retentionMonthsDefault: this.settings.defaults.retentionMonths,
      requireTotpForMoneyDefault: this.settings.defaults.requireTotpForMoney,
      lastRetentionRunAt: job?.lastRunAt ?? null,
    };
  }

  // ---- retention (gallring) ----------------------------------------------------------------

  /**
   * The daily job: runs when a day has passed since the last run and no other process runs it
   * (claimed in the database). Returns null when it did not run here.
   */
  async runDailyRetention(now = new Date()): Promise<RetentionRun | null> {
    if (!(await claimJob(this.db, RETENTION_JOB, now, DAY_MS, LEASE_MS))) return null;
    return this.runClaimed(null, now);
  }

  /** The platform administrator runs the erasure now; refused while another run is under way. */
  async runRetentionNow(actor: Actor, now = new Date()): Promise<RetentionRun> {
    if (!(await claimJob(this.db, RETENTION_JOB, now, 0, LEASE_MS))) throw PersonalDataErrors.retentionRunning();
    return this.runClaimed(actor, now);
  }

  private async runClaimed(actor: Actor | null, now: Date): Promise<RetentionRun> {
    let done = false;
    const startedAt = new Date();
    try {
      const { retentionMonths } = await this.settings.current();
      const cutoff = monthsBefore(now, retentionMonths);
      const tally = new Tally();
      await this.eraseTrainingParticipants(cutoff, tally);
      await this.eraseMeetingAttendees(cutoff, tally);
      await this.eraseNetworkContacts(cutoff, tally);
      await this.eraseApplicationContacts(cutoff, tally);
      await this.eraseVisitParticipants(cutoff, tally);
      await this.eraseMessages(cutoff, tally);
      const run: RetentionRun = { cutoff, months: retentionMonths, erased: tally.result() };
      await this.db.transaction((m) =>
        audit(m, actor, {
          action: "personalData.retention",
          entityType: "PersonalData",
          entityId: "retention",
          after: {
            cutoff: cutoff.toISOString(),
            months: retentionMonths,
            process: PROCESS_ID,
            startedAt: startedAt.toISOString(),
            finishedAt: new Date().toISOString(),
            erased: run.erased,
          },
        }),
      );
      done = true;
      return run;
    } finally {
      await finishJob(this.db, RETENTION_JOB, now, done);
    }
  }

  /**
   * Training participants whose every training ended before the cutoff (and who, as kursledare,
   * ran no local course since): all their registrations and their course-leader entry at once,
   * under one replacement address, so a person still counts once.
   */
  private async eraseTrainingParticipants(cutoff: Date, tally: Tally) {
    const cutoffDate = cutoff.toISOString().slice(0, 10);
    let after = "";
    for (;;) {
      const rows = await this.db.manager
        .createQueryBuilder(TrainingRegistration, "r")
        .innerJoin(TrainingEvent, "e", "e.id = r.eventId")
        .select("LOWER(r.email)", "person")
        .where("r.email NOT LIKE :erased", { erased: "gallrad-%" })
        .andWhere("LOWER(r.email) > :after", { after })
        .groupBy("LOWER(r.email)")
        .having("MAX(COALESCE(e.endsAt, e.startsAt, r.createdAt)) < :cutoff", { cutoff })
        .orderBy("LOWER(r.email)")
        .limit(BATCH)
        .getRawMany<{ person: string }>();
      if (rows.length === 0) return;
      const persons = rows.map((r) => r.person);
      after = persons[persons.length - 1];
      const active = await this.db.manager
        .createQueryBuilder(CourseLeader, "c")
        .innerJoin(LocalCourse, "l", "l.courseLeaderId = c.id")
        .select("DISTINCT LOWER(c.email)", "person")
        .where("LOWER(c.email) IN (:...persons)", { persons })
        .andWhere("l.date >= :cutoffDate", { cutoffDate })
        .getRawMany<{ person: string }>();
      const keep = new Set(active.map((a) => a.person));
      const erase = persons.filter((p) => !keep.has(p));
      // Kursledare who ran a local course since the cutoff are kept; a later run sees them again.
      await this.db.transaction((m) => this.eraseTrainingPersons(m, erase, tally));
    }
  }

  private async eraseTrainingPersons(m: EntityManager, persons: string[], tally: Tally) {
    if (persons.length === 0) return;
    const regs = await m
      .createQueryBuilder(TrainingRegistration, "r")
      .select(["r.id", "r.eventId", "r.name", "r.email", "r.profession", "r.workplace"])
      .where("LOWER(r.email) IN (:...persons)", { persons })
      .getMany();
    const leaders = await m
      .createQueryBuilder(CourseLeader, "c")
      .select(["c.id", "c.name", "c.email"])
      .where("LOWER(c.email) IN (:...persons)", { persons })
      .getMany();
    for (const person of persons) {
      const replacement = erasedEmail();
      await m
        .createQueryBuilder()
        .update(TrainingRegistration)
        .set({ name: ERASED, email: replacement, profession: "", workplace: "" })
        .where("LOWER(email) = :person", { person })
        .execute();
      await m.createQueryBuilder().update(CourseLeader).set({ name: ERASED, email: replacement }).where("LOWER(email) = :person", { person }).execute();
    }
    const values = [...regs.flatMap((r) => [r.name, r.email, r.profession, r.workplace]), ...leaders.flatMap((c) => [c.name, c.email])];
    await redactAudit(
      m,
      "TrainingRegistration",
      regs.map((r) => r.id),
      values,
    );
    await redactAudit(
      m,
      "TrainingEvent",
      regs.map((r) => r.eventId),
      values,
    );
    await redactAudit(
      m,
      "CourseLeader",
      leaders.map((c) => c.id),
      values,
    );
    tally.add(
      "trainingRegistrations",
      regs.map((r) => r.id),
    );
    tally.add(
      "courseLeaders",
      leaders.map((c) => c.id),
    );
  }

  /** Attendees named in answers to invitations, presenters of agenda items and owners of action items of meetings that ended before the cutoff. */
  private async eraseMeetingAttendees(cutoff: Date, tally: Tally) {
    let after = 0;
    for (;;) {
      const ids = (
        await this.db.manager
          .createQueryBuilder(NetworkMeeting, "mt")
          .select("mt.id", "id")
          .where("mt.endsAt < :cutoff AND mt.id > :after", { cutoff, after })
          .orderBy("mt.id", "ASC")
          .limit(BATCH)
          .getRawMany<{ id: number }>()
      ).map((r) => Number(r.id));
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      await this.db.transaction(async (m) => {
        const responses = await m.findBy(MeetingResponse, { meetingId: In(ids) });
        const values: string[] = [];
        const changedMeetings = new Set<number>();
        let people = 0;
        for (const r of responses) {
          if (r.attendees.every((a) => a.name === ERASED && !a.email)) continue;
          for (const a of r.attendees) values.push(a.name, a.email ?? "");
          people += r.attendees.length;
          changedMeetings.add(r.meetingId);
          await m.update(
            MeetingResponse,
            { meetingId: r.meetingId, organisationId: r.organisationId },
            { attendees: r.attendees.map(() => ({ name: ERASED, email: null })) },
          );
        }
        const presenters = await m
          .createQueryBuilder(AgendaItem, "a")
          .select(["a.id", "a.meetingId", "a.presenter"])
          .where("a.meetingId IN (:...ids) AND a.presenter IS NOT NULL AND a.presenter <> :erased AND a.presenter <> ''", { ids, erased: ERASED })
          .getMany();
        if (presenters.length) {
          await m.update(AgendaItem, { id: In(presenters.map((a) => a.id)) }, { presenter: ERASED });
          for (const a of presenters) {
            values.push(a.presenter ?? "");
            changedMeetings.add(a.meetingId);
          }
        }
        const owners = await m
          .createQueryBuilder(ActionItem, "x")
          .select(["x.id", "x.meetingId", "x.owner"])
          .where("x.meetingId IN (:...ids) AND x.owner <> :erased AND x.owner <> ''", { ids, erased: ERASED })
          .getMany();
        if (owners.length) {
          await m.update(ActionItem, { id: In(owners.map((a) => a.id)) }, { owner: ERASED });
          for (const a of owners) {
            values.push(a.owner);
            changedMeetings.add(a.meetingId);
          }
        }
        await redactAudit(m, "NetworkMeeting", [...changedMeetings], values);
        await redactAudit(
          m,
          "ActionItem",
          owners.map((o) => o.id),
          values,
        );
        tally.add("meetingAttendees", [...new Set(responses.filter((r) => changedMeetings.has(r.meetingId)).map((r) => r.meetingId))], people);
        tally.add(
          "agendaPresenters",
          presenters.map((a) => a.id),
        );
        tally.add(
          "actionItemOwners",
          owners.map((a) => a.id),
        );
      });
    }
  }

  /** Contact persons of networks that have not met (or, without meetings, were created) since the cutoff. */
  private async eraseNetworkContacts(cutoff: Date, tally: Tally) {
    for (;;) {
      const contacts = await this.db.manager
        .createQueryBuilder(NetworkContact, "c")
        .innerJoin("network", "n", "n.id = c.networkId")
        .select(["c.id", "c.networkId", "c.name", "c.email", "c.title"])
        .where("c.email NOT LIKE :erased", { erased: "gallrad-%" })
        .andWhere("COALESCE((SELECT MAX(mt.endsAt) FROM network_meeting mt WHERE mt.networkId = n.id), n.createdAt) < :cutoff", { cutoff })
        .orderBy("c.id", "ASC")
        .limit(BATCH)
        .getMany();
      if (contacts.length === 0) return;
      await this.db.transaction(async (m) => {
        for (const c of contacts) await m.update(NetworkContact, { id: c.id }, { name: ERASED, email: erasedEmail(), title: null });
        await redactAudit(
          m,
          "Network",
          contacts.map((c) => c.networkId),
          contacts.flatMap((c) => [c.name, c.email, c.title]),
        );
      });
      tally.add(
        "networkContacts",
        contacts.map((c) => c.id),
      );
    }
  }

  /** Contact name, e-mail and telephone of stimulus applications, requisitions and NGO applications whose last step was before the cutoff. */
  private async eraseApplicationContacts(cutoff: Date, tally: Tally) {
    let after = 0;
    for (;;) {
      const ids = (
        await this.db.manager
          .createQueryBuilder(GrantApplication, "a")
          .select("a.id", "id")
          // The application's last step: repaid, followed up, paid, decided, submitted or created.
          .where("COALESCE(a.repaidAt, a.followUpSubmittedAt, a.paidAt, a.decidedAt, a.submittedAt, a.createdAt) < :cutoff AND a.id > :after", {
            cutoff,
            after,
          })
          .orderBy("a.id", "ASC")
          .limit(BATCH)
          .getRawMany<{ id: number }>()
      ).map((r) => Number(r.id));
      if (ids.length === 0) return;
      after = ids[ids.length - 1];
      const erased = await this.db.transaction((m) => this.eraseContactsOf(m, ids));
      tally.add("applicationContacts", erased);
    }
  }

  /** Erases the contact fields of the given applications; returns the ids of those that had any. */
  private async eraseContactsOf(m: EntityManager, ids: number[]): Promise<number[]> {
    const stores = [StimulusApplicationContent, Requisition, NgoApplicationDetails] as const;
    const erased = new Set<number>();
    const values: string[] = [];
    for (const store of stores) {
      const rows = (await m.find(store as never, {
        where: { applicationId: In(ids) },
      })) as unknown as { applicationId: number; contactName: string; contactEmail: string; contactPhone?: string | null }[];
      const named = rows.filter((r) => (r.contactName !== "" && r.contactName !== ERASED) || r.contactEmail !== "" || !!r.contactPhone);
      if (named.length === 0) continue;
      const changes: Record<string, unknown> = { contactName: ERASED, contactEmail: "" };
      if (store === StimulusApplicationContent) changes.contactPhone = null;
      await m.update(store as never, { applicationId: In(named.map((r) => r.applicationId)) } as never, changes as never);
      for (const r of named) {
        erased.add(r.applicationId);
        values.push(r.contactName, r.contactEmail, r.contactPhone ?? "");
      }
    }
    if (erased.size === 0) return [];
    const lowered = new Set(values.filter((v) => v && v !== ERASED).map((v) => v.trim().toLowerCase()));
    const versions = await m.find(GrantApplicationVersion, { where: { applicationId: In([...erased]) }, select: { id: true, content: true } });
    for (const v of versions) {
      const r = redact(v.content, lowered);
      if (r.changed) await m.update(GrantApplicationVersion, { id: v.id }, { content: r.value as never });
    }
    await redactAudit(m, "GrantApplication", [...erased], values);
    return [...erased];
  }

  /** Who took part in kommunbesök before the cutoff (free text). */
  private async eraseVisitParticipants(cutoff: Date, tally: Tally) {
    const cutoffDate = cutoff.toISOString().slice(0, 10);
    const visits = await this.db.manager
      .createQueryBuilder(MunicipalityVisit, "v")
      .select("v.id", "id")
      .where("v.date < :cutoffDate AND v.participants <> :erased AND v.participants <> ''", { cutoffDate, erased: ERASED })
      .getRawMany<{ id: number }>();
    const ids = visits.map((v) => Number(v.id));
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      await this.db.transaction((m) => m.update(MunicipalityVisit, { id: In(chunk) }, { participants: ERASED }));
    }
    tally.add("municipalityVisitParticipants", ids);
  }

  /** Notifications, and mails sent or given up, older than the cutoff (they name participants). */
  private async eraseMessages(cutoff: Date, tally: Tally) {
    const notifications = await this.db.transaction((m) => m.delete(Notification, { createdAt: LessThan(cutoff) }));
    tally.add("notifications", [], notifications.affected ?? 0);
    const mails = await this.db.transaction((m) => m.delete(OutboxMail, { createdAt: LessThan(cutoff), status: In([OutboxStatus.SENT, OutboxStatus.FAILED]) }));
    tally.add("mails", [], mails.affected ?? 0);
  }

  // ---- register extract and erasure on request ----------------------------------------------

  /** A downloaded extract is recorded in the audit log: who produced it and how many records of each kind, not the data. */
  async recordExtract(actor: Actor, extract: PersonalDataExtract): Promise<void> {
    await this.db.transaction((m) =>
      audit(m, actor, {
        action: "personalData.extract",
        entityType: "PersonalData",
        entityId: "extract",
        after: { counts: Object.fromEntries(extract.sections.map((s) => [s.kind, s.count])) },
      }),
    );
  }

  /** Everything the platform holds about an e-mail address (GDPR article 15), each kind with whether it would be erased on request. */
  async extract(emailInput: string): Promise<PersonalDataExtract> {
    const email = normalise(emailInput);
    const m = this.db.manager;
    const orgNames = async (ids: number[]) =>
      new Map(
        (ids.length ? await m.find(Organisation, { where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } }) : []).map((o) => [o.id, o.name]),
      );
    const sections: ExtractSection[] = [];

    const users = await m.createQueryBuilder(User, "u").where("LOWER(u.email) = :email", { email }).getMany();
    const userOrgs = await orgNames(users.map((u) => u.organisationId));
    sections.push({
      kind: PersonalDataKind.USER_ACCOUNT,
      count: users.length,
      erasable: 0,
      keptReason: users.length ? "account" : null,
      records: users.map((u) => ({
        id: u.id,
        name: u.name,
        email: u.email,
        organisation: userOrgs.get(u.organisationId) ?? null,
        roles: u.roles,
        active: u.active,
        language: u.language,
        twoFactor: !!u.totpEnabledAt,
        lastLoginAt: u.lastLoginAt,
        createdAt: u.createdAt,
      })),
    });

    const regQuery = m
      .createQueryBuilder(TrainingRegistration, "r")
      .innerJoin(TrainingEvent, "e", "e.id = r.eventId")
      .select(["r.id AS id", "r.name AS name", "r.email AS email", "r.profession AS profession", "r.workplace AS workplace", "r.status AS status"])
      .addSelect(["r.organisationId AS organisationId", "r.createdAt AS createdAt", "e.title AS event", "e.startsAt AS startsAt"])
      .where("LOWER(r.email) = :email", { email });
    const regCount = await regQuery.getCount();
    const regs = await regQuery.orderBy("r.id", "ASC").limit(EXTRACT_RECORDS_MAX).getRawMany<Record<string, unknown>>();
    const regOrgs = await orgNames(regs.map((r) => Number(r.organisationId)));
    sections.push({
      kind: PersonalDataKind.TRAINING_REGISTRATION,
      count: regCount,
      erasable: regCount,
      keptReason: null,
      records: regs.map((r) => ({
        id: Number(r.id),
        name: r.name,
        email: r.email,
        profession: r.profession,
        workplace: r.workplace,
        status: r.status,
        organisation: regOrgs.get(Number(r.organisationId)) ?? null,
        training: r.event,
        startsAt: r.startsAt,
        registeredAt: r.createdAt,
      })),
    });

    const leaders = await m
      .createQueryBuilder(CourseLeader, "c")
      .where("LOWER(c.email) = :email", { email })
      .orderBy("c.id")
      .limit(EXTRACT_RECORDS_MAX)
      .getMany();
    const leaderOrgs = await orgNames(leaders.map((c) => c.organisationId));
    sections.push({
      kind: PersonalDataKind.COURSE_LEADER,
      count: leaders.length,
      erasable: leaders.length,
      keptReason: null,
      records: leaders.map((c) => ({
        id: c.id,
        name: c.name,
        email: c.email,
        organisation: leaderOrgs.get(c.organisationId) ?? null,
        certifiedAt: c.certifiedAt,
      })),
    });

    const responses = await m
      .createQueryBuilder(MeetingResponse, "r")
      .where("LOWER(r.attendees) LIKE :like", { like: `%${email}%` })
      .limit(EXTRACT_RECORDS_MAX)
      .getMany();
    const attending = responses.filter((r) => r.attendees.some((a) => a.email?.trim().toLowerCase() === email));
    const meetings = attending.length
      ? await m.find(NetworkMeeting, { where: { id: In(attending.map((r) => r.meetingId)) }, select: { id: true, title: true, startsAt: true } })
      : [];
    const meetingById = new Map(meetings.map((x) => [x.id, x]));
    const respOrgs = await orgNames(attending.map((r) => r.organisationId));
    sections.push({
      kind: PersonalDataKind.MEETING_ATTENDEE,
      count: attending.length,
      erasable: attending.length,
      keptReason: null,
      records: attending.map((r) => ({
        meetingId: r.meetingId,
        meeting: meetingById.get(r.meetingId)?.title ?? null,
        startsAt: meetingById.get(r.meetingId)?.startsAt ?? null,
        organisation: respOrgs.get(r.organisationId) ?? null,
        attendee: r.attendees.find((a) => a.email?.trim().toLowerCase() === email),
        respondedAt: r.respondedAt,
      })),
    });

    const contacts = await m
      .createQueryBuilder(NetworkContact, "c")
      .where("LOWER(c.email) = :email", { email })
      .orderBy("c.id")
      .limit(EXTRACT_RECORDS_MAX)
      .getMany();
    const contactOrgs = await orgNames(contacts.map((c) => c.organisationId));
    sections.push({
      kind: PersonalDataKind.NETWORK_CONTACT,
      count: contacts.length,
      erasable: contacts.length,
      keptReason: null,
      records: contacts.map((c) => ({
        id: c.id,
        networkId: c.networkId,
        name: c.name,
        email: c.email,
        title: c.title,
        organisation: contactOrgs.get(c.organisationId) ?? null,
      })),
    });

    const appContacts = await this.applicationContacts(m, email);
    const decided = appContacts.filter((a) => a.decided).length;
    sections.push({
      kind: PersonalDataKind.APPLICATION_CONTACT,
      count: appContacts.length,
      erasable: appContacts.length - decided,
      keptReason: decided ? "decision" : null,
      records: appContacts.map(({ decided: d, ...rest }) => ({ ...rest, kept: d })),
    });

    const mailQuery = m.createQueryBuilder(OutboxMail, "o").where("LOWER(o.toAddress) = :email", { email });
    const mailCount = await mailQuery.getCount();
    const mails = await mailQuery.orderBy("o.id", "ASC").limit(EXTRACT_RECORDS_MAX).getMany();
    sections.push({
      kind: PersonalDataKind.OUTBOX_MAIL,
      count: mailCount,
      erasable: mailCount,
      keptReason: null,
      records: mails.map((o) => ({ id: o.id, subject: o.subject, status: o.status, createdAt: o.createdAt, sentAt: o.sentAt })),
    });

    const auditQuery = m.createQueryBuilder(AuditEntry, "a").where(
      new Brackets((w) => {
        w.where("LOWER(a.before) LIKE :like", { like: `%${email}%` }).orWhere("LOWER(a.after) LIKE :like", { like: `%${email}%` });
        if (users.length) w.orWhere("a.actorUserId IN (:...uids)", { uids: users.map((u) => u.id) });
        if (users.length) w.orWhere("(a.entityType = 'User' AND a.entityId IN (:...uidText))", { uidText: users.map((u) => String(u.id)) });
      }),
    );
    const auditCount = await auditQuery.getCount();
    const entries = await auditQuery.orderBy("a.id", "ASC").limit(EXTRACT_RECORDS_MAX).getMany();
    sections.push({
      kind: PersonalDataKind.AUDIT_ENTRY,
      count: auditCount,
      erasable: 0,
      keptReason: auditCount ? "audit" : null,
      records: entries.map((a) => ({ id: a.id, occurredAt: a.occurredAt, action: a.action, entityType: a.entityType, entityId: a.entityId })),
    });

    return { email, generatedAt: new Date(), sections };
  }

  private async applicationContacts(m: EntityManager, email: string) {
    const out: {
      applicationId: number;
      diarienummer: string | null;
      title: string;
      organisation: string | null;
      contactName: string;
      contactEmail: string;
      decided: boolean;
    }[] = [];
    for (const store of [StimulusApplicationContent, Requisition, NgoApplicationDetails]) {
      const rows = (await m
        .createQueryBuilder(store as never, "c")
        .innerJoin(GrantApplication, "a", "a.id = c.applicationId")
        .innerJoin(Organisation, "o", "o.id = a.organisationId")
        .select(["c.applicationId AS applicationId", "c.contactName AS contactName", "c.contactEmail AS contactEmail"])
        .addSelect(["a.diarienummer AS diarienummer", "a.title AS title", "a.decidedAt AS decidedAt", "o.name AS organisation"])
        .where("LOWER(c.contactEmail) = :email", { email })
        .limit(EXTRACT_RECORDS_MAX)
        .getRawMany()) as Record<string, unknown>[];
      for (const r of rows) {
        out.push({
          applicationId: Number(r.applicationId),
          diarienummer: (r.diarienummer as string | null) ?? null,
          title: String(r.title ?? ""),
          organisation: (r.organisation as string | null) ?? null,
          contactName: String(r.contactName ?? ""),
          contactEmail: String(r.contactEmail ?? ""),
          decided: r.decidedAt != null,
        });
      }
    }
    return out;
  }

  /**
   * Erases what the platform holds about an e-mail address where no record must be kept: the
   * person's training registrations and course-leader entry, meeting answers naming them, network
   * contacts, contacts of applications without a decision and the mails to them. The reason and
   * the counts are recorded in the audit log, never the data.
   */
  async eraseOnRequest(
    actor: Actor,
    emailInput: string,
    reasonInput: string,
  ): Promise<{ erased: ErasedCount[]; kept: { kind: PersonalDataKind; count: number; reason: KeptReason }[] }> {
    const email = normalise(emailInput);
    const reason = reasonInput.trim();
    if (reason.length < 10 || reason.length > 1000) throw PersonalDataErrors.reasonRequired(undefined, { field: "reason" });
    if (isErasedEmail(email)) return { erased: [], kept: [] };
    const before = await this.extract(email);
    const tally = new Tally();
    await this.db.transaction(async (m) => {
      await this.eraseTrainingPersons(m, [email], tally);

      const responses = await m
        .createQueryBuilder(MeetingResponse, "r")
        .where("LOWER(r.attendees) LIKE :like", { like: `%${email}%` })
        .getMany();
      const values: string[] = [];
      const meetings: number[] = [];
      let people = 0;
      for (const r of responses) {
        let changed = false;
        const attendees = r.attendees.map((a) => {
          if (a.email?.trim().toLowerCase() !== email) return a;
          changed = true;
          people++;
          values.push(a.name, a.email);
          return { name: ERASED, email: null };
        });
        if (!changed) continue;
        meetings.push(r.meetingId);
        await m.update(MeetingResponse, { meetingId: r.meetingId, organisationId: r.organisationId }, { attendees });
      }
      await redactAudit(m, "NetworkMeeting", meetings, values);
      tally.add("meetingAttendees", meetings, people);

      const contacts = await m.createQueryBuilder(NetworkContact, "c").where("LOWER(c.email) = :email", { email }).getMany();
      for (const c of contacts) await m.update(NetworkContact, { id: c.id }, { name: ERASED, email: erasedEmail(), title: null });
      await redactAudit(
        m,
        "Network",
        contacts.map((c) => c.networkId),
        contacts.flatMap((c) => [c.name, c.email, c.title]),
      );
      tally.add(
        "networkContacts",
        contacts.map((c) => c.id),
      );

      const undecided = (await this.applicationContacts(m, email)).filter((a) => !a.decided).map((a) => a.applicationId);
      if (undecided.length) tally.add("applicationContacts", await this.eraseContactsOf(m, undecided));

      const mails = await m.createQueryBuilder(OutboxMail, "o").select("o.id").where("LOWER(o.toAddress) = :email", { email }).getMany();
      if (mails.length) await m.delete(OutboxMail, { id: In(mails.map((o) => o.id)) });
      tally.add(
        "mails",
        mails.map((o) => o.id),
      );

      await audit(m, actor, {
        action: "personalData.erase",
        entityType: "PersonalData",
        entityId: "request",
        after: { reason, erased: tally.result() },
      });
    });
    const kept = before.sections
      .filter((s) => s.keptReason && s.count - s.erasable > 0)
      .map((s) => ({ kind: s.kind, count: s.count - s.erasable, reason: s.keptReason }));
    return { erased: tally.result(), kept };
  }
}
