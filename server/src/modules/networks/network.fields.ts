import { GraphQLJSON } from "graphql-scalars";
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import { barChartSpec } from "../../shared/charts";
import { currentLocale } from "../../shared/request-context";
import { NetworksByTopic, topicsChart } from "./network.national";
import type { Context } from "../../graphql/context";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { MeetingMinutesAction, MinutesStatus } from "./meeting-minutes.state-machine";
import { relationOf } from "./network.service";
import { NetworkMeetingAction } from "./network-meeting.state-machine";
import {
  ActionItem,
  AgendaItem,
  MeetingAttendance,
  MeetingDecision,
  MeetingDocument,
  MeetingMinutes,
  MeetingMinutesVersion,
  MeetingResponse,
  Network,
  NetworkContact,
  NetworkMeeting,
  NetworkMember,
} from "./network.entities";

@ObjectType()
export class NetworkMembership {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field()
  coConvener: boolean;

  @Field(() => [NetworkContact])
  contacts: NetworkContact[];
}

@Resolver(() => Network)
export class NetworkFields {
  @FieldResolver(() => Organisation)
  convener(@Root() n: Network, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(n.convenerOrganisationId);
  }

  @FieldResolver(() => [NetworkMembership])
  async members(@Root() n: Network, @Ctx() ctx: Context) {
    const [members, contacts] = await Promise.all([ctx.loaders.membersByNetworkId.load(n.id), ctx.loaders.contactsByNetworkId.load(n.id)]);
    const orgs = await ctx.loaders.organisationById.loadMany(members.map((m) => m.organisationId));
    return members
      .map((m: NetworkMember, i) => ({
        organisation: orgs[i] as Organisation,
        coConvener: m.coConvener,
        contacts: contacts.filter((c) => c.organisationId === m.organisationId),
      }))
      .filter((m) => m.organisation)
      .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "sv"));
  }

  @FieldResolver(() => Boolean, { description: "My organisation convenes (or co-convenes) the network" })
  async isConvener(@Root() n: Network, @Ctx() ctx: Context) {
    return !!ctx.actor && relationOf(ctx.actor, n, await ctx.loaders.membersByNetworkId.load(n.id)) === "convener";
  }

  @FieldResolver(() => [User], { description: "People of member organisations who may approve minutes (justerare); only for the convener" })
  async approverCandidates(@Root() n: Network, @Ctx() ctx: Context) {
    const members = await ctx.loaders.membersByNetworkId.load(n.id);
    if (!ctx.actor || relationOf(ctx.actor, n, members) !== "convener") return [];
    const people = await ctx.loaders.participantsByOrganisationId.loadMany(members.map((x) => x.organisationId));
    return people.flatMap((p) => (Array.isArray(p) ? p : [])).sort((a, b) => a.name.localeCompare(b.name, "sv"));
  }

  @FieldResolver(() => [NetworkMeeting])
  upcomingMeetings(@Root() n: Network, @Ctx() ctx: Context) {
    return ctx.loaders.upcomingMeetingsByNetworkId.load(n.id);
  }

  @FieldResolver(() => [ActionItem], { description: "Action items not yet done, from every meeting" })
  openActionItems(@Root() n: Network, @Ctx() ctx: Context) {
    return ctx.loaders.openActionItemsByNetworkId.load(n.id);
  }
}

@Resolver(() => NetworkMeeting)
export class NetworkMeetingFields {
  @FieldResolver(() => Network)
  async network(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.networkById.load(mt.networkId);
  }

  @FieldResolver(() => [AgendaItem])
  agenda(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.agendaByMeetingId.load(mt.id);
  }

  @FieldResolver(() => [MeetingDocument])
  documents(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.documentsByMeetingId.load(mt.id);
  }

  @FieldResolver(() => [MeetingResponse], { description: "Answers to the invitation: all for the convener, my organisation's for members" })
  async responses(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    const all = await ctx.loaders.responsesByMeetingId.load(mt.id);
    if (!ctx.actor) return [];
    const [network, members] = await Promise.all([ctx.loaders.networkById.load(mt.networkId), ctx.loaders.membersByNetworkId.load(mt.networkId)]);
    if (network && relationOf(ctx.actor, network, members) === "convener") return all;
    return all.filter((r) => r.organisationId === ctx.actor!.organisationId);
  }

  @FieldResolver(() => MeetingResponse, { nullable: true, description: "My organisation's answer" })
  async myResponse(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    const all = await ctx.loaders.responsesByMeetingId.load(mt.id);
    return all.find((r) => r.organisationId === ctx.actor?.organisationId) ?? null;
  }

  @FieldResolver(() => [MeetingAttendance])
  attendance(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.attendanceByMeetingId.load(mt.id);
  }

  @FieldResolver(() => MeetingMinutes, { nullable: true, description: "Published minutes for members; drafts too for the convener and the approver" })
  async minutes(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    if (!ctx.actor) return null;
    const [network, members, minutes, versions] = await Promise.all([
      ctx.loaders.networkById.load(mt.networkId),
      ctx.loaders.membersByNetworkId.load(mt.networkId),
      ctx.loaders.minutesByMeetingId.load(mt.id),
      ctx.loaders.minutesVersionsByMeetingId.load(mt.id),
    ]);
    return network ? ctx.services.networks.minutesFor(ctx.actor, network, members, minutes, versions) : null;
  }

  @FieldResolver(() => [NetworkMeetingAction], { description: "What I may do with the meeting now, as the server decides" })
  async availableActions(@Root() mt: NetworkMeeting, @Ctx() ctx: Context): Promise<NetworkMeetingAction[]> {
    if (!ctx.actor) return [];
    const [network, members] = await Promise.all([ctx.loaders.networkById.load(mt.networkId), ctx.loaders.membersByNetworkId.load(mt.networkId)]);
    return network ? ctx.services.networks.meetingActions(ctx.actor, mt, network, members) : [];
  }

  @FieldResolver(() => [ActionItem])
  actionItems(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return ctx.loaders.actionItemsByMeetingId.load(mt.id);
  }

  @FieldResolver(() => NetworkMeeting, { nullable: true, description: "The network's meeting before this one whose minutes I may read" })
  previousMinutes(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return this.neighbour(mt, ctx, -1);
  }

  @FieldResolver(() => NetworkMeeting, { nullable: true, description: "The network's meeting after this one whose minutes I may read" })
  nextMinutes(@Root() mt: NetworkMeeting, @Ctx() ctx: Context) {
    return this.neighbour(mt, ctx, 1);
  }

  /** The closest meeting of the same network, in the order held, with minutes the actor may read: any for the convener, published ones for members. */
  private async neighbour(mt: NetworkMeeting, ctx: Context, step: -1 | 1): Promise<NetworkMeeting | null> {
    if (!ctx.actor) return null;
    const [network, members, minuted] = await Promise.all([
      ctx.loaders.networkById.load(mt.networkId),
      ctx.loaders.membersByNetworkId.load(mt.networkId),
      ctx.loaders.minutedMeetingsByNetworkId.load(mt.networkId),
    ]);
    if (!network) return null;
    const convener = relationOf(ctx.actor, network, members) === "convener";
    const readable = minuted.filter((x) => x.id === mt.id || convener || x.version > 0);
    const at = readable.findIndex((x) => x.id === mt.id);
    const other = at >= 0 ? readable[at + step] : undefined;
    return other ? ctx.loaders.meetingById.load(other.id) : null;
  }
}

@Resolver(() => MeetingMinutes)
export class MeetingMinutesFields {
  @FieldResolver(() => User, { nullable: true, description: "Justerare" })
  approver(@Root() mm: MeetingMinutes, @Ctx() ctx: Context) {
    return mm.approverUserId ? ctx.loaders.userById.load(mm.approverUserId) : null;
  }

  @FieldResolver(() => [MeetingMinutesAction], { description: "What I may do with the minutes now, as the server decides" })
  async availableActions(@Root() mm: MeetingMinutes, @Ctx() ctx: Context): Promise<MeetingMinutesAction[]> {
    if (!ctx.actor) return [];
    const meeting = await ctx.loaders.meetingById.load(mm.meetingId);
    if (!meeting) return [];
    const [network, members] = await Promise.all([ctx.loaders.networkById.load(meeting.networkId), ctx.loaders.membersByNetworkId.load(meeting.networkId)]);
    return network ? ctx.services.networks.minutesActions(ctx.actor, mm, network, members) : [];
  }

  @FieldResolver(() => [MeetingDecision], {
    description: "The decisions with who is responsible and when due: the draft's while the minutes are being written, the approved ones once published",
  })
  async decisionItems(@Root() mm: MeetingMinutes, @Ctx() ctx: Context) {
    const all = await ctx.loaders.decisionsByMeetingId.load(mm.meetingId);
    const published = mm.status === MinutesStatus.PUBLISHED;
    return all.filter((d) => Boolean(d.published) === published);
  }

  @FieldResolver(() => [MeetingMinutesVersion], { description: "Every published version, oldest first" })
  history(@Root() mm: MeetingMinutes, @Ctx() ctx: Context) {
    return ctx.loaders.minutesVersionsByMeetingId.load(mm.meetingId);
  }
}

@Resolver(() => MeetingDecision)
export class MeetingDecisionFields {
  @FieldResolver(() => NetworkMeeting, { description: "The meeting whose minutes record the decision" })
  async meeting(@Root() d: MeetingDecision, @Ctx() ctx: Context) {
    return ctx.loaders.meetingById.load(d.meetingId);
  }
}

@Resolver(() => MeetingResponse)
export class MeetingResponseFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() r: MeetingResponse, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(r.organisationId);
  }
}

@Resolver(() => MeetingAttendance)
export class MeetingAttendanceFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() a: MeetingAttendance, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(a.organisationId);
  }
}

@Resolver(() => MeetingDocument)
export class MeetingDocumentFields {
  @FieldResolver(() => String)
  url(@Root() d: MeetingDocument) {
    return `/api/meeting-documents/${d.id}`;
  }
}

@Resolver(() => NetworksByTopic)
export class NetworksByTopicFields {
  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: the share of länsstyrelser per topic (Figur 2)" })
  chart(@Root() figures: NetworksByTopic) {
    return barChartSpec(topicsChart(figures, currentLocale()));
  }
}
