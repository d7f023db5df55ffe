import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { abilitiesOf } from "../../auth/roles";
import type { Context } from "../../graphql/context";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "./user.entity";

@Resolver(() => User)
export class UserFields {
  @FieldResolver(() => Organisation)
  organisation(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(user.organisationId);
  }

  @FieldResolver(() => [String], { description: "What the user may do, from their roles" })
  abilities(@Root() user: User) {
    return [...abilitiesOf(user.roles)].sort();
  }

  @FieldResolver(() => Boolean, { description: "Invited but has not yet set a password" })
  invitationPending(@Root() user: User) {
    return user.passwordHash == null;
  }
}
