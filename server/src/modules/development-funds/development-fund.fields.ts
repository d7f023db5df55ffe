import { GraphQLJSON } from "graphql-scalars";
import { Ctx, Field, FieldResolver, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { type Actor, can } from "../../auth/actor";
import { CurrentActor } from "../../graphql/context";
import {
  DevelopmentFundRoundAction,
  DevelopmentFundRoundPhase,
  developmentFundRoundMachine,
  ROUND_ACTION_TARGET,
  roundPhase,
} from "./development-fund-round.state-machine";
import { barChartSpec } from "../../shared/charts";
import { currentLocale } from "../../shared/request-context";
import { FollowUpAnswer } from "./follow-up-form";
import { followUpChart, FollowUpTable } from "./follow-up-tables";
import type { Context } from "../../graphql/context";
import { GrantCall } from "../grants/grant-call.entity";
import { Organisation } from "../organisations/organisation.entity";
import { GrantApplication } from "../grants/grant-application.entity";
import { PartialReport } from "../grants/partial-report.entity";
import { ngoEligibility, NgoEligibilityCondition } from "./ngo-eligibility";
import { Allotment, DevelopmentFundRound, FundFollowUpDetails, JointRequisitionMember, NgoApplicationDetails, Requisition } from "./development-fund.entities";

registerEnumType(DevelopmentFundRoundPhase, { name: "DevelopmentFundRoundPhase" });
registerEnumType(DevelopmentFundRoundAction, {
  name: "DevelopmentFundRoundAction",
  valuesConfig: {
    PUBLISH_NOTICE: { description: "Publicera förhandsbesked" },
    PUBLISH_ALLOCATION: { description: "Publicera fördelningen" },
  },
});

@Resolver(() => DevelopmentFundRound)
export class DevelopmentFundRoundFields {
  @FieldResolver(() => DevelopmentFundRoundPhase)
  phase(@Root() r: DevelopmentFundRound) {
    return roundPhase(r);
  }

  @FieldResolver(() => [DevelopmentFundRoundAction], { description: "What the viewer may do with the round now" })
  availableActions(@Root() r: DevelopmentFundRound, @CurrentActor() actor: Actor) {
    if (!can(actor, "devfunds.manage")) return [];
    const phase = roundPhase(r);
    return Object.values(DevelopmentFundRoundAction).filter((a) => developmentFundRoundMachine.can(phase, ROUND_ACTION_TARGET[a]));
  }

  @FieldResolver(() => GrantCall)
  kommunPot(@Root() r: DevelopmentFundRound, @Ctx() ctx: Context) {
    return ctx.loaders.grantCallById.load(r.kommunCallId);
  }

  @FieldResolver(() => GrantCall)
  regionPot(@Root() r: DevelopmentFundRound, @Ctx() ctx: Context) {
    return ctx.loaders.grantCallById.load(r.regionCallId);
  }

  @FieldResolver(() => GrantCall)
  ngoPot(@Root() r: DevelopmentFundRound, @Ctx() ctx: Context) {
    return ctx.loaders.grantCallById.load(r.ngoCallId);
  }

  @FieldResolver(() => Boolean)
  isOpen(@Root() r: DevelopmentFundRound) {
    const now = Date.now();
    return r.opensAt.getTime() <= now && now <= r.closesAt.getTime();
  }
}

@Resolver(() => Allotment)
export class AllotmentFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() a: Allotment, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(a.organisationId);
  }
}

@Resolver(() => GrantApplication)
export class DevelopmentFundApplicationFields {
  @FieldResolver(() => Requisition, { nullable: true, description: "Rekvisition details, for development-fund requisitions" })
  requisition(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.requisitionByApplicationId.load(a.id);
  }

  @FieldResolver(() => [JointRequisitionMember], { description: "Members of a joint requisition and whether they have confirmed" })
  jointMembers(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.jointMembersByApplicationId.load(a.id);
  }

  @FieldResolver(() => NgoApplicationDetails, { nullable: true })
  ngoDetails(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.ngoDetailsByApplicationId.load(a.id);
  }

  @FieldResolver(() => FundFollowUpDetails, { nullable: true, description: "Older: the follow-up items as sent in before the form was coded" })
  fundFollowUp(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.fundFollowUpByApplicationId.load(a.id);
  }

  @FieldResolver(() => [FollowUpAnswer], { description: "The coded follow-up (the form's answers, or the older items read as codes)" })
  followUpAnswers(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.followUpAnswersByApplicationId.load(a.id);
  }
}

@Resolver(() => PartialReport)
export class PartialReportFields {
  @FieldResolver(() => [FollowUpAnswer], { description: "The year's coded answers to the round's follow-up form (empty until filed)" })
  answers(@Root() r: PartialReport, @Ctx() ctx: Context) {
    return r.reportId == null ? [] : ctx.loaders.answersByPartialReportId.load(r.reportId);
  }
}

@Resolver(() => FollowUpTable)
export class FollowUpTableFields {
  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: the number of organisations per code" })
  chart(@Root() t: FollowUpTable) {
    return barChartSpec(followUpChart(t, currentLocale()));
  }
}

@ObjectType({ description: "One condition an NGO meets to apply for development funds, and whether the application met it" })
export class NgoEligibilityResult {
  @Field(() => NgoEligibilityCondition)
  condition: NgoEligibilityCondition;

  @Field(() => Boolean, { nullable: true, description: "Null when the application was sent before the condition was asked" })
  passed: boolean | null;
}

@Resolver(() => NgoApplicationDetails)
export class NgoApplicationDetailsFields {
  @FieldResolver(() => [NgoEligibilityResult], { description: "The eligibility check of the application, one row per condition" })
  eligibility(@Root() d: NgoApplicationDetails): NgoEligibilityResult[] {
    return ngoEligibility(d).map(({ condition, passed }) => ({ condition, passed }));
  }
}

@Resolver(() => JointRequisitionMember)
export class JointRequisitionMemberFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() j: JointRequisitionMember, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(j.organisationId);
  }
}
