import { type EntityManager, In } from "typeorm";
import { User } from "../users/user.entity";
import { ApplicationReview, AssessmentCriterion, type AssessmentRecord, CallReviewer } from "./assessment.entities";
import { AssessmentErrors } from "./assessment.errors";
import type { GrantApplication } from "./grant-application.entity";
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
