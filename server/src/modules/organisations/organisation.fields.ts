import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../graphql/context";
import { County } from "./county.entity";
import { Organisation } from "./organisation.entity";

@Resolver(() => Organisation)
export class OrganisationFields {
  @FieldResolver(() => County, { nullable: true })
  county(@Root() org: Organisation, @Ctx() ctx: Context) {
    return org.countyCode ? ctx.loaders.countyByCode.load(org.countyCode) : null;
  }
}
