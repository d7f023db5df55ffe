import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { selectedFields } from "../../db/lean-read";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { Paginated, toPage } from "../../shared/pagination";
import { CountyWorkNational } from "./county-work.national";
import { Campaign, Method, MethodSpread, MunicipalityVisit, RegionalStrategy } from "./county-work.entities";
import {
  CampaignInput,
  CampaignsArgs,
  CountyWorkArgs,
  MethodInput,
  MethodSpreadInput,
  MunicipalityVisitInput,
  MunicipalityVisitsArgs,
  RegionalStrategyInput,
  StrategyStatusInput,
} from "./county-work.inputs";

@ObjectType()
export class MunicipalityVisitPage extends Paginated(MunicipalityVisit) {}

@ObjectType()
export class CampaignPage extends Paginated(Campaign) {}

@ObjectType()
export class MethodSpreadPage extends Paginated(MethodSpread) {}

@ObjectType()
export class RegionalStrategyPage extends Paginated(RegionalStrategy) {}

@Resolver()
export class CountyWorkResolver {
  @Query(() => MunicipalityVisitPage, { description: "Kommunbesök of a county (a länsstyrelse: its own) in a year" })
  async municipalityVisits(@Args() args: MunicipalityVisitsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.countyWork.listVisits(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => MunicipalityVisit)
  municipalityVisit(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.countyWork.readable(actor, MunicipalityVisit, id, undefined, selectedFields(info));
  }

  @Mutation(() => MunicipalityVisit, { description: "Log (without id) or correct a kommunbesök of my county" })
  saveMunicipalityVisit(@Arg("input") input: MunicipalityVisitInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.saveVisit(actor, input);
  }

  @Mutation(() => Boolean)
  deleteMunicipalityVisit(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.deleteRecord(actor, "municipalityVisit", id);
  }

  @Query(() => CampaignPage, { description: "Campaigns and information efforts of a county started in a year" })
  async campaigns(@Args() args: CampaignsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.countyWork.listCampaigns(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => Campaign)
  campaign(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.countyWork.readable(actor, Campaign, id, undefined, selectedFields(info));
  }

  @Mutation(() => Campaign)
  saveCampaign(@Arg("input") input: CampaignInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.saveCampaign(actor, input);
  }

  @Mutation(() => Boolean)
  deleteCampaign(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.deleteRecord(actor, "campaign", id);
  }

  @Query(() => [Method], { description: "Methods and materials länsstyrelser spread (reference data)" })
  methods(@Arg("includeInactive", { defaultValue: false }) includeInactive: boolean, @Ctx() ctx: Context) {
    return ctx.services.countyWork.listMethods(includeInactive);
  }

  @Mutation(() => Method, { description: "Add (without id), rename or deactivate a method" })
  saveMethod(@Arg("input") input: MethodInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.saveMethod(actor, input);
  }

  @Query(() => MethodSpreadPage)
  async methodSpreads(@Args() args: CountyWorkArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.countyWork.listMethodSpreads(actor, args, args), args);
  }

  @Query(() => MethodSpread)
  methodSpread(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.readable(actor, MethodSpread, id);
  }

  @Mutation(() => MethodSpread)
  saveMethodSpread(@Arg("input") input: MethodSpreadInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.saveMethodSpread(actor, input);
  }

  @Mutation(() => Boolean)
  deleteMethodSpread(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.deleteRecord(actor, "methodSpread", id);
  }

  @Query(() => RegionalStrategyPage)
  async regionalStrategies(@Args() args: CountyWorkArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.countyWork.listStrategies(actor, args, args), args);
  }

  @Query(() => RegionalStrategy)
  regionalStrategy(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.readable(actor, RegionalStrategy, id);
  }

  @Mutation(() => RegionalStrategy, { description: "Add (without id, status NONE) or describe a regional strategy or action plan" })
  saveRegionalStrategy(@Arg("input") input: RegionalStrategyInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.saveStrategy(actor, input);
  }

  @Mutation(() => RegionalStrategy, { description: "Move a strategy to another status; ADOPTED and REVISED need the adoption date" })
  changeRegionalStrategyStatus(@Arg("input") input: StrategyStatusInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.changeStrategyStatus(actor, input);
  }

  @Mutation(() => Boolean)
  deleteRegionalStrategy(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.countyWork.deleteRecord(actor, "regionalStrategy", id);
  }

  @Query(() => CountyWorkNational, {
    description:
      "The county boards' own work nationally in a year: the share of länsstyrelser per campaign, method and strategy measure, and totals; counts only",
  })
  countyWorkNational(@Arg("year", () => Int) year: number, @Ctx() ctx: Context) {
    return ctx.services.countyWork.national(year);
  }
}
