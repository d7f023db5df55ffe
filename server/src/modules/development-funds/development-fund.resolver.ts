import { Arg, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { GrantApplication } from "../grants/grant-application.entity";
import { Organisation } from "../organisations/organisation.entity";
import { Allotment, AllotmentNotice, DevelopmentFundRound, NgoApplicationDetails, NgoScore } from "./development-fund.entities";
import { AllotmentAction } from "./allotment.actions";
import { AllotmentStatus } from "./development-fund-round.state-machine";
import { FundingGroupBy, FundingStatistics } from "./funding-statistics";
import { DevelopmentFundFollowUpForm } from "./follow-up-form";
import { FollowUpTables } from "./follow-up-tables";
import {
  DeclineAllotmentInput,
  DevelopmentFundFollowUpInput,
  NgoApplicationInput,
  NgoScoreInput,
  OpenDevelopmentFundRoundInput,
  RequisitionInput,
} from "./development-fund.inputs";

@ObjectType({ description: "One row of the allocation key" })
export class AllocationRow {
  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Int, { nullable: true })
  population: number | null;

  @Field(() => Int)
  amount: number;
}

@ObjectType()
export class MyAllotment {
  @Field(() => Allotment, { nullable: true })
  allotment: Allotment | null;

  @Field(() => GrantApplication, { nullable: true, description: "Our requisition, or the joint one we take part in" })
  requisition: GrantApplication | null;

  @Field(() => AllotmentStatus, { description: "Not answered, declined or requisitioned" })
  status: AllotmentStatus;

  @Field(() => [AllotmentAction], { description: "What we may do with the allotment now" })
  availableActions: AllotmentAction[];

  @Field(() => AllotmentNotice, { nullable: true, description: "Förhandsbesked: our expected allotment as it was published" })
  notice: AllotmentNotice | null;

  @Field(() => Int, { nullable: true, description: "The published allotment less the advance notice (kr), once both are published" })
  differenceFromNotice: number | null;
}

@ObjectType()
export class RedistributionRow {
  @Field(() => ID)
  applicationId: number;

  @Field(() => Organisation)
  organisation: Organisation;

  @Field(() => Int)
  amount: number;
}

@ObjectType()
export class RedistributionResult {
  @Field({ description: "True when this call changed the grants" })
  applied: boolean;

  @Field({ description: "True when the redistribution had been applied before; nothing changed" })
  alreadyApplied: boolean;

  @Field(() => Int, { description: "Kronor not requisitioned, before redistribution" })
  pool: number;

  @Field(() => [RedistributionRow])
  rows: RedistributionRow[];
}

@ObjectType()
export class NgoRankingRow {
  @Field(() => Int)
  rank: number;

  @Field(() => GrantApplication)
  application: GrantApplication;

  @Field(() => NgoApplicationDetails, { nullable: true })
  details: NgoApplicationDetails | null;

  @Field(() => Int)
  scores: number;

  @Field(() => Float, { nullable: true })
  averageScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "What the ranking orders by: the average score plus supportMissingBonus when support is otherwise missing; null when unscored",
  })
  rankingScore: number | null;

  @Field(() => Float, { description: "The points added to the average score when support for the target group is otherwise missing" })
  supportMissingBonus: number;
}

@Resolver()
export class DevelopmentFundResolver {
  @Query(() => [DevelopmentFundRound])
  developmentFundRounds(@Ctx() ctx: Context) {
    return ctx.services.developmentFunds.listRounds();
  }

  @Query(() => DevelopmentFundRound)
  developmentFundRound(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.round(Number(id));
  }

  @Mutation(() => DevelopmentFundRound, { description: "Open a year's development funds: one pot each for kommuner, regioner and NGOs" })
  openDevelopmentFundRound(@Arg("input") input: OpenDevelopmentFundRoundInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.openRound(actor, input);
  }

  @Query(() => [AllocationRow], { description: "The allocation key applied to the round, before it is published" })
  allocationPreview(@Arg("roundId", () => ID) roundId: string, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.allocationPreview(Number(roundId));
  }

  @Mutation(() => DevelopmentFundRound)
  publishAllocation(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.publishAllocation(actor, Number(roundId));
  }

  @Query(() => MyAllotment, { description: "My organisation's allotment and requisition in the round" })
  async myAllotment(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<MyAllotment> {
    const funds = ctx.services.developmentFunds;
    const [allotment, requisition, notice, availableActions] = await Promise.all([
      funds.allotmentOf(Number(roundId), actor.organisationId),
      funds.requisitionOf(Number(roundId), actor.organisationId),
      funds.noticeOf(Number(roundId), actor.organisationId),
      funds.allotmentActions(actor, Number(roundId)),
    ]);
    const status = requisition ? AllotmentStatus.REQUISITIONED : allotment?.declinedAt ? AllotmentStatus.DECLINED : AllotmentStatus.OPEN;
    return { allotment, requisition, status, availableActions, notice, differenceFromNotice: allotment && notice ? allotment.amount - notice.amount : null };
  }

  @Mutation(() => DevelopmentFundRound, {
    description: "Förhandsbesked: publish each kommun's and region's expected allotment before the allocation, and tell them",
  })
  publishAdvanceNotice(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.publishAdvanceNotice(actor, Number(roundId));
  }

  @Mutation(() => Allotment, { description: "Avstå: we will not requisition our allotment, for a reason; Socialstyrelsen is told" })
  declineAllotment(@Arg("input") input: DeclineAllotmentInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.declineAllotment(actor, input);
  }

  @Mutation(() => Allotment, { description: "Withdraw our decline while the window is open, to requisition after all" })
  withdrawAllotmentDecline(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.withdrawDecline(actor, Number(roundId));
  }

  @Mutation(() => GrantApplication, { description: "Rekvisition: all of the allotment or less; jointly through a lead kommun when member ids are given" })
  requisitionDevelopmentFunds(@Arg("input") input: RequisitionInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.requisition(actor, input);
  }

  @Mutation(() => GrantApplication, { description: "A member kommun confirms a joint requisition" })
  confirmJointRequisition(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.confirmJoint(actor, Number(id));
  }

  @Query(() => [Organisation], { description: "Kommuner and regioner that have neither requisitioned nor declined: to remind" })
  notRequisitioned(@Arg("roundId", () => ID) roundId: string, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.notRequisitioned(Number(roundId));
  }

  @Mutation(() => DevelopmentFundRound, { description: "End the requisition window now, so that redistribution can start" })
  closeRequisitionWindow(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.closeRequisitionWindow(actor, Number(roundId));
  }

  @Mutation(() => Int, { description: "Remind every kommun and region that has not requisitioned; returns how many organisations" })
  sendRequisitionReminders(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.sendRequisitionReminders(actor, Number(roundId));
  }

  @Mutation(() => RedistributionResult, { description: "Omfördelning of funds not requisitioned; dryRun previews it" })
  async redistributeDevelopmentFunds(
    @Arg("roundId", () => ID) roundId: string,
    @Arg("dryRun") dryRun: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    const result = await ctx.services.developmentFunds.redistribute(actor, Number(roundId), dryRun);
    const orgs = await ctx.loaders.organisationById.loadMany(result.rows.map((r) => r.organisationId));
    return { ...result, rows: result.rows.map((r, i) => ({ applicationId: r.applicationId, organisation: orgs[i], amount: r.amount })) };
  }

  @Mutation(() => [GrantApplication])
  markDevelopmentFundsPaid(
    @Arg("roundId", () => ID) roundId: string,
    @Arg("recipientIds", () => [ID], { description: "Requisition or application ids" }) recipientIds: string[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.developmentFunds.markPaid(actor, Number(roundId), recipientIds.map(Number));
  }

  @Mutation(() => GrantApplication, { description: "An NGO applies in competition" })
  submitNgoApplication(@Arg("input") input: NgoApplicationInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.submitNgoApplication(actor, input);
  }

  @Mutation(() => NgoScore)
  scoreNgoApplication(@Arg("id", () => ID) id: string, @Arg("input") input: NgoScoreInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.score(actor, Number(id), input);
  }

  @Query(() => [NgoRankingRow])
  ngoRanking(@Arg("roundId", () => ID) roundId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.ranking(actor, Number(roundId));
  }

  @Query(() => FundingStatistics, { description: "The national tables of a year; a länsstyrelse sees its own county" })
  fundingStatistics(
    @Arg("year", () => Int) year: number,
    @Arg("groupBy", () => FundingGroupBy, { defaultValue: FundingGroupBy.KOMMUNGRUPP }) groupBy: FundingGroupBy,
    @Arg("countyCode", () => String, { nullable: true }) countyCode: string | null,
    @Arg("populationYear", () => Int, {
      nullable: true,
      description: "Size bands (Tabell 9) by the population on 31 December of this year; default the round's year",
    })
    populationYear: number | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.developmentFunds.statistics(actor, year, groupBy, countyCode, populationYear);
  }

  @Query(() => FollowUpTables, { description: "Tabell 3–5 and Figur 2 of the national report, from the coded follow-ups" })
  developmentFundFollowUpTables(
    @Arg("year", () => Int) year: number,
    @Arg("groupBy", () => FundingGroupBy, { defaultValue: FundingGroupBy.KOMMUNGRUPP }) groupBy: FundingGroupBy,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.developmentFunds.followUpTables(year, groupBy);
  }

  @Query(() => DevelopmentFundFollowUpForm, { description: "The follow-up form of the application's round, as its recipient is asked it" })
  developmentFundFollowUpForm(@Arg("applicationId", () => ID) applicationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.followUpForm(actor, Number(applicationId));
  }

  @Mutation(() => GrantApplication, { description: "Återrapportering with the coded answers of the round's follow-up form" })
  submitDevelopmentFundFollowUp(@Arg("input") input: DevelopmentFundFollowUpInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.developmentFunds.submitFollowUp(actor, input);
  }
}
