import DataLoader from "dataloader";
import { byKey, groupBy } from "../../graphql/batch";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { type LeanRequest, leanRowsBy } from "../../db/lean-read";
import { APPLICATION_NEEDS, CALL_NEEDS } from "./grant.lean";
import { ConsultationRequest } from "./consultation.entity";
import { GrantApplicationVersion } from "./grant-application-version.entity";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus } from "./grant-application.state-machine";
import { GrantCall } from "./grant-call.entity";
import { User } from "../users/user.entity";
import { AssessmentCriterion, CallReviewer } from "./assessment.entities";
import { GrantPartialReport } from "./partial-report.entity";
import { eligibleReviewers } from "./eligible-reviewers";
import { scoredReviewerIds } from "./assessment-record";
import { usersWithAbility } from "../users/user.service";
import { type ApplicationContent, CONTENT_STORES, emptyContent, type GrantApplicationContentType, programmePolicy } from "./programmes";
import type { RankedDecision } from "./ranked-decision";

export interface CallStatusRow {
  status: GrantApplicationStatus;
  count: number;
  requested: number;
}

/** One loader per kind of content: a list of applications reads each kind it holds in one statement. */
function contentLoaders(db: Database) {
  const entries = Object.entries(CONTENT_STORES).map(([type, store]) => [
    type,
    new DataLoader<number, ApplicationContent>(async (ids) => {
      const found = await store.load(db.manager, ids);
      return ids.map((id) => found.get(id) ?? emptyContent());
    }),
  ]);
  return Object.fromEntries(entries) as Record<GrantApplicationContentType, DataLoader<number, ApplicationContent>>;
}

export function createGrantLoaders(db: Database, lean: LeanRequest) {
  return {
    /** What the applicant wrote, by the kind of content of the application's call (`contentStore`). */
    applicationContent: contentLoaders(db),
    grantCallById: new DataLoader<number, GrantCall | null>(async (ids) =>
      byKey(ids, await leanRowsBy(db.manager, GrantCall, "id", ids, lean, CALL_NEEDS), (c) => c.id),
    ),
    grantApplicationById: new DataLoader<number, GrantApplication | null>(async (ids) =>
      byKey(ids, await leanRowsBy(db.manager, GrantApplication, "id", ids, lean, APPLICATION_NEEDS), (a) => a.id),
    ),
    consultationsByApplicationId: new DataLoader<number, ConsultationRequest[]>(async (ids) =>
      groupBy(ids, await db.manager.find(ConsultationRequest, { where: { applicationId: In([...ids]) }, order: { id: "ASC" } }), (c) => c.applicationId),
    ),
    versionsByApplicationId: new DataLoader<number, GrantApplicationVersion[]>(async (ids) =>
      groupBy(
        ids,
        await db.manager.find(GrantApplicationVersion, { where: { applicationId: In([...ids]) }, order: { version: "ASC" } }),
        (v) => v.applicationId,
      ),
    ),
    /** Delrapporter of funds used over more than one year, by year. */
    partialReportsByApplicationId: new DataLoader<number, GrantPartialReport[]>(async (ids) =>
      groupBy(ids, await db.manager.find(GrantPartialReport, { where: { applicationId: In([...ids]) }, order: { year: "ASC" } }), (r) => r.applicationId),
    ),
    /** The officers of an organisation who assess applications: whom a decision may name as föredragande. */
    presentingOfficersByOrganisationId: new DataLoader<number, User[]>(async (ids) =>
      Promise.all(
        ids.map(async (id) =>
          (await usersWithAbility(db.manager, { organisationId: id }, "grant.application.assess")).sort((a, b) => a.name.localeCompare(b.name, "sv")),
        ),
      ),
    ),
    /** The ranking each call's decisions follow (null where its programme decides in no ranking order), one reading per call. */
    decisionRankingByCallId: new DataLoader<number, RankedDecision[] | null>(async (ids) => {
      const calls = byKey(ids, await db.manager.findBy(GrantCall, { id: In([...ids]) }), (c) => c.id);
      return Promise.all(calls.map((call) => (call ? programmePolicy(call).decisionRanking(db.manager, call) : Promise.resolve(null))));
    }),
    /** The criteria of each call, in order. */
    criteriaByCallId: new DataLoader<number, AssessmentCriterion[]>(async (ids) =>
      groupBy(ids, await db.manager.find(AssessmentCriterion, { where: { callId: In([...ids]) }, order: { position: "ASC" } }), (c) => c.callId),
    ),
    /** The reviewers (bedömare) of each call, by name. */
    /** The officers who may be assigned as reviewers: the same for every call, read once a request. */
    eligibleReviewers: new DataLoader<"all", User[]>(async (keys) => {
      const users = await eligibleReviewers(db.manager);
      return keys.map(() => users);
    }),
    reviewersByCallId: new DataLoader<number, User[]>(async (ids) => {
      const rows = await db.manager.findBy(CallReviewer, { callId: In([...ids]) });
      const users = rows.length ? await db.manager.find(User, { where: { id: In(rows.map((r) => r.userId)) }, select: { id: true, name: true } }) : [];
      return ids.map((id) =>
        rows
          .filter((r) => r.callId === id)
          .map((r) => users.find((u) => u.id === r.userId)!)
          .filter(Boolean)
          .sort((a, b) => a.name.localeCompare(b.name, "sv")),
      );
    }),
    /** Per call, the reviewers who have scored at least one of its applications. */
    scoredReviewersByCallId: new DataLoader<number, Set<number>>(async (ids) => {
      const scored = await scoredReviewerIds(db.manager, ids);
      return ids.map((id) => scored.get(id) ?? new Set());
    }),
    /** Submitted applications per call and status (drafts are the applicants' own business). */
    callStatusRows: new DataLoader<number, CallStatusRow[]>(async (ids) => {
      const rows = await db.manager
        .createQueryBuilder(GrantApplication, "a")
        .select("a.callId", "callId")
        .addSelect("a.status", "status")
        .addSelect("COUNT(*)", "count")
        .addSelect("SUM(a.requestedAmount)", "requested")
        .where({ callId: In([...ids]) })
        .andWhere("a.status <> :draft", { draft: GrantApplicationStatus.DRAFT })
        .groupBy("a.callId")
        .addGroupBy("a.status")
        .getRawMany<{ callId: number; status: GrantApplicationStatus; count: string | number; requested: string | number }>();
      return groupBy(
        ids,
        rows.map((r) => ({ callId: Number(r.callId), status: r.status, count: Number(r.count), requested: Number(r.requested) })),
        (r) => r.callId,
      );
    }),
  };
}
