import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import { barChartSpec, lineChartSpec } from "../../shared/charts";
import { type MessageParams, renderPhrase } from "../../shared/messages";
import type { Locale } from "../../shared/request-context";
import { countyWorkSharesChart } from "../county-work/county-work.national";
import { type FollowUpCodeRow, followUpChart, type FollowUpTable } from "../development-funds/follow-up-tables";
import { FundingGroupBy, type FundingStatistics, KommunFundingStatus } from "../development-funds/funding-statistics";
import { stimulusSummary, type StimulusSummary } from "../grants/stimulus-summary";
import { NETWORK_TOPIC_LABELS, topicsChart } from "../networks/network.national";
import { OrganisationKind } from "../organisations/organisation.entity";
import { sharesChart, TRAINING_TYPE_LABELS } from "../trainings/training.statistics";
import type { ReportBlock, ReportSectionData, ReportTable } from "./report.model";
import type { ReportSources } from "./report.service";

/** What every section is built from: the year, the reader's language, and the platform's own services. */
export interface SectionContext {
  year: number;
  /** The years of the series (the report's year and up to four before it). */
  years: number[];
  lang: Locale;
  demo: boolean;
  t: (key: string, params?: MessageParams) => string;
  services: ReportSources;
  db: Database;
  actor: Actor;
  /** One reading per year and grouping, shared by the sections that use it. */
  funding: (year: number, groupBy?: FundingGroupBy) => Promise<FundingStatistics>;
  stimulus: (year: number) => Promise<StimulusSummary>;
}

/** One section of the report: a heading and its tables, charts, map and text, from the existing services. */
export interface ReportSectionDefinition {
  key: string;
  build(ctx: SectionContext): Promise<ReportSectionData>;
}

const KIND_KEY: Partial<Record<OrganisationKind, string>> = {
  KOMMUN: "kind.kommuner",
  REGION: "kind.regioner",
  IDEELL_ORGANISATION: "kind.ngos",
};

/** The years (of the series) that had a development-fund round, with their figures. */
async function fundingYears(ctx: SectionContext): Promise<FundingStatistics[]> {
  const all = await Promise.all(ctx.years.map((y) => ctx.funding(y)));
  return all.filter((s) => s.byRecipientKind.length > 0);
}

/** A recipient kind's row of a year; none when the kind had no pot and no applicants that year (no NGO funds in 2014). */
const kindRow = (s: FundingStatistics, kind: OrganisationKind) => s.byRecipientKind.find((r) => r.kind === kind && (r.available > 0 || r.participants > 0));

const MAP_COLOURS: Record<KommunFundingStatus, string> = {
  USED: "#007a5a",
  AWAITING_REPORT: "#e69f00",
  REPAID_ALL: "#56b4e9",
  NOT_REQUISITIONED: "#d9d9d9",
  DECLINED: "#8c6d9e",
};

/** Utvecklingsmedel: Bilaga 1 Tabell 1 and Tabell 1, 2, 6, 8, 9, 10, the charts over the years and the map. */
const developmentFunds: ReportSectionDefinition = {
  key: "developmentFunds",
  async build(ctx) {
    const { t, year } = ctx;
    const series = await fundingYears(ctx);
    const current = await ctx.funding(year);
    const blocks: ReportBlock[] = [{ kind: "text", text: t("devfunds.intro", { year }) }];
    const kinds = [OrganisationKind.KOMMUN, OrganisationKind.REGION, OrganisationKind.IDEELL_ORGANISATION];
    blocks.push({
      kind: "table",
      sheet: t("sheet.appendix1"),
      title: t("table.appendix1", { from: series[0]?.year ?? year, to: year }),
      columns: [
        { label: t("col.year"), format: "text" },
        { label: t("col.recipients"), format: "text" },
        { label: t("col.available"), format: "kr" },
        { label: t("col.grantedAmount"), format: "kr" },
        { label: t("col.used"), format: "kr" },
        { label: t("col.shareUsed"), format: "percent" },
        { label: t("col.repaid"), format: "kr" },
      ],
      rows: series.flatMap((s) =>
        kinds
          .map((k) => kindRow(s, k))
          .filter((r) => r !== undefined)
          .map((r) => [String(s.year), t(KIND_KEY[r.kind]!), r.available, r.grantedAmount, r.used, r.shareUsed, r.repaid]),
      ),
    });
    blocks.push({
      kind: "table",
      sheet: t("sheet.table1"),
      title: t("table.1", { year }),
      columns: [
        { label: t("col.recipients"), format: "text" },
        { label: t("col.available"), format: "kr" },
        { label: t("col.participants"), format: "int" },
        { label: t("col.granted"), format: "int" },
        { label: t("col.grantedAmount"), format: "kr" },
        { label: t("col.used"), format: "kr" },
        { label: t("col.shareUsed"), format: "percent" },
      ],
      rows: current.byRecipientKind.map((r) => [t(KIND_KEY[r.kind]!), r.available, r.participants, r.granted, r.grantedAmount, r.used, r.shareUsed]),
      note: current.byRecipientKind.length ? undefined : t("none"),
    });
    const overYears = (kind: OrganisationKind, sheet: string, titleKey: string): ReportTable => ({
      kind: "table",
      sheet,
      title: t(titleKey, { from: series[0]?.year ?? year, to: year }),
      columns: [
        { label: t("col.year"), format: "text" },
        { label: t("col.available"), format: "kr" },
        { label: t("col.participants"), format: "int" },
        { label: t("col.grantedAmount"), format: "kr" },
        { label: t("col.used"), format: "kr" },
        { label: t("col.shareUsed"), format: "percent" },
      ],
      rows: series.flatMap((s) => {
        const r = kindRow(s, kind);
        return r ? [[String(s.year), r.available, r.participants, r.grantedAmount, r.used, r.shareUsed]] : [];
      }),
    });
    blocks.push(overYears(OrganisationKind.KOMMUN, t("sheet.table2"), "table.2"));
    blocks.push(overYears(OrganisationKind.REGION, t("sheet.table6"), "table.6"));
    blocks.push({
      kind: "table",
      sheet: t("sheet.table8"),
      title: t("table.8", { from: series[0]?.year ?? year, to: year }),
      columns: [
        { label: t("col.year"), format: "text" },
        { label: t("col.notRequisitioned"), format: "int" },
        { label: t("col.declined"), format: "int" },
        { label: t("col.usedAllOrPart"), format: "int" },
        { label: t("col.repaidEverything"), format: "int" },
        { label: t("col.awaitingReport"), format: "int" },
      ],
      rows: series.map((s) => [
        String(s.year),
        s.kommunUsage.notRequisitioned,
        s.kommunUsage.declined,
        s.kommunUsage.usedAllOrPart,
        s.kommunUsage.repaidEverything,
        s.kommunUsage.awaitingReport,
      ]),
    });
    // Who did not requisition and why: the declines per reason beside those that did not answer.
    blocks.push({
      kind: "table",
      sheet: t("sheet.table8b"),
      title: t("table.8b", { year }),
      columns: [
        { label: t("col.declineReason"), format: "text" },
        { label: t("col.kommuner"), format: "int" },
      ],
      rows: [
        ...current.kommunUsage.declineReasons.map((r) => [t(`declineReason.${r.reason}`), r.count]),
        [t("declineReason.NO_ANSWER"), current.kommunUsage.notRequisitioned],
        [t("total"), current.kommunUsage.declined + current.kommunUsage.notRequisitioned],
      ],
    });
    const bySize = await ctx.funding(year, FundingGroupBy.SIZE_BAND);
    blocks.push({
      kind: "table",
      sheet: t("sheet.table9"),
      title: t("table.9", { year }),
      columns: [
        { label: t("col.sizeBand"), format: "text" },
        { label: t("col.kommuner"), format: "int" },
        { label: t("col.kommunerUsed"), format: "int" },
        { label: t("col.shareKommuner"), format: "percent" },
      ],
      rows: [...bySize.groups, { ...bySize.total, label: t("total") }].map((g) => [g.label, g.kommuner, g.used, g.shareUsed]),
    });
    const first = series[0] ?? current;
    const groupsFirst = new Map(first.groups.map((g) => [g.key, g]));
    blocks.push({
      kind: "table",
      sheet: t("sheet.table10"),
      title: t("table.10", { from: first.year, to: year }),
      columns: [
        { label: t("col.kommungrupp"), format: "text" },
        { label: t("col.kommuner"), format: "int" },
        { label: t("col.shareIn", { year: first.year }), format: "percent" },
        { label: t("col.shareIn", { year }), format: "percent" },
      ],
      rows: [
        ...current.groups.map((g) => [`${g.key} ${g.label}`, g.kommuner, groupsFirst.get(g.key)?.shareUsed ?? null, g.shareUsed]),
        [t("total"), current.total.kommuner, first.total.shareUsed, current.total.shareUsed],
      ],
    });
    const years = series.map((s) => s.year);
    blocks.push({
      kind: "chart",
      spec: barChartSpec({
        title: t("chart.usedPerYear", { from: years[0] ?? year, to: year }),
        unit: "kr",
        categories: years.map(String),
        series: kinds.map((k) => ({ name: t(KIND_KEY[k]!), values: series.map((s) => kindRow(s, k)?.used ?? 0) })),
      }),
    });
    blocks.push({
      kind: "chart",
      spec: lineChartSpec({
        title: t("chart.shareUsed", { from: years[0] ?? year, to: year }),
        unit: "%",
        years,
        series: kinds.map((k) => ({ name: t(KIND_KEY[k]!), values: series.map((s) => kindRow(s, k)?.shareUsed ?? null) })),
      }),
    });
    const statuses = Object.values(KommunFundingStatus);
    blocks.push({
      kind: "map",
      title: t("map.title", { year }),
      legend: statuses.map((s) => ({ key: s, label: t(`map.${s}`), colour: MAP_COLOURS[s] })),
      classes: Object.fromEntries(current.kommuner.map((k) => [k.organisation.code, k.status])),
    });
    return { key: this.key, title: t("section.developmentFunds"), blocks };
  },
};

/** Tabell 7: the funds to idéburna organisationer over the years. */
const ngoFunds: ReportSectionDefinition = {
  key: "ngoFunds",
  async build(ctx) {
    const { t, year } = ctx;
    const series = (await fundingYears(ctx)).filter((s) => kindRow(s, OrganisationKind.IDEELL_ORGANISATION));
    return {
      key: this.key,
      title: t("section.ngoFunds"),
      blocks: [
        { kind: "text", text: t("ngo.intro") },
        {
          kind: "table",
          sheet: t("sheet.table7"),
          title: t("table.7", { from: series[0]?.year ?? year, to: year }),
          columns: [
            { label: t("col.year"), format: "text" },
            { label: t("col.available"), format: "kr" },
            { label: t("col.applied"), format: "int" },
            { label: t("col.granted"), format: "int" },
            { label: t("col.grantedAmount"), format: "kr" },
            { label: t("col.used"), format: "kr" },
            { label: t("col.shareUsed"), format: "percent" },
          ],
          rows: series.map((s) => {
            const r = kindRow(s, OrganisationKind.IDEELL_ORGANISATION)!;
            return [String(s.year), r.available, r.participants, r.granted, r.grantedAmount, r.used, r.shareUsed];
          }),
          note: series.length ? undefined : t("none"),
        },
      ],
    };
  },
};

const share = (percent: number | null) => (percent === null ? null : percent / 100);

/** How the kommuner used the funds, from the coded follow-ups: Tabell 3, 4, 5 per SKR kommungrupp, and the areas of use (Figur 2) and the NGOs' areas with amounts. */
const followUp: ReportSectionDefinition = {
  key: "followUp",
  async build(ctx) {
    const { t, year, lang } = ctx;
    const tables = await ctx.services.developmentFunds.followUpTables(year, FundingGroupBy.KOMMUNGRUPP);
    const label = (r: FollowUpCodeRow) => (lang === "en" ? r.en : r.sv);
    // "Tabell 3. Samordningsfunktionens placering 2018 (n = 240)"; the NGOs' areas have no number in the report.
    const titleOf = (table: FollowUpTable, numbered: string | null) =>
      `${numbered ? `${numbered}. ` : ""}${lang === "en" ? table.titleEn : table.titleSv} ${year} (n = ${table.reported})`;
    const byGroup = (table: FollowUpTable, sheet: string): ReportTable => ({
      kind: "table",
      sheet,
      title: titleOf(table, sheet),
      columns: [
        { label: t("col.code"), format: "text" },
        { label: t("col.kommuner"), format: "int" },
        ...tables.groups.map((g) => ({ label: `${g.label} (n = ${g.reported})`, format: "int" as const })),
      ],
      rows: table.rows.map((r) => [label(r), r.count, ...r.byGroup]),
      note: table.reported ? undefined : t("none"),
    });
    const withAmounts = (table: FollowUpTable, sheet: string, numbered: boolean): ReportTable => ({
      kind: "table",
      sheet,
      title: titleOf(table, numbered ? sheet : null),
      columns: [
        { label: t("col.code"), format: "text" },
        { label: t("col.reportingOrganisations"), format: "int" },
        { label: t("col.used"), format: "kr" },
      ],
      rows: table.rows.map((r) => [label(r), r.count, r.amount]),
      note: table.reported ? undefined : t("none"),
    });
    const blocks: ReportBlock[] = [
      { kind: "text", text: t("followUp.intro", { year, reported: tables.reported, funded: tables.coordinatorFunded }) },
      byGroup(tables.placement, t("sheet.table3")),
      byGroup(tables.targetGroups, t("sheet.table4")),
      byGroup(tables.assessmentMethods, t("sheet.table5")),
    ];
    if (tables.assessmentMethods.reported) blocks.push({ kind: "chart", spec: barChartSpec(followUpChart(tables.assessmentMethods, lang)) });
    blocks.push(withAmounts(tables.areas, t("sheet.figure2"), true));
    if (tables.areas.reported) blocks.push({ kind: "chart", spec: barChartSpec(followUpChart(tables.areas, lang)) });
    blocks.push(withAmounts(tables.ngoAreas, t("sheet.ngoAreas"), false));
    return { key: this.key, title: t("section.followUp"), blocks };
  },
};

/** Särskilda stimulansmedel: the years' totals, and the report year per organisation and per purpose. */
const stimulusFunds: ReportSectionDefinition = {
  key: "stimulusFunds",
  async build(ctx) {
    const { t, year } = ctx;
    const all = await Promise.all(ctx.years.map((y) => ctx.stimulus(y)));
    const series = all.filter((s) => s.calls > 0 || s.total.applications > 0);
    const current = all[all.length - 1];
    const years = series.map((s) => s.year);
    return {
      key: this.key,
      title: t("section.stimulusFunds"),
      blocks: [
        { kind: "text", text: t("stimulus.intro") },
        {
          kind: "table",
          sheet: t("sheet.stimulusYears"),
          title: t("table.stimulusYears", { from: years[0] ?? year, to: year }),
          columns: [
            { label: t("col.year"), format: "text" },
            { label: t("col.available"), format: "kr" },
            { label: t("col.recipientsDescription"), format: "text" },
            { label: t("col.grantedAmount"), format: "kr" },
            { label: t("col.used"), format: "kr" },
            { label: t("col.shareUsed"), format: "percent" },
            { label: t("col.repaid"), format: "kr" },
          ],
          rows: series.map((s) => [
            String(s.year),
            s.available,
            s.recipientsDescription,
            s.total.granted,
            s.total.used,
            share(s.total.shareUsed),
            s.total.repaid,
          ]),
          note: series.length ? undefined : t("none"),
        },
        {
          kind: "table",
          sheet: t("sheet.stimulusOrganisations"),
          title: t("table.stimulusOrganisations", { year }),
          columns: [
            { label: t("col.organisation"), format: "text" },
            { label: t("col.requested"), format: "kr" },
            { label: t("col.grantedAmount"), format: "kr" },
            { label: t("col.used"), format: "kr" },
            { label: t("col.shareUsed"), format: "percent" },
            { label: t("col.repaid"), format: "kr" },
          ],
          rows: current.byOrganisation.map((o) => [o.organisationName, o.requested, o.granted, o.used, share(o.shareUsed), o.repaid]),
          note: current.byOrganisation.length ? undefined : t("none"),
        },
        {
          kind: "table",
          sheet: t("sheet.stimulusPurposes"),
          title: t("table.stimulusPurposes", { year }),
          columns: [
            { label: t("col.purpose"), format: "text" },
            { label: t("col.recipientCount"), format: "int" },
            { label: t("col.grantedAmount"), format: "kr" },
            { label: t("col.used"), format: "kr" },
          ],
          rows: current.byPurpose.filter((p) => p.applications > 0).map((p) => [p.label, p.recipients, p.granted, p.used]),
          note: t("stimulus.purposeNote"),
        },
        {
          kind: "chart",
          spec: barChartSpec({
            title: t("chart.stimulus", { from: years[0] ?? year, to: year }),
            unit: "kr",
            categories: years.map(String),
            series: [
              { name: t("col.grantedAmount"), values: series.map((s) => s.total.granted) },
              { name: t("col.used"), values: series.map((s) => s.total.used) },
            ],
          }),
        },
      ],
    };
  },
};

/** Kompetensstöd: trainings and their reach, kursledare, networks per topic, the county boards' work and the year's surveys. */
const competenceSupport: ReportSectionDefinition = {
  key: "competenceSupport",
  async build(ctx) {
    const { t, year, lang, services } = ctx;
    const reach = await services.trainings.reach(year, null);
    const coverage = await services.trainings.courseLeaderCoverage(ctx.actor);
    const topics = await services.networks.byTopic(year);
    const county = await services.countyWork.national(year);
    const surveys = await services.questionnaires.yearResponseRates(year);
    const blocks: ReportBlock[] = [
      { kind: "text", text: t("competence.intro") },
      {
        kind: "table",
        sheet: t("sheet.trainings"),
        title: t("table.trainings", { year }),
        columns: [
          { label: t("col.trainingType"), format: "text" },
          { label: t("col.events"), format: "int" },
          { label: t("col.people"), format: "int" },
          { label: t("col.loggedParticipants"), format: "int" },
          { label: t("col.kommuner"), format: "int" },
          { label: t("kind.regioner"), format: "int" },
          { label: t("kind.ngos"), format: "int" },
          { label: t("col.otherBodies"), format: "int" },
        ],
        rows: reach.totals.map((r) => [
          TRAINING_TYPE_LABELS[r.type][lang],
          r.events,
          r.participants,
          r.loggedParticipants,
          r.kommuner,
          r.regioner,
          r.ngos,
          r.otherBodies,
        ]),
        note: reach.totals.length ? undefined : t("none"),
      },
    ];
    if (reach.shares.length) blocks.push({ kind: "chart", spec: barChartSpec(sharesChart(reach, lang)) });
    const names = reach.countyNames;
    blocks.push({
      kind: "table",
      sheet: t("sheet.courseLeaders"),
      title: t("table.courseLeaders"),
      columns: [
        { label: t("col.county"), format: "text" },
        { label: t("col.kommuner"), format: "int" },
        { label: t("col.kommunerWithLeader"), format: "int" },
        { label: t("col.shareKommuner"), format: "percent" },
        { label: t("col.courseLeaders"), format: "int" },
        { label: t("col.followedUp"), format: "int" },
        { label: t("col.localCourses"), format: "int" },
      ],
      rows: coverage.map((c) => [
        names.get(c.countyCode) ?? c.countyCode,
        c.kommuner,
        c.kommunerWithCourseLeader,
        c.share,
        c.courseLeaders + c.regionCourseLeaders,
        c.courseLeadersFollowedUp,
        c.localCourses,
      ]),
      note: t("competence.courseLeaderNote"),
    });
    blocks.push({
      kind: "table",
      sheet: t("sheet.networks"),
      title: t("table.networks", { year }),
      columns: [
        { label: t("col.topic"), format: "text" },
        { label: t("col.lansstyrelser"), format: "int" },
        { label: t("col.shareLansstyrelser"), format: "percent" },
        { label: t("col.meetings"), format: "int" },
        { label: t("col.organisations"), format: "int" },
      ],
      rows: topics.topics.map((x) => [NETWORK_TOPIC_LABELS[x.topic][lang], x.lansstyrelser, x.share, x.meetingsHeld, x.organisations]),
    });
    blocks.push({ kind: "chart", spec: barChartSpec(topicsChart(topics, lang)) });
    blocks.push({
      kind: "table",
      sheet: t("sheet.countyWork"),
      title: t("table.countyWork", { year }),
      columns: [
        { label: t("col.measure"), format: "text" },
        { label: t("col.value"), format: "int" },
      ],
      rows: [
        [t("countyWork.visits"), county.municipalityVisits],
        [t("countyWork.kommunerVisited"), county.kommunerVisited],
        [t("countyWork.campaigns"), county.campaigns],
        [t("countyWork.nationalCampaign"), county.nationalCampaigns.lansstyrelser],
        [t("countyWork.articles"), county.articles],
        [t("countyWork.readers"), county.readers],
        [t("countyWork.strategyAdopted"), county.strategyAdopted.lansstyrelser],
      ],
    });
    blocks.push({ kind: "chart", spec: barChartSpec(countyWorkSharesChart(county, lang)) });
    blocks.push({
      kind: "table",
      sheet: t("sheet.surveys"),
      title: t("table.surveys", { year }),
      columns: [
        { label: t("col.questionnaire"), format: "text" },
        { label: t("col.recipientCount"), format: "int" },
        { label: t("col.answered"), format: "int" },
        { label: t("col.responseRate"), format: "percent" },
      ],
      rows: surveys.map((s) => [lang === "en" ? s.questionnaire.titleEn : s.questionnaire.titleSv, s.total.recipients, s.total.submitted, s.total.share]),
      note: surveys.length ? undefined : t("none"),
    });
    return { key: this.key, title: t("section.competenceSupport"), blocks };
  },
};

/** Method notes: where each figure comes from, that demo data is demo data, and the known differences. */
const method: ReportSectionDefinition = {
  key: "method",
  async build(ctx) {
    const { t } = ctx;
    const blocks: ReportBlock[] = [];
    if (ctx.demo) blocks.push({ kind: "text", heading: t("method.demoHeading"), text: t("method.demo") });
    blocks.push({ kind: "text", heading: t("method.sourcesHeading"), text: t("method.sources") });
    blocks.push({ kind: "text", heading: t("method.differencesHeading"), text: t("method.differences") });
    return { key: this.key, title: t("section.method"), blocks };
  },
};

/**
 * The report's sections in order. A new table is one more entry here (placed before the method
 * notes); the PDF and the workbook render whatever the sections hold.
 */
export const REPORT_SECTIONS: ReportSectionDefinition[] = [developmentFunds, followUp, ngoFunds, stimulusFunds, competenceSupport, method];

/** A section context's helpers: the language, and each service read once per report. */
export function sectionContext(input: Omit<SectionContext, "t" | "funding" | "stimulus">): SectionContext {
  const funding = new Map<string, Promise<FundingStatistics>>();
  const stimulus = new Map<number, Promise<StimulusSummary>>();
  return {
    ...input,
    t: (key, params) => renderPhrase(`report.${key}`, params, input.lang),
    funding: (year, groupBy = FundingGroupBy.KOMMUNGRUPP) => {
      const key = `${year}:${groupBy}`;
      if (!funding.has(key)) funding.set(key, input.services.developmentFunds.statistics(input.actor, year, groupBy, null));
      return funding.get(key)!;
    },
    stimulus: (year) => {
      if (!stimulus.has(year))
        stimulus.set(
          year,
          input.db.forStatistics(() => stimulusSummary(input.db.manager, year, input.lang)),
        );
      return stimulus.get(year)!;
    },
  };
}
