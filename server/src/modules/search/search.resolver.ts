import { Args, Ctx, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { SearchArgs, SearchResults } from "./search.types";

@Resolver()
export class SearchResolver {
  @Query(() => SearchResults, { description: "Applications, trainings, networks and meetings that match the term, among those the signed-in person may see" })
  search(@Args() args: SearchArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.search.search(actor, args.term);
  }
}
