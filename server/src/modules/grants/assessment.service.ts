import { type EntityManager, In, Not } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit, auditMany } from "../../shared/audit";
import { CommonErrors } from "../../shared/errors";
import { fieldMessage } from "../../shared/field-messages";
import { formatKronor } from "../../shared/dates";
import type { PageArgs } from "../../shared/pagination";
import type { NotificationService } from "../notifications/notification.service";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { reviewStanding, scoredReviewerIds, withoutJav } from "./assessment-record";
import { eligibleReviewers } from "./eligible-reviewers";
import { ApplicationReview, AssessmentCriterion, CallReviewer, DecisionProposal } from "./assessment.entities";
import { AssessmentErrors } from "./assessment.errors";
import type { AssessmentCriterionInput, DecisionProposalInput, ImpartialityInput, ReviewScoreInput } from "./assessment.inputs";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus as S, grantApplicationMachine } from "./grant-application.state-machine";
import { GrantCall } from "./grant-call.entity";
import { GrantErrors } from "./grant.errors";
import type { GrantService } from "./grant.service";
import { programmePolicy } from "./programmes";
import { ReviewAction, type ReviewFacts, assertReviewAllowed, assessable, reviewerRemovalRefusal } from "./review.actions";
import { ReviewStatus as V, reviewMachine } from "./review.state-machine";

/** One reviewer's view of one application: enough to judge jäv (title, applicant, call), and their own part. */
export interface ReviewTaskRow {
  app: GrantApplication;
  callTitle: string;
  applicantName: string;
  /** Where the application opens in the web app: its programme's officer link. */
  link: string;
  facts: ReviewFacts;
  review: ApplicationReview | null;
}

/**
 * The applications of the calls the user reviews, newest first, leaving out those the user declared
 * jäv in (withoutJav); with `pendingOnly`, those still waiting for a decision that the user has not scored.
 */
export function reviewQueue(m: EntityManager, userId: number, pendingOnly: boolean) {
  const qb = m
    .createQueryBuilder(GrantApplication, "a")
    .innerJoin(CallReviewer, "cr", "cr.callId = a.callId AND cr.userId = :me", { me: userId })
    .where("a.status NOT IN (:...gone)", { gone: [S.DRAFT, S.WITHDRAWN] })
    .orderBy("a.submittedAt", "DESC")
    .addOrderBy("a.id", "DESC");
  withoutJav(qb, userId);
  if (pendingOnly) {
    qb.andWhere("a.status IN (:...open)", { open: grantApplicationMachine.sources(S.APPROVED) }).andWhere(
      "NOT EXISTS (SELECT 1 FROM application_review r WHERE r.applicationId = a.id AND r.reviewerUserId = :me2 AND r.status IN (:...done))",
      { me2: userId, done: [V.SCORED] },
    );
  }
  return qb;
}

/** A reviewer of a call as the officer sees it: whether the rule of reviewerRemovalRefusal lets the viewer remove them now. */
export interface AssignedReviewerRow {
  id: number;
  name: string;
  canRemove: boolean;
}

/** The call's reviewers by name, given who of them has scored in the call. */
export function assignedReviewers(actor: Actor, users: Pick<User, "id" | "name">[], scored: ReadonlySet<number>): AssignedReviewerRow[] {
  return users
    .map((u) => ({ id: u.id, name: u.name, canRemove: !reviewerRemovalRefusal(actor, scored.has(u.id) ? [V.SCORED] : []) }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

/** The most criteria and reviewers a call has (LIST_BOUNDS in graphql/limits.ts). */
export const MAX_CRITERIA = 20;
export const MAX_REVIEWERS = 20;

const invalid = (field: string, key: Parameters<typeof fieldMessage>[0], params?: Record<string, string | number>) =>
  CommonErrors.invalidInput(undefined, { fields: [{ field, path: `input.${field}`, message: fieldMessage(key, params) }] });

/**
 * Assessment by several reviewers (bedömare) on a call's criteria, for the calls whose programme's
 * policy has it: an authorised officer names the criteria and assigns reviewers; each reviewer
 * declares whether they are disqualified by jäv before the application opens, then scores it.
 * The officer's proposal (förslag till beslut) sits beside the scores; the decision records who took part.
 */
export class AssessmentService {
  constructor(
    private readonly db: Database,
    private readonly grants: GrantService,
    private readonly notifications: NotificationService,
  ) {}

  private async assessedCall(m: EntityManager, callId: number): Promise<GrantCall> {
    const call = await m.findOneBy(GrantCall, { id: Number(callId) || -1 });
    if (!call) throw GrantErrors.callNotFound();
    if (!programmePolicy(call).assessedByReviewers(call)) throw AssessmentErrors.notAssessedByReviewers();
    return call;
  }

  criteria(callId: number, m: EntityManager = this.db.manager): Promise<AssessmentCriterion[]> {
    return m.find(AssessmentCriterion, { where: { callId }, order: { position: "ASC" } });
  }

  /** The call's reviewers, by name, each with whether the actor may remove them now. */
  async reviewers(actor: Actor, callId: number): Promise<AssignedReviewerRow[]> {
    const m = this.db.manager;
    const rows = await m.findBy(CallReviewer, { callId });
    if (!rows.length) return [];
    const [users, scored] = await Promise.all([
      m.find(User, { where: { id: In(rows.map((r) => r.userId)) }, select: { id: true, name: true } }),
      scoredReviewerIds(m, [callId]),
    ]);
    return assignedReviewers(actor, users, scored.get(callId) ?? new Set());
  }

  /** Replaces the call's criteria, while nobody has scored on them. */
  async setCriteria(actor: Actor, callId: number, input: AssessmentCriterionInput[]): Promise<AssessmentCriterion[]> {
    if (!input.length) throw invalid("criteria", "assessment.addACriterion");
    if (input.length > MAX_CRITERIA) throw AssessmentErrors.tooManyCriteria({ max: MAX_CRITERIA });
    return this.db.transaction(async (m) => {
      const call = await this.assessedCall(m, callId);
      const scored = await m
        .createQueryBuilder(ApplicationReview, "r")
        .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
        .where("a.callId = :call AND r.status = :scored", { call: call.id, scored: V.SCORED })
        .getExists();
      if (scored) throw AssessmentErrors.criteriaFixed();
      const before = await this.criteria(call.id, m);
      await m.delete(AssessmentCriterion, { callId: call.id });
      await m.insert(
        AssessmentCriterion,
        input.map((c, i) => ({ callId: call.id, position: i + 1, name: c.name.trim(), nameEn: c.nameEn?.trim() || null, maxPoints: c.maxPoints })),
      );
      const after = await this.criteria(call.id, m);
      const summary = (list: AssessmentCriterion[]) => list.map((c) => ({ name: c.name, nameEn: c.nameEn, maxPoints: c.maxPoints }));
      await audit(m, actor, { action: "assessment.criteria", entityType: "GrantCall", entityId: call.id, before: summary(before), after: summary(after) });
      return after;
    });
  }

  /** Assigns reviewers to the call (those already assigned stay); each new one is told, in the same transaction. */
  async assignReviewers(actor: Actor, callId: number, userIds: string[]): Promise<AssignedReviewerRow[]> {
    await this.db.transaction(async (m) => {
      const call = await this.assessedCall(m, callId);
      const eligible = await eligibleReviewers(m);
      const chosen = [...new Set(userIds.map(Number))];
      const users = chosen.map((id) => eligible.find((u) => u.id === id));
      if (users.some((u) => !u)) throw AssessmentErrors.reviewerNotEligible();
      const already = new Set((await m.findBy(CallReviewer, { callId: call.id })).map((r) => r.userId));
      const added = users.filter((u): u is User => !!u && !already.has(u.id));
      if (already.size + added.length > MAX_REVIEWERS) throw AssessmentErrors.tooManyReviewers({ max: MAX_REVIEWERS });
      if (!added.length) return;
      // One removed before and assigned again starts afresh (a declared jäv stays as it was).
      const again = await m
        .createQueryBuilder(ApplicationReview, "r")
        .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
        .where("a.callId = :call AND r.reviewerUserId IN (:...users) AND r.status = :removed", {
          call: call.id,
          users: added.map((u) => u.id),
          removed: V.REMOVED,
        })
        .getMany();
      for (const r of again) await m.delete(ApplicationReview, { applicationId: r.applicationId, reviewerUserId: r.reviewerUserId, status: V.REMOVED });
      await m.insert(
        CallReviewer,
        added.map((u) => ({ callId: call.id, userId: u.id, assignedById: actor.userId })),
      );
      await auditMany(
        m,
        actor,
        added.map((u) => ({
          action: "assessment.assignReviewer",
          entityType: "GrantCall",
          entityId: call.id,
          after: { reviewerUserId: u.id, status: V.ASSIGNED },
        })),
      );
      await this.notifications.notify(m, added, { kind: "assessment.assigned", params: { call: call.title }, link: programmePolicy(call).reviewQueueLink });
    });
    return this.reviewers(actor, callId);
  }

  /**
   * Removes a reviewer from the call while they have scored none of its applications: their part in
   * each application becomes REMOVED (a declared jäv stays recorded), audited, and they are told, in
   * one transaction. Once they have scored, refused with CONFLICT: the scores stay with the decision.
   */
  async removeReviewer(actor: Actor, callId: number, userId: number): Promise<AssignedReviewerRow[]> {
    await this.db.transaction(async (m) => {
      const call = await this.assessedCall(m, callId);
      const assigned = await this.lockedAssignment(m, call.id, Number(userId) || -1);
      if (!assigned) throw AssessmentErrors.notAReviewerOfTheCall();
      const reviews = await m
        .createQueryBuilder(ApplicationReview, "r")
        .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
        .where("a.callId = :call AND r.reviewerUserId = :user", { call: call.id, user: assigned.userId })
        .getMany();
      const refusal = reviewerRemovalRefusal(
        actor,
        reviews.map((r) => r.status),
      );
      if (refusal) throw refusal;
      const open = reviews.filter((r) => r.status !== V.DISQUALIFIED);
      for (const r of open) reviewMachine.assert(r.status, V.REMOVED);
      if (open.length) {
        const changed = await m.update(
          ApplicationReview,
          { applicationId: In(open.map((r) => r.applicationId)), reviewerUserId: assigned.userId, status: V.IMPARTIAL },
          { status: V.REMOVED },
        );
        if (changed.affected !== open.length) throw reviewMachine.changedMeanwhile();
      }
      const removed = await m.delete(CallReviewer, { callId: call.id, userId: assigned.userId });
      if (!removed.affected) throw reviewMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "assessment.removeReviewer",
        entityType: "GrantCall",
        entityId: call.id,
        before: { reviewerUserId: assigned.userId, impartialIn: open.map((r) => r.applicationId) },
        after: { reviewerUserId: assigned.userId, status: V.REMOVED },
      });
      const reviewer = await m.findOneOrFail(User, { where: { id: assigned.userId } });
      await this.notifications.notify(m, [reviewer], { kind: "assessment.removed", params: { call: call.title }, link: programmePolicy(call).reviewQueueLink });
    });
    return this.reviewers(actor, callId);
  }

  private async facts(m: EntityManager, actor: Actor, app: GrantApplication): Promise<{ facts: ReviewFacts; review: ApplicationReview | null }> {
    const [standing, criteria] = await Promise.all([reviewStanding(m, app, actor.userId), m.countBy(AssessmentCriterion, { callId: app.callId })]);
    return { facts: { app, assigned: standing.assigned, status: standing.status, criteria }, review: standing.review };
  }

  /** An application of a call the actor reviews, found without the jäv check (the reviewer must see what to declare on). */
  private async reviewedApplication(m: EntityManager, actor: Actor, applicationId: number): Promise<GrantApplication> {
    const app = await m.findOneBy(GrantApplication, { id: Number(applicationId) || -1 });
    if (!app || app.status === S.DRAFT || !(await this.lockedAssignment(m, app.callId, actor.userId))) throw AssessmentErrors.notAReviewer();
    return app;
  }

  /**
   * The reviewer's assignment to the call; inside a transaction on MySQL, its row locked for the rest
   * of it (SQLite runs one writer at a time): a removal and a declaration or scoring by the same reviewer
   * take the same row first, so a removal never leaves a part declared or scored meanwhile.
   */
  private async lockedAssignment(m: EntityManager, callId: number, userId: number): Promise<CallReviewer | null> {
    const qb = m.createQueryBuilder(CallReviewer, "cr").where("cr.callId = :callId AND cr.userId = :userId", { callId, userId });
    if (this.db.kind === "mysql" && m.queryRunner?.isTransactionActive) qb.setLock("pessimistic_write");
    return qb.getOne();
  }

  private async rows(m: EntityManager, actor: Actor, apps: GrantApplication[]): Promise<ReviewTaskRow[]> {
    if (!apps.length) return [];
    const [calls, orgs, reviews, criteria] = await Promise.all([
      m.findBy(GrantCall, { id: In([...new Set(apps.map((a) => a.callId))]) }),
      m.find(Organisation, { where: { id: In([...new Set(apps.map((a) => a.organisationId))]) }, select: { id: true, name: true } }),
      m.findBy(ApplicationReview, { applicationId: In(apps.map((a) => a.id)), reviewerUserId: actor.userId }),
      m.find(AssessmentCriterion, { where: { callId: In([...new Set(apps.map((a) => a.callId))]) }, select: { id: true, callId: true } }),
    ]);
    return apps.map((app) => {
      const review = reviews.find((r) => r.applicationId === app.id) ?? null;
      const call = calls.find((c) => c.id === app.callId)!;
      return {
        app,
        callTitle: call.title,
        link: programmePolicy(call).officerLink(call, app),
        applicantName: orgs.find((o) => o.id === app.organisationId)?.name ?? "",
        review,
        facts: { app, assigned: true, status: review?.status ?? V.ASSIGNED, criteria: criteria.filter((c) => c.callId === app.callId).length },
      };
    });
  }

  /** The applications the actor is to assess (submitted ones of the calls they review), newest first. */
  async myReviews(actor: Actor, page: PageArgs, pendingOnly = false): Promise<{ items: ReviewTaskRow[]; total: number }> {
    const m = this.db.manager;
    const [apps, total] = await reviewQueue(m, actor.userId, pendingOnly).skip(page.offset).take(page.limit).getManyAndCount();
    return { items: await this.rows(m, actor, apps), total };
  }

  /** One application as the reviewer sees it before and after declaring. */
  async myReview(actor: Actor, applicationId: number): Promise<ReviewTaskRow> {
    const m = this.db.manager;
    const app = await this.reviewedApplication(m, actor, applicationId);
    return (await this.rows(m, actor, [app]))[0];
  }

  /** The declaration on jäv: ASSIGNED → IMPARTIAL or DISQUALIFIED, audited in the same transaction. */
  async declare(actor: Actor, applicationId: number, input: ImpartialityInput): Promise<ReviewTaskRow> {
    const reason = input.reason?.trim() ?? "";
    if (input.disqualified && !reason) throw invalid("reason", "assessment.giveTheReasonForJav");
    await this.db.transaction(async (m) => {
      const app = await this.reviewedApplication(m, actor, applicationId);
      const { facts } = await this.facts(m, actor, app);
      assertReviewAllowed(ReviewAction.DECLARE, actor, facts);
      const to = input.disqualified ? V.DISQUALIFIED : V.IMPARTIAL;
      reviewMachine.assert(facts.status, to);
      await m.insert(ApplicationReview, {
        applicationId: app.id,
        reviewerUserId: actor.userId,
        status: to,
        declaredAt: new Date(),
        disqualificationReason: input.disqualified ? reason : null,
        scores: [],
        total: null,
        comment: null,
        scoredAt: null,
      });
      await audit(m, actor, {
        action: input.disqualified ? "assessment.declareDisqualified" : "assessment.declareImpartial",
        entityType: "GrantApplication",
        entityId: app.id,
        before: { reviewStatus: facts.status },
        after: { reviewStatus: to, ...(input.disqualified ? { reason } : {}) },
      });
    });
    return this.myReview(actor, applicationId);
  }

  /** Scores on every criterion of the call, within its maximum: IMPARTIAL (or SCORED) → SCORED, audited. */
  async score(actor: Actor, applicationId: number, input: ReviewScoreInput): Promise<ReviewTaskRow> {
    await this.db.transaction(async (m) => {
      const app = await this.reviewedApplication(m, actor, applicationId);
      const { facts, review } = await this.facts(m, actor, app);
      assertReviewAllowed(ReviewAction.SCORE, actor, facts);
      const criteria = await this.criteria(app.callId, m);
      const given = new Map(input.scores.map((s) => [Number(s.criterionId), s.points]));
      if (criteria.some((c) => !given.has(c.id)) || given.size !== criteria.length) throw invalid("scores", "assessment.scoreEveryCriterion");
      criteria.forEach((c, i) => {
        const points = given.get(c.id)!;
        if (points < 0 || points > c.maxPoints)
          throw CommonErrors.invalidInput(undefined, {
            fields: [{ field: "scores", path: `input.scores.${i}.points`, message: fieldMessage("assessment.pointsRange", { max: c.maxPoints }) }],
          });
      });
      const scores = criteria.map((c) => ({ criterionId: c.id, points: given.get(c.id)! }));
      const total = scores.reduce((s, x) => s + x.points, 0);
      const changed = await m.update(
        ApplicationReview,
        { applicationId: app.id, reviewerUserId: actor.userId, status: facts.status },
        { status: V.SCORED, scores, total, comment: input.comment.trim(), scoredAt: new Date() },
      );
      if (!changed.affected) throw reviewMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "assessment.score",
        entityType: "GrantApplication",
        entityId: app.id,
        before: { reviewStatus: facts.status, total: review?.total ?? null },
        after: { reviewStatus: V.SCORED, total, scores },
      });
    });
    return this.myReview(actor, applicationId);
  }

  /**
   * The decision view of an application's assessment: the criteria, every reviewer's status and
   * scores side by side, and the officer's proposal. Whoever declared jäv (or has not declared) is refused; removed reviewers are absent.
   */
  async assessment(actor: Actor, applicationId: number) {
    const app = await this.grants.application(actor, applicationId);
    const m = this.db.manager;
    const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
    if (!programmePolicy(call).assessedByReviewers(call)) throw AssessmentErrors.notAssessedByReviewers();
    const [criteria, assigned, reviews, proposal] = await Promise.all([
      this.criteria(call.id, m),
      m.findBy(CallReviewer, { callId: call.id }),
      m.findBy(ApplicationReview, { applicationId: app.id, status: Not(V.REMOVED) }),
      m.findOneBy(DecisionProposal, { applicationId: app.id }),
    ]);
    const people = [...new Set([...assigned.map((r) => r.userId), ...reviews.map((r) => r.reviewerUserId), proposal?.proposedById ?? -1])];
    const users = await m.find(User, { where: { id: In(people) }, select: { id: true, name: true } });
    const name = (id: number) => users.find((u) => u.id === id)?.name ?? "";
    const rows = people
      .filter((id) => assigned.some((r) => r.userId === id) || reviews.some((r) => r.reviewerUserId === id))
      .map((id) => {
        const r = reviews.find((x) => x.reviewerUserId === id);
        const scored = r?.status === V.SCORED;
        return {
          reviewerId: id,
          reviewerName: name(id),
          status: r?.status ?? V.ASSIGNED,
          scores: scored ? r.scores : [],
          total: scored ? r.total : null,
          comment: scored ? r.comment : null,
        };
      })
      .sort((x, y) => x.reviewerName.localeCompare(y.reviewerName, "sv"));
    const totals = rows.filter((r) => r.total != null).map((r) => r.total!);
    return {
      applicationId: app.id,
      criteria,
      reviews: rows,
      averageTotal: totals.length ? totals.reduce((s, x) => s + x, 0) / totals.length : null,
      maxTotal: criteria.reduce((s, c) => s + c.maxPoints, 0),
      proposal: proposal ? Object.assign(proposal, { proposedByName: name(proposal.proposedById) }) : null,
    };
  }

  /** The officer's proposal for a decision, while the application waits for one; audited. */
  async propose(actor: Actor, applicationId: number, input: DecisionProposalInput) {
    await this.db.transaction(async (m) => {
      const app = await this.grants.application(actor, applicationId, m);
      const call = await m.findOneByOrFail(GrantCall, { id: app.callId });
      if (!programmePolicy(call).assessedByReviewers(call)) throw AssessmentErrors.notAssessedByReviewers();
      const refusal = assessable(app);
      if (refusal) throw refusal;
      if (input.outcome === "PARTIALLY_APPROVED" && (!input.amount || input.amount >= app.requestedAmount))
        throw invalid("amount", "grants.partialAmountRange", { requested: formatKronor(app.requestedAmount) });
      const before = await m.findOneBy(DecisionProposal, { applicationId: app.id });
      const row = {
        applicationId: app.id,
        outcome: input.outcome,
        amount: input.outcome === "REJECTED" ? 0 : input.outcome === "APPROVED" ? app.requestedAmount : (input.amount ?? null),
        motivation: input.motivation.trim(),
        proposedById: actor.userId,
        proposedAt: new Date(),
      };
      if (before) await m.update(DecisionProposal, { applicationId: app.id }, row);
      else await m.insert(DecisionProposal, row);
      await audit(m, actor, {
        action: "assessment.propose",
        entityType: "GrantApplication",
        entityId: app.id,
        before: before ? { outcome: before.outcome, amount: before.amount } : null,
        after: { outcome: row.outcome, amount: row.amount },
      });
    });
    return this.assessment(actor, applicationId);
  }
}
