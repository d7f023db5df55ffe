import { type EntityManager, In, IsNull } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { CommonErrors } from "../../shared/errors";
import { fieldMessage } from "../../shared/field-messages";
import type { PageArgs } from "../../shared/pagination";
import { OrganisationKind } from "../organisations/organisation.entity";
import { CaseEntryKind, GrantAttachment, GrantCaseEntry } from "./case-thread.entities";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus as S } from "./grant-application.state-machine";
import { GrantCall } from "./grant-call.entity";
import { GrantErrors } from "./grant.errors";
import type { GrantService } from "./grant.service";
import { programmePolicy } from "./programmes";

/** The side of a case thread a person writes on; null for those who have no part in it. */
export type ThreadSide = "APPLICANT" | "OFFICER";

/** The longest message of a thread, in characters. */
export const CASE_MESSAGE_MAX = 10_000;
/** The most attachments one application carries. */
export const ATTACHMENTS_MAX = 30;

/** Who writes on which side: the applicant organisation's applicants, and Socialstyrelsen's officers (who also see internal notes). */
export function threadSide(actor: Actor, app: GrantApplication, call: GrantCall): ThreadSide | null {
  if (app.organisationId === actor.organisationId) return can(actor, programmePolicy(call).applicantAbility(call)) ? "APPLICANT" : null;
  if (actor.organisationKind === OrganisationKind.SOCIALSTYRELSEN && can(actor, "grant.application.assess")) return "OFFICER";
  return null;
}

/**
 * Who may remove an attachment, and when: the applicant organisation its own uploads while the
 * application is a draft or a completion is requested of it; Socialstyrelsen's officers any
 * attachment once the application is submitted, until it is decided or withdrawn. A decided
 * application's attachments are part of the decision's record and stay.
 */
export function mayRemoveAttachment(side: ThreadSide | null, app: GrantApplication, attachment: GrantAttachment): boolean {
  if (attachment.removedAt || attachment.applicationId !== app.id || app.decidedAt) return false;
  if (side === "APPLICANT") return attachment.fromApplicant && (app.status === S.DRAFT || app.status === S.COMPLETION_REQUESTED);
  if (side === "OFFICER") return app.status !== S.DRAFT && app.status !== S.WITHDRAWN;
  return false;
}

/** Writes an entry of the thread in the caller's transaction: the completion actions record their requests and answers with it. */
export async function recordCaseEntry(
  m: EntityManager,
  entries: { applicationId: number; kind: CaseEntryKind; fromApplicant: boolean; authorId: number | null; body: string; internal?: boolean }[],
): Promise<void> {
  if (!entries.length) return;
  await m.insert(
    GrantCaseEntry,
    entries.map((e) => ({ ...e, internal: e.internal ?? false })),
  );
}

/**
 * The case thread of an application or requisition: messages between the applicant organisation
 * and Socialstyrelsen's officers, Socialstyrelsen's internal notes, the completion requests and
 * answers, and the application's attachments (bilagor).
 */
export class CaseThreadService {
  constructor(
    private readonly db: Database,
    private readonly grants: GrantService,
    /** Deletes a file from the document store. */
    private readonly removeFile: (storageName: string) => void,
  ) {}

  async side(actor: Actor, app: GrantApplication, m: EntityManager = this.db.manager): Promise<ThreadSide | null> {
    return threadSide(actor, app, await m.findOneByOrFail(GrantCall, { id: app.callId }));
  }

  /** The application and the actor's side, or a refusal: NOT_FOUND where the application is not visible, FORBIDDEN where the thread is not theirs. */
  private async threadOf(actor: Actor, applicationId: number, m: EntityManager = this.db.manager) {
    const app = await this.grants.application(actor, applicationId, m);
    const side = await this.side(actor, app, m);
    if (!side) throw CommonErrors.forbidden();
    return { app, side };
  }

  /** The thread, newest first, a page at a time; internal notes only for Socialstyrelsen. */
  async thread(actor: Actor, applicationId: number) {
    return this.threadOf(actor, applicationId);
  }

  /** A page of the entries of a thread the reader was let into (`thread`) from `side`. */
  async entries(applicationId: number, side: ThreadSide, page: PageArgs) {
    const where = side === "OFFICER" ? { applicationId } : { applicationId, internal: false };
    const [items, total] = await this.db.manager.findAndCount(GrantCaseEntry, { where, order: { id: "DESC" }, skip: page.offset, take: page.limit });
    return { items, total };
  }

  /** Writes a message (or, for Socialstyrelsen, an internal note) and tells the other side, in one transaction with its audit row. */
  async post(actor: Actor, applicationId: number, bodyInput: string, internal: boolean): Promise<GrantCaseEntry> {
    const body = bodyInput.trim();
    if (!body) throw CommonErrors.invalidInput(undefined, { fields: [{ field: "body", path: "body", message: fieldMessage("grants.writeAMessage") }] });
    if (body.length > CASE_MESSAGE_MAX) {
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "body", path: "body", message: fieldMessage("grants.messageTooLong") }] });
    }
    return this.db.transaction(async (m) => {
      const { app, side } = await this.threadOf(actor, applicationId, m);
      if (internal && side !== "OFFICER") throw CommonErrors.forbidden();
      // A draft is the applicant's alone: Socialstyrelsen reads the thread once the application is submitted.
      if (app.status === S.DRAFT) throw GrantErrors.threadNeedsSubmission();
      const entry = await m.save(
        m.create(GrantCaseEntry, {
          applicationId: app.id,
          kind: CaseEntryKind.MESSAGE,
          internal,
          fromApplicant: side === "APPLICANT",
          authorId: actor.userId,
          body,
        }),
      );
      await audit(m, actor, {
        action: internal ? "grantApplication.internalNote" : "grantApplication.message",
        entityType: "GrantApplication",
        entityId: app.id,
        after: { entryId: entry.id, internal },
      });
      if (!internal) await this.notifyOtherSide(m, app, side);
      return entry;
    });
  }

  private async notifyOtherSide(m: EntityManager, app: GrantApplication, from: ThreadSide) {
    const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
    const params = { diarienummer: app.diarienummer ?? "", title: app.title, organisation: await this.grants.orgName(m, app.organisationId) };
    if (from === "APPLICANT") {
      await this.grants.notifyOfficers(m, app, {
        kind: "grant.case-message",
        key: "grant.case-message-from-applicant",
        params,
        link: programmePolicy(call).officerLink(call, app),
      });
    } else {
      await this.grants.notifyApplicantOf(m, app, call, { kind: "grant.case-message", key: "grant.case-message-from-officer", params });
    }
  }

  // ---- attachments -------------------------------------------------------------------------------

  /** The attachments of an application that are kept (not removed), for whoever may read it (bounded: an application carries at most ATTACHMENTS_MAX). */
  attachmentsOf(applicationId: number, m: EntityManager = this.db.manager) {
    return m.find(GrantAttachment, { where: { applicationId, removedAt: IsNull() }, order: { id: "ASC" }, take: ATTACHMENTS_MAX });
  }

  private keptCount(m: EntityManager, applicationId: number) {
    return m.countBy(GrantAttachment, { applicationId, removedAt: IsNull() });
  }

  /** Refuses before anything is received: only the two sides attach, and an application has room for one more. */
  async assertMayAttach(actor: Actor, applicationId: number): Promise<void> {
    const { app } = await this.threadOf(actor, applicationId);
    if ((await this.keptCount(this.db.manager, app.id)) >= ATTACHMENTS_MAX) throw GrantErrors.tooManyAttachments({ max: ATTACHMENTS_MAX });
  }

  async addAttachment(
    actor: Actor,
    applicationId: number,
    file: { filename: string; contentType: string; size: number; storageName: string },
  ): Promise<GrantAttachment> {
    return this.db.transaction(async (m) => {
      // The cap holds in the database: on MySQL the application row is locked first, before anything is
      // read (a read would fix the transaction's snapshot and the count would miss an upload committed
      // meanwhile), so two uploads at once count one after the other; on SQLite every transaction runs alone.
      await this.lockApplication(m, Number(applicationId) || -1);
      const { app, side } = await this.threadOf(actor, applicationId, m);
      if ((await this.keptCount(m, app.id)) >= ATTACHMENTS_MAX) throw GrantErrors.tooManyAttachments({ max: ATTACHMENTS_MAX });
      const saved = await m.save(
        m.create(GrantAttachment, { applicationId: app.id, ...file, uploadedById: actor.userId, fromApplicant: side === "APPLICANT" }),
      );
      await audit(m, actor, {
        action: "grantApplication.attachment",
        entityType: "GrantApplication",
        entityId: app.id,
        after: { attachmentId: saved.id, filename: saved.filename, size: saved.size, contentType: saved.contentType },
      });
      return saved;
    });
  }

  private async lockApplication(m: EntityManager, applicationId: number) {
    if (this.db.kind !== "mysql") return;
    await m.createQueryBuilder(GrantApplication, "a").select("a.id").where("a.id = :id", { id: applicationId }).setLock("pessimistic_write").getOne();
  }

  /** The signed-in user may remove this attachment now (the rule of `mayRemoveAttachment`). */
  canRemove(actor: Actor, attachment: GrantAttachment, app: GrantApplication | null | undefined, call: GrantCall | null | undefined): boolean {
    if (!app || !call) return false;
    return mayRemoveAttachment(threadSide(actor, app, call), app, attachment);
  }

  /**
   * Removes an attachment: its file leaves the document store, its record stays (who removed it and
   * when) so the case file still lists it. Refused with nothing changed where the rule does not allow it.
   */
  async removeAttachment(actor: Actor, id: number): Promise<GrantAttachment> {
    const removed = await this.db.transaction(async (m) => {
      const found = await m.findOneBy(GrantAttachment, { id: Number(id) || -1 });
      if (!found || found.removedAt) throw GrantErrors.attachmentNotFound();
      let app: GrantApplication;
      try {
        app = await this.grants.application(actor, found.applicationId, m);
      } catch {
        throw GrantErrors.attachmentNotFound();
      }
      const side = await this.side(actor, app, m);
      if (!side) throw GrantErrors.attachmentNotFound();
      if (!mayRemoveAttachment(side, app, found)) throw GrantErrors.attachmentCannotBeRemoved();
      const removedAt = new Date();
      // Conditional: of two removals at once, one changes the row.
      const result = await m.update(GrantAttachment, { id: found.id, removedAt: IsNull() }, { removedAt, removedById: actor.userId });
      if (!result.affected) throw GrantErrors.attachmentNotFound();
      await audit(m, actor, {
        action: "grantApplication.attachmentRemoved",
        entityType: "GrantApplication",
        entityId: app.id,
        before: { attachmentId: found.id, filename: found.filename, size: found.size, contentType: found.contentType },
        after: { attachmentId: found.id, removedAt: removedAt.toISOString() },
      });
      return Object.assign(found, { removedAt, removedById: actor.userId });
    });
    // The row says removed once the transaction has committed; only then does the file go.
    this.removeFile(removed.storageName);
    return removed;
  }

  /** One kept attachment, for those who may read its application (NOT_FOUND for everyone else, and for a removed one). */
  async attachment(actor: Actor, id: number): Promise<GrantAttachment> {
    const found = await this.db.manager.findOneBy(GrantAttachment, { id: Number(id) || -1, removedAt: IsNull() });
    if (!found) throw GrantErrors.attachmentNotFound();
    try {
      await this.grants.application(actor, found.applicationId);
    } catch {
      throw GrantErrors.attachmentNotFound();
    }
    return found;
  }

  /** Everything the case file holds of the thread: every entry (internal notes too) and every attachment. */
  async forCaseFile(applicationId: number) {
    const m = this.db.manager;
    const [entries, attachments] = await Promise.all([
      m.find(GrantCaseEntry, { where: { applicationId }, order: { id: "ASC" } }),
      m.find(GrantAttachment, { where: { applicationId }, order: { id: "ASC" } }),
    ]);
    return { entries, attachments };
  }

  /** The attachments of many applications at once (a loader's batch). */
  attachmentsOfMany(ids: readonly number[]) {
    return this.db.manager.find(GrantAttachment, { where: { applicationId: In([...ids]), removedAt: IsNull() }, order: { id: "ASC" } });
  }
}
