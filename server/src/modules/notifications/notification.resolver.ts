import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { Notification } from "./notification.entity";
import { OutboxMail, OutboxStatus } from "./outbox-mail.entity";

@ObjectType()
export class NotificationPage extends Paginated(Notification) {}

@ObjectType()
export class OutboxMailPage extends Paginated(OutboxMail) {}

@ArgsType()
class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  unreadOnly: boolean = false;
}

@ArgsType()
class OutboxArgs extends PageArgs {
  @Field(() => OutboxStatus, { nullable: true })
  status?: OutboxStatus;
}

@Resolver()
export class NotificationResolver {
  @Query(() => NotificationPage, { description: "The signed-in user's notifications, newest first" })
  async notifications(@Args() args: NotificationsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.notifications.list(actor, args.unreadOnly, args), args);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.notifications.unreadCount(actor);
  }

  @Mutation(() => Int, { description: "Mark notifications read (all when ids is omitted); returns how many changed" })
  markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.notifications.markRead(actor, ids ? ids.map(Number) : null);
  }

  @Query(() => OutboxMailPage, { description: "E-mails queued or sent by the platform" })
  async outboxMails(@Args() args: OutboxArgs, @Ctx() ctx: Context) {
    return toPage(await ctx.services.notifications.listOutbox(args.status ?? null, args), args);
  }
}
