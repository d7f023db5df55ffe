import { Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { Paginated, toPage } from "../../shared/pagination";
import { Organisation } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { AuditEntry } from "./audit-entry.entity";
import { AuditLogArgs } from "./audit.inputs";

@ObjectType()
export class AuditEntryPage extends Paginated(AuditEntry) {}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: "Who changed what and when, newest first" })
  async auditLog(@Args() args: AuditLogArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return toPage(await ctx.services.audit.list(actor, args, args), args);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Root() e: AuditEntry, @Ctx() ctx: Context) {
    return e.actorUserId ? ctx.loaders.userById.load(e.actorUserId) : null;
  }

  @FieldResolver(() => Organisation, { nullable: true })
  actorOrganisation(@Root() e: AuditEntry, @Ctx() ctx: Context) {
    return e.actorOrganisationId ? ctx.loaders.organisationById.load(e.actorOrganisationId) : null;
  }
}
