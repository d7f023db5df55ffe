import { Arg, Args, Ctx, ID, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { Role } from "../../auth/roles";
import { type Context, CurrentActor } from "../../graphql/context";
import { Paginated, toPage } from "../../shared/pagination";
import { Language, User, EmailFrequency } from "./user.entity";
import { InviteUserInput, UsersArgs } from "./user.inputs";

@ObjectType()
export class UserPage extends Paginated(User) {}

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: "The signed-in user, or null" })
  me(@Ctx() ctx: Context) {
    return ctx.services.users.me(ctx.actor);
  }

  @Query(() => UserPage, { description: "People of an organisation" })
  async users(@Args() args: UsersArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const oid = args.organisationId != null ? Number(args.organisationId) : null;
    return toPage(await ctx.services.users.list(actor, oid, args.search ?? null, args), args);
  }

  @Mutation(() => User, { description: "Invite a person; they receive an e-mail to set a password" })
  inviteUser(@Arg("input") input: InviteUserInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.users.invite(actor, input);
  }

  @Mutation(() => User, { description: "The signed-in user's language for notifications, e-mails and the web app" })
  setMyLanguage(@Arg("language", () => Language) language: Language, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.users.setLanguage(actor, language);
  }

  @Mutation(() => User, { description: "How the signed-in user hears of notifications by e-mail: each one, a daily digest, or none" })
  setMyEmailFrequency(@Arg("frequency", () => EmailFrequency) frequency: EmailFrequency, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.users.setEmailFrequency(actor, frequency);
  }

  @Mutation(() => User)
  setUserRoles(@Arg("userId", () => ID) userId: string, @Arg("roles", () => [Role]) roles: Role[], @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.users.setRoles(actor, Number(userId), roles);
  }

  @Mutation(() => User, { description: "Deactivate (ends every session) or reactivate an account" })
  setUserActive(@Arg("userId", () => ID) userId: string, @Arg("active") active: boolean, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.users.setActive(actor, Number(userId), active);
  }
}
