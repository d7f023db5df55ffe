import { Arg, Args, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../graphql/context";
import { Paginated, toPage } from "../../shared/pagination";
import { County } from "./county.entity";
import { Organisation } from "./organisation.entity";
import { OrganisationsArgs } from "./organisation.inputs";

@ObjectType()
export class OrganisationPage extends Paginated(Organisation) {}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => OrganisationPage, { description: "Organisations, filtered by kind, county or name" })
  async organisations(@Args() args: OrganisationsArgs, @Ctx() ctx: Context) {
    return toPage(await ctx.services.organisations.list(args, args), args);
  }

  @Query(() => Organisation, { nullable: true })
  organisation(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.organisations.byId(Number(id));
  }

  @Query(() => [County], { description: "The 21 län" })
  counties(@Ctx() ctx: Context) {
    return ctx.services.organisations.counties();
  }
}
