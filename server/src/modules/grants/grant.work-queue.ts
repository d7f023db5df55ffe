import { reviewQueue } from "./assessment.service";
import { withoutJav } from "./assessment-record";
import { In, type SelectQueryBuilder } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { addDays, stockholmDate } from "../../shared/dates";
import { WorkItemKind, type WorkItems, type WorkQueueProvider } from "../work-queue/work-queue.types";
import { ConsultationRequest } from "./consultation.entity";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationAction as A, type GrantApplicationFacts, grantApplicationRules, statusesReadyFor } from "./grant-application.actions";
import { GrantApplicationStatus as S } from "./grant-application.state-machine";
import { FollowUpReviewStatus as R } from "./follow-up-review.state-machine";
import { programmePolicy } from "./programmes";
import { partialReportDueDate, partialReportYears } from "./multi-year";
import { GrantPartialReport } from "./partial-report.entity";

/** How far ahead a follow-up report shows as due (an overdue one shows until it is filed). */
export const FOLLOW_UP_HORIZON_DAYS = 30;
/** At most this many candidates are read before the action's rule is asked of each; the queue shows the first few. */
const CANDIDATES = 200;

const NONE: WorkItems = { items: [], total: 0 };

/**
 * The stimulus-grant and development-fund applications' part of the start page. Each kind asks for
 * the statuses from which the action is a step of the state machine (`statusesReadyFor`), then
 * keeps the applications on which the action's own rule (the mutation's guard) passes for the actor.
 */
export function grantWorkQueueProviders(db: Database): WorkQueueProvider[] {
  /** Applications in the statuses the action may be taken from, with their calls (and consultations), on which the rule passes. */
  async function ready(actor: Actor, action: A, scope: (qb: SelectQueryBuilder<GrantApplication>) => void, withConsultations = false) {
    const qb = db.manager
      .createQueryBuilder(GrantApplication, "a")
      .innerJoinAndSelect("a.call", "call")
      .innerJoinAndSelect("a.organisationRef", "org")
      // An action that is no step of the machine (a partial report) is scoped by the caller alone.
      .where(statusesReadyFor(action) ? "a.status IN (:...ready)" : "1 = 1", { ready: statusesReadyFor(action) })
      .orderBy("a.id", "ASC")
      .take(CANDIDATES);
    scope(qb);
    withoutJav(qb, actor.userId);
    const apps = await qb.getMany();
    const consultations =
      withConsultations && apps.length
        ? await db.manager.find(ConsultationRequest, { where: { applicationId: In(apps.map((a) => a.id)) }, order: { id: "ASC" } })
        : [];
    const now = new Date();
    return apps.filter((app) => {
      const facts: GrantApplicationFacts = {
        app,
        call: app.call!,
        consultations: consultations.filter((c) => c.applicationId === app.id),
        pendingConsultationBody: null,
        jointMembers: [],
        ngo: false,
        // The queue asks only about deciding, which does not turn on how the call is scored.
        scoredOnCriteria: false,
      };
      return grantApplicationRules[action](actor, facts, now) === null;
    });
  }

  const detail = (app: GrantApplication) => [app.diarienummer, app.organisationRef?.name].filter(Boolean).join(" · ") || null;
  const firstOf = <T>(rows: T[], limit: number, by: (x: T) => string) => {
    const sorted = [...rows].sort((x, y) => by(x).localeCompare(by(y)));
    return { rows: sorted.slice(0, limit), total: rows.length };
  };

  return [
    {
      kind: WorkItemKind.CONSULTATION_TO_ANSWER,
      // Remisser to the actor's organisation that are still unanswered, on applications still in consultation.
      async items(actor, limit) {
        if (!can(actor, "grant.consult")) return NONE;
        const [rows, total] = await db.manager
          .createQueryBuilder(ConsultationRequest, "c")
          .innerJoinAndSelect("c.application", "a")
          .innerJoinAndSelect("a.call", "call")
          .innerJoinAndSelect("a.organisationRef", "org")
          .where("c.organisationId = :own AND c.answeredAt IS NULL", { own: actor.organisationId })
          .andWhere("a.status IN (:...ready)", { ready: statusesReadyFor(A.SUBMIT_OPINION) })
          .orderBy("c.dueDate", "ASC")
          .addOrderBy("c.id", "ASC")
          .take(limit)
          .getManyAndCount();
        return {
          total,
          items: rows.map((c) => ({
            title: c.application!.title,
            detail: detail(c.application!),
            deadline: c.dueDate,
            link: programmePolicy(c.application!.call!).officerLink(c.application!.call!, c.application!),
          })),
        };
      },
    },
    {
      kind: WorkItemKind.APPLICATION_TO_DECIDE,
      // Submitted applications on which a decision may be taken now (consulted, or the consultation period is over).
      async items(actor, limit) {
        if (!can(actor, "grant.decide")) return NONE;
        const apps = await ready(actor, A.DECIDE, () => {}, true);
        const { rows, total } = firstOf(apps, limit, (a) => a.diarienummer ?? "");
        return {
          total,
          items: rows.map((app) => ({ title: app.title, detail: detail(app), deadline: null, link: programmePolicy(app.call!).officerLink(app.call!, app) })),
        };
      },
    },
    {
      kind: WorkItemKind.COMPLETION_REQUESTED,
      // The own organisation's applications that Socialstyrelsen asked to complete.
      async items(actor, limit) {
        const apps = await ready(actor, A.SUBMIT, (qb) =>
          qb.andWhere("a.organisationId = :own AND a.status = :completion", { own: actor.organisationId, completion: S.COMPLETION_REQUESTED }),
        );
        const { rows, total } = firstOf(apps, limit, (a) => a.completionDueDate ?? "");
        return {
          total,
          items: rows.map((app) => ({
            title: app.title,
            detail: detail(app),
            deadline: app.completionDueDate,
            link: programmePolicy(app.call!).applicantLink(app.call!, app),
          })),
        };
      },
    },
    {
      kind: WorkItemKind.FOLLOW_UP_DUE,
      // The own organisation's paid grants whose follow-up report is due soon or overdue.
      async items(actor, limit) {
        const horizon = addDays(stockholmDate(), FOLLOW_UP_HORIZON_DAYS);
        // A report returned for completion at its review is due by the completion's date.
        const due = (a: GrantApplication) => (a.status === S.FOLLOW_UP_COMPLETION ? (a.reviewDueDate ?? "") : a.call!.followUpDueDate);
        const apps = await ready(actor, A.SUBMIT_FOLLOW_UP, (qb) =>
          qb.andWhere("a.organisationId = :own AND (call.followUpDueDate <= :horizon OR a.status = :completion)", {
            own: actor.organisationId,
            horizon,
            completion: S.FOLLOW_UP_COMPLETION,
          }),
        );
        const { rows, total } = firstOf(apps, limit, due);
        return {
          total,
          items: rows.map((app) => ({
            title: app.title,
            detail: detail(app),
            deadline: due(app),
            link: programmePolicy(app.call!).applicantLink(app.call!, app),
          })),
        };
      },
    },
    {
      kind: WorkItemKind.PARTIAL_REPORT_DUE,
      // Funds used over more than one year: the earliest year of the period whose partial report is not filed, when due soon or overdue.
      async items(actor, limit) {
        const horizon = addDays(stockholmDate(), FOLLOW_UP_HORIZON_DAYS);
        const apps = await ready(actor, A.SUBMIT_PARTIAL_REPORT, (qb) =>
          qb.andWhere("a.organisationId = :own AND a.status = :paid AND call.usableUntil IS NOT NULL", { own: actor.organisationId, paid: S.PAID }),
        );
        const filed = apps.length ? await db.manager.findBy(GrantPartialReport, { applicationId: In(apps.map((a) => a.id)) }) : [];
        const due = apps.flatMap((app) => {
          const year = partialReportYears(app.call!).find((y) => !filed.some((r) => r.applicationId === app.id && r.year === y));
          return year != null && partialReportDueDate(year) <= horizon ? [{ app, year, deadline: partialReportDueDate(year) }] : [];
        });
        const { rows, total } = firstOf(due, limit, (x) => x.deadline);
        return {
          total,
          items: rows.map(({ app, year, deadline }) => ({
            title: app.title,
            detail: [detail(app), String(year)].filter(Boolean).join(" · "),
            deadline,
            link: programmePolicy(app.call!).applicantLink(app.call!, app),
          })),
        };
      },
    },
    {
      kind: WorkItemKind.FOLLOW_UP_TO_REVIEW,
      // Granskning: follow-up reports (and their completions) waiting for review, the earliest due first.
      async items(actor, limit) {
        if (!can(actor, "grant.application.assess")) return NONE;
        const [rows, total] = await withoutJav(
          db.manager
            .createQueryBuilder(GrantApplication, "a")
            .innerJoinAndSelect("a.call", "call")
            .innerJoinAndSelect("a.organisationRef", "org")
            .where("a.followUpReview = :waiting", { waiting: R.AWAITING_REVIEW }),
          actor.userId,
        )
          .addSelect("COALESCE(a.followUpDueDate, call.followUpDueDate)", "due")
          .orderBy("due", "ASC")
          .addOrderBy("a.followUpSubmittedAt", "ASC")
          .addOrderBy("a.id", "ASC")
          // Each application has one call and one organisation: a plain LIMIT bounds the rows.
          .limit(limit)
          .getManyAndCount();
        return {
          total,
          items: rows.map((app) => ({
            title: app.title,
            detail: detail(app),
            deadline: app.followUpDueDate ?? app.call!.followUpDueDate,
            link: programmePolicy(app.call!).officerLink(app.call!, app),
          })),
        };
      },
    },
    {
      kind: WorkItemKind.APPLICATION_TO_ASSESS,
      // Ansökningar att bedöma: the reviewer's applications not yet scored nor declared jäv in, the newest first.
      async items(actor, limit) {
        if (!can(actor, "grant.application.assess")) return NONE;
        const [rows, total] = await reviewQueue(db.manager, actor.userId, true).leftJoinAndSelect("a.call", "call").take(limit).getManyAndCount();
        return {
          total,
          items: rows.map((app) => ({ title: app.title, detail: app.diarienummer, deadline: null, link: programmePolicy(app.call!).reviewQueueLink })),
        };
      },
    },
  ];
}
