import { GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { barChartSpec } from "../../shared/charts";
import { currentLocale } from "../../shared/request-context";
import { CommonErrors } from "../../shared/errors";
import type { Context } from "../../graphql/context";
import { Organisation } from "../organisations/organisation.entity";
import { RegistrationAction, RegistrationStatus, TrainingEventAction } from "./training-event.state-machine";
import {
  CourseLeader,
  TrainingAttendance,
  TrainingEvent,
  TrainingParticipationLog,
  TrainingRegistration,
  TrainingSession,
  TrainingType,
} from "./training.entities";
import { countyChart, ReachMeasure, sharesChart, TrainingReach } from "./training.statistics";

@Resolver(() => TrainingEvent)
export class TrainingEventFields {
  @FieldResolver(() => [TrainingSession])
  sessions(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    return ctx.loaders.sessionsByEventId.load(e.id);
  }

  @FieldResolver(() => Organisation)
  organiser(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(e.organiserOrganisationId);
  }

  @FieldResolver(() => Int)
  placesLeft(@Root() e: TrainingEvent) {
    return Math.max(0, e.capacity - e.confirmedCount);
  }

  @FieldResolver(() => Int, { description: "People waiting for a seat" })
  async waitlistCount(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    return (await ctx.loaders.waitlistOrdersByEventId.load(e.id)).length;
  }

  @FieldResolver(() => Boolean, { description: "The signed-in user organises this event" })
  isOrganiser(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    return !!ctx.actor && ctx.services.trainings.isOrganiser(ctx.actor, e);
  }

  @FieldResolver(() => [TrainingRegistration], {
    description: "Registrations the signed-in user may see: all for the organiser and Socialstyrelsen, otherwise their own organisation's",
  })
  registrations(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    if (!ctx.actor) throw CommonErrors.unauthenticated();
    return ctx.services.trainings.registrationsOf(ctx.actor, e, () => ctx.loaders.registrationsByEventId.load(e.id));
  }

  @FieldResolver(() => [TrainingEventAction], { description: "What I may do with the event now, as the server decides" })
  availableActions(@Root() e: TrainingEvent, @Ctx() ctx: Context): TrainingEventAction[] {
    return ctx.actor ? ctx.services.trainings.eventActions(ctx.actor, e) : [];
  }

  @FieldResolver(() => [TrainingParticipationLog], { description: "Participant counts logged for an event held without registrations here" })
  participationLogs(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    return ctx.loaders.participationLogsByEventId.load(e.id);
  }

  @FieldResolver(() => TrainingSession, { nullable: true, description: "Today's session, for which the organiser can check people in by code" })
  async checkInSession(@Root() e: TrainingEvent, @Ctx() ctx: Context) {
    if (!ctx.actor || !ctx.services.trainings.isOrganiser(ctx.actor, e)) return null;
    return ctx.services.trainings.checkInSession(await ctx.loaders.sessionsByEventId.load(e.id));
  }

  @FieldResolver(() => String, { description: "iCalendar file of the event's sessions" })
  calendarUrl(@Root() e: TrainingEvent) {
    return `/api/training-events/${e.id}/calendar.ics`;
  }
}

@Resolver(() => TrainingRegistration)
export class TrainingRegistrationFields {
  @FieldResolver(() => TrainingEvent)
  event(@Root() r: TrainingRegistration, @Ctx() ctx: Context) {
    return ctx.loaders.trainingEventById.load(r.eventId);
  }

  @FieldResolver(() => [RegistrationAction], { description: "What I may do with the registration now, as the server decides" })
  async availableActions(@Root() r: TrainingRegistration, @Ctx() ctx: Context): Promise<RegistrationAction[]> {
    if (!ctx.actor) return [];
    const e = await ctx.loaders.trainingEventById.load(r.eventId);
    return e ? ctx.services.trainings.registrationActions(ctx.actor, r, e) : [];
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() r: TrainingRegistration, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(r.organisationId);
  }

  @FieldResolver(() => Int, { nullable: true, description: "Place in the waitlist, 1 = next in line" })
  async waitlistPosition(@Root() r: TrainingRegistration, @Ctx() ctx: Context) {
    if (r.status !== RegistrationStatus.WAITLISTED || r.waitlistOrder == null) return null;
    const orders = await ctx.loaders.waitlistOrdersByEventId.load(r.eventId);
    return 1 + orders.filter((o) => o < r.waitlistOrder!).length;
  }

  @FieldResolver(() => [TrainingAttendance])
  attendance(@Root() r: TrainingRegistration, @Ctx() ctx: Context) {
    return ctx.loaders.attendanceByRegistrationId.load(r.id);
  }
}

@Resolver(() => CourseLeader)
export class CourseLeaderFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() c: CourseLeader, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(c.organisationId);
  }

  @FieldResolver(() => String)
  certificateUrl(@Root() c: CourseLeader) {
    return `/api/course-leaders/${c.id}/certificate.pdf`;
  }
}

@Resolver(() => TrainingParticipationLog)
export class TrainingParticipationLogFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() l: TrainingParticipationLog, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(l.organisationId);
  }
}

@Resolver(() => TrainingReach)
export class TrainingReachFields {
  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: the share of länsstyrelser that held each type" })
  sharesChart(@Root() reach: TrainingReach) {
    return barChartSpec(sharesChart(reach, currentLocale()));
  }

  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: one measure of one type per län" })
  countyChart(
    @Root() reach: TrainingReach,
    @Arg("type", () => TrainingType) type: TrainingType,
    @Arg("measure", () => ReachMeasure, { defaultValue: ReachMeasure.PARTICIPANTS }) measure: ReachMeasure,
  ) {
    return barChartSpec(countyChart(reach, type, measure, currentLocale()));
  }
}
