import { type EntityManager, In, type SelectQueryBuilder } from "typeorm";
import { User } from "../users/user.entity";
import { ApplicationReview, AssessmentCriterion, type AssessmentRecord, CallReviewer } from "./assessment.entities";
import { AssessmentErrors } from "./assessment.errors";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus as S } from "./grant-application.state-machine";
import type { GrantCall } from "./grant-call.entity";
import { programmePolicy } from "./programmes";
import { ReviewStatus } from "./review.state-machine";

/** A person's part in an application's assessment: whether assigned to its call, and the declared status (ASSIGNED before any). */
export async function reviewStanding(m: EntityManager, app: Pick<GrantApplication, "id" | "callId">, userId: number) {
  const [assigned, review] = await Promise.all([
    m.existsBy(CallReviewer, { callId: app.callId, userId }),
    m.findOneBy(ApplicationReview, { applicationId: app.id, reviewerUserId: userId }),
  ]);
  return { assigned, review, status: review?.status ?? ReviewStatus.ASSIGNED };
}

/**
 * Leaves out of a list of applications (alias `a` unless given) those the user declared jäv in: a
 * person with jäv sees nothing of the application, in no list, search, ranking or queue
 * (förvaltningslagen 16–18 §§). One rule for every list, so counts and rows agree. A reviewer who has
 * not declared yet still finds the application listed (title and applicant are what jäv is judged
 * on); its content opens only after declaring (assertNotBarredByJav).
 */
export function withoutJav<T extends object>(qb: SelectQueryBuilder<T>, userId: number, alias = "a"): SelectQueryBuilder<T> {
  return qb.andWhere(
    `NOT EXISTS (SELECT 1 FROM application_review jav WHERE jav.applicationId = ${alias}.id AND jav.reviewerUserId = :javUser AND jav.status = :javStatus)`,
    { javUser: userId, javStatus: ReviewStatus.DISQUALIFIED },
  );
}

/** The applications among `ids` the user declared jäv in (for lists read otherwise than by a query builder). */
export async function javApplicationIds(m: EntityManager, userId: number, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await m.find(ApplicationReview, {
    where: { applicationId: In(ids), reviewerUserId: userId, status: ReviewStatus.DISQUALIFIED },
    select: { applicationId: true },
  });
  return new Set(rows.map((r) => r.applicationId));
}

/** Who declared jäv in the application (left out of the officers told of it). */
export async function javUserIds(m: EntityManager, applicationId: number): Promise<Set<number>> {
  const rows = await m.find(ApplicationReview, { where: { applicationId, status: ReviewStatus.DISQUALIFIED }, select: { reviewerUserId: true } });
  return new Set(rows.map((r) => r.reviewerUserId));
}

/**
 * Jäv (förvaltningslagen 16–18 §§): a reviewer who declared a conflict of interest sees nothing of
 * the application and takes no part; a reviewer of the call who has not declared yet sees it only
 * after declaring. Everyone else is as they were.
 */
export async function assertNotBarredByJav(m: EntityManager, userId: number, app: Pick<GrantApplication, "id" | "callId" | "status">): Promise<void> {
  if (app.status === S.DRAFT) return;
  const { assigned, review } = await reviewStanding(m, app, userId);
  if (review?.status === ReviewStatus.DISQUALIFIED) throw AssessmentErrors.disqualified();
  if (assigned && !review) throw AssessmentErrors.declareFirst();
}

/** Per call, the reviewers who have scored at least one of its applications (and so can no longer be removed). */
export async function scoredReviewerIds(m: EntityManager, callIds: readonly number[]): Promise<Map<number, Set<number>>> {
  const rows: { callId: number | string; userId: number | string }[] = callIds.length
    ? await m
        .createQueryBuilder(ApplicationReview, "r")
        .innerJoin(GrantApplication, "a", "a.id = r.applicationId")
        .select("a.callId", "callId")
        .addSelect("r.reviewerUserId", "userId")
        .where("a.callId IN (:...calls) AND r.status = :scored", { calls: [...callIds], scored: ReviewStatus.SCORED })
        .groupBy("a.callId")
        .addGroupBy("r.reviewerUserId")
        .getRawMany()
    : [];
  const byCall = new Map(callIds.map((id) => [id, new Set<number>()]));
  for (const r of rows) byCall.get(Number(r.callId))?.add(Number(r.userId));
  return byCall;
}

/**
 * What a decision records of the assessment: who scored (and with what total), who declared jäv, and
 * that none of those took part. Null where the call is not assessed by reviewers or has none.
 * Refuses a presenting officer who declared jäv (the decision maker never gets this far).
 */
export async function decisionAssessmentRecord(
  m: EntityManager,
  call: GrantCall,
  app: Pick<GrantApplication, "id">,
  takingPart: number[],
): Promise<AssessmentRecord | null> {
  if (!programmePolicy(call).assessedByReviewers(call)) return null;
  if (!(await m.existsBy(CallReviewer, { callId: call.id }))) return null;
  const reviews = await m.findBy(ApplicationReview, { applicationId: app.id });
  const disqualified = reviews.filter((r) => r.status === ReviewStatus.DISQUALIFIED);
  if (disqualified.some((r) => takingPart.includes(r.reviewerUserId))) throw AssessmentErrors.presenterDisqualified();
  const scored = reviews.filter((r) => r.status === ReviewStatus.SCORED);
  const users = await m.find(User, { where: { id: In([...reviews.map((r) => r.reviewerUserId), -1]) }, select: { id: true, name: true } });
  const name = (id: number) => users.find((u) => u.id === id)?.name ?? "";
  return {
    participants: scored.map((r) => ({ userId: r.reviewerUserId, name: name(r.reviewerUserId), total: r.total ?? 0 })),
    disqualified: disqualified.map((r) => ({ userId: r.reviewerUserId, name: name(r.reviewerUserId) })),
    noneDisqualifiedTookPart: true,
  };
}

/**
 * The totals of the reviewers who took part (declared no jäv and scored), per application; null
 * when the call has no criteria, so its applications are scored the older way.
 */
export async function participatingTotals(m: EntityManager, callId: number, applicationIds: number[]): Promise<Map<number, number[]> | null> {
  if (!(await m.existsBy(AssessmentCriterion, { callId }))) return null;
  const reviews = applicationIds.length ? await m.findBy(ApplicationReview, { applicationId: In(applicationIds), status: ReviewStatus.SCORED }) : [];
  const totals = new Map<number, number[]>();
  for (const r of reviews) totals.set(r.applicationId, [...(totals.get(r.applicationId) ?? []), r.total ?? 0]);
  return totals;
}
