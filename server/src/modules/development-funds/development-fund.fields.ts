import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { GrantCall } from "../grants/grant-call.entity";
import { Organisation } from "../organisations/organisation.entity";
import { GrantApplication } from "../grants/grant-application.entity";
import { Allotment, DevelopmentFundRound, FundFollowUpDetails, JointRequisitionMember, NgoApplicationDetails, Requisition } from "./development-fund.entities";

@Resolver(() => DevelopmentFundRound)
export class DevelopmentFundRoundFields {
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

  @FieldResolver(() => FundFollowUpDetails, { nullable: true })
  fundFollowUp(@Root() a: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.fundFollowUpByApplicationId.load(a.id);
  }
}

@Resolver(() => JointRequisitionMember)
export class JointRequisitionMemberFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() j: JointRequisitionMember, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(j.organisationId);
  }
}
