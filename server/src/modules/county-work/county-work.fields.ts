import { GraphQLJSON } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { barChartSpec } from "../../shared/charts";
import { currentLocale } from "../../shared/request-context";
import { Organisation } from "../organisations/organisation.entity";
import { CountyWorkNational, countyWorkSharesChart, methodsChart, visitsCountyChart } from "./county-work.national";
import { Campaign, Method, MethodSpread, MunicipalityVisit, RegionalStrategy, StrategyStatus } from "./county-work.entities";

const countyBoard = (row: { countyBoardOrganisationId: number }, ctx: Context) => ctx.loaders.organisationById.load(row.countyBoardOrganisationId);

@Resolver(() => MunicipalityVisit)
export class MunicipalityVisitFields {
  @FieldResolver(() => Organisation)
  countyBoard(@Root() v: MunicipalityVisit, @Ctx() ctx: Context) {
    return countyBoard(v, ctx);
  }

  @FieldResolver(() => Organisation)
  kommun(@Root() v: MunicipalityVisit, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(v.kommunOrganisationId);
  }
}

@Resolver(() => Campaign)
export class CampaignFields {
  @FieldResolver(() => Organisation)
  countyBoard(@Root() c: Campaign, @Ctx() ctx: Context) {
    return countyBoard(c, ctx);
  }

  @FieldResolver(() => [Method], { description: "Methods and materials the campaign spread" })
  async methods(@Root() c: Campaign, @Ctx() ctx: Context) {
    return (await ctx.loaders.methodById.loadMany(c.methodIds)).filter((x): x is Method => !!x && !(x instanceof Error));
  }
}

@Resolver(() => MethodSpread)
export class MethodSpreadFields {
  @FieldResolver(() => Organisation)
  countyBoard(@Root() s: MethodSpread, @Ctx() ctx: Context) {
    return countyBoard(s, ctx);
  }

  @FieldResolver(() => Method)
  method(@Root() s: MethodSpread, @Ctx() ctx: Context) {
    return ctx.loaders.methodById.load(s.methodId);
  }
}

@Resolver(() => RegionalStrategy)
export class RegionalStrategyFields {
  @FieldResolver(() => Organisation)
  countyBoard(@Root() s: RegionalStrategy, @Ctx() ctx: Context) {
    return countyBoard(s, ctx);
  }

  @FieldResolver(() => String, { nullable: true, description: "Where to download the adopted document" })
  documentUrl(@Root() s: RegionalStrategy) {
    return s.documentStorageName ? `/api/regional-strategies/${s.id}/document` : null;
  }

  @FieldResolver(() => [StrategyStatus], { description: "The statuses the strategy may move to now, for the actor" })
  availableStatuses(@Root() s: RegionalStrategy, @Ctx() ctx: Context) {
    return ctx.services.countyWork.offeredStatuses(ctx.actor, s);
  }
}

@Resolver(() => CountyWorkNational)
export class CountyWorkNationalFields {
  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: the share of länsstyrelser per method (Figur 3)" })
  methodsChart(@Root() figures: CountyWorkNational) {
    return barChartSpec(methodsChart(figures, currentLocale()));
  }

  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: the share of länsstyrelser per campaign and strategy measure" })
  sharesChart(@Root() figures: CountyWorkNational) {
    return barChartSpec(countyWorkSharesChart(figures, currentLocale()));
  }

  @FieldResolver(() => GraphQLJSON, { description: "Vega-Lite specification: kommunbesök per län" })
  visitsChart(@Root() figures: CountyWorkNational) {
    return barChartSpec(visitsCountyChart(figures, currentLocale()));
  }
}
