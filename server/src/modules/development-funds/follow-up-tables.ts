import { Field, Int, ObjectType } from "type-graphql";
import { In } from "typeorm";
import type { Database } from "../../db/database";
import type { BarChart } from "../../shared/charts";
import type { Locale } from "../../shared/request-context";
import { GrantApplication } from "../grants/grant-application.entity";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { Answer, OTHER, Question, QuestionnaireResponse, ResponseStatus } from "../questionnaires/questionnaire.entities";
import { DevelopmentFundRound, FundFollowUpDetails } from "./development-fund.entities";
import {
  AREA_PREFIX,
  AREAS,
  ASSESSMENT,
  type Coded,
  COORDINATOR_FUNDED,
  GROUPS,
  legacyToCoded,
  METHODS,
  NGO_AREA_PREFIX,
  NGO_AREAS,
  PLACEMENT,
  PLACEMENTS,
  TARGET_GROUPS,
} from "./follow-up-form";
import { FundingGroupBy, kommunGroup, REPORTED } from "./funding-statistics";
import { populationAt } from "../organisations/population";

@ObjectType({ description: "A column of the follow-up tables: an SKR kommungrupp or a size band" })
export class FollowUpGroupColumn {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => Int, { description: "Kommuner of the group with a coded follow-up" })
  reported: number;
}

@ObjectType({ description: "One code of a follow-up table: how many answered it, in all and per group" })
export class FollowUpCodeRow {
  @Field()
  code: string;

  @Field()
  sv: string;

  @Field()
  en: string;

  @Field(() => Int)
  count: number;

  @Field(() => Int, { nullable: true, description: "Kronor, for the areas of use" })
  amount: number | null;

  @Field(() => [Int], { description: "The count per group, in the order of the groups" })
  byGroup: number[];
}

@ObjectType({ description: "Tabell 3, 4, 5 or the areas of use (Figur 2), from the coded follow-ups" })
export class FollowUpTable {
  @Field()
  id: string;

  @Field()
  titleSv: string;

  @Field()
  titleEn: string;

  @Field(() => Int, { description: "Organisations counted (n)" })
  reported: number;

  @Field(() => [FollowUpCodeRow])
  rows: FollowUpCodeRow[];

  /** For the chart's title. */
  year: number;
}

@ObjectType({ description: "The follow-up of development funds as the national report tabulates it" })
export class FollowUpTables {
  @Field(() => Int)
  year: number;

  @Field(() => String)
  groupBy: FundingGroupBy;

  @Field(() => [FollowUpGroupColumn])
  groups: FollowUpGroupColumn[];

  @Field(() => Int, { description: "Kommuner with a coded follow-up" })
  reported: number;

  @Field(() => Int, { description: "Kommuner that financed the coordinator with development funds" })
  coordinatorFunded: number;

  @Field(() => FollowUpTable, { description: "Tabell 3: where the coordinating function is placed" })
  placement: FollowUpTable;

  @Field(() => FollowUpTable, { description: "Tabell 4: the vulnerable groups reached" })
  targetGroups: FollowUpTable;

  @Field(() => FollowUpTable, { description: "Tabell 5 and Figur 3: the standardised methods used" })
  assessmentMethods: FollowUpTable;

  @Field(() => FollowUpTable, { description: "Figur 2: what the kommuner used the funds for, with the amounts" })
  areas: FollowUpTable;

  @Field(() => FollowUpTable, { description: "The NGOs' seven activity areas, with the amounts" })
  ngoAreas: FollowUpTable;
}

const OTHER_LABEL = { sv: "Annat", en: "Other" };

/** The coded follow-ups of the round's reported applications, per organisation: the form's answers, else the older details read as codes. */
async function codedFollowUps(db: Database, round: DevelopmentFundRound, callIds: number[]): Promise<Map<number, Coded>> {
  const m = db.manager;
  const apps = await m.find(GrantApplication, { select: { id: true, organisationId: true, status: true }, where: { callId: In(callIds) } });
  const reported = apps.filter((a) => REPORTED.has(a.status));
  const coded = new Map<number, Coded>();
  if (!reported.length) return coded;
  const orgIds = reported.map((a) => a.organisationId);
  if (round.followUpQuestionnaireId) {
    const responses = await m.find(QuestionnaireResponse, {
      select: { id: true, organisationId: true },
      where: { questionnaireId: round.followUpQuestionnaireId, status: ResponseStatus.SUBMITTED, organisationId: In(orgIds) },
    });
    const answers = responses.length ? await m.findBy(Answer, { responseId: In(responses.map((r) => r.id)) }) : [];
    const questions = answers.length
      ? new Map(
          (await m.find(Question, { select: { id: true, code: true }, where: { id: In([...new Set(answers.map((a) => a.questionId))]) } })).map((q) => [
            q.id,
            q.code,
          ]),
        )
      : new Map<number, string>();
    const orgOf = new Map(responses.map((r) => [r.id, r.organisationId]));
    for (const r of responses) coded.set(r.organisationId, new Map());
    for (const a of answers)
      coded.get(orgOf.get(a.responseId)!)!.set(questions.get(a.questionId)!, { value: a.value, otherText: a.otherText, comment: a.comment });
  }
  const older = reported.filter((a) => !coded.has(a.organisationId));
  if (older.length) {
    const details = await m.findBy(FundFollowUpDetails, { applicationId: In(older.map((a) => a.id)) });
    for (const d of details) coded.set(older.find((a) => a.id === d.applicationId)!.organisationId, legacyToCoded(d));
  }
  return coded;
}

/**
 * Tabell 3–5 and the areas of use (Figur 2), per year and per SKR kommungrupp or size band,
 * counted from the codes of the kommuner's follow-ups; the NGOs' areas nationally. Each kommun
 * that sent in a coded follow-up counts once (n). Callable by other modules (the yearly report).
 */
export async function followUpTables(db: Database, year: number, groupBy: FundingGroupBy): Promise<FollowUpTables> {
  const m = db.manager;
  const round = await m.findOneBy(DevelopmentFundRound, { year });
  const kommuner = await m.find(Organisation, { where: { kind: OrganisationKind.KOMMUN }, order: { code: "ASC" } });
  const coded = round ? await codedFollowUps(db, round, [round.kommunCallId]) : new Map<number, Coded>();
  const ngoCoded = round ? await codedFollowUps(db, round, [round.ngoCallId]) : new Map<number, Coded>();

  const columns = new Map<string, FollowUpGroupColumn>();
  const groupOf = new Map<number, string>();
  // Size bands as in Tabell 9: by the population at the end of the year the funds were used.
  const population = groupBy === FundingGroupBy.SIZE_BAND ? await populationAt(m, year, kommuner) : new Map<number, number | null>();
  for (const k of kommuner) {
    const g = kommunGroup(k, groupBy, population.get(k.id) ?? k.population ?? 0);
    const col = columns.get(g.key) ?? { key: g.key, label: g.label, reported: 0 };
    if (coded.has(k.id)) col.reported++;
    columns.set(g.key, col);
    groupOf.set(k.id, g.key);
  }
  const groups = [...columns.values()].sort((a, b) => a.key.localeCompare(b.key, "sv", { numeric: true }));
  const index = new Map(groups.map((g, i) => [g.key, i]));
  const reportedKommuner = [...coded.keys()].filter((id) => groupOf.has(id));

  type Labels = Record<string, { sv: string; en: string }>;
  const table = (
    id: string,
    title: { sv: string; en: string },
    labels: Labels,
    hit: (c: Coded, code: string) => boolean,
    amountOf: ((c: Coded, code: string) => number) | null,
    orgs: number[],
    source: Map<number, Coded>,
  ): FollowUpTable => ({
    id,
    year,
    titleSv: title.sv,
    titleEn: title.en,
    reported: orgs.length,
    rows: Object.entries(labels).map(([code, l]) => {
      const byGroup = groups.map(() => 0);
      let count = 0;
      let amount = 0;
      for (const org of orgs) {
        const c = source.get(org)!;
        if (!hit(c, code)) continue;
        count++;
        if (amountOf) amount += amountOf(c, code);
        const g = index.get(groupOf.get(org) ?? "");
        if (g !== undefined) byGroup[g]++;
      }
      return { code, sv: l.sv, en: l.en, count, amount: amountOf ? amount : null, byGroup };
    }),
  });
  const chose = (question: string) => (c: Coded, code: string) => {
    const v = c.get(question)?.value;
    return v?.choice === code || !!v?.choices?.includes(code);
  };
  const used = (prefix: string) => (c: Coded, code: string) => (c.get(prefix + code)?.value?.number ?? 0) > 0;
  const sum = (prefix: string) => (c: Coded, code: string) => c.get(prefix + code)?.value?.number ?? 0;

  return {
    year,
    groupBy,
    groups,
    reported: reportedKommuner.length,
    coordinatorFunded: reportedKommuner.filter((id) => coded.get(id)!.get(COORDINATOR_FUNDED)?.value?.choice === "YES").length,
    placement: table(
      "TABELL_3",
      { sv: "Samordningsfunktionens placering", en: "Where the coordinating function is placed" },
      PLACEMENTS,
      chose(PLACEMENT),
      null,
      reportedKommuner,
      coded,
    ),
    targetGroups: table(
      "TABELL_4",
      { sv: "Kommuner som använt medlen för utsatta grupper", en: "Kommuner that used the funds for vulnerable groups" },
      { ...TARGET_GROUPS, [OTHER]: OTHER_LABEL },
      chose(GROUPS),
      null,
      reportedKommuner,
      coded,
    ),
    assessmentMethods: table(
      "TABELL_5",
      { sv: "Kommuner som använt medlen för standardiserade metoder", en: "Kommuner that used the funds for standardised methods" },
      { ...METHODS, [OTHER]: OTHER_LABEL },
      chose(ASSESSMENT),
      null,
      reportedKommuner,
      coded,
    ),
    areas: table(
      "FIGUR_2",
      { sv: "Kommuner som använt medlen per område", en: "Kommuner that used the funds, per area" },
      AREAS,
      used(AREA_PREFIX),
      sum(AREA_PREFIX),
      reportedKommuner,
      coded,
    ),
    ngoAreas: table(
      "IDEELLA_OMRADEN",
      { sv: "Ideella organisationer per verksamhetsområde", en: "NGOs per activity area" },
      NGO_AREAS,
      used(NGO_AREA_PREFIX),
      sum(NGO_AREA_PREFIX),
      [...ngoCoded.keys()],
      ngoCoded,
    ),
  };
}

/** A follow-up table as a bar chart: the number of organisations per code. */
export function followUpChart(table: FollowUpTable, locale: Locale): BarChart {
  const en = locale === "en";
  return {
    title: `${en ? table.titleEn : table.titleSv} ${table.year}`,
    unit: en ? "organisations" : "antal",
    categories: table.rows.map((r) => (en ? r.en : r.sv)),
    series: [{ name: String(table.year), values: table.rows.map((r) => r.count) }],
  };
}
