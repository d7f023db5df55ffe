import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { In, type SelectQueryBuilder } from "typeorm";
import type { Database } from "../../db/database";
import type { BarChart } from "../../shared/charts";
import type { Locale } from "../../shared/request-context";
import { County } from "../organisations/county.entity";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { RegistrationStatus as R, TrainingEventStatus as S } from "./training-event.state-machine";
import { AttendanceStatus, TrainingAttendance, TrainingEvent, TrainingParticipationLog, TrainingRegistration, TrainingType } from "./training.entities";

@ObjectType()
export class TrainingTypeCount {
  @Field(() => TrainingType)
  type: TrainingType;

  @Field(() => Int)
  events: number;

  @Field(() => Int)
  participants: number;
}

@ObjectType({ description: "People still on the waitlist when an event started: demand to schedule another date" })
export class UnmetDemand {
  @Field(() => String, { nullable: true, description: "Null for national events" })
  countyCode: string | null;

  @Field(() => TrainingType)
  type: TrainingType;

  @Field(() => Int)
  waitlisted: number;
}

@ObjectType()
export class TrainingStatistics {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true })
  countyCode: string | null;

  @Field(() => Int)
  events: number;

  @Field(() => [TrainingTypeCount])
  byType: TrainingTypeCount[];

  @Field(() => Int, { description: "Distinct people (by e-mail) with a confirmed seat, across events" })
  participants: number;

  @Field(() => Int, { description: "Participants of events logged afterwards as counts per organisation" })
  loggedParticipants: number;

  @Field(() => Int, { description: "Distinct kommuner reached" })
  kommuner: number;

  @Field(() => Int)
  regioner: number;

  @Field(() => Int, { description: "Distinct other organisations reached (NGOs, agencies)" })
  organisations: number;

  @Field(() => Float, { nullable: true, description: "Attended sessions / sessions with attendance recorded" })
  attendanceRate: number | null;

  @Field(() => [UnmetDemand])
  unmetDemand: UnmetDemand[];
}

/**
 * The figures länsstyrelser report yearly ("315 personer från 94 kommuner, 7 regioner och
 * 30 organisationer"). With a county, people are counted when their organisation is in it.
 */
export async function trainingStatistics(db: Database, year: number, countyCode: string | null): Promise<TrainingStatistics> {
  const m = db.manager;
  const from = new Date(Date.UTC(year - 1, 11, 31, 23, 0, 0));
  const to = new Date(Date.UTC(year, 11, 31, 23, 0, 0));
  const events = await m
    .createQueryBuilder(TrainingEvent, "e")
    .where("e.startsAt >= :from AND e.startsAt < :to", { from, to })
    .andWhere({ status: In([S.PUBLISHED, S.COMPLETED]) })
    .getMany();
  const eventIds = events.map((e) => e.id);
  const orgs = new Map((await m.find(Organisation, { select: { id: true, kind: true, countyCode: true } })).map((o) => [o.id, o]));
  const inCounty = (orgId: number) => !countyCode || orgs.get(orgId)?.countyCode === countyCode;

  const regs = eventIds.length
    ? (await m.find(TrainingRegistration, { where: { eventId: In(eventIds), status: In([R.CONFIRMED, R.WAITLISTED]) } })).filter((r) =>
        inCounty(r.organisationId),
      )
    : [];
  const logs = eventIds.length ? (await m.findBy(TrainingParticipationLog, { eventId: In(eventIds) })).filter((l) => inCounty(l.organisationId)) : [];
  const confirmed = regs.filter((r) => r.status === R.CONFIRMED);

  const reached = new Set([...confirmed.map((r) => r.organisationId), ...logs.map((l) => l.organisationId)]);
  const countKind = (kinds: OrganisationKind[]) => [...reached].filter((id) => kinds.includes(orgs.get(id)!.kind)).length;

  const eventById = new Map(events.map((e) => [e.id, e]));
  const relevantEvents = events.filter(
    (e) => !countyCode || e.countyCode === countyCode || confirmed.some((r) => r.eventId === e.id) || logs.some((l) => l.eventId === e.id),
  );
  const byType = new Map<TrainingType, TrainingTypeCount>();
  for (const e of relevantEvents) {
    const row = byType.get(e.type) ?? { type: e.type, events: 0, participants: 0 };
    row.events++;
    row.participants += confirmed.filter((r) => r.eventId === e.id).length + logs.filter((l) => l.eventId === e.id).reduce((s, l) => s + l.participants, 0);
    byType.set(e.type, row);
  }

  const attendance = confirmed.length ? await m.findBy(TrainingAttendance, { registrationId: In(confirmed.map((r) => r.id)) }) : [];
  const attended = attendance.filter((a) => a.status === AttendanceStatus.ATTENDED).length;

  const now = Date.now();
  const demand = new Map<string, UnmetDemand>();
  for (const r of regs.filter((r) => r.status === R.WAITLISTED)) {
    const e = eventById.get(r.eventId)!;
    if (!e.startsAt || e.startsAt.getTime() > now) continue;
    const key = `${e.countyCode}:${e.type}`;
    const row = demand.get(key) ?? { countyCode: e.countyCode, type: e.type, waitlisted: 0 };
    row.waitlisted++;
    demand.set(key, row);
  }

  return {
    year,
    countyCode,
    events: relevantEvents.length,
    byType: [...byType.values()].sort((a, b) => a.type.localeCompare(b.type)),
    participants: new Set(confirmed.map((r) => r.email.toLowerCase())).size,
    loggedParticipants: logs.reduce((s, l) => s + l.participants, 0),
    kommuner: countKind([OrganisationKind.KOMMUN]),
    regioner: countKind([OrganisationKind.REGION]),
    organisations: countKind(Object.values(OrganisationKind).filter((k) => k !== OrganisationKind.KOMMUN && k !== OrganisationKind.REGION)),
    attendanceRate: attendance.length ? attended / attendance.length : null,
    unmetDemand: [...demand.values()].sort((a, b) => b.waitlisted - a.waitlisted),
  };
}

// ---- reach: per training type, year and county, counted by distinct people and organisations ----

export enum ReachMeasure {
  EVENTS = "EVENTS",
  PARTICIPANTS = "PARTICIPANTS",
  KOMMUNER = "KOMMUNER",
  REGIONER = "REGIONER",
  NGOS = "NGOS",
  OTHER_BODIES = "OTHER_BODIES",
  UNMET_DEMAND = "UNMET_DEMAND",
}
registerEnumType(ReachMeasure, { name: "ReachMeasure", description: "One figure of a reach row, e.g. for a chart per län" });

@ObjectType({ description: "The reach of one training type in a year, in one county, among national bodies' events, or nationally" })
export class TrainingReachRow {
  @Field(() => TrainingType)
  type: TrainingType;

  @Field(() => String, { nullable: true, description: "The organising länsstyrelse's county; null for national bodies' events, and in the national totals" })
  countyCode: string | null;

  @Field(() => Int, { description: "Events not cancelled that took place" })
  events: number;

  @Field(() => Int, { description: "Distinct people (by e-mail) with a confirmed seat: a person at two events counts once" })
  participants: number;

  @Field(() => Int, { description: "Participants of events logged afterwards as counts per organisation (not people)" })
  loggedParticipants: number;

  @Field(() => Int)
  kommuner: number;

  @Field(() => Int)
  regioner: number;

  @Field(() => Int, { description: "Idéburna organisationer" })
  ngos: number;

  @Field(() => Int, { description: "Other bodies: länsstyrelser, national agencies and centres" })
  otherBodies: number;

  @Field(() => Int, { description: "Distinct people waitlisted who never got a seat at an event of the type in the same county" })
  unmetDemand: number;

  @Field(() => Int, { description: "Distinct participants who were certified kursledare before the event (for follow-up days)" })
  certifiedCourseLeaders: number;
}

@ObjectType({ description: "How many of the länsstyrelser held at least one event of a type in the year" })
export class TrainingTypeShare {
  @Field(() => TrainingType)
  type: TrainingType;

  @Field(() => Int)
  lansstyrelser: number;

  @Field(() => Float, { description: "lansstyrelser / all länsstyrelser, 0–1" })
  share: number;
}

@ObjectType()
export class TrainingReach {
  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: "The county asked for: byCounty holds only its rows" })
  countyCode: string | null;

  @Field(() => Int, { description: "All länsstyrelser: the denominator of the shares" })
  lansstyrelser: number;

  @Field(() => [TrainingReachRow], { description: "Per type and county (null: national bodies' events)" })
  byCounty: TrainingReachRow[];

  @Field(() => [TrainingReachRow], { description: "Per type nationally: each person and organisation once, whatever the county" })
  totals: TrainingReachRow[];

  @Field(() => [TrainingTypeShare])
  shares: TrainingTypeShare[];

  /** Every county's rows (whatever the filter) and the counties' names: for the charts per län. */
  allRows: TrainingReachRow[];
  countyNames: Map<string, string>;
}

/** A held event as the reach counts it: its county is the organising länsstyrelse's, null for a national body's. */
export interface ReachEvent {
  id: number;
  type: TrainingType;
  countyCode: string | null;
  lansstyrelseId: number | null;
}

export interface ReachRegistration {
  eventId: number;
  organisationId: number;
  kind: OrganisationKind;
  /** The person's identity: the e-mail, lower case. */
  person: string;
  confirmed: boolean;
  /** Certified kursledare before the event started. */
  courseLeader: boolean;
}

export interface ReachLog {
  eventId: number;
  organisationId: number;
  kind: OrganisationKind;
  participants: number;
}

const NGO_KINDS = [OrganisationKind.IDEELL_ORGANISATION];
const OTHER_KINDS = Object.values(OrganisationKind).filter((k) => k !== OrganisationKind.KOMMUN && k !== OrganisationKind.REGION && !NGO_KINDS.includes(k));

class ReachCounter {
  events = 0;
  logged = 0;
  people = new Set<string>();
  waiting = new Set<string>();
  leaders = new Set<string>();
  organisations = new Map<number, OrganisationKind>();

  row(type: TrainingType, countyCode: string | null): TrainingReachRow {
    const kinds = [...this.organisations.values()];
    const of = (ks: OrganisationKind[]) => kinds.filter((k) => ks.includes(k)).length;
    return {
      type,
      countyCode,
      events: this.events,
      participants: this.people.size,
      loggedParticipants: this.logged,
      kommuner: of([OrganisationKind.KOMMUN]),
      regioner: of([OrganisationKind.REGION]),
      ngos: of(NGO_KINDS),
      otherBodies: of(OTHER_KINDS),
      unmetDemand: [...this.waiting].filter((p) => !this.people.has(p)).length,
      certifiedCourseLeaders: this.leaders.size,
    };
  }
}

/**
 * The counting rule of reach, without the database: per type and county, and per type nationally,
 * each person (e-mail) and each organisation counts once, however many events they attended; an
 * organisation whose people attended in two counties counts once in each and once nationally.
 * The share of länsstyrelser per type counts the organisers that held at least one event.
 */
export function countReach(
  events: ReachEvent[],
  registrations: ReachRegistration[],
  logs: ReachLog[],
  lansstyrelser: number,
): Pick<TrainingReach, "byCounty" | "totals" | "shares"> {
  const groups = new Map<string, { type: TrainingType; countyCode: string | null; counter: ReachCounter }>();
  const national = new Map<TrainingType, ReachCounter>();
  const counterOf = (e: ReachEvent) => {
    const key = `${e.type}:${e.countyCode ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { type: e.type, countyCode: e.countyCode, counter: new ReachCounter() }));
    let n = national.get(e.type);
    if (!n) national.set(e.type, (n = new ReachCounter()));
    return [g.counter, n];
  };
  const byId = new Map(events.map((e) => [e.id, e]));
  const organisers = new Map<TrainingType, Set<number>>();
  for (const e of events) {
    for (const c of counterOf(e)) c.events++;
    if (e.lansstyrelseId !== null) organisers.set(e.type, (organisers.get(e.type) ?? new Set()).add(e.lansstyrelseId));
  }
  for (const r of registrations) {
    const e = byId.get(r.eventId);
    if (!e) continue;
    for (const c of counterOf(e)) {
      if (!r.confirmed) {
        c.waiting.add(r.person);
        continue;
      }
      c.people.add(r.person);
      c.organisations.set(r.organisationId, r.kind);
      if (r.courseLeader) c.leaders.add(r.person);
    }
  }
  for (const l of logs) {
    const e = byId.get(l.eventId);
    if (!e) continue;
    for (const c of counterOf(e)) {
      c.logged += l.participants;
      c.organisations.set(l.organisationId, l.kind);
    }
  }
  const typeOrder = Object.values(TrainingType);
  const byType = (a: { type: TrainingType }, b: { type: TrainingType }) => typeOrder.indexOf(a.type) - typeOrder.indexOf(b.type);
  return {
    byCounty: [...groups.values()]
      .map((g) => g.counter.row(g.type, g.countyCode))
      .sort((a, b) => byType(a, b) || (a.countyCode ?? "").localeCompare(b.countyCode ?? "")),
    totals: [...national.entries()].map(([type, c]) => c.row(type, null)).sort(byType),
    shares: typeOrder
      .filter((type) => organisers.has(type))
      .map((type) => {
        const n = organisers.get(type)!.size;
        return { type, lansstyrelser: n, share: lansstyrelser ? n / lansstyrelser : 0 };
      }),
  };
}

/**
 * Reach in a year: events not cancelled that took place (published or completed, started by now),
 * their confirmed and waitlisted registrations and their logged counts. Four statements whatever
 * the number of events, people or counties.
 */
export async function trainingReach(db: Database, year: number, countyCode: string | null): Promise<TrainingReach> {
  const m = db.manager;
  const from = new Date(Date.UTC(year - 1, 11, 31, 23, 0, 0));
  const to = new Date(Math.min(Date.UTC(year, 11, 31, 23, 0, 0), Date.now()));
  const held = (qb: SelectQueryBuilder<TrainingEvent>) =>
    qb.where("e.startsAt >= :from AND e.startsAt < :to", { from, to }).andWhere("e.status IN (:...held)", { held: [S.PUBLISHED, S.COMPLETED] });

  const eventRows = await held(
    m
      .createQueryBuilder(TrainingEvent, "e")
      .innerJoin(Organisation, "o", "o.id = e.organiserOrganisationId")
      .select("e.id", "id")
      .addSelect("e.type", "type")
      .addSelect("o.kind", "kind")
      .addSelect("o.id", "organiserId")
      .addSelect("o.countyCode", "countyCode"),
  ).getRawMany<{ id: number | string; type: TrainingType; kind: OrganisationKind; organiserId: number | string; countyCode: string | null }>();
  const events: ReachEvent[] = eventRows.map((e) => {
    const lst = e.kind === OrganisationKind.LANSSTYRELSE;
    return { id: Number(e.id), type: e.type, countyCode: lst ? e.countyCode : null, lansstyrelseId: lst ? Number(e.organiserId) : null };
  });

  const registrations = events.length
    ? (
        await held(
          m
            .createQueryBuilder(TrainingEvent, "e")
            .innerJoin(TrainingRegistration, "r", "r.eventId = e.id")
            .innerJoin(Organisation, "o", "o.id = r.organisationId")
            .select("r.eventId", "eventId")
            .addSelect("r.organisationId", "organisationId")
            .addSelect("o.kind", "kind")
            .addSelect("LOWER(r.email)", "person")
            .addSelect("r.status", "status")
            .addSelect(
              `CASE WHEN EXISTS (SELECT 1 FROM course_leader c WHERE LOWER(c.email) = LOWER(r.email) AND c.certifiedAt < e.startsAt) THEN 1 ELSE 0 END`,
              "courseLeader",
            ),
        )
          .andWhere("r.status IN (:...regs)", { regs: [R.CONFIRMED, R.WAITLISTED] })
          .getRawMany<{
            eventId: number | string;
            organisationId: number | string;
            kind: OrganisationKind;
            person: string;
            status: R;
            courseLeader: number | string;
          }>()
      ).map((r) => ({
        eventId: Number(r.eventId),
        organisationId: Number(r.organisationId),
        kind: r.kind,
        person: r.person,
        confirmed: r.status === R.CONFIRMED,
        courseLeader: Number(r.courseLeader) === 1,
      }))
    : [];

  const logs = events.length
    ? (
        await held(
          m
            .createQueryBuilder(TrainingEvent, "e")
            .innerJoin(TrainingParticipationLog, "l", "l.eventId = e.id")
            .innerJoin(Organisation, "o", "o.id = l.organisationId")
            .select("l.eventId", "eventId")
            .addSelect("l.organisationId", "organisationId")
            .addSelect("o.kind", "kind")
            .addSelect("l.participants", "participants"),
        ).getRawMany<{ eventId: number | string; organisationId: number | string; kind: OrganisationKind; participants: number | string }>()
      ).map((l) => ({ eventId: Number(l.eventId), organisationId: Number(l.organisationId), kind: l.kind, participants: Number(l.participants) }))
    : [];

  const counties = await m.find(County, { order: { code: "ASC" } });
  const lansstyrelser = await m.countBy(Organisation, { kind: OrganisationKind.LANSSTYRELSE });
  const counted = countReach(events, registrations, logs, lansstyrelser);
  return {
    year,
    countyCode,
    lansstyrelser,
    byCounty: countyCode ? counted.byCounty.filter((r) => r.countyCode === countyCode) : counted.byCounty,
    totals: counted.totals,
    shares: counted.shares,
    allRows: counted.byCounty,
    countyNames: new Map(counties.map((c) => [c.code, c.name])),
  };
}

const MEASURE_LABELS: Record<ReachMeasure, Record<Locale, string>> = {
  EVENTS: { sv: "Tillfällen", en: "Events" },
  PARTICIPANTS: { sv: "Deltagare", en: "Participants" },
  KOMMUNER: { sv: "Kommuner", en: "Municipalities" },
  REGIONER: { sv: "Regioner", en: "Regions" },
  NGOS: { sv: "Idéburna organisationer", en: "Non-profit organisations" },
  OTHER_BODIES: { sv: "Andra organisationer", en: "Other bodies" },
  UNMET_DEMAND: { sv: "Fick inte plats", en: "Unmet demand" },
};

export const TRAINING_TYPE_LABELS: Record<TrainingType, Record<Locale, string>> = {
  KURSLEDARUTBILDNING: { sv: "Kursledarutbildning", en: "Course-leader training" },
  UPPFOLJNINGSDAG: { sv: "Uppföljningsdag", en: "Follow-up day" },
  FREDA: { sv: "FREDA-bedömningsmetoder", en: "FREDA assessment methods" },
  BAS: { sv: "Grundkurs om våld i nära relationer", en: "Basic course on violence in close relationships" },
  SPETS: { sv: "Spetsutbildning", en: "Advanced training" },
  HEDERSRELATERAT_VALD: { sv: "Hedersrelaterat våld och förtryck", en: "Honour-related violence and oppression" },
  BARN_SOM_UPPLEVER_VALD: { sv: "Barn som upplever våld", en: "Children who experience violence" },
  SEX_MOT_ERSATTNING: { sv: "Sex mot ersättning", en: "Sex for compensation" },
  SOSFS_2014_4: { sv: "Föreskrifterna SOSFS 2014:4", en: "The regulations SOSFS 2014:4" },
  OTHER: { sv: "Annan utbildning", en: "Other training" },
};

const MEASURE_FIELD: Record<ReachMeasure, keyof TrainingReachRow> = {
  EVENTS: "events",
  PARTICIPANTS: "participants",
  KOMMUNER: "kommuner",
  REGIONER: "regioner",
  NGOS: "ngos",
  OTHER_BODIES: "otherBodies",
  UNMET_DEMAND: "unmetDemand",
};

/** The value of one measure of a row. */
export function reachValue(row: TrainingReachRow, measure: ReachMeasure): number {
  return row[MEASURE_FIELD[measure]] as number;
}

/** The share of länsstyrelser that held each type, as a bar chart. */
export function sharesChart(reach: TrainingReach, locale: Locale): BarChart {
  return {
    title: locale === "en" ? `County administrative boards that held the training, ${reach.year}` : `Andel länsstyrelser som höll utbildningen ${reach.year}`,
    unit: "%",
    categories: reach.shares.map((s) => TRAINING_TYPE_LABELS[s.type][locale]),
    series: [{ name: locale === "en" ? "Share" : "Andel", values: reach.shares.map((s) => s.share) }],
  };
}

/** One measure of one type per län (every county, also those with nothing), as a bar chart. */
export function countyChart(reach: TrainingReach, type: TrainingType, measure: ReachMeasure, locale: Locale): BarChart {
  const rows = new Map(reach.allRows.filter((r) => r.type === type).map((r) => [r.countyCode, r]));
  const codes = [...reach.countyNames.keys()];
  return {
    title: `${TRAINING_TYPE_LABELS[type][locale]}: ${MEASURE_LABELS[measure][locale].toLowerCase()} ${locale === "en" ? "per county" : "per län"}, ${reach.year}`,
    unit: MEASURE_LABELS[measure][locale],
    categories: codes.map((c) => reach.countyNames.get(c)!),
    series: [{ name: MEASURE_LABELS[measure][locale], values: codes.map((c) => (rows.get(c) ? reachValue(rows.get(c)!, measure) : 0)) }],
  };
}
