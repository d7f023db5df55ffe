import { Ctx, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { WorkQueue } from "./work-queue.types";

@Resolver()
export class WorkQueueResolver {
  @Query(() => WorkQueue, { description: "What needs the signed-in person now: a few items of each kind, each with its deadline and link" })
  workQueue(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.workQueue.queue(actor);
  }
}
