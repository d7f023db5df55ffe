import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { Database } from "../../db/database";
import type { BarChart } from "../../shared/charts";
import type { Locale } from "../../shared/request-context";
import { County } from "../organisations/county.entity";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { Campaign, CampaignScope, Method, MethodSpread, MunicipalityVisit, RegionalStrategy, StrategyStatus } from "./county-work.entities";

@ObjectType({ description: "How many länsstyrelser did something in the year, of all länsstyrelser" })
export class CountyBoardShare {
  @Field(() => Int)
  lansstyrelser: number;

  @Field(() => Float, { description: "lansstyrelser / all länsstyrelser, 0–1" })
  share: number;

  @Field(() => [String], { description: "Counties (länskod) of those länsstyrelser" })
  countyCodes: string[];
}

@ObjectType({ description: "A method or material: the länsstyrelser that spread it in the year (as method spread or through a campaign)" })
export class MethodShare extends CountyBoardShare {
  @Field(() => ID)
  methodId: string;

  @Field()
  name: string;
}

@ObjectType({ description: "One county board's own work in a year, in figures" })
export class CountyWorkOfCounty {
  @Field()
  countyCode: string;

  @Field()
  countyName: string;

  @Field({ description: "Spread at least one national campaign started in the year" })
  nationalCampaign: boolean;

  @Field(() => Int, { description: "Campaigns started in the year" })
  campaigns: number;

  @Field(() => Int, { description: "Distinct methods spread (as method spread or through a campaign)" })
  methods: number;

  @Field(() => StrategyStatus, { description: "The furthest status of the year's strategies and action plans: adopted or revised, started, or none" })
  strategyStatus: StrategyStatus;

  @Field()
  linkedToGenderMainstreaming: boolean;

  @Field(() => Int)
  municipalityVisits: number;

  @Field(() => Int)
  kommunerVisited: number;
}

@ObjectType({ description: "The county boards' own work, nationally, in a year: counts and shares only" })
export class CountyWorkNational {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: "All länsstyrelser: the denominator of the shares" })
  lansstyrelser: number;

  @Field(() => CountyBoardShare, { description: "Spread at least one national campaign started in the year" })
  nationalCampaigns: CountyBoardShare;

  @Field(() => [MethodShare], { description: "Every method spread in the year or still offered, by name" })
  methods: MethodShare[];

  @Field(() => CountyBoardShare, { description: "A regional strategy or action plan adopted or revised, as reported for the year" })
  strategyAdopted: CountyBoardShare;

  @Field(() => CountyBoardShare, { description: "Work on a strategy or action plan started but not finished, and none adopted or revised" })
  strategyStarted: CountyBoardShare;

  @Field(() => CountyBoardShare, { description: "A strategy or action plan of the year linked to the strategy for gender mainstreaming" })
  strategyLinkedToGenderMainstreaming: CountyBoardShare;

  @Field(() => Int)
  municipalityVisits: number;

  @Field(() => Int, { description: "Distinct kommuner visited" })
  kommunerVisited: number;

  @Field(() => Int, { description: "Campaigns started in the year" })
  campaigns: number;

  @Field(() => Int, { description: "Press articles about the campaigns, where reported" })
  articles: number;

  @Field(() => Int, { description: "Readers of those articles, where reported" })
  readers: number;

  @Field(() => [CountyWorkOfCounty], { description: "Every county with a länsstyrelse, in county-code order" })
  byCounty: CountyWorkOfCounty[];
}

interface Board {
  id: number;
  countyCode: string | null;
}

/** The share of `boards` among all länsstyrelser, with their counties. */
function share(ids: Set<number>, boards: Map<number, Board>): CountyBoardShare {
  const known = [...ids].filter((x) => boards.has(x));
  return {
    lansstyrelser: known.length,
    share: boards.size ? known.length / boards.size : 0,
    countyCodes: [...new Set(known.map((x) => boards.get(x)!.countyCode).filter((c): c is string => c !== null))].sort(),
  };
}

export interface CountyWorkRows {
  boards: Board[];
  countyNames: Map<string, string>;
  campaigns: { boardId: number; scope: CampaignScope; methodIds: number[]; articles: number | null; readers: number | null }[];
  spreads: { boardId: number; methodId: number }[];
  strategies: { boardId: number; status: StrategyStatus; linked: boolean }[];
  methods: { id: number; name: string; active: boolean }[];
  visits: { visits: number; kommuner: number };
  visitsByBoard: { boardId: number; visits: number; kommuner: number }[];
}

/**
 * The counting rules, without the database. A länsstyrelse counts once per figure however many
 * records it has. A method counts as spread when it was logged as spread or a campaign of the year
 * spread it. A strategy record reports on a year: adopted or revised that year, or started; a
 * länsstyrelse with one adopted and another started counts as adopted only (71 % and 29 % in the
 * report for 2017 add up to all).
 */
export function countCountyWork(year: number, rows: CountyWorkRows): CountyWorkNational {
  const boards = new Map(rows.boards.map((b) => [b.id, b]));
  const national = new Set(rows.campaigns.filter((c) => c.scope === CampaignScope.NATIONAL).map((c) => c.boardId));
  const byMethod = new Map<number, Set<number>>();
  const spread = (methodId: number, boardId: number) => byMethod.set(methodId, (byMethod.get(methodId) ?? new Set()).add(boardId));
  for (const s of rows.spreads) spread(s.methodId, s.boardId);
  for (const c of rows.campaigns) for (const methodId of c.methodIds) spread(methodId, c.boardId);
  const adopted = new Set(rows.strategies.filter((s) => s.status === StrategyStatus.ADOPTED || s.status === StrategyStatus.REVISED).map((s) => s.boardId));
  const started = new Set(rows.strategies.filter((s) => s.status === StrategyStatus.STARTED && !adopted.has(s.boardId)).map((s) => s.boardId));
  const linked = new Set(rows.strategies.filter((s) => s.linked).map((s) => s.boardId));
  const methods = rows.methods
    .filter((x) => x.active || byMethod.has(x.id))
    .map((x) => ({ methodId: String(x.id), name: x.name, ...share(byMethod.get(x.id) ?? new Set(), boards) }));
  const sum = (values: (number | null)[]) => values.reduce<number>((a, b) => a + (b ?? 0), 0);
  const visitsOf = new Map(rows.visitsByBoard.map((v) => [v.boardId, v]));
  const byCounty = rows.boards
    .filter((b): b is Board & { countyCode: string } => b.countyCode !== null)
    .sort((a, b) => a.countyCode.localeCompare(b.countyCode))
    .map((b) => ({
      countyCode: b.countyCode,
      countyName: rows.countyNames.get(b.countyCode) ?? b.countyCode,
      nationalCampaign: national.has(b.id),
      campaigns: rows.campaigns.filter((c) => c.boardId === b.id).length,
      methods: [...byMethod.values()].filter((boardIds) => boardIds.has(b.id)).length,
      strategyStatus: adopted.has(b.id) ? StrategyStatus.ADOPTED : started.has(b.id) ? StrategyStatus.STARTED : StrategyStatus.NONE,
      linkedToGenderMainstreaming: linked.has(b.id),
      municipalityVisits: visitsOf.get(b.id)?.visits ?? 0,
      kommunerVisited: visitsOf.get(b.id)?.kommuner ?? 0,
    }));
  return {
    year,
    lansstyrelser: boards.size,
    nationalCampaigns: share(national, boards),
    methods,
    strategyAdopted: share(adopted, boards),
    strategyStarted: share(started, boards),
    strategyLinkedToGenderMainstreaming: share(linked, boards),
    municipalityVisits: rows.visits.visits,
    kommunerVisited: rows.visits.kommuner,
    campaigns: rows.campaigns.length,
    articles: sum(rows.campaigns.map((c) => c.articles)),
    readers: sum(rows.campaigns.map((c) => c.readers)),
    byCounty,
  };
}

/** Eight statements whatever the number of records, länsstyrelser or methods. */
export async function countyWorkNational(db: Database, year: number): Promise<CountyWorkNational> {
  const m = db.manager;
  const boards = (await m.find(Organisation, { select: { id: true, countyCode: true }, where: { kind: OrganisationKind.LANSSTYRELSE } })).map((o) => ({
    id: o.id,
    countyCode: o.countyCode,
  }));
  const campaigns = (
    await m.find(Campaign, { select: { countyBoardOrganisationId: true, scope: true, methodIds: true, articles: true, readers: true }, where: { year } })
  ).map((c) => ({ boardId: c.countyBoardOrganisationId, scope: c.scope, methodIds: c.methodIds ?? [], articles: c.articles, readers: c.readers }));
  const spreads = (await m.find(MethodSpread, { select: { countyBoardOrganisationId: true, methodId: true }, where: { year } })).map((s) => ({
    boardId: s.countyBoardOrganisationId,
    methodId: s.methodId,
  }));
  const strategies = (
    await m.find(RegionalStrategy, { select: { countyBoardOrganisationId: true, status: true, linkedToGenderMainstreaming: true }, where: { year } })
  ).map((s) => ({ boardId: s.countyBoardOrganisationId, status: s.status, linked: !!s.linkedToGenderMainstreaming }));
  const methods = (await m.find(Method, { select: { id: true, name: true, active: true }, order: { name: "ASC" } })).map((x) => ({
    id: x.id,
    name: x.name,
    active: !!x.active,
  }));
  const visits = await m
    .createQueryBuilder(MunicipalityVisit, "v")
    .select("COUNT(*)", "visits")
    .addSelect("COUNT(DISTINCT v.kommunOrganisationId)", "kommuner")
    .where("v.year = :year", { year })
    .getRawOne<{ visits: number | string; kommuner: number | string }>();
  const visitsByBoard = (
    await m
      .createQueryBuilder(MunicipalityVisit, "v")
      .select("v.countyBoardOrganisationId", "boardId")
      .addSelect("COUNT(*)", "visits")
      .addSelect("COUNT(DISTINCT v.kommunOrganisationId)", "kommuner")
      .where("v.year = :year", { year })
      .groupBy("v.countyBoardOrganisationId")
      .getRawMany<{ boardId: number | string; visits: number | string; kommuner: number | string }>()
  ).map((v) => ({ boardId: Number(v.boardId), visits: Number(v.visits), kommuner: Number(v.kommuner) }));
  const countyNames = new Map((await m.find(County)).map((c) => [c.code, c.name]));
  return countCountyWork(year, {
    boards,
    countyNames,
    visitsByBoard,
    campaigns,
    spreads,
    strategies,
    methods,
    visits: { visits: Number(visits?.visits ?? 0), kommuner: Number(visits?.kommuner ?? 0) },
  });
}

/** Figur 3: the share of länsstyrelser that spread each method. */
export function methodsChart(figures: CountyWorkNational, locale: Locale): BarChart {
  return {
    title:
      locale === "en"
        ? `County administrative boards spreading methods and materials, ${figures.year}`
        : `Andel länsstyrelser som spridit metoder och material ${figures.year}`,
    unit: "%",
    categories: figures.methods.map((x) => x.name),
    series: [{ name: locale === "en" ? "Share" : "Andel", values: figures.methods.map((x) => x.share) }],
  };
}

/** Campaigns and regional strategies: the share of länsstyrelser per measure. */
export function countyWorkSharesChart(figures: CountyWorkNational, locale: Locale): BarChart {
  const en = locale === "en";
  return {
    title: en
      ? `County administrative boards' campaigns and regional strategies, ${figures.year}`
      : `Länsstyrelsernas kampanjer och regionala strategier ${figures.year}`,
    unit: "%",
    categories: en
      ? ["Spread a national campaign", "Strategy or action plan adopted or revised", "Strategy work started, not finished", "Linked to gender mainstreaming"]
      : [
          "Spridit nationell kampanj",
          "Strategi eller handlingsplan antagen eller reviderad",
          "Arbetet påbörjat, inte klart",
          "Kopplad till jämställdhetsintegrering",
        ],
    series: [
      {
        name: en ? "Share" : "Andel",
        values: [figures.nationalCampaigns, figures.strategyAdopted, figures.strategyStarted, figures.strategyLinkedToGenderMainstreaming].map((x) => x.share),
      },
    ],
  };
}

/** Kommunbesök per län: every county with a länsstyrelse, also those with none. */
export function visitsCountyChart(figures: CountyWorkNational, locale: Locale): BarChart {
  const unit = locale === "en" ? "Municipality visits" : "Kommunbesök";
  return {
    title: locale === "en" ? `Municipality visits per county, ${figures.year}` : `Kommunbesök per län ${figures.year}`,
    unit,
    categories: figures.byCounty.map((c) => c.countyName),
    series: [{ name: unit, values: figures.byCounty.map((c) => c.municipalityVisits) }],
  };
}
