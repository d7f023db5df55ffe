import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import { GrantApplication } from "../grants/grant-application.entity";
import { GrantApplicationStatus as S } from "../grants/grant-application.state-machine";
import { FollowUpReviewStatus } from "../grants/follow-up-review.state-machine";
import { GrantCall } from "../grants/grant-call.entity";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { populationAt } from "../organisations/population";
import { GrantPartialReport } from "../grants/partial-report.entity";
import { stockholmDate } from "../../shared/dates";
import { Allotment, DeclineReason, DevelopmentFundRound, JointRequisitionMember } from "./development-fund.entities";

export enum FundingGroupBy {
  KOMMUNGRUPP = "KOMMUNGRUPP",
  SIZE_BAND = "SIZE_BAND",
  COUNTY = "COUNTY",
}
registerEnumType(FundingGroupBy, { name: "FundingGroupBy", description: "Tabell 10 (SKR kommungrupp), Tabell 9 (size band) or per county" });

export enum KommunFundingStatus {
  /** Did not requisition and did not answer. */
  NOT_REQUISITIONED = "NOT_REQUISITIONED",
  /** Did not requisition and said so, with a reason (avstod). */
  DECLINED = "DECLINED",
  AWAITING_REPORT = "AWAITING_REPORT",
  USED = "USED",
  REPAID_ALL = "REPAID_ALL",
}
registerEnumType(KommunFundingStatus, { name: "KommunFundingStatus" });

@ObjectType({ description: "How many kommuner declined for a reason" })
export class DeclineReasonCount {
  @Field(() => DeclineReason)
  reason: DeclineReason;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: "Tabell 1, 2, 6, 7: one recipient kind's pot in a year" })
export class FundingKindRow {
  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => Int, { description: "Tillgängliga medel (kr)" })
  available: number;

  @Field(() => Int, { description: "Organisations that requisitioned or applied" })
  participants: number;

  @Field(() => Int, { description: "Organisations granted money" })
  granted: number;

  @Field(() => Int, { description: "Rekvirerat / beviljat (kr)" })
  grantedAmount: number;

  @Field(() => Int, { description: "Använda medel (kr), as reported" })
  used: number;

  @Field(() => Float, { nullable: true })
  shareUsed: number | null;

  @Field(() => Int, {
    description: "Used so far (kr) by the partial reports of funds used over more than one year whose final report is not in; not in `used`",
  })
  usedSoFar: number;

  @Field(() => Int, { description: "Återbetalt (kr): the unused funds to repay or repaid" })
  repaid: number;

  @Field(() => Int, { description: "Återkrävt (kr): reclaimed at the review of the follow-up reports" })
  reclaimed: number;

  @Field(() => Int, { description: "Follow-up reports that wait for review or for a completion" })
  awaitingReview: number;
}

@ObjectType({ description: "Tabell 8: how the kommuner used the funds" })
export class KommunUsage {
  @Field(() => Int, { description: "Did not requisition and did not answer" })
  notRequisitioned: number;

  @Field(() => Int, { description: "Did not requisition and declined, with a reason" })
  declined: number;

  @Field(() => [DeclineReasonCount], { description: "The declines per reason, every reason listed" })
  declineReasons: DeclineReasonCount[];

  @Field(() => Int)
  usedAllOrPart: number;

  @Field(() => Int)
  repaidEverything: number;

  @Field(() => Int, { description: "Requisitioned, follow-up not yet in" })
  awaitingReport: number;

  @Field(() => Int, { description: "Of those awaiting the report: the funds may still be used (a multi-year round's period has not ended)" })
  inPeriod: number;
}

@ObjectType({ description: "Tabell 9 / 10: share of kommuner that used funds, per group" })
export class FundingGroupRow {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Int)
  kommuner: number;

  @Field(() => Int)
  used: number;

  @Field(() => Float)
  shareUsed: number;
}

@ObjectType({ description: "One kommun's year, for the map and its table" })
export class KommunFundingRow {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => KommunFundingStatus)
  status: KommunFundingStatus;

  @Field(() => DeclineReason, { nullable: true, description: "Why the kommun declined, when it did" })
  declineReason: DeclineReason | null;

  @Field(() => Int)
  allotment: number;

  @Field(() => Int)
  granted: number;

  @Field(() => Int, { nullable: true })
  used: number | null;

  @Field(() => Int, { nullable: true, description: "Used so far by the partial reports, before the final report (the kommun's share)" })
  usedSoFar: number | null;

  @Field(() => FollowUpReviewStatus, { nullable: true, description: "Where the review of the kommun's follow-up report stands" })
  review: FollowUpReviewStatus | null;

  @Field(() => Int, { nullable: true, description: "Återkrävt (kr), the kommun's share" })
  reclaimed: number | null;

  @Field(() => Float, { description: "Granted kronor per inhabitant" })
  kronorPerInhabitant: number;
}

@ObjectType()
export class FundingStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  countyCode: string | null;

  @Field(() => String, { nullable: true, description: "Får användas till och med: the round's funds are used over more than one year" })
  usableUntil: string | null;

  @Field(() => [FundingKindRow])
  byRecipientKind: FundingKindRow[];

  @Field(() => KommunUsage)
  kommunUsage: KommunUsage;

  @Field(() => FundingGroupBy)
  groupBy: FundingGroupBy;

  @Field(() => Int, { description: "Size bands (Tabell 9) use the population on 31 December of this year" })
  populationYear: number;

  @Field(() => [FundingGroupRow])
  groups: FundingGroupRow[];

  @Field(() => FundingGroupRow, { description: "All kommuner together (Totalt)" })
  total: FundingGroupRow;

  @Field(() => [KommunFundingRow])
  kommuner: KommunFundingRow[];
}

const SIZE_BANDS: { key: string; label: string; from: number; to: number }[] = [
  { key: "0-15", label: "0–15 tusen", from: 0, to: 15_000 },
  { key: "15-30", label: "15–30 tusen", from: 15_000, to: 30_000 },
  { key: "30-70", label: "30–70 tusen", from: 30_000, to: 70_000 },
  { key: "70-200", label: "70–200 tusen", from: 70_000, to: 200_000 },
  { key: "200-", label: "200 tusen eller fler", from: 200_000, to: Infinity },
];

/** The group a kommun belongs to: its SKR kommungrupp, its size band or its county. */
/** A kommun's column in Tabell 9/10: its SKR kommungrupp, its county, or its size band by the given population (its latest by default). */
export function kommunGroup(k: Organisation, groupBy: FundingGroupBy, population = k.population ?? 0): { key: string; label: string } {
  if (groupBy === FundingGroupBy.KOMMUNGRUPP) return { key: k.municipalityGroupCode ?? "?", label: k.municipalityGroupName ?? "okänd" };
  if (groupBy === FundingGroupBy.COUNTY) return { key: k.countyCode ?? "?", label: k.countyCode ?? "?" };
  const band = SIZE_BANDS.find((b) => population >= b.from && population < b.to)!;
  return { key: band.key, label: band.label };
}

export const REPORTED = new Set([S.REPORTED, S.REPAYMENT_DUE, S.REPAID]);

/**
 * The national tables of the yearly report, computed from requisitions, applications and
 * follow-ups. "Used" is what the follow-up reported; a kommun "used funds" when it reported
 * more than 0 kr, and "repaid everything" when it reported 0 kr.
 */
export async function fundingStatistics(
  db: Database,
  year: number,
  groupBy: FundingGroupBy,
  countyCode: string | null,
  populationYear: number | null = null,
): Promise<FundingStatistics> {
  const m = db.manager;
  const round = await m.findOneBy(DevelopmentFundRound, { year });
  const kommuner = await m.find(Organisation, { where: { kind: OrganisationKind.KOMMUN, ...(countyCode ? { countyCode } : {}) }, order: { code: "ASC" } });
  const inScope = new Set(kommuner.map((k) => k.id));
  const regionIds = new Set(
    (await m.find(Organisation, { select: { id: true, countyCode: true }, where: { kind: OrganisationKind.REGION } }))
      .filter((r) => !countyCode || r.countyCode === countyCode)
      .map((r) => r.id),
  );
  const ngoIds = new Set((await m.find(Organisation, { select: { id: true }, where: { kind: OrganisationKind.IDEELL_ORGANISATION } })).map((o) => o.id));

  const calls = round ? await m.findBy(GrantCall, { id: In([round.kommunCallId, round.regionCallId, round.ngoCallId]) }) : [];
  const apps = calls.length ? await m.find(GrantApplication, { where: { callId: In(calls.map((c) => c.id)) } }) : [];
  const live = apps.filter((a) => a.status !== S.DRAFT && a.status !== S.WITHDRAWN);
  const members = live.length ? await m.findBy(JointRequisitionMember, { applicationId: In(live.map((a) => a.id)) }) : [];
  const allotments = round ? await m.findBy(Allotment, { roundId: round.id }) : [];
  // Funds used over more than one year: before the final report only the partial reports tell what was used so far;
  // the allotment is neither unused nor repayable until then (repayment comes from the final report alone).
  const partials = round?.usableUntil && live.length ? await m.findBy(GrantPartialReport, { applicationId: In(live.map((a) => a.id)) }) : [];
  const usedSoFarOf = (a: GrantApplication) =>
    REPORTED.has(a.status) ? 0 : partials.filter((r) => r.applicationId === a.id).reduce((sum, r) => sum + r.usedAmount, 0);
  const inPeriod = (a: GrantApplication) => !REPORTED.has(a.status) && !!round?.usableUntil && stockholmDate() <= round.usableUntil;
  // Size bands: by the population at the end of the year the funds were used, unless another year is asked for.
  const bandYear = populationYear ?? year;
  const bandPopulation = groupBy === FundingGroupBy.SIZE_BAND ? await populationAt(m, bandYear, kommuner) : new Map<number, number | null>();

  const kindRow = (kind: OrganisationKind, callId: number | undefined, ids: Set<number>): FundingKindRow => {
    const call = calls.find((c) => c.id === callId);
    const own = live.filter((a) => a.callId === callId && ids.has(a.organisationId));
    const grantedApps = own.filter((a) => (a.grantedAmount ?? 0) > 0);
    const participants =
      kind === OrganisationKind.IDEELL_ORGANISATION
        ? own.length
        : new Set(
            own.flatMap((a) => {
              const ms = members.filter((x) => x.applicationId === a.id).map((x) => x.organisationId);
              return ms.length ? ms : [a.organisationId];
            }),
          ).size;
    const grantedAmount = grantedApps.reduce((s, a) => s + (a.grantedAmount ?? 0), 0);
    const reported = grantedApps.filter((a) => REPORTED.has(a.status));
    const used = reported.reduce((s, a) => s + (a.usedAmount ?? 0), 0);
    const reclaimed = grantedApps.reduce((s, a) => s + (a.reclaimAmount ?? 0), 0);
    const repaid = reported.reduce((s, a) => s + (a.repaymentAmount ?? 0) - (a.reclaimAmount ?? 0), 0);
    const awaitingReview = grantedApps.filter(
      (a) => a.followUpReview === FollowUpReviewStatus.AWAITING_REVIEW || a.followUpReview === FollowUpReviewStatus.COMPLETION_REQUESTED,
    ).length;
    const available = countyCode
      ? allotments.filter((x) => ids.has(x.organisationId) && x.callId === callId).reduce((s, x) => s + x.amount, 0)
      : (call?.budget ?? 0);
    return {
      kind,
      available,
      participants,
      granted: kind === OrganisationKind.IDEELL_ORGANISATION ? grantedApps.length : participants,
      grantedAmount,
      used,
      shareUsed: grantedAmount ? used / grantedAmount : null,
      usedSoFar: grantedApps.reduce((sum, a) => sum + usedSoFarOf(a), 0),
      repaid,
      reclaimed,
      awaitingReview,
    };
  };

  // The population the round's allocation used (the latest held when there is no allotment).
  const allotted = new Map(allotments.map((x) => [x.organisationId, x.population]));
  const roundPopulation = (o: Organisation | undefined) => (o ? (allotted.get(o.id) ?? o.population) : null);
  // Per kommun: the requisition it led or took part in. A joint requisition is shared by population.
  const rows: (KommunFundingRow & { inPeriod: boolean })[] = kommuner.map((k) => {
    const own = allotments.find((x) => x.organisationId === k.id);
    const allotment = own?.amount ?? 0;
    const memberOf = members.find((x) => x.organisationId === k.id);
    const app = live.find((a) => a.callId === round?.kommunCallId && (a.id === memberOf?.applicationId || (!memberOf && a.organisationId === k.id)));
    let status = own?.declinedAt ? KommunFundingStatus.DECLINED : KommunFundingStatus.NOT_REQUISITIONED;
    if (app)
      status = !REPORTED.has(app.status)
        ? KommunFundingStatus.AWAITING_REPORT
        : (app.usedAmount ?? 0) > 0
          ? KommunFundingStatus.USED
          : KommunFundingStatus.REPAID_ALL;
    const group = app ? members.filter((x) => x.applicationId === app.id) : [];
    const shareOf = (amount: number | null) => {
      if (amount == null) return null;
      if (group.length <= 1) return amount;
      const popOf = (id: number) => roundPopulation(kommuner.find((x) => x.id === id)) ?? 1;
      const total = group.reduce((s, x) => s + popOf(x.organisationId), 0);
      return Math.round((amount * (roundPopulation(k) ?? 1)) / total);
    };
    const granted = shareOf(app?.grantedAmount ?? 0) ?? 0;
    return {
      organisation: k,
      status,
      declineReason: status === KommunFundingStatus.DECLINED ? (own?.declineReason ?? null) : null,
      allotment,
      granted,
      used: app && REPORTED.has(app.status) ? shareOf(app.usedAmount ?? 0) : null,
      usedSoFar: app && round?.usableUntil && !REPORTED.has(app.status) ? shareOf(usedSoFarOf(app)) : null,
      inPeriod: !!app && inPeriod(app),
      review: app?.followUpReview ?? null,
      reclaimed: app?.reclaimAmount ? shareOf(app.reclaimAmount) : null,
      kronorPerInhabitant: roundPopulation(k) ? granted / roundPopulation(k)! : 0,
    };
  });

  const groupKey = (k: Organisation) => kommunGroup(k, groupBy, bandPopulation.get(k.id) ?? 0);
  const groups = new Map<string, FundingGroupRow>();
  for (const r of rows) {
    const g = groupKey(r.organisation);
    const row = groups.get(g.key) ?? { key: g.key, label: g.label, kommuner: 0, used: 0, shareUsed: 0 };
    row.kommuner++;
    if (r.status === KommunFundingStatus.USED) row.used++;
    groups.set(g.key, row);
  }
  for (const g of groups.values()) g.shareUsed = g.kommuner ? g.used / g.kommuner : 0;
  const usedTotal = rows.filter((r) => r.status === KommunFundingStatus.USED).length;

  return {
    year,
    countyCode,
    usableUntil: round?.usableUntil ?? null,
    byRecipientKind: round
      ? [
          kindRow(OrganisationKind.KOMMUN, round.kommunCallId, inScope),
          kindRow(OrganisationKind.REGION, round.regionCallId, regionIds),
          ...(countyCode ? [] : [kindRow(OrganisationKind.IDEELL_ORGANISATION, round.ngoCallId, ngoIds)]),
        ]
      : [],
    kommunUsage: {
      notRequisitioned: rows.filter((r) => r.status === KommunFundingStatus.NOT_REQUISITIONED).length,
      declined: rows.filter((r) => r.status === KommunFundingStatus.DECLINED).length,
      declineReasons: Object.values(DeclineReason).map((reason) => ({ reason, count: rows.filter((r) => r.declineReason === reason).length })),
      usedAllOrPart: usedTotal,
      repaidEverything: rows.filter((r) => r.status === KommunFundingStatus.REPAID_ALL).length,
      awaitingReport: rows.filter((r) => r.status === KommunFundingStatus.AWAITING_REPORT).length,
      inPeriod: rows.filter((r) => r.status === KommunFundingStatus.AWAITING_REPORT && r.inPeriod).length,
    },
    groupBy,
    populationYear: bandYear,
    groups: [...groups.values()].sort((a, b) => a.key.localeCompare(b.key, "sv", { numeric: true })),
    total: { key: "total", label: "Totalt", kommuner: rows.length, used: usedTotal, shareUsed: rows.length ? usedTotal / rows.length : 0 },
    kommuner: rows,
  };
}
