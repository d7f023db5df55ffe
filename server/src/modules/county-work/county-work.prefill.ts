import type { EntityManager } from "typeorm";
import { registerPrefill } from "../questionnaires/prefill";
import { Campaign, MunicipalityVisit, RegionalStrategy, StrategyStatus } from "./county-work.entities";

/**
 * Figures of a county's own work in a year, for pre-filling the yearly follow-up. Pure queries:
 * no access check (the caller has made it), nothing written.
 */

/** How many kommunbesök the county board made in the year. */
export async function visitsMade(m: EntityManager, countyBoardOrgId: number, year: number): Promise<number> {
  return m.countBy(MunicipalityVisit, { countyBoardOrganisationId: countyBoardOrgId, year });
}

/** How many campaigns and information efforts the county board ran (started) in the year. */
export async function campaignsRun(m: EntityManager, countyBoardOrgId: number, year: number): Promise<number> {
  return m.countBy(Campaign, { countyBoardOrganisationId: countyBoardOrgId, year });
}

/** How far the county has come, per kind of document: the furthest status among the year's strategies and action plans. */
export async function strategyStatus(
  m: EntityManager,
  countyBoardOrgId: number,
  year: number,
): Promise<{ strategy: StrategyStatus; actionPlan: StrategyStatus; linkedToGenderMainstreaming: boolean }> {
  const rows = await m.find(RegionalStrategy, {
    select: { kind: true, status: true, linkedToGenderMainstreaming: true },
    where: { countyBoardOrganisationId: countyBoardOrgId, year },
  });
  const order = [StrategyStatus.NONE, StrategyStatus.STARTED, StrategyStatus.ADOPTED, StrategyStatus.REVISED];
  const furthest = (kind: string) =>
    rows.filter((r) => r.kind === kind).reduce((best, r) => (order.indexOf(r.status) > order.indexOf(best) ? r.status : best), StrategyStatus.NONE);
  return {
    strategy: furthest("STRATEGY"),
    actionPlan: furthest("ACTION_PLAN"),
    linkedToGenderMainstreaming: rows.some((r) => r.linkedToGenderMainstreaming),
  };
}

// The yearly follow-up asks what the county's own log already says; the answers are offered pre-filled.
// Nothing logged is no answer: the county may not keep its log in Samverka, so 0 is not offered.
const counted = (n: number) => (n > 0 ? { number: n } : null);
registerPrefill("countyWork.visitsMade", async (organisationId, year, m) => counted(await visitsMade(m, organisationId, year)));
registerPrefill("countyWork.campaignsRun", async (organisationId, year, m) => counted(await campaignsRun(m, organisationId, year)));
/** Yes when a strategy of the year is adopted or revised; nothing otherwise (one adopted earlier may still hold). */
registerPrefill("countyWork.strategyAdopted", async (organisationId, year, m) => {
  const { strategy } = await strategyStatus(m, organisationId, year);
  return strategy === StrategyStatus.ADOPTED || strategy === StrategyStatus.REVISED ? { choice: "YES" } : null;
});
