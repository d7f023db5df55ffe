import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Field, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { selectedFields } from "../../db/lean-read";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { LongTextArgs } from "../../graphql/long-text";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { RegistrationStatus } from "./training-event.state-machine";
import { AttendanceStatus, CourseLeader, LocalCourse, StaffMember, TrainingEvent, TrainingRegistration, TrainingSession } from "./training.entities";
import {
  CourseLeadersArgs,
  LocalCourseInput,
  ParticipantInput,
  ParticipationCountInput,
  SaveTrainingEventInput,
  StaffMemberInput,
  StaffMembersArgs,
  TrainingEventsArgs,
} from "./training.inputs";
import { TrainingReach, TrainingStatistics } from "./training.statistics";

@ObjectType()
export class TrainingEventPage extends Paginated(TrainingEvent) {}

@ObjectType()
export class CourseLeaderPage extends Paginated(CourseLeader) {}

@ObjectType({ description: "Självförsörjning av baskunskaper: kommuner of a county with at least one certified kursledare" })
export class CourseLeaderCoverage {
  @Field()
  countyCode: string;

  @Field(() => Int)
  kommuner: number;

  @Field(() => Int)
  kommunerWithCourseLeader: number;

  @Field(() => Float)
  share: number;

  @Field(() => Int, { description: "Regioner of the county (one each)" })
  regioner: number;

  @Field(() => Int)
  regionerWithCourseLeader: number;

  @Field(() => Int, { description: "Certified kursledare of the county's kommuner" })
  courseLeaders: number;

  @Field(() => Int, { description: "Certified kursledare of the county's region" })
  regionCourseLeaders: number;

  @Field(() => Int, { description: "Kursledare (kommun or region) with a confirmed seat at a follow-up day after their certification" })
  courseLeadersFollowedUp: number;

  @Field(() => Int, { description: "Local basic courses run by the county's kursledare" })
  localCourses: number;

  @Field(() => Int)
  localCourseParticipants: number;
}

@ObjectType()
export class StaffMemberPage extends Paginated(StaffMember) {}

@ObjectType({ description: "A person checked in at the door with their code" })
export class TrainingCheckIn {
  @Field(() => TrainingRegistration)
  registration: TrainingRegistration;

  @Field(() => TrainingSession, { description: "Today's session, whose attendance was recorded" })
  session: TrainingSession;

  @Field({ description: "The person was already checked in for this session; nothing changed" })
  alreadyCheckedIn: boolean;
}

@ObjectType({ description: "One row of a staff-list file as it would be imported" })
export class StaffImportRow {
  @Field(() => Int, { description: "Line in the file (the headings are line 1)" })
  line: number;

  @Field()
  name: string;

  @Field()
  email: string;

  @Field()
  title: string;

  @Field()
  workplace: string;

  @Field(() => [String], { description: "What is wrong with the row; empty when it can be imported" })
  errors: string[];

  @Field({ description: "The address is already in the list: the row updates that person" })
  existing: boolean;
}

@ObjectType()
export class StaffImportResult {
  @Field(() => Int)
  added: number;

  @Field(() => Int)
  updated: number;
}

@Resolver()
export class TrainingResolver {
  @Query(() => TrainingEventPage, { description: "Published training events (and the organiser's own drafts), soonest first" })
  async trainingEvents(@Args() args: TrainingEventsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.trainings.listEvents(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => TrainingEvent)
  trainingEvent(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.trainings.event(actor, Number(id), undefined, selectedFields(info));
  }

  @Mutation(() => TrainingEvent, { description: "Create (without id) or update a training event" })
  saveTrainingEvent(@Arg("input") input: SaveTrainingEventInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.save(actor, input);
  }

  @Mutation(() => TrainingEvent)
  publishTrainingEvent(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.publish(actor, Number(id));
  }

  @Mutation(() => TrainingEvent, { description: "Mark a held event completed" })
  completeTrainingEvent(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.complete(actor, Number(id));
  }

  @Mutation(() => TrainingEvent, { description: "Cancel the event; everyone registered is notified" })
  @LongTextArgs("reason")
  cancelTrainingEvent(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.cancelEvent(actor, Number(id), reason);
  }

  @Mutation(() => TrainingEvent, { description: "Participant counts per organisation for an event held without registrations here" })
  logTrainingEventParticipation(
    @Arg("id", () => ID) id: string,
    @Arg("counts", () => [ParticipationCountInput]) counts: ParticipationCountInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.trainings.logParticipation(actor, Number(id), counts);
  }

  @Mutation(() => [TrainingRegistration], { description: "Register staff; each is confirmed while seats and quota allow, otherwise waitlisted" })
  registerForTraining(
    @Arg("eventId", () => ID) eventId: string,
    @Arg("participants", () => [ParticipantInput]) participants: ParticipantInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.trainings.register(actor, Number(eventId), participants);
  }

  @Mutation(() => TrainingRegistration, { description: "Cancel a registration; the first waitlisted person who fits is promoted" })
  cancelTrainingRegistration(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.cancelRegistration(actor, Number(id));
  }

  @Mutation(() => TrainingRegistration, { description: "The organiser moves a person between the waitlist and a confirmed seat" })
  moveTrainingRegistration(
    @Arg("id", () => ID) id: string,
    @Arg("status", () => RegistrationStatus) status: RegistrationStatus,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    if (status === RegistrationStatus.CANCELLED) return ctx.services.trainings.cancelRegistration(actor, Number(id));
    return ctx.services.trainings.moveRegistration(actor, Number(id), status);
  }

  @Query(() => [TrainingRegistration], { description: "My organisation's registrations, latest events first (offset pagination)" })
  myTrainingRegistrations(@Args() page: PageArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.myRegistrations(actor, page);
  }

  @Mutation(() => TrainingRegistration, { description: "Attendance for the given sessions (all sessions when empty)" })
  markAttendance(
    @Arg("registrationId", () => ID) registrationId: string,
    @Arg("sessionIds", () => [ID]) sessionIds: string[],
    @Arg("attended", () => AttendanceStatus) attended: AttendanceStatus,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.trainings.markAttendance(actor, Number(registrationId), sessionIds.map(Number), attended);
  }

  @Mutation(() => TrainingCheckIn, { description: "The organiser records today's attendance of the person whose check-in code was typed or scanned" })
  checkInTrainingParticipant(@Arg("eventId", () => ID) eventId: string, @Arg("code") code: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.checkIn(actor, Number(eventId), code);
  }

  @Query(() => StaffMemberPage, { description: "My organisation's saved staff list, by name" })
  async staffMembers(@Args() args: StaffMembersArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.staffList.list(actor, args.search, args), args);
  }

  @Mutation(() => StaffMember, { description: "Add (without id) or change a person of my organisation's staff list" })
  saveStaffMember(@Arg("input") input: StaffMemberInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.staffList.save(actor, input);
  }

  @Mutation(() => Boolean, { description: "Remove a person from my organisation's staff list" })
  removeStaffMember(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.staffList.remove(actor, Number(id));
  }

  @Query(() => [StaffImportRow], { description: "A staff-list CSV file read row by row with each row's errors; nothing is stored" })
  @LongTextArgs("csv")
  previewStaffImport(@Arg("csv") csv: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.staffList.preview(actor, csv);
  }

  @Mutation(() => StaffImportResult, { description: "Import a staff-list CSV file: all rows or, when any row has an error, none" })
  @LongTextArgs("csv")
  importStaffMembers(@Arg("csv") csv: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.staffList.import(actor, csv);
  }

  @Query(() => CourseLeaderPage, { description: "Certified kursledare: a kommun its own, a länsstyrelse its county, Socialstyrelsen and analysts all" })
  async courseLeaders(@Args() args: CourseLeadersArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.trainings.courseLeaders(actor, args, args), args);
  }

  @Query(() => [CourseLeaderCoverage])
  courseLeaderCoverage(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.courseLeaderCoverage(actor);
  }

  @Mutation(() => LocalCourse, { description: "A basic course run by one of the organisation's kursledare" })
  logLocalCourse(@Arg("input") input: LocalCourseInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.trainings.logLocalCourse(actor, input);
  }

  @Query(() => TrainingStatistics)
  trainingStatistics(
    @Arg("year", () => Int) year: number,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.trainings.statistics(year, countyCode);
  }

  @Query(() => TrainingReach, { description: "Reach per training type, year and county, counted by distinct people and organisations" })
  trainingReach(@Arg("year", () => Int) year: number, @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null, @Ctx() ctx: Context) {
    return ctx.services.trainings.reach(year, countyCode);
  }
}
