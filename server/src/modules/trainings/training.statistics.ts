import { Field, Float, Int, ObjectType } from "type-graphql";
import { In } from "typeorm";
import type { Database } from "../../db/database";
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
