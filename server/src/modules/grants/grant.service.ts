import { passesOverHigherRanked } from "./ranked-decision";
import { type EntityManager, In, type SelectQueryBuilder } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { leanOne, leanPage } from "../../db/lean-read";
import { APPLICATION_NEEDS } from "./grant.lean";
import { audit, auditMany } from "../../shared/audit";
import { nextNumber } from "../../shared/counter";
import { AppError, CommonErrors } from "../../shared/errors";
import { randomUUID } from "node:crypto";
import { addDays, formatKronor, stockholmDate } from "../../shared/dates";
import type { PageArgs } from "../../shared/pagination";
import { type MessageParams, param } from "../../shared/messages";
import type { Message, NotificationService, Recipient } from "../notifications/notification.service";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { usersWithAbility } from "../users/user.service";
import { ConsultationRequest } from "./consultation.entity";
import { GrantApplicationVersion } from "./grant-application-version.entity";
import { DecisionOutcome, GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus as S, INITIAL, grantApplicationMachine as machine, TOP_UP } from "./grant-application.state-machine";
import {
  GrantApplicationAction as A,
  assertAllowed,
  assertCallAllowed,
  GrantCallAction,
  type GrantApplicationFacts,
  ownConsultation,
  statusesReadyFor,
  windowRefusal,
} from "./grant-application.actions";
import { FundFollowUpDetails, JointRequisitionMember, NgoApplicationDetails, NgoScore, Requisition } from "../development-funds/development-fund.entities";
import { AuditEntry } from "../audit/audit-entry.entity";
import { assertNotBarredByJav, decisionAssessmentRecord, javUserIds, withoutJav } from "./assessment-record";
import { AssessmentCriterion } from "./assessment.entities";
import { renderCaseFile } from "./case-file";
import { CaseEntryKind, GrantAttachment, GrantCaseEntry } from "./case-thread.entities";
import { recordCaseEntry } from "./case-thread.service";
import { GrantCall, type GrantProgramme } from "./grant-call.entity";
import { GrantErrors } from "./grant.errors";
import { reserveBudget } from "./budget";
import { normalisePurposes } from "./stimulus-purpose";
import { stimulusSummary } from "./stimulus-summary";
import { currentLocale, type Locale } from "../../shared/request-context";
import { type ApplicationContent, type ApplicationContentStore, contentStore, emptyContent, loadContent, programmePolicy } from "./programmes";
import type {
  ConsultationOpinionInput,
  CreateGrantCallInput,
  DecisionInput,
  FollowUpInput,
  PartialReportInput,
  GrantApplicationsArgs,
  SaveGrantApplicationInput,
} from "./grant.inputs";

export { consultationStanding } from "./consultation-standing";
import { consultationStanding } from "./consultation-standing";
import { grantFollowUpDueDate } from "./follow-up-date";
import { partialReportDueDate, partialReportYears, usableUntilRefusal } from "./multi-year";
import { GrantPartialReport, GrantPartialReportReminder, PartialReminderKind } from "./partial-report.entity";
import { User } from "../users/user.entity";
import { FollowUpReviewStatus as R, followUpReviewMachine as reviewMachine } from "./follow-up-review.state-machine";
import { renderReclaimLetter } from "./reclaim-letter";
import { LetterTemplateKind, type LetterTemplateVersion } from "../letter-templates/letter-template.entity";
import { conditionValues, issuedParagraphs, issueTemplates, templatedMessage } from "../letter-templates/letter-template.service";
import { type FieldMessage, fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";

/** What the audit log records of an application. */
/** A paid grant's follow-up date in SQL: its own, set at the decision, or the call's for decisions made before there was one. */
const FOLLOW_UP_DUE = "COALESCE(a.followUpDueDate, c.followUpDueDate)";

function snapshot(a: GrantApplication) {
  return {
    status: a.status,
    diarienummer: a.diarienummer,
    requestedAmount: a.requestedAmount,
    grantedAmount: a.grantedAmount,
    outcome: a.outcome,
    usedAmount: a.usedAmount,
    repaymentAmount: a.repaymentAmount,
    repaidAmount: a.repaidAmount,
    followUpReview: a.followUpReview,
    reclaimAmount: a.reclaimAmount,
  };
}

/** The content an applicant writes (the title and amount on the application, the rest in its programme's content): what a version keeps. */
function content(a: GrantApplication, c: ApplicationContent) {
  return {
    title: a.title,
    purpose: c.purpose,
    plannedActivities: c.plannedActivities,
    targetGroups: c.targetGroups,
    periodStart: c.periodStart,
    periodEnd: c.periodEnd,
    requestedAmount: a.requestedAmount,
    budgetLines: c.budgetLines,
    contactName: c.contactName,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
    purposeCategories: c.purposeCategories,
  };
}

/** The fields of the content that `saveGrantApplication` takes as they come (trimmed when text). */
const EDITABLE_CONTENT = ["purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "contactName", "contactEmail", "contactPhone"] as const;

/**
 * The grant engine: calls with a budget, applications through consultation to a decision that
 * never exceeds the budget, payout, follow-up and repayment, for stimulus funds and development
 * funds alike. What differs between programmes comes from the policy of the call's programme
 * (`programmes/`); what a viewer may do comes from one rule per action (`grant-application.actions.ts`),
 * the guard of the mutation and the source of `availableActions`.
 */
export class GrantService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
  ) {}

  // ---- calls -------------------------------------------------------------------------------

  listCalls(programme?: GrantProgramme) {
    return this.db.manager.find(GrantCall, { where: programme ? { programme } : {}, order: { year: "DESC", id: "DESC" } });
  }

  async call(id: number): Promise<GrantCall> {
    const call = await this.db.manager.findOneBy(GrantCall, { id: Number(id) || -1 });
    if (!call) throw GrantErrors.callNotFound();
    return call;
  }

  async createCall(actor: Actor, input: CreateGrantCallInput): Promise<GrantCall> {
    if (input.closesAt.getTime() <= input.opensAt.getTime()) {
      throw GrantErrors.incomplete(undefined, {
        fields: [{ field: "closesAt", path: "input.closesAt", message: fieldMessage("grants.closingDateMustBeAfterThe") }],
      });
    }
    const period = input.usableUntil ? usableUntilRefusal(input.year, input.usableUntil, input.followUpDueDate) : null;
    if (period) {
      const message = fieldMessage(period.key, period.params);
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: period.field, path: `input.${period.field}`, message }] });
    }
    if (input.consultationDays < input.minConsultationDays) {
      throw GrantErrors.consultationDaysBelowMinimum(
        { days: input.consultationDays, min: input.minConsultationDays },
        {
          fields: [
            {
              field: "consultationDays",
              path: "input.consultationDays",
              message: fieldMessage("grants.consultationPeriodAtLeastDays", { days: input.minConsultationDays }),
            },
          ],
        },
      );
    }
    return this.db.transaction(async (m) => {
      const consultation = input.consultationOrganisationId
        ? await m.findOneBy(Organisation, { id: Number(input.consultationOrganisationId) || -1 })
        : await m.findOneBy(Organisation, { kind: OrganisationKind.JAMSTALLDHETSMYNDIGHETEN });
      if (input.consultationOrganisationId && !consultation) throw GrantErrors.consultationBodyNotFound();
      const call = m.create(GrantCall, {
        programme: input.programme,
        year: input.year,
        title: input.title.trim(),
        description: input.description,
        budget: input.budget,
        grantedTotal: 0,
        eligibleKinds: input.eligibleKinds?.length ? [...new Set(input.eligibleKinds)] : [...programmePolicy(input).defaultEligibleKinds],
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        consultationOrganisationId: consultation?.id ?? null,
        consultationDays: input.consultationDays,
        minConsultationDays: input.minConsultationDays,
        followUpDueDate: input.followUpDueDate,
        usableUntil: input.usableUntil || null,
        createdById: actor.userId,
      });
      await m.save(call);
      await audit(m, actor, {
        action: "grantCall.create",
        entityType: "GrantCall",
        entityId: call.id,
        after: { title: call.title, budget: call.budget, year: call.year },
      });
      const applicants = await this.applicantsOfKinds(m, call);
      await this.notifications.notify(m, applicants, {
        kind: "grant.call-opened",
        params: { call: call.title, budget: param.kr(call.budget), opens: param.date(call.opensAt), closes: param.date(call.closesAt) },
        link: programmePolicy(call).callLink(call),
        email: false,
      });
      return call;
    });
  }

  // ---- reading applications ----------------------------------------------------------------

  /** Who may see an application: its own organisation, Socialstyrelsen and the analyst; the consultation body only what was sent to it. */
  private async visible(actor: Actor, app: GrantApplication, m: EntityManager = this.db.manager): Promise<boolean> {
    if (app.organisationId === actor.organisationId) return true;
    // A draft is its own organisation's alone.
    if (app.status === S.DRAFT) return false;
    if (can(actor, "grant.read.all")) return true;
    if (can(actor, "grant.consult")) return m.existsBy(ConsultationRequest, { applicationId: app.id, organisationId: actor.organisationId });
    return false;
  }

  /** With `fields` (the detail query), a plain row of only what those fields and the checks below read (see db/lean-read.ts). */
  async application(actor: Actor, id: number, m: EntityManager = this.db.manager, fields?: ReadonlySet<string>): Promise<GrantApplication> {
    const qb = m.createQueryBuilder(GrantApplication, "a").where("a.id = :id", { id: Number(id) || -1 });
    // Who may see it (`visible`) and jäv read the status besides the keys.
    const app = await leanOne(qb, fields, APPLICATION_NEEDS, ["status"]);
    if (!app || !(await this.visible(actor, app, m))) throw GrantErrors.applicationNotFound();
    await assertNotBarredByJav(m, actor.userId, app);
    return app;
  }

  /** The rule of `visible` (and of jäv, as `application` applies it) as a condition on a list of applications `a`. */
  private onlyVisible(actor: Actor, qb: SelectQueryBuilder<GrantApplication>) {
    withoutJav(qb, actor.userId);
    if (!can(actor, "grant.read.all")) {
      if (can(actor, "grant.consult")) {
        qb.andWhere("(a.organisationId = :own OR a.id IN (SELECT c.applicationId FROM consultation_request c WHERE c.organisationId = :own))", {
          own: actor.organisationId,
        });
      } else {
        qb.andWhere("a.organisationId = :own", { own: actor.organisationId });
      }
    }
    // Other organisations' drafts are theirs alone.
    qb.andWhere("(a.status <> :draft OR a.organisationId = :own2)", { draft: S.DRAFT, own2: actor.organisationId });
    return qb;
  }

  /** A page of applications; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listApplications(actor: Actor, args: GrantApplicationsArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const qb = this.db.manager.createQueryBuilder(GrantApplication, "a").orderBy("a.id", "DESC").skip(page.offset).take(page.limit);
    this.onlyVisible(actor, qb);
    if (args.callId) qb.andWhere("a.callId = :call", { call: Number(args.callId) });
    if (args.statuses?.length) qb.andWhere({ status: In(args.statuses) });
    if (args.readyFor) {
      const ready = statusesReadyFor(args.readyFor);
      if (!ready) {
        throw CommonErrors.invalidInput(undefined, {
          fields: [{ field: "readyFor", path: "readyFor", message: fieldMessage("grants.actionIsNoStep") }],
        });
      }
      qb.andWhere("a.status IN (:...ready)", { ready });
    }
    if (args.organisationId) qb.andWhere("a.organisationId = :org", { org: Number(args.organisationId) });
    if (args.callIds?.length) qb.andWhere("a.callId IN (:...calls)", { calls: args.callIds.map((c) => Number(c) || -1) });
    if (args.followUpReviews) {
      // The reviewer's list: what was due first comes first.
      qb.andWhere("a.followUpReview IN (:...reviews)", { reviews: args.followUpReviews.length ? args.followUpReviews : [""] })
        .orderBy("COALESCE(a.followUpDueDate, (SELECT c.followUpDueDate FROM grant_call c WHERE c.id = a.callId))", "ASC")
        .addOrderBy("a.followUpSubmittedAt", "ASC")
        .addOrderBy("a.id", "ASC");
    }
    if (fields) return leanPage(qb, fields, APPLICATION_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Applications the actor may see whose title, diarienummer or organisation's name matches (`matches` from the search module), newest first. */
  async searchApplications(actor: Actor, matches: (columns: string[]) => string, params: Record<string, string>, limit: number) {
    const qb = this.db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoinAndSelect("a.organisationRef", "org")
      .innerJoinAndSelect("a.call", "call")
      .where(matches(["a.title", "a.diarienummer", "org.name"]), params)
      .orderBy("a.id", "DESC")
      .take(limit);
    const [items, total] = await this.onlyVisible(actor, qb).getManyAndCount();
    return { items, total };
  }

  versions(actor: Actor, app: GrantApplication) {
    return this.db.manager.find(GrantApplicationVersion, { where: { applicationId: app.id }, order: { version: "ASC" } });
  }

  /** The consultation body's queue: requests to the actor's organisation, open ones first. */
  async consultationQueue(actor: Actor, openOnly: boolean, page: PageArgs) {
    const qb = this.db.manager
      .createQueryBuilder(ConsultationRequest, "c")
      .where("c.organisationId = :org", { org: actor.organisationId })
      .orderBy("c.answeredAt IS NULL", "DESC")
      .addOrderBy("c.dueDate", "ASC")
      .addOrderBy("c.id", "ASC");
    if (openOnly) qb.andWhere("c.answeredAt IS NULL");
    return qb.offset(page.offset).limit(page.limit).getMany();
  }

  // ---- the applicant -----------------------------------------------------------------------

  async save(actor: Actor, input: SaveGrantApplicationInput): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      let app: GrantApplication;
      let call: GrantCall;
      let written: ApplicationContent;
      let before: ReturnType<typeof content> | null = null;
      if (input.id) {
        app = await this.ownApplication(actor, Number(input.id), m);
        call = (await this.guard(m, actor, A.EDIT, app)).call;
        if (input.callId && Number(input.callId) !== app.callId) {
          throw GrantErrors.callFixed(undefined, {
            fields: [{ field: "callId", path: "input.callId", message: fieldMessage("grants.applicationCannotBeMovedToAnother") }],
          });
        }
        written = await loadContent(contentStore(call), m, app.id);
        before = content(app, written);
      } else {
        if (!input.callId)
          throw GrantErrors.incomplete(undefined, {
            fields: [{ field: "callId", path: "input.callId", message: fieldMessage("grants.chooseWhichCallTheApplicationIs") }],
          });
        const found = await m.findOneBy(GrantCall, { id: Number(input.callId) || -1 });
        if (!found) throw GrantErrors.callNotFound();
        call = found;
        this.assertMayApply(actor, call);
        app = m.create(GrantApplication, {
          callId: call.id,
          organisationId: actor.organisationId,
          createdById: actor.userId,
          status: this.firstState(call),
          title: "",
          requestedAmount: 0,
          version: 0,
        });
        written = { ...emptyContent(), contactEmail: actor.email };
      }
      if (input.title != null) app.title = input.title.trim();
      if (input.requestedAmount != null) app.requestedAmount = input.requestedAmount;
      for (const f of EDITABLE_CONTENT) {
        const v = input[f];
        if (v !== undefined && v !== null) written[f] = v.trim();
      }
      if (input.purposeCategories) written.purposeCategories = normalisePurposes(input.purposeCategories);
      if (input.budgetLines) written.budgetLines = input.budgetLines.map((l) => ({ category: l.category.trim(), amount: l.amount }));
      // A change of the content alone changes the application too.
      app.updatedAt = new Date();
      await m.save(app);
      await contentStore(call).save(m, app.id, written);
      await audit(m, actor, {
        action: before ? "grantApplication.update" : "grantApplication.create",
        entityType: "GrantApplication",
        entityId: app.id,
        before,
        after: content(app, written),
      });
      return app;
    });
  }

  async submit(actor: Actor, id: number): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const app = await this.ownApplication(actor, id, m);
      const now = new Date();
      const { call } = await this.guard(m, actor, A.SUBMIT, app, now);
      return this.completeSubmission(m, actor, app, call, now);
    });
  }

  /**
   * Submits a complete application whose submission is allowed: the diarienummer, a version,
   * the move to SUBMITTED, its audit row and the officers' notification, in the caller's transaction.
   */
  async completeSubmission(m: EntityManager, actor: Actor, app: GrantApplication, call: GrantCall, now: Date): Promise<GrantApplication> {
    {
      const resubmission = app.status === S.COMPLETION_REQUESTED;
      machine.assert(app.status, S.SUBMITTED);
      const closed = windowRefusal(app, call, now);
      if (closed) throw closed;
      const store = contentStore(call);
      const written = await loadContent(store, m, app.id);
      this.assertComplete(app, written, store);
      const before = snapshot(app);
      const from = app.status;
      if (!app.diarienummer) app.diarienummer = await this.nextDiarienummer(m, now);
      app.version += 1;
      app.submittedAt = now;
      app.status = S.SUBMITTED;
      await this.saveTransition(m, app, from);
      if (resubmission) {
        await recordCaseEntry(m, [{ applicationId: app.id, kind: CaseEntryKind.COMPLETION_ANSWER, fromApplicant: true, authorId: actor.userId, body: "" }]);
      }
      await m.insert(GrantApplicationVersion, {
        applicationId: app.id,
        version: app.version,
        submittedAt: now,
        submittedById: actor.userId,
        content: content(app, written) as never,
      });
      await audit(m, actor, {
        action: resubmission ? "grantApplication.resubmit" : "grantApplication.submit",
        entityType: "GrantApplication",
        entityId: app.id,
        before,
        after: snapshot(app),
      });
      await this.notifyOfficers(m, app, {
        kind: "grant.application-submitted",
        key: resubmission ? "grant.application-resubmitted" : "grant.application-submitted",
        params: {
          diarienummer: app.diarienummer,
          organisation: await this.orgName(m, app.organisationId),
          title: app.title,
          amount: param.kr(app.requestedAmount),
          call: call.title,
        },
        link: programmePolicy(call).officerLink(call, app),
      });
      return app;
    }
  }

  async withdraw(actor: Actor, id: number): Promise<GrantApplication> {
    return this.transition(actor, id, S.WITHDRAWN, {
      own: true,
      guard: A.WITHDRAW,
      action: "grantApplication.withdraw",
      notify: async (m, app) =>
        app.diarienummer
          ? this.notifyOfficers(m, app, {
              kind: "grant.application-withdrawn",
              params: { diarienummer: app.diarienummer, organisation: await this.orgName(m, app.organisationId), title: app.title },
              link: await this.officerLink(m, app),
            })
          : undefined,
    });
  }

  async submitFollowUp(actor: Actor, id: number, input: FollowUpInput): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const app = await this.ownApplication(actor, id, m);
      await this.guard(m, actor, A.SUBMIT_FOLLOW_UP, app);
      const granted = app.grantedAmount ?? 0;
      if (input.usedAmount > granted) throw GrantErrors.usedAmountTooHigh({ used: formatKronor(input.usedAmount), granted: formatKronor(granted) });
      const to = input.usedAmount < granted ? S.REPAYMENT_DUE : S.REPORTED;
      machine.assert(app.status, to);
      // Where the programme reviews follow-ups, the report (or its completion) now waits for review.
      const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
      // Over more than one year the report is the final one: the used amount is the whole period's, so at least the partial reports'.
      if (call.usableUntil) {
        const partials = (await m.findBy(GrantPartialReport, { applicationId: app.id })).reduce((sum, r) => sum + r.usedAmount, 0);
        if (input.usedAmount < partials) throw GrantErrors.finalBelowPartials({ used: formatKronor(input.usedAmount), partials: formatKronor(partials) });
      }
      const reviewed = programmePolicy(call).reviewsFollowUps;
      if (reviewed && app.followUpReview) reviewMachine.assert(app.followUpReview, R.AWAITING_REVIEW);
      const before = snapshot(app);
      const from = app.status;
      const completing = app.followUpReview === R.COMPLETION_REQUESTED;
      Object.assign(app, {
        status: to,
        followUpReport: input.report.trim(),
        usedAmount: input.usedAmount,
        followUpSubmittedAt: new Date(),
        repaymentAmount: granted - input.usedAmount,
        followUpReview: reviewed ? R.AWAITING_REVIEW : null,
      });
      await this.saveTransition(m, app, from);
      if (completing) {
        await recordCaseEntry(m, [{ applicationId: app.id, kind: CaseEntryKind.COMPLETION_ANSWER, fromApplicant: true, authorId: actor.userId, body: "" }]);
      }
      await audit(m, actor, { action: "grantApplication.followUp", entityType: "GrantApplication", entityId: app.id, before, after: snapshot(app) });
      await this.notifyOfficers(m, app, {
        kind: "grant.follow-up-submitted",
        key: to === S.REPAYMENT_DUE ? "grant.follow-up-submitted-repayment" : "grant.follow-up-submitted",
        params: {
          diarienummer: app.diarienummer ?? "",
          used: param.kr(input.usedAmount),
          granted: param.kr(granted),
          repayment: param.kr(granted - input.usedAmount),
        },
        link: await this.officerLink(m, app),
      });
      return app;
    });
  }

  /**
   * Delrapport: the recipient of funds used over more than one year reports one calendar year of the
   * period (filed again, it replaces that year's). The application stays paid: the repayment waits
   * for the final report over the whole period. The row, its audit entry and the officers'
   * notification are written in one transaction.
   */
  async submitPartialReport(actor: Actor, id: number, input: PartialReportInput): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const app = await this.ownApplication(actor, id, m);
      const { call } = await this.guard(m, actor, A.SUBMIT_PARTIAL_REPORT, app);
      const years = partialReportYears(call);
      if (!years.includes(input.year)) throw GrantErrors.partialReportYear({ year: input.year, years: years.join(", ") });
      if (input.year > Number(stockholmDate().slice(0, 4))) throw GrantErrors.partialReportTooEarly({ year: input.year });
      const reports = await m.findBy(GrantPartialReport, { applicationId: app.id });
      const previous = reports.find((r) => r.year === input.year) ?? null;
      const granted = app.grantedAmount ?? 0;
      const usedSoFar = reports.filter((r) => r.year !== input.year).reduce((sum, r) => sum + r.usedAmount, 0) + input.usedAmount;
      if (usedSoFar > granted) throw GrantErrors.partialReportsTooHigh({ used: formatKronor(usedSoFar), granted: formatKronor(granted) });
      const row = { usedAmount: input.usedAmount, report: input.report.trim(), submittedAt: new Date(), submittedById: actor.userId };
      if (previous) await m.update(GrantPartialReport, { id: previous.id }, row);
      else await m.insert(GrantPartialReport, { applicationId: app.id, year: input.year, ...row });
      const reportId = previous?.id ?? (await m.findOneByOrFail(GrantPartialReport, { applicationId: app.id, year: input.year })).id;
      // Where the programme's follow-up is a form, the year is answered on it by the final report's rules.
      const answers = (await programmePolicy(call).partialReportAnswers?.(m, app, reportId, input.usedAmount, input.answers ?? [])) ?? null;
      await audit(m, actor, {
        action: "grantApplication.partialReport",
        entityType: "GrantApplication",
        entityId: app.id,
        before: previous ? { year: previous.year, usedAmount: previous.usedAmount } : null,
        after: { year: input.year, usedAmount: input.usedAmount, usedSoFar, ...(answers ? { answers } : {}) },
      });
      await this.notifyOfficers(m, app, {
        kind: "grant.partial-report-submitted",
        params: {
          diarienummer: app.diarienummer ?? "",
          organisation: await this.orgName(m, app.organisationId),
          year: input.year,
          used: param.kr(input.usedAmount),
          usedSoFar: param.kr(usedSoFar),
          granted: param.kr(granted),
        },
        link: await this.officerLink(m, app),
      });
      return app;
    });
  }

  // ---- Socialstyrelsen ---------------------------------------------------------------------

  async requestCompletion(actor: Actor, id: number, message: string, dueDate: string): Promise<GrantApplication> {
    return (await this.requestCompletions(actor, [id], message, dueDate))[0];
  }

  /**
   * Returns applications to their applicants for completion (komplettering), one or many at once
   * with the same message and due date: every application is checked by the rule of
   * REQUEST_COMPLETION before anything is written, and one refusal changes none of them.
   */
  async requestCompletions(actor: Actor, ids: number[], message: string, dueDate: string): Promise<GrantApplication[]> {
    // The applicant needs time to complete: the due date lies after today (in Stockholm).
    const today = stockholmDate();
    if (dueDate <= today) {
      throw GrantErrors.completionDueNotInFuture(
        { today },
        { fields: [{ field: "dueDate", path: "dueDate", message: fieldMessage("grants.dueDateNotInFuture", { today }) }] },
      );
    }
    const text = message.trim();
    return this.db.transaction(async (m) => {
      const checked = await this.checkedForBulk(m, actor, ids, A.REQUEST_COMPLETION);
      const apps = checked.map((f) => f.app);
      const before = new Map(apps.map((a) => [a.id, snapshot(a)]));
      await this.moveMany(m, apps, S.COMPLETION_REQUESTED, { completionMessage: text, completionDueDate: dueDate });
      await recordCaseEntry(
        m,
        apps.map((app) => ({ applicationId: app.id, kind: CaseEntryKind.COMPLETION_REQUEST, fromApplicant: false, authorId: actor.userId, body: text })),
      );
      await auditMany(
        m,
        actor,
        apps.map((app) => ({
          action: "grantApplication.requestCompletion",
          entityType: "GrantApplication",
          entityId: app.id,
          before: before.get(app.id),
          after: { ...snapshot(app), completionMessage: text, completionDueDate: dueDate },
        })),
      );
      for (const { app, call } of checked) {
        await this.notifyApplicantOf(m, app, call, {
          kind: "grant.completion-requested",
          params: { diarienummer: app.diarienummer ?? "", title: app.title, due: param.date(dueDate), message: text },
        });
      }
      return apps;
    });
  }

  /**
   * Reminds applicants of an outstanding completion request (a notification and an e-mail with the
   * message and due date), one or many at once; the status stays, the audit log records the reminder.
   */
  async remindCompletions(actor: Actor, ids: number[]): Promise<GrantApplication[]> {
    return this.db.transaction(async (m) => {
      const checked = await this.checkedForBulk(m, actor, ids, A.REMIND_COMPLETION);
      await auditMany(
        m,
        actor,
        checked.map(({ app }) => ({
          action: "grantApplication.completionReminder",
          entityType: "GrantApplication",
          entityId: app.id,
          after: { completionDueDate: app.completionDueDate },
        })),
      );
      for (const { app, call } of checked) {
        await this.notifyApplicantOf(m, app, call, {
          kind: "grant.completion-requested",
          key: "grant.completion-reminder",
          params: {
            diarienummer: app.diarienummer ?? "",
            title: app.title,
            due: app.completionDueDate ? param.date(app.completionDueDate) : "",
            message: app.completionMessage ?? "",
          },
        });
      }
      return checked.map((f) => f.app);
    });
  }

  async requestConsultation(actor: Actor, ids: number[], dueDateInput: string | null): Promise<GrantApplication[]> {
    return this.db.transaction(async (m) => {
      const today = stockholmDate();
      // Every application is checked before anything is written.
      const checked: { app: GrantApplication; call: GrantCall; dueDate: string }[] = [];
      for (const { app, call } of await this.checkedForBulk(m, actor, ids, A.REQUEST_CONSULTATION)) {
        // The consultation body gets at least the call's shortest period to answer.
        const earliest = addDays(today, call.minConsultationDays);
        if (dueDateInput != null && dueDateInput < earliest) {
          throw GrantErrors.consultationTooShort(
            { call: call.title, days: call.minConsultationDays, earliest },
            {
              fields: [
                { field: "dueDate", path: "dueDate", message: fieldMessage("grants.dueDateTooEarly", { date: earliest, days: call.minConsultationDays }) },
              ],
              earliestDueDate: earliest,
            },
          );
        }
        checked.push({ app, call, dueDate: dueDateInput ?? addDays(today, Math.max(call.consultationDays, call.minConsultationDays)) });
      }
      const fallbackBody = checked.some((c) => c.call.consultationOrganisationId == null)
        ? (await m.findOneByOrFail(Organisation, { kind: OrganisationKind.JAMSTALLDHETSMYNDIGHETEN })).id
        : null;
      const bodyOf = (call: GrantCall) => call.consultationOrganisationId ?? fallbackBody!;
      const apps = checked.map((c) => c.app);
      const before = new Map(apps.map((a) => [a.id, snapshot(a)]));
      await this.moveMany(m, apps, S.IN_CONSULTATION, {});
      const now = new Date();
      await m.insert(
        ConsultationRequest,
        checked.map(({ app, call, dueDate }) => ({
          applicationId: app.id,
          organisationId: bodyOf(call),
          requestedAt: now,
          requestedById: actor.userId,
          dueDate,
        })),
      );
      await auditMany(
        m,
        actor,
        checked.map(({ app, call, dueDate }) => ({
          action: "grantApplication.requestConsultation",
          entityType: "GrantApplication",
          entityId: app.id,
          before: before.get(app.id),
          after: { ...snapshot(app), consultationOrganisationId: bodyOf(call), dueDate },
        })),
      );
      const bodies = new Map<number, GrantApplication[]>();
      const queueLinks = new Map<number, string>();
      for (const { app, call } of checked) {
        const body = bodyOf(call);
        bodies.set(body, [...(bodies.get(body) ?? []), app]);
        queueLinks.set(body, programmePolicy(call).consultationQueueLink);
      }
      for (const [body, list] of bodies) {
        const recipients = await usersWithAbility(m, { organisationId: body }, "grant.consult");
        await this.notifications.notify(m, recipients, {
          kind: "grant.consultation-requested",
          params: {
            count: list.length,
            applications: param.phrase(list.length === 1 ? "grant.applications.one" : "grant.applications.many"),
            diarienummer: list.map((a) => a.diarienummer).join(", "),
          },
          link: queueLinks.get(body)!,
        });
      }
      return apps;
    });
  }

  async decide(actor: Actor, id: number, input: DecisionInput): Promise<GrantApplication> {
    const to = input.outcome as unknown as S;
    return this.db.transaction(async (m) => {
      const app = await this.application(actor, id, m);
      machine.assert(app.status, to);
      const { call, consultations } = await this.guard(m, actor, A.DECIDE, app);
      // Decided without an opinion: the consultation's due date passed unanswered.
      const latest = consultations[consultations.length - 1];
      const unanswered = programmePolicy(call).requiresConsultation(call) && consultationStanding(latest).kind === "withoutOpinion" ? latest : null;
      const amount = this.grantedAmount(app, input);
      const rankingDeviationReason = await this.rankingDeviationReason(m, call, app, amount, input.rankingDeviationReason);
      const presentedById = await this.presentingOfficer(m, actor, input.presentedById);
      const assessmentRecord = await decisionAssessmentRecord(m, call, app, [actor.userId, presentedById]);
      const written = await loadContent(contentStore(call), m, app.id);
      await reserveBudget(m, call.id, amount);
      const before = snapshot(app);
      const from = app.status;
      Object.assign(app, {
        status: to,
        outcome: input.outcome,
        grantedAmount: amount,
        motivation: input.motivation.trim(),
        decidedAt: new Date(),
        decidedById: actor.userId,
        presentedById,
        rankingDeviationReason,
        assessmentRecord,
        followUpDueDate: amount > 0 ? grantFollowUpDueDate(call.followUpDueDate, written.periodEnd) : null,
      });
      await this.saveTransition(m, app, from);
      const issued = await issueTemplates(m, app.id, call, [LetterTemplateKind.DECISION_LETTER, LetterTemplateKind.DECISION_EMAIL]);
      const withoutOpinion = unanswered
        ? {
            withoutOpinion: true,
            consultation: `Beslut utan yttrande: ${await this.orgName(m, unanswered.organisationId)} hade inte svarat när svarstiden gick ut ${unanswered.dueDate}.`,
          }
        : {};
      await audit(m, actor, {
        action: "grantApplication.decide",
        entityType: "GrantApplication",
        entityId: app.id,
        before,
        after: {
          ...snapshot(app),
          motivation: app.motivation,
          ...withoutOpinion,
          ...(rankingDeviationReason ? { rankingDeviationReason } : {}),
          ...(assessmentRecord ? { assessmentRecord } : {}),
        },
      });
      const builtInMail = {
        kind: "grant.decided",
        params: {
          diarienummer: app.diarienummer ?? "",
          title: app.title,
          outcome: param.phrase(`grant.outcome.${input.outcome}`),
          amount: amount > 0 ? param.phrase("grant.decided.amount", { amount: param.kr(amount) }) : "",
          withoutOpinion: unanswered ? param.phrase("grant.decided.withoutOpinion") : "",
        },
      };
      await this.notifyApplicant(m, app, await this.templatedMail(m, issued.get(LetterTemplateKind.DECISION_EMAIL) ?? null, builtInMail, app, call));
      return app;
    });
  }

  /** An e-mail to the applicant written from the template version its sending recorded; the catalogue's message when none is stored. */
  private async templatedMail<M extends { kind: string; params?: MessageParams }>(
    m: EntityManager,
    version: LetterTemplateVersion | null,
    builtIn: M,
    app: GrantApplication,
    call: GrantCall,
  ): Promise<M> {
    return version ? templatedMessage(version, builtIn, { app, call, organisation: await this.orgName(m, app.organisationId) }) : builtIn;
  }

  /**
   * Whether deciding the application now would grant money past a higher-ranked application of its
   * call that is undecided or rejected, as the programme's ranking says; such a grant needs a reason.
   */
  private async needsRankingReason(m: EntityManager, call: GrantCall, app: GrantApplication): Promise<boolean> {
    const ranking = await programmePolicy(call).decisionRanking(m, call);
    return !!ranking && passesOverHigherRanked(ranking, app.id);
  }

  /** The recorded reason for granting past the ranking; refused without one when the grant needs it, null when it does not. */
  private async rankingDeviationReason(
    m: EntityManager,
    call: GrantCall,
    app: GrantApplication,
    amount: number,
    given: string | undefined,
  ): Promise<string | null> {
    if (amount <= 0 || !(await this.needsRankingReason(m, call, app))) return null;
    const reason = given?.trim() ?? "";
    if (!reason) {
      throw CommonErrors.invalidInput(undefined, {
        fields: [{ field: "rankingDeviationReason", path: "input.rankingDeviationReason", message: fieldMessage("grants.giveTheRankingDeviationReason") }],
      });
    }
    return reason;
  }

  /** Föredragande: an active officer of the decision maker's organisation who assesses applications; the decision maker when none is named. */
  private async presentingOfficer(m: EntityManager, actor: Actor, id: string | undefined): Promise<number> {
    if (id == null || id === "" || Number(id) === actor.userId) return actor.userId;
    const officers = await usersWithAbility(m, { organisationId: actor.organisationId }, "grant.application.assess");
    const officer = officers.find((u) => u.id === Number(id));
    if (!officer) {
      throw CommonErrors.invalidInput(undefined, {
        fields: [{ field: "presentedById", path: "input.presentedById", message: fieldMessage("grants.choosePresentingOfficer") }],
      });
    }
    return officer.id;
  }

  async markPaid(actor: Actor, id: number): Promise<GrantApplication> {
    return this.transition(actor, id, S.PAID, {
      guard: A.MARK_PAID,
      action: "grantApplication.markPaid",
      change: (app) => Object.assign(app, { paidAt: new Date() }),
      notify: async (m, app) => {
        const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
        await this.notifyApplicant(m, app, {
          kind: "grant.paid",
          params: {
            diarienummer: app.diarienummer ?? "",
            amount: param.kr(app.grantedAmount ?? 0),
            due: param.date(app.followUpDueDate ?? call.followUpDueDate),
          },
        });
      },
    });
  }

  async markRepaid(actor: Actor, id: number): Promise<GrantApplication> {
    return this.transition(actor, id, S.REPAID, {
      guard: A.MARK_REPAID,
      action: "grantApplication.markRepaid",
      change: (app) => Object.assign(app, { repaidAt: new Date(), repaidAmount: app.repaymentAmount }),
      notify: (m, app) =>
        this.notifyApplicant(m, app, {
          kind: "grant.repaid",
          params: { diarienummer: app.diarienummer ?? "", amount: param.kr(app.repaymentAmount ?? 0) },
          email: false,
        }),
    });
  }

  // ---- the review of follow-up reports (granskning) ------------------------------------------

  async approveFollowUp(actor: Actor, id: number): Promise<GrantApplication> {
    return this.moveReview(actor, id, A.APPROVE_FOLLOW_UP, R.APPROVED, {
      action: "grantApplication.followUpApproved",
      notify: (m, app) =>
        this.notifyApplicant(m, app, { kind: "grant.follow-up-approved", params: { diarienummer: app.diarienummer ?? "", title: app.title }, email: false }),
    });
  }

  /** Returns the follow-up report for completion by a day after today; the recipient edits and resubmits it. */
  async requestFollowUpCompletion(actor: Actor, id: number, message: string, dueDate: string): Promise<GrantApplication> {
    const today = stockholmDate();
    if (dueDate <= today) {
      throw GrantErrors.completionDueNotInFuture(
        { today },
        { fields: [{ field: "dueDate", path: "dueDate", message: fieldMessage("grants.dueDateNotInFuture", { today }) }] },
      );
    }
    return this.moveReview(actor, id, A.REQUEST_FOLLOW_UP_COMPLETION, R.COMPLETION_REQUESTED, {
      status: S.FOLLOW_UP_COMPLETION,
      action: "grantApplication.followUpCompletionRequested",
      change: (app) => Object.assign(app, { reviewMessage: message.trim(), reviewDueDate: dueDate }),
      notify: async (m, app) => {
        await recordCaseEntry(m, [
          { applicationId: app.id, kind: CaseEntryKind.COMPLETION_REQUEST, fromApplicant: false, authorId: actor.userId, body: message.trim() },
        ]);
        const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
        const issued = await issueTemplates(m, app.id, call, [LetterTemplateKind.FOLLOW_UP_COMPLETION_EMAIL]);
        const builtIn = {
          kind: "grant.follow-up-completion-requested",
          params: { diarienummer: app.diarienummer ?? "", title: app.title, due: param.date(dueDate), message: message.trim() },
        };
        await this.notifyApplicant(m, app, await this.templatedMail(m, issued.get(LetterTemplateKind.FOLLOW_UP_COMPLETION_EMAIL) ?? null, builtIn, app, call));
      },
    });
  }

  /**
   * Återkrav: a repayment due of its own amount and reasons, with its decision letter. The total to
   * repay never exceeds what was paid: the database refuses the update otherwise.
   */
  async reclaim(actor: Actor, id: number, amount: number, motivation: string): Promise<GrantApplication> {
    return this.moveReview(actor, id, A.RECLAIM, R.RECLAIMED, {
      status: S.REPAYMENT_DUE,
      reclaim: amount,
      action: "grantApplication.reclaim",
      change: (app) => Object.assign(app, { reclaimAmount: amount, reclaimMotivation: motivation.trim() }),
      notify: async (m, app) => {
        const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
        const issued = await issueTemplates(m, app.id, call, [LetterTemplateKind.RECLAIM_LETTER, LetterTemplateKind.RECLAIM_EMAIL]);
        const builtIn = {
          kind: "grant.reclaimed",
          params: { diarienummer: app.diarienummer ?? "", title: app.title, amount: param.kr(amount), motivation: motivation.trim() },
        };
        await this.notifyApplicant(m, app, await this.templatedMail(m, issued.get(LetterTemplateKind.RECLAIM_EMAIL) ?? null, builtIn, app, call));
      },
    });
  }

  /**
   * The one way a review changes: both machines allow it (the review's, and the application's when its
   * status moves), the row is updated only if nobody moved it meanwhile (and, for a reclaim, only while
   * the total to repay stays within what was paid), with the audit row and notification in the same transaction.
   */
  private async moveReview(
    actor: Actor,
    id: number,
    guard: A,
    to: R,
    opts: {
      status?: S;
      reclaim?: number;
      action: string;
      change?: (app: GrantApplication) => void;
      notify: (m: EntityManager, app: GrantApplication) => Promise<unknown>;
    },
  ): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const app = await this.application(actor, id, m);
      await this.guard(m, actor, guard, app);
      const fromReview = app.followUpReview!;
      const fromStatus = app.status;
      reviewMachine.assert(fromReview, to);
      if (opts.status) machine.assert(fromStatus, opts.status);
      const max = (app.grantedAmount ?? 0) - (app.repaymentAmount ?? 0);
      if (opts.reclaim != null && opts.reclaim > max) throw this.reclaimTooHigh(opts.reclaim, max);
      const before = snapshot(app);
      opts.change?.(app);
      Object.assign(app, { followUpReview: to, status: opts.status ?? fromStatus, reviewedAt: new Date(), reviewedById: actor.userId });
      const update = m
        .createQueryBuilder()
        .update(GrantApplication)
        .set({
          status: app.status,
          followUpReview: app.followUpReview,
          reviewMessage: app.reviewMessage,
          reviewDueDate: app.reviewDueDate,
          reviewedAt: app.reviewedAt,
          reviewedById: app.reviewedById,
          reclaimAmount: app.reclaimAmount,
          reclaimMotivation: app.reclaimMotivation,
          ...(opts.reclaim != null ? { repaymentAmount: () => "COALESCE(repaymentAmount, 0) + :reclaim" } : {}),
        })
        .where("id = :id AND status = :fromStatus AND followUpReview = :fromReview", { id: app.id, fromStatus, fromReview });
      if (opts.reclaim != null) update.andWhere("COALESCE(grantedAmount, 0) - COALESCE(repaymentAmount, 0) >= :reclaim", { reclaim: opts.reclaim });
      const res = await update.execute();
      if (res.affected !== 1) {
        const now = await m.findOneByOrFail(GrantApplication, { id: app.id });
        if (opts.reclaim != null && now.status === fromStatus && now.followUpReview === fromReview)
          throw this.reclaimTooHigh(opts.reclaim, (now.grantedAmount ?? 0) - (now.repaymentAmount ?? 0));
        throw reviewMachine.changedMeanwhile();
      }
      if (opts.reclaim != null) app.repaymentAmount = (app.repaymentAmount ?? 0) + opts.reclaim;
      await audit(m, actor, { action: opts.action, entityType: "GrantApplication", entityId: app.id, before, after: snapshot(app) });
      await opts.notify(m, app);
      return app;
    });
  }

  private reclaimTooHigh(amount: number, max: number) {
    return GrantErrors.reclaimTooHigh(
      { amount: formatKronor(amount), max: formatKronor(Math.max(0, max)) },
      { fields: [{ field: "amount", path: "input.amount", message: fieldMessage("grants.reclaimTooHigh", { max: formatKronor(Math.max(0, max)) }) }] },
    );
  }

  /** The reclaim decision (återkrav) of an application, in the reader's language. */
  async reclaimLetter(actor: Actor, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const app = await this.application(actor, id);
    if (app.followUpReview !== R.RECLAIMED || !app.reclaimAmount) throw GrantErrors.noReclaimLetter();
    const m = this.db.manager;
    const people = [actor.userId, app.reviewedById].filter((x): x is number => x != null);
    const [call, applicant, users] = await Promise.all([
      m.findOneByOrFail(GrantCall, { id: app.callId }),
      this.orgName(m, app.organisationId),
      m.find(User, { where: { id: In(people) }, select: { id: true, name: true, language: true } }),
    ]);
    const policy = programmePolicy(call);
    const lang = users.find((u) => u.id === actor.userId)?.language ?? currentLocale();
    const parts = await issuedParagraphs(m, LetterTemplateKind.RECLAIM_LETTER, { app, call, organisation: applicant }, lang);
    const pdf = await renderReclaimLetter({
      lang,
      app,
      call,
      applicant,
      heading: policy.reclaimHeading,
      decidedBy: users.find((u) => u.id === app.reviewedById)?.name ?? null,
      decisionText: parts.get(LetterTemplateKind.RECLAIM_LETTER) ?? [],
      appealText: parts.get(LetterTemplateKind.APPEAL_INFORMATION) ?? [],
    });
    return { pdf, filename: `aterkrav-${(app.diarienummer ?? String(app.id)).replace(/\s+/g, "-")}.pdf` };
  }

  /** The next registry number of the year, e.g. `SoS 2026-0042`. */
  async nextDiarienummer(m: EntityManager, now = new Date()): Promise<string> {
    const year = Number(stockholmDate(now).slice(0, 4));
    return `SoS ${year}-${String(await nextNumber(m, `diarienummer:${year}`)).padStart(4, "0")}`;
  }

  // ---- the consultation body ---------------------------------------------------------------

  async submitOpinion(actor: Actor, applicationId: number, input: ConsultationOpinionInput): Promise<ConsultationRequest> {
    return this.db.transaction(async (m) => {
      const app = await m.findOneBy(GrantApplication, { id: Number(applicationId) || -1 });
      if (!app || app.status === S.DRAFT) throw GrantErrors.noOpenConsultation();
      const request = ownConsultation(actor, await this.guard(m, actor, A.SUBMIT_OPINION, app))!;
      Object.assign(request, { opinion: input.opinion, opinionText: input.text.trim(), answeredAt: new Date(), answeredById: actor.userId });
      const res = await m
        .createQueryBuilder()
        .update(ConsultationRequest)
        .set({ opinion: request.opinion, opinionText: request.opinionText, answeredAt: request.answeredAt, answeredById: actor.userId })
        .where("id = :id AND answeredAt IS NULL", { id: request.id })
        .execute();
      if (res.affected !== 1) throw GrantErrors.noOpenConsultation();
      const before = snapshot(app);
      const from = app.status;
      app.status = S.CONSULTED;
      await this.saveTransition(m, app, from);
      await audit(m, actor, {
        action: "grantApplication.consultationOpinion",
        entityType: "GrantApplication",
        entityId: app.id,
        before,
        after: { ...snapshot(app), opinion: input.opinion },
      });
      await this.notifyOfficers(m, app, {
        kind: "grant.opinion-received",
        params: { diarienummer: app.diarienummer ?? "", organisation: await this.orgName(m, actor.organisationId), title: app.title },
        link: await this.officerLink(m, app),
      });
      return request;
    });
  }

  // ---- follow-up reminders ---------------------------------------------------------------

  /** Paid grants whose follow-up report is overdue (due date passed, nothing filed), without those the user declared jäv in. */
  async overdueFollowUps(callId: number | null, userId: number) {
    const qb = this.db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoin(GrantCall, "c", "c.id = a.callId")
      .where(`a.status = :paid AND ${FOLLOW_UP_DUE} < :today`, { paid: S.PAID, today: stockholmDate() })
      .orderBy(FOLLOW_UP_DUE, "ASC")
      .addOrderBy("a.id", "ASC");
    if (callId) qb.andWhere("a.callId = :callId", { callId });
    withoutJav(qb, userId);
    return qb.getMany();
  }

  /**
   * Reminds every recipient whose follow-up is due within `days` days and not yet filed, once.
   * Safe with several processes: each reminder is claimed by a conditional UPDATE.
   */
  async sendFollowUpReminders(days = 14): Promise<number> {
    const today = stockholmDate();
    const due = await this.db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoin(GrantCall, "c", "c.id = a.callId")
      .where(`a.status = :paid AND a.followUpReminderSentAt IS NULL AND ${FOLLOW_UP_DUE} <= :limit`, { paid: S.PAID, limit: addDays(today, days) })
      .getMany();
    let sent = 0;
    for (const app of due) {
      sent += await this.db.transaction(async (m) => {
        const claim = await m
          .createQueryBuilder()
          .update(GrantApplication)
          .set({ followUpReminderSentAt: new Date() })
          .where("id = :id AND followUpReminderSentAt IS NULL", { id: app.id })
          .execute();
        if (claim.affected !== 1) return 0;
        const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
        const due = app.followUpDueDate ?? call.followUpDueDate;
        const overdue = due < today;
        await this.notifyApplicant(m, app, {
          kind: "grant.follow-up-reminder",
          key: overdue ? "grant.follow-up-overdue" : "grant.follow-up-reminder",
          params: { diarienummer: app.diarienummer ?? "", amount: param.kr(app.grantedAmount ?? 0), title: app.title, due: param.date(due) },
        });
        await audit(m, null, { action: "grantApplication.followUpReminder", entityType: "GrantApplication", entityId: app.id });
        return 1;
      });
    }
    return sent + (await this.sendPartialReportReminders(today, days));
  }

  /**
   * Partial reports of funds used over more than one year, on the same path as the final reports':
   * a reminder when a year's report is due within `days` days and one when it is overdue, each sent
   * once per application, year and kind. The reminder's row is the claim (its key holds the once),
   * written with the notification in one transaction.
   */
  private async sendPartialReportReminders(today: string, days: number): Promise<number> {
    const apps = await this.db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoinAndMapOne("a.call", GrantCall, "c", "c.id = a.callId")
      .where("a.status = :paid AND c.usableUntil IS NOT NULL", { paid: S.PAID })
      .orderBy("a.id", "ASC")
      .getMany();
    if (!apps.length) return 0;
    const ids = apps.map((a) => a.id);
    const [filed, reminded] = await Promise.all([
      this.db.manager.find(GrantPartialReport, { select: { applicationId: true, year: true }, where: { applicationId: In(ids) } }),
      this.db.manager.findBy(GrantPartialReportReminder, { applicationId: In(ids) }),
    ]);
    const due = apps.flatMap((app) => {
      const call = (app as GrantApplication & { call: GrantCall }).call;
      return partialReportYears(call).flatMap((year) => {
        const date = partialReportDueDate(year);
        if (date > addDays(today, days) || filed.some((r) => r.applicationId === app.id && r.year === year)) return [];
        const kind = date < today ? PartialReminderKind.OVERDUE : PartialReminderKind.DUE;
        if (reminded.some((r) => r.applicationId === app.id && r.year === year && r.kind === kind)) return [];
        return [{ app, year, date, kind }];
      });
    });
    let sent = 0;
    for (const { app, year, date, kind } of due) {
      sent += await this.db.transaction(async (m) => {
        const claim = randomUUID();
        await m
          .createQueryBuilder()
          .insert()
          .into(GrantPartialReportReminder)
          .values({ applicationId: app.id, year, kind, claim, sentAt: new Date() })
          .orIgnore()
          .execute();
        const held = await m.findOneBy(GrantPartialReportReminder, { applicationId: app.id, year, kind });
        if (held?.claim !== claim) return 0;
        await this.notifyApplicant(m, app, {
          kind: "grant.partial-report-reminder",
          key: kind === PartialReminderKind.OVERDUE ? "grant.partial-report-overdue" : "grant.partial-report-reminder",
          params: { diarienummer: app.diarienummer ?? "", year, title: app.title, due: param.date(date) },
        });
        await audit(m, null, {
          action: "grantApplication.partialReportReminder",
          entityType: "GrantApplication",
          entityId: app.id,
          after: { year, kind },
        });
        return 1;
      });
    }
    return sent;
  }

  // ---- the yearly summary -------------------------------------------------------------------

  /** Stimulus funds of a year (Tabell 1 of the final report), per organisation and per purpose: Socialstyrelsen's and the analysts'. */
  async stimulusSummary(actor: Actor, year: number, lang: Locale = currentLocale()) {
    if (!can(actor, "grant.read.all")) throw CommonErrors.forbidden();
    if (year < 2000 || year > 2100) {
      const key = year < 2000 ? "grants.yearFrom2000" : "grants.yearBefore2100";
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "year", path: "year", message: fieldMessage(key) }] });
    }
    return stimulusSummary(this.db.manager, year, lang);
  }

  // ---- documents ---------------------------------------------------------------------------

  /** The decision letter of a decided application or a granted requisition, in the reader's language. */
  async decisionLetter(actor: Actor, id: number): Promise<{ pdf: Buffer; filename: string }> {
    const app = await this.application(actor, id);
    if (!app.decidedAt || (!app.outcome && app.grantedAmount == null)) throw GrantErrors.noDecisionLetter();
    const m = this.db.manager;
    const people = [actor.userId, app.decidedById, app.presentedById].filter((x): x is number => x != null);
    const [call, applicant, consultation, users] = await Promise.all([
      m.findOneByOrFail(GrantCall, { id: app.callId }),
      this.orgName(m, app.organisationId),
      m.findOne(ConsultationRequest, { where: { applicationId: app.id }, order: { id: "DESC" } }),
      m.find(User, { where: { id: In(people) }, select: { id: true, name: true, language: true } }),
    ]);
    const nameOf = (userId: number | null) => (userId == null ? null : (users.find((u) => u.id === userId)?.name ?? null));
    const consultationBody = consultation ? await this.orgName(m, consultation.organisationId) : null;
    // Nothing is decided while a consultation is pending, so a decided application with an unanswered one was decided without an opinion.
    const policy = programmePolicy(call);
    const withoutOpinion = policy.requiresConsultation(call) && !!consultation && !consultation.answeredAt;
    const written = await loadContent(contentStore(call), m, app.id);
    const lang = users.find((u) => u.id === actor.userId)?.language ?? currentLocale();
    const conditions = conditionValues(app, call, written);
    const parts = await issuedParagraphs(m, LetterTemplateKind.DECISION_LETTER, { app, call, organisation: applicant, conditions }, lang);
    const pdf = await policy.decisionLetter({
      lang,
      app,
      content: written,
      call,
      applicant,
      consultation,
      consultationBody,
      withoutOpinion,
      heading: policy.letterHeading,
      decidedBy: nameOf(app.decidedById),
      // Decisions made before the presenting officer was recorded: the decision maker presented the case.
      presentedBy: nameOf(app.presentedById ?? app.decidedById),
      decisionText: parts.get(LetterTemplateKind.DECISION_LETTER) ?? [],
      conditionsText: parts.get(LetterTemplateKind.DECISION_CONDITIONS) ?? [],
      appealText: parts.get(LetterTemplateKind.APPEAL_INFORMATION) ?? [],
    });
    return { pdf, filename: `beslut-${(app.diarienummer ?? String(app.id)).replace(/\s+/g, "-")}.pdf` };
  }

  /**
   * The case file (akt) of an application as handed out under offentlighetsprincipen: every
   * version, the completions, the consultation and its opinion, the decision and its letter,
   * payment, follow-up and repayment, the programme's own details and the audit trail, with the
   * list of what to check for confidentiality. Socialstyrelsen's officers only; a draft is the
   * applicant's alone and not found.
   */
  async caseFile(actor: Actor, id: number, readAttachment: (storageName: string) => Promise<Buffer>): Promise<{ zip: Buffer; filename: string }> {
    if (!can(actor, "grant.caseFile.export") || actor.organisationKind !== OrganisationKind.SOCIALSTYRELSEN) throw CommonErrors.forbidden();
    const app = await this.application(actor, id);
    if (app.status === S.DRAFT) throw GrantErrors.applicationNotFound();
    const m = this.db.manager;
    const [call, applicant, versions, requests, auditRows, requisition, jointMembers, ngo, scores, followUp, reader, thread, attachments] = await Promise.all([
      m.findOneByOrFail(GrantCall, { id: app.callId }),
      this.orgName(m, app.organisationId),
      m.find(GrantApplicationVersion, { where: { applicationId: app.id }, order: { version: "ASC" } }),
      m.find(ConsultationRequest, { where: { applicationId: app.id }, order: { id: "ASC" } }),
      m.find(AuditEntry, { where: { entityType: "GrantApplication", entityId: String(app.id) }, order: { occurredAt: "ASC", id: "ASC" } }),
      m.findOneBy(Requisition, { applicationId: app.id }),
      m.findBy(JointRequisitionMember, { applicationId: app.id }),
      m.findOneBy(NgoApplicationDetails, { applicationId: app.id }),
      m.findBy(NgoScore, { applicationId: app.id }),
      m.findOneBy(FundFollowUpDetails, { applicationId: app.id }),
      m.findOne(User, { where: { id: actor.userId }, select: { id: true, name: true, language: true } }),
      m.find(GrantCaseEntry, { where: { applicationId: app.id }, order: { id: "ASC" } }),
      m.find(GrantAttachment, { where: { applicationId: app.id }, order: { id: "ASC" } }),
    ]);
    const bodies = await m.findBy(Organisation, { id: In([...new Set(requests.map((r) => r.organisationId)), -1]) });
    const people = [
      ...auditRows.map((e) => e.actorUserId),
      ...versions.map((v) => v.submittedById),
      ...requests.flatMap((r) => [r.requestedById, r.answeredById]),
      ...scores.map((s) => s.assessorUserId),
      ...thread.map((e) => e.authorId),
      ...attachments.flatMap((a) => [a.uploadedById, a.removedById]),
      app.decidedById,
      app.presentedById,
    ].filter((x): x is number => x != null);
    const users = await m.find(User, { where: { id: In([...new Set(people), -1]) }, select: { id: true, name: true } });
    const names = new Map(users.map((u) => [u.id, u.name]));
    const programme: Record<string, unknown> = {};
    if (requisition) programme.requisition = requisition;
    if (jointMembers.length) programme.jointMembers = jointMembers;
    if (ngo) programme.ngoDetails = ngo;
    if (scores.length)
      programme.scores = scores.map((s) => ({ assessor: names.get(s.assessorUserId) ?? null, score: s.score, comment: s.comment, at: s.createdAt }));
    if (followUp) programme.followUpDetails = followUp;
    if (app.assessmentRecord) programme.assessment = app.assessmentRecord;
    const decided = !!app.decidedAt && (!!app.outcome || app.grantedAmount != null);
    const zip = await renderCaseFile({
      lang: reader?.language ?? currentLocale(),
      app,
      call,
      applicant,
      content: await loadContent(contentStore(call), m, app.id),
      versions,
      consultations: requests.map((r) => Object.assign(r, { body: bodies.find((b) => b.id === r.organisationId)?.name ?? "" })),
      audit: auditRows,
      people: names,
      decisionLetter: decided ? await this.decisionLetter(actor, app.id) : null,
      thread,
      attachments: await Promise.all(attachments.map(async (a) => Object.assign(a, { bytes: a.removedAt ? null : await readAttachment(a.storageName) }))),
      programme,
      compiledBy: reader?.name ?? "",
      compiledAt: new Date(),
    });
    return { zip, filename: `akt-${(app.diarienummer ?? String(app.id)).replace(/\s+/g, "-")}.zip` };
  }

  /** Every submitted application of a call (or only the chosen ones of it), flat, for the CSV export. */
  async exportRows(callId: number, userId: number, only?: number[]) {
    const qb = this.db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoin(Organisation, "o", "o.id = a.organisationId")
      .leftJoin(ConsultationRequest, "c", "c.applicationId = a.id AND c.answeredAt IS NOT NULL")
      .select(["a.diarienummer AS diarienummer", "o.name AS organisation", "a.title AS title", "a.status AS status", "a.requestedAmount AS requestedAmount"])
      .addSelect([
        "a.grantedAmount AS grantedAmount",
        "a.submittedAt AS submittedAt",
        "a.decidedAt AS decidedAt",
        "c.opinion AS opinion",
        "a.usedAmount AS usedAmount",
        "a.repaymentAmount AS repaymentAmount",
      ])
      .where("a.callId = :callId AND a.status <> :draft", { callId, draft: S.DRAFT })
      .andWhere(only ? "a.id IN (:...only)" : "1 = 1", only ? { only: only.length ? only : [-1] } : {})
      .orderBy("a.diarienummer", "ASC");
    const rows = await withoutJav(qb, userId).getRawMany<Record<string, unknown>>();
    const toDate = (v: unknown) => (v == null ? null : v instanceof Date ? v : new Date(String(v).replace(" ", "T") + (String(v).endsWith("Z") ? "" : "Z")));
    const toNum = (v: unknown) => (v == null ? null : Number(v));
    return rows.map((r) => ({
      diarienummer: r.diarienummer as string | null,
      organisation: String(r.organisation),
      title: String(r.title),
      status: r.status as S,
      requestedAmount: Number(r.requestedAmount),
      grantedAmount: toNum(r.grantedAmount),
      submittedAt: toDate(r.submittedAt),
      decidedAt: toDate(r.decidedAt),
      opinion: r.opinion as string | null,
      usedAmount: toNum(r.usedAmount),
      repaymentAmount: toNum(r.repaymentAmount),
    }));
  }

  // ---- helpers -----------------------------------------------------------------------------

  /** One path for simple transitions: load, check, change, save conditionally, audit, notify. */
  private async transition(
    actor: Actor,
    id: number,
    to: S,
    opts: {
      own?: boolean;
      /** The rule that allows the action (the same one `availableActions` asks). */
      guard: A;
      action: string;
      change?: (app: GrantApplication) => void;
      notify?: (m: EntityManager, app: GrantApplication) => Promise<unknown> | undefined;
    },
  ): Promise<GrantApplication> {
    return this.db.transaction(async (m) => {
      const app = opts.own ? await this.ownApplication(actor, id, m) : await this.application(actor, id, m);
      await this.guard(m, actor, opts.guard, app);
      return this.moveTo(m, actor, app, to, opts);
    });
  }

  /**
   * The one way an application changes status, inside the caller's transaction: the machine
   * allows `from → to`, the budget is reserved (when money is granted), the row is saved only if
   * nobody moved it meanwhile, and the audit row and notifications are written with it.
   */
  async moveTo(
    m: EntityManager,
    actor: Actor,
    app: GrantApplication,
    to: S,
    opts: {
      action: string;
      change?: (app: GrantApplication) => void;
      /** Kronor to reserve from the call's budget for this change. */
      reserve?: number;
      notify?: (m: EntityManager, app: GrantApplication) => Promise<unknown> | undefined;
    },
  ): Promise<GrantApplication> {
    machine.assert(app.status, to);
    if (opts.reserve) await reserveBudget(m, app.callId, opts.reserve);
    const before = snapshot(app);
    const from = app.status;
    opts.change?.(app);
    app.status = to;
    await this.saveTransition(m, app, from);
    await audit(m, actor, { action: opts.action, entityType: "GrantApplication", entityId: app.id, before, after: snapshot(app) });
    await opts.notify?.(m, app);
    return app;
  }

  /**
   * Creates an application of a call in the first state its programme's policy gives, with its
   * audit row, inside the caller's transaction. A requisition granted at once reserves its amount.
   */
  async start(
    m: EntityManager,
    actor: Actor,
    call: GrantCall,
    fields: Omit<Partial<GrantApplication>, "status" | "callId">,
    opts: { action: string; joint?: boolean; auditAfter?: Record<string, unknown> },
  ): Promise<GrantApplication> {
    const status = this.firstState(call, { joint: opts.joint });
    const app = m.create(GrantApplication, { ...fields, callId: call.id, status });
    if (status === S.REQUISITIONED) await reserveBudget(m, call.id, app.grantedAmount ?? 0);
    await m.save(app);
    // A requisition granted at once has its decision letter now.
    if (status === S.REQUISITIONED && app.decidedAt) await issueTemplates(m, app.id, call, [LetterTemplateKind.DECISION_LETTER]);
    await audit(m, actor, { action: opts.action, entityType: "GrantApplication", entityId: app.id, after: { ...snapshot(app), ...opts.auditAfter } });
    return app;
  }

  /**
   * Adds to a granted amount (omfördelning), inside the caller's transaction: only in a state
   * that allows it, within the call's budget, in conditional UPDATEs, with its audit row.
   */
  async topUp(m: EntityManager, actor: Actor, id: number, amount: number, action: string): Promise<void> {
    const app = await m.findOneByOrFail(GrantApplication, { id });
    if (!TOP_UP.has(app.status)) throw machine.changedMeanwhile();
    await reserveBudget(m, app.callId, amount);
    const res = await m
      .createQueryBuilder()
      .update(GrantApplication)
      .set({ grantedAmount: () => `grantedAmount + ${Number(amount)}` })
      .where({ id: app.id, status: In([...TOP_UP]) })
      .execute();
    if (res.affected !== 1) throw machine.changedMeanwhile();
    await audit(m, actor, {
      action,
      entityType: "GrantApplication",
      entityId: app.id,
      before: snapshot(app),
      after: { ...snapshot(app), grantedAmount: (app.grantedAmount ?? 0) + amount },
    });
  }

  /** The first state of a new application of the call, as its programme's policy says. */
  private firstState(call: GrantCall, opts?: { joint?: boolean }): S {
    const status = programmePolicy(call).firstState(call, opts);
    if (!INITIAL.has(status)) throw new Error(`An application cannot start as ${status}`);
    return status;
  }

  /** Saves only if nobody moved the application meanwhile (the status is still `from`). */
  private async saveTransition(m: EntityManager, app: GrantApplication, from: S) {
    const { id, createdAt: _c, updatedAt: _u, call: _call, organisationRef: _o, ...changes } = app;
    const res = await m.createQueryBuilder().update(GrantApplication).set(changes).where("id = :id AND status = :from", { id, from }).execute();
    if (res.affected !== 1) throw machine.changedMeanwhile();
  }

  /** What the rules of the actions need to know of an application, read inside the transaction. */
  async actionFacts(m: EntityManager, app: GrantApplication): Promise<GrantApplicationFacts> {
    const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
    const consultations = await m.find(ConsultationRequest, { where: { applicationId: app.id }, order: { id: "ASC" } });
    const jointMembers = await m.findBy(JointRequisitionMember, { applicationId: app.id });
    const ngo = await m.existsBy(NgoApplicationDetails, { applicationId: app.id });
    const scoredOnCriteria = await m.existsBy(AssessmentCriterion, { callId: app.callId });
    const latest = consultations[consultations.length - 1];
    const pendingConsultationBody = latest && !latest.answeredAt ? await this.orgName(m, latest.organisationId) : null;
    return { app, call, consultations, pendingConsultationBody, jointMembers, ngo, scoredOnCriteria };
  }

  /** The most applications one bulk action takes. */
  static readonly BULK_LIMIT = 100;

  /**
   * The applications of a bulk action, each checked by the action's rule before anything is
   * written, in a fixed number of statements however many there are. An id the actor may not
   * see is not found; a refusal names the application and nothing is changed.
   */
  private async checkedForBulk(m: EntityManager, actor: Actor, ids: number[], action: A): Promise<GrantApplicationFacts[]> {
    const unique = [...new Set(ids.map(Number))];
    if (unique.length === 0 || unique.length > GrantService.BULK_LIMIT) {
      throw CommonErrors.invalidInput(undefined, {
        fields: [{ field: "applicationIds", path: "applicationIds", message: fieldMessage("grants.chooseUpTo100", { max: GrantService.BULK_LIMIT }) }],
      });
    }
    const found = await m.findBy(GrantApplication, { id: In(unique.map((id) => id || -1)) });
    const byId = new Map(found.map((a) => [a.id, a]));
    const apps: GrantApplication[] = [];
    for (const id of unique) {
      const app = byId.get(id);
      if (!app || !(await this.visibleAmong(actor, app, m))) throw GrantErrors.applicationNotFound();
      apps.push(app);
    }
    const facts = await this.actionFactsMany(m, apps);
    const now = new Date();
    for (const f of facts) {
      try {
        assertAllowed(action, actor, f, now);
      } catch (err) {
        throw unique.length > 1 && err instanceof AppError && err.extensions.code === "CONFLICT"
          ? GrantErrors.bulkRowRefused(
              { diarienummer: f.app.diarienummer ?? f.app.title, reason: err.message },
              { applicationId: String(f.app.id), reasonKey: err.messageKey },
            )
          : err;
      }
    }
    return facts;
  }

  /** `visible` without a statement for those who read every application (the officers of a bulk action). */
  private visibleAmong(actor: Actor, app: GrantApplication, m: EntityManager): boolean | Promise<boolean> {
    if (app.organisationId === actor.organisationId) return true;
    if (app.status === S.DRAFT) return false;
    return can(actor, "grant.read.all") ? true : this.visible(actor, app, m);
  }

  /** `actionFacts` of many applications in a fixed number of statements. */
  async actionFactsMany(m: EntityManager, apps: GrantApplication[]): Promise<GrantApplicationFacts[]> {
    if (!apps.length) return [];
    const ids = apps.map((a) => a.id);
    const callIds = [...new Set(apps.map((a) => a.callId))];
    const [calls, consultations, jointMembers, ngo, criteria] = await Promise.all([
      m.findBy(GrantCall, { id: In(callIds) }),
      m.find(ConsultationRequest, { where: { applicationId: In(ids) }, order: { id: "ASC" } }),
      m.findBy(JointRequisitionMember, { applicationId: In(ids) }),
      m.find(NgoApplicationDetails, { select: { applicationId: true }, where: { applicationId: In(ids) } }),
      m.find(AssessmentCriterion, { select: { id: true, callId: true }, where: { callId: In(callIds) } }),
    ]);
    const pending = new Map<number, ConsultationRequest>();
    for (const app of apps) {
      const latest = consultations.filter((c) => c.applicationId === app.id).at(-1);
      if (latest && !latest.answeredAt) pending.set(app.id, latest);
    }
    const bodies = pending.size ? await m.findBy(Organisation, { id: In([...new Set([...pending.values()].map((c) => c.organisationId))]) }) : [];
    return apps.map((app) => ({
      app,
      call: calls.find((c) => c.id === app.callId)!,
      consultations: consultations.filter((c) => c.applicationId === app.id),
      pendingConsultationBody: pending.has(app.id) ? (bodies.find((b) => b.id === pending.get(app.id)!.organisationId)?.name ?? "") : null,
      jointMembers: jointMembers.filter((j) => j.applicationId === app.id),
      ngo: ngo.some((n) => n.applicationId === app.id),
      scoredOnCriteria: criteria.some((c) => c.callId === app.callId),
    }));
  }

  /**
   * Moves many applications to one status with the same changes, one UPDATE per status they come
   * from, each only if nobody moved them meanwhile; the machine allows every move first.
   */
  private async moveMany(m: EntityManager, apps: GrantApplication[], to: S, changes: Partial<GrantApplication>) {
    const from = new Map<S, GrantApplication[]>();
    for (const app of apps) {
      machine.assert(app.status, to);
      from.set(app.status, [...(from.get(app.status) ?? []), app]);
    }
    for (const [status, list] of from) {
      const res = await m
        .createQueryBuilder()
        .update(GrantApplication)
        .set({ ...changes, status: to })
        .where({ id: In(list.map((a) => a.id)), status })
        .execute();
      if (res.affected !== list.length) throw machine.changedMeanwhile();
    }
    for (const app of apps) Object.assign(app, changes, { status: to });
  }

  /** Notifies the applicant organisation's people who follow the application in its programme. */
  async notifyApplicantOf(m: EntityManager, app: GrantApplication, call: GrantCall, msg: Omit<Message, "link">) {
    const policy = programmePolicy(call);
    const people = await usersWithAbility(m, { organisationId: app.organisationId }, policy.applicantAbility(call));
    await this.notifications.notify(m, people, { ...msg, link: policy.applicantLink(call, app) });
  }

  /** Refuses unless the action's rule allows it now; returns the facts the rule read. */
  async guard(m: EntityManager, actor: Actor, action: A, app: GrantApplication, now = new Date()): Promise<GrantApplicationFacts> {
    const facts = await this.actionFacts(m, app);
    assertAllowed(action, actor, facts, now);
    return facts;
  }

  private async ownApplication(actor: Actor, id: number, m: EntityManager): Promise<GrantApplication> {
    const app = await m.findOneBy(GrantApplication, { id: Number(id) || -1 });
    if (!app || app.organisationId !== actor.organisationId) throw GrantErrors.applicationNotFound();
    return app;
  }

  /** An application is started only on a call that offers the actor APPLY: eligible, open, and taking applications. */
  assertMayApply(actor: Actor, call: GrantCall) {
    assertCallAllowed(GrantCallAction.APPLY, actor, call);
  }

  /** Refuses a submission that lacks the title, the amount or what the programme's content requires. */
  private assertComplete(app: GrantApplication, c: ApplicationContent, store: ApplicationContentStore) {
    const fields: { field: string; message: FieldMessage }[] = [];
    const need = (ok: boolean, field: string, key: FieldMessageKey) => ok || fields.push({ field, message: fieldMessage(key) });
    const needContent = (ok: boolean, field: keyof ApplicationContent, key: FieldMessageKey) => !store.required.has(field) || need(ok, field, key);
    need(app.title.length >= 3, "title", "grants.enterATitle");
    needContent(c.purpose.length > 0, "purpose", "grants.describeThePurpose");
    needContent(c.plannedActivities.length > 0, "plannedActivities", "grants.describeThePlannedActivities");
    needContent(c.targetGroups.length > 0, "targetGroups", "common.enterTheTargetGroups");
    needContent(!!c.periodStart, "periodStart", "grants.enterWhenThePeriodStarts");
    needContent(!!c.periodEnd, "periodEnd", "grants.enterWhenThePeriodEnds");
    if (c.periodStart && c.periodEnd) need(c.periodEnd >= c.periodStart, "periodEnd", "grants.periodCannotEndBeforeItStarts");
    need(app.requestedAmount > 0, "requestedAmount", "common.enterTheRequestedAmount");
    needContent(c.budgetLines.length > 0, "budgetLines", "common.addAtLeastOneBudgetLine");
    needContent(c.contactName.length > 0, "contactName", "common.enterAContactPerson");
    needContent(c.contactEmail.length > 0, "contactEmail", "grants.enterTheContactPersonEMail");
    needContent(c.purposeCategories.length > 0, "purposeCategories", "grants.chooseAtLeastOnePurpose");
    if (fields.length) throw GrantErrors.incomplete(undefined, { fields: fields.map((f) => ({ ...f, path: `input.${f.field}` })) });
    if (!store.required.has("budgetLines")) return;
    const sum = c.budgetLines.reduce((s, l) => s + l.amount, 0);
    if (sum !== app.requestedAmount) {
      throw GrantErrors.budgetLinesMismatch(
        { sum: formatKronor(sum), requested: formatKronor(app.requestedAmount) },
        {
          fields: [
            {
              field: "budgetLines",
              path: "input.budgetLines",
              message: fieldMessage("grants.sumShouldBe", { sum: formatKronor(sum), requested: formatKronor(app.requestedAmount) }),
            },
          ],
        },
      );
    }
  }

  private grantedAmount(app: GrantApplication, input: DecisionInput): number {
    const invalid = (key: FieldMessageKey, params?: FieldMessageParams) => {
      const reason = fieldMessage(key, params);
      return GrantErrors.grantedAmountInvalid({ reason }, { fields: [{ field: "grantedAmount", path: "input.grantedAmount", message: reason }] });
    };
    switch (input.outcome) {
      case DecisionOutcome.REJECTED:
        if (input.grantedAmount) throw invalid("grants.rejectionGrantsNoAmount");
        return 0;
      case DecisionOutcome.APPROVED:
        if (input.grantedAmount != null && input.grantedAmount !== app.requestedAmount) {
          throw invalid("grants.approvedGetsRequestedAmount", { requested: formatKronor(app.requestedAmount) });
        }
        return app.requestedAmount;
      case DecisionOutcome.PARTIALLY_APPROVED:
        if (input.grantedAmount == null || input.grantedAmount <= 0 || input.grantedAmount >= app.requestedAmount) {
          throw invalid("grants.partialAmountRange", { requested: formatKronor(app.requestedAmount) });
        }
        return input.grantedAmount;
    }
  }

  async orgName(m: EntityManager, id: number) {
    return (await m.findOneBy(Organisation, { id }))?.name ?? "";
  }

  private async applicantsOfKinds(m: EntityManager, call: GrantCall): Promise<Recipient[]> {
    const ability = programmePolicy(call).applicantAbility(call);
    const lists = await Promise.all(call.eligibleKinds.map((kind) => usersWithAbility(m, { organisationKind: kind }, ability)));
    return lists.flat();
  }

  /** Tells Socialstyrelsen's officers of something in the application, except whoever declared jäv in it (their notifications lead to no content of it). */
  async notifyOfficers(m: EntityManager, app: Pick<GrantApplication, "id">, msg: Message & { link: string }) {
    const officers = await usersWithAbility(m, { organisationKind: OrganisationKind.SOCIALSTYRELSEN }, "grant.application.assess");
    const barred = await javUserIds(m, app.id);
    await this.notifications.notify(
      m,
      officers.filter((u) => !barred.has(u.id)),
      msg,
    );
  }

  private async notifyApplicant(m: EntityManager, app: GrantApplication, msg: Omit<Message, "link">) {
    await this.notifyApplicantOf(m, app, await m.findOneByOrFail(GrantCall, { id: app.callId }), msg);
  }

  /** Where the officers open the application: in the portal of its programme. */
  private async officerLink(m: EntityManager, app: GrantApplication): Promise<string> {
    const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
    return programmePolicy(call).officerLink(call, app);
  }
}
