import { type EntityManager, In } from "typeorm";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplicationStatus as S } from "../grants/grant-application.state-machine";
import { NgoApplicationDetails, NgoScore } from "./development-fund.entities";
import { rankCandidates } from "./ranking";
import { javApplicationIds, participatingTotals } from "../grants/assessment-record";

/**
 * The submitted applications of an NGO call in ranking order, with their scores and details. The
 * average is the mean of the participating reviewers' totals on the call's criteria, or, for a call
 * without criteria, the mean of the assessors' scores. With `viewerId`, the rows that viewer declared
 * jäv in are left out (the others keep their rank, which the decisions follow).
 */
export async function loadNgoRanking(m: EntityManager, callId: number, viewerId?: number) {
  const apps = await m.find(GrantApplication, { where: { callId }, order: { submittedAt: "ASC" } });
  const submitted = apps.filter((a) => a.status !== S.DRAFT && a.status !== S.WITHDRAWN);
  if (!submitted.length) return [];
  const ids = submitted.map((a) => a.id);
  const [scores, details, totals] = await Promise.all([
    m.findBy(NgoScore, { applicationId: In(ids) }),
    m.findBy(NgoApplicationDetails, { applicationId: In(ids) }),
    participatingTotals(m, callId, ids),
  ]);
  const ranked = rankCandidates(
    submitted.map((a) => {
      const own = totals ? (totals.get(a.id) ?? []).map((score) => ({ score })) : scores.filter((s) => s.applicationId === a.id);
      const ngo = details.find((d) => d.applicationId === a.id) ?? null;
      return {
        application: a,
        details: ngo,
        scores: own.length,
        averageScore: own.length ? own.reduce((s, x) => s + x.score, 0) / own.length : null,
        supportMissing: ngo?.supportMissing ?? false,
        submittedAt: a.submittedAt,
      };
    }),
  );
  if (viewerId == null) return ranked;
  const barred = await javApplicationIds(m, viewerId, ids);
  return ranked.filter((r) => !barred.has(r.application.id));
}
