import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, Field, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { selectedFields } from "../../db/lean-read";
import { LongTextArgs } from "../../graphql/long-text";
import { Paginated, toPage } from "../../shared/pagination";
import { Organisation } from "../organisations/organisation.entity";
import { AttendanceStatus } from "../trainings/training.entities";
import { ActionItem, MeetingDecision, MeetingDocument, MeetingMinutes, MeetingResponse, Network, NetworkContact, NetworkMeeting } from "./network.entities";
import { NetworksByTopic } from "./network.national";
import {
  AttendanceInput,
  AttendeeInput,
  ContactInput,
  MinutesInput,
  NetworkDecisionsArgs,
  NetworkMeetingsArgs,
  NetworksArgs,
  SaveNetworkInput,
  ScheduleMeetingInput,
} from "./network.inputs";

@ObjectType()
export class NetworkPage extends Paginated(Network) {}

@ObjectType()
export class NetworkMeetingPage extends Paginated(NetworkMeeting) {}

@ObjectType()
export class MeetingDecisionPage extends Paginated(MeetingDecision) {}

@ObjectType()
export class MeetingFigures {
  @Field(() => NetworkMeeting)
  meeting: NetworkMeeting;

  @Field(() => Int)
  organisationsRepresented: number;

  @Field(() => Int)
  people: number;
}

@ObjectType({ description: "The figures länsstyrelser report yearly for a network" })
export class NetworkStatistics {
  @Field(() => ID)
  networkId: number;

  @Field(() => Int)
  year: number;

  @Field(() => Int)
  members: number;

  @Field(() => Int)
  meetingsHeld: number;

  @Field(() => [MeetingFigures])
  meetings: MeetingFigures[];

  @Field(() => Int)
  membersAttendedAtLeastOnce: number;

  @Field(() => Float)
  shareAttended: number;

  @Field(() => [Organisation], { description: "Members that have not attended any meeting in the last 12 months" })
  notAttendedLast12Months: Organisation[];
}

@Resolver()
export class NetworkResolver {
  @Query(() => NetworkPage, { description: "Networks my organisation convenes or belongs to" })
  async networks(@Args() args: NetworksArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.networks.listNetworks(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => Network)
  network(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.networks.network(actor, Number(id), undefined, selectedFields(info));
  }

  @Mutation(() => Network, { description: "Create (without id) or update a network; my organisation convenes it" })
  saveNetwork(@Arg("input") input: SaveNetworkInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.saveNetwork(actor, input);
  }

  @Mutation(() => Network)
  addNetworkMembers(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organisationIds", () => [ID]) organisationIds: string[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.addNetworkMembers(actor, Number(networkId), organisationIds.map(Number));
  }

  @Mutation(() => Network)
  removeNetworkMember(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organisationId", () => ID) organisationId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.removeNetworkMember(actor, Number(networkId), Number(organisationId));
  }

  @Mutation(() => Network, { description: "Remove several member organisations at once (at most 200); nothing is removed if one is not a member" })
  removeNetworkMembers(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organisationIds", () => [ID]) organisationIds: string[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.removeNetworkMembers(actor, Number(networkId), organisationIds.map(Number));
  }

  @Query(() => MeetingDecisionPage, { description: "The network's register of decisions from approved minutes, the latest meeting first" })
  async networkDecisions(@Args() args: NetworkDecisionsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.networks.decisionRegister(actor, Number(args.networkId), args), args);
  }

  @Mutation(() => [NetworkContact], { description: "Name the contact persons of a member organisation" })
  setNetworkContacts(
    @Arg("networkId", () => ID) networkId: string,
    @Arg("organisationId", () => ID) organisationId: string,
    @Arg("contacts", () => [ContactInput]) contacts: ContactInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.setContacts(actor, Number(networkId), Number(organisationId), contacts);
  }

  @Mutation(() => [NetworkMeeting], { description: "Schedule a meeting, or a series; members are invited" })
  scheduleNetworkMeeting(@Arg("input") input: ScheduleMeetingInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.schedule(actor, input);
  }

  @Query(() => NetworkMeetingPage)
  async networkMeetings(@Args() args: NetworkMeetingsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.networks.listMeetings(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => NetworkMeeting)
  async networkMeeting(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await ctx.services.networks.meeting(actor, Number(id), undefined, selectedFields(info))).meeting;
  }

  @Mutation(() => MeetingResponse, { description: "My organisation's answer: who attends (an empty list declines)" })
  respondToMeetingInvitation(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("attendees", () => [AttendeeInput]) attendees: AttendeeInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.respond(actor, Number(meetingId), attendees);
  }

  @Mutation(() => NetworkMeeting)
  recordMeetingAttendance(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("input", () => [AttendanceInput]) input: AttendanceInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.recordAttendance(actor, Number(meetingId), input);
  }

  @Mutation(() => NetworkMeeting, {
    description: "Mark several organisations of the network (at most 200) as attended, absent or excused; nothing changes if one is not of the network",
  })
  markMeetingAttendance(
    @Arg("meetingId", () => ID) meetingId: string,
    @Arg("organisationIds", () => [ID]) organisationIds: string[],
    @Arg("status", () => AttendanceStatus) status: AttendanceStatus,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.networks.markAttendance(actor, Number(meetingId), organisationIds.map(Number), status);
  }

  @Mutation(() => MeetingMinutes, { description: "Save the minutes as a draft" })
  saveMeetingMinutes(@Arg("meetingId", () => ID) meetingId: string, @Arg("input") input: MinutesInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.saveMinutes(actor, Number(meetingId), input, false);
  }

  @Mutation(() => MeetingMinutes, { description: "Send the minutes to the designated member for approval (justering); they are published when approved" })
  publishMeetingMinutes(@Arg("meetingId", () => ID) meetingId: string, @Arg("input") input: MinutesInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.saveMinutes(actor, Number(meetingId), input, true);
  }

  @Mutation(() => MeetingMinutes, { description: "Justering: approve and publish the minutes" })
  approveMeetingMinutes(@Arg("meetingId", () => ID) meetingId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.approveMinutes(actor, Number(meetingId));
  }

  @Mutation(() => MeetingMinutes, { description: "Justering: send the minutes back to the convener as a draft, with comments" })
  @LongTextArgs("comment")
  sendBackMeetingMinutes(@Arg("meetingId", () => ID) meetingId: string, @Arg("comment") comment: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.sendBackMinutes(actor, Number(meetingId), comment);
  }

  @Mutation(() => ActionItem)
  setActionItemDone(@Arg("id", () => ID) id: string, @Arg("done") done: boolean, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.setActionItemDone(actor, Number(id), done);
  }

  @Mutation(() => MeetingDocument)
  deleteMeetingDocument(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.deleteDocument(actor, Number(id));
  }

  @Mutation(() => String, { description: "A new secret iCalendar address of my meetings and trainings; the previous one stops working" })
  createCalendarFeed(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.createCalendarFeed(actor);
  }

  @Query(() => NetworkStatistics)
  networkStatistics(@Arg("networkId", () => ID) networkId: string, @Arg("year", () => Int) year: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.networks.statistics(actor, Number(networkId), year);
  }

  @Query(() => NetworksByTopic, { description: "Per topic: the länsstyrelser convening networks, meetings held and organisations represented; counts only" })
  networksByTopic(@Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return ctx.services.networks.byTopic(year);
  }
}
