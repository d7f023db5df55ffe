import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import { abilitiesOf, Role } from "../../auth/roles";
import type { Context } from "../../graphql/context";
import { Organisation } from "../organisations/organisation.entity";
import { assignableRoles, managesOrganisation, seesPersonalDetails } from "./user.access";
import { Language, User, EmailFrequency } from "./user.entity";

const HIDDEN = "Null unless the viewer is the user, of the same organisation, or administers the platform";

/**
 * A user's personal details, for those who may see them (user.access.ts): decided from the
 * session and the row already loaded, with no query of its own. The user of a sign-in's answer
 * is the person who just signed in.
 */
function sees(user: User, ctx: Context, info: GraphQLResolveInfo): boolean {
  return info.path.prev?.typename === "AuthPayload" || seesPersonalDetails(ctx.actor, user);
}

@Resolver(() => User)
export class UserFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(user.organisationId);
  }

  @FieldResolver(() => String, { nullable: true, description: HIDDEN })
  email(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.email : null;
  }

  @FieldResolver(() => [Role], { nullable: true, description: HIDDEN })
  roles(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.roles : null;
  }

  @FieldResolver(() => [String], { nullable: true, description: `What the user may do, from their roles. ${HIDDEN}` })
  abilities(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? [...abilitiesOf(user.roles)].sort() : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: HIDDEN })
  active(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.active : null;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: `Invited but has not yet set a password. ${HIDDEN}` })
  invitationPending(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.passwordHash == null : null;
  }

  @FieldResolver(() => Language, { nullable: true, description: `The language of the user's notifications and e-mails. ${HIDDEN}` })
  language(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? (user.language ?? Language.SV) : null;
  }

  @FieldResolver(() => EmailFrequency, {
    nullable: true,
    description: "How the user hears of notifications by e-mail; the user's own choice, null to anyone else",
  })
  emailFrequency(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.actor?.userId === user.id ? (user.emailFrequency ?? EmailFrequency.IMMEDIATE) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: "Two-factor sign-in is on; for the user and for those who administer the user's organisation, null to anyone else",
  })
  twoFactorEnabled(@Root() user: User, @Ctx() ctx: Context) {
    const a = ctx.actor;
    if (!a || (a.userId !== user.id && !managesOrganisation(a, user.organisationId))) return null;
    return !!user.totpEnabledAt;
  }

  @FieldResolver(() => Date, { nullable: true, description: HIDDEN })
  lastLoginAt(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.lastLoginAt : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: HIDDEN })
  createdAt(@Root() user: User, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return sees(user, ctx, info) ? user.createdAt : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationAdministrationFields {
  @FieldResolver(() => [Role], { description: "The roles the signed-in person may give to users of this organisation (empty when they do not administer it)" })
  assignableRoles(@Root() org: Organisation, @Ctx() ctx: Context): Role[] {
    return assignableRoles(ctx.actor, org);
  }
}
