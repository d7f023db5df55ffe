import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { LongTextArgs } from "../../graphql/long-text";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { currentLocale } from "../../shared/request-context";
import { renderPhrase } from "../../shared/messages";
import { CaseEntryKind, GrantAttachment, GrantCaseEntry } from "./case-thread.entities";
import { ATTACHMENTS_MAX, CASE_MESSAGE_MAX, type ThreadSide } from "./case-thread.service";

@ObjectType()
export class GrantCaseEntryPage extends Paginated(GrantCaseEntry) {}

@ObjectType({ description: "The case thread of an application or requisition, as the signed-in user may see it" })
export class GrantCaseThread {
  @Field(() => ID)
  applicationId: string;

  /** Whose side the reader writes from, for the entries they may read. */
  side: ThreadSide;

  @Field(() => [GrantAttachment], { description: "The application's attachments, oldest first" })
  attachments: GrantAttachment[];

  @Field({ description: "The signed-in user may write a message now (the application has been submitted)" })
  canWrite: boolean;

  @Field({ description: "The signed-in user writes for Socialstyrelsen and may write internal notes" })
  canWriteInternal: boolean;

  @Field(() => Int, { description: "The largest attachment, in bytes" })
  attachmentMaxBytes: number;

  @Field(() => Int, { description: "The most attachments an application carries" })
  attachmentsMax: number;

  @Field(() => Int, { description: "The longest message, in characters" })
  messageMaxLength: number;
}

@Resolver(() => GrantCaseThread)
export class GrantCaseThreadFields {
  @FieldResolver(() => GrantCaseEntryPage, { description: "The entries, newest first, a page at a time; internal notes only for Socialstyrelsen" })
  async entries(@Root() thread: GrantCaseThread, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return toPage(await ctx.services.caseThread.entries(Number(thread.applicationId), thread.side, page), page);
  }
}

@Resolver()
export class CaseThreadResolver {
  @Query(() => GrantCaseThread, {
    description: "The case thread and attachments of an application, for its applicant organisation and Socialstyrelsen's officers",
  })
  async grantCaseThread(@Arg("applicationId", () => ID) applicationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<GrantCaseThread> {
    const { app, side } = await ctx.services.caseThread.thread(actor, Number(applicationId));
    return {
      applicationId: String(app.id),
      side,
      attachments: await ctx.services.caseThread.attachmentsOf(app.id),
      canWrite: app.status !== "DRAFT",
      canWriteInternal: side === "OFFICER",
      attachmentMaxBytes: ctx.config.documentMaxBytes,
      attachmentsMax: ATTACHMENTS_MAX,
      messageMaxLength: CASE_MESSAGE_MAX,
    };
  }

  @Mutation(() => GrantCaseEntry, { description: "Write in the case thread; `internal` (Socialstyrelsen only) keeps the note from the applicant" })
  @LongTextArgs("body")
  postGrantCaseMessage(
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("body") body: string,
    @Arg("internal", { defaultValue: false }) internal: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.caseThread.post(actor, Number(applicationId), body, internal);
  }

  @Mutation(() => GrantAttachment, {
    description: "Remove an attachment: the file leaves the document store, the record stays in the case file as removed (who and when)",
  })
  removeGrantAttachment(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.caseThread.removeAttachment(actor, Number(id));
  }
}

@Resolver(() => GrantCaseEntry)
export class GrantCaseEntryFields {
  @FieldResolver(() => String, { nullable: true, description: "Who wrote it (null for the system)" })
  async authorName(@Root() e: GrantCaseEntry, @Ctx() ctx: Context) {
    return e.authorId ? ((await ctx.loaders.userById.load(e.authorId))?.name ?? null) : null;
  }

  @FieldResolver(() => String, {
    description: "What the entry says, in the reader's language: the message, or for a removed attachment who removed which file",
  })
  async text(@Root() e: GrantCaseEntry, @Ctx() ctx: Context) {
    if (e.kind !== CaseEntryKind.ATTACHMENT_REMOVED) return e.body;
    const person = (await this.authorName(e, ctx)) ?? "";
    return renderPhrase("grant.attachment-removed-entry", { filename: e.body, person }, currentLocale());
  }
}

@Resolver(() => GrantAttachment)
export class GrantAttachmentFields {
  @FieldResolver(() => String, { description: "Where to download it" })
  url(@Root() a: GrantAttachment) {
    return `/api/grant-attachments/${a.id}`;
  }

  @FieldResolver(() => Boolean, { description: "The signed-in user may remove it now" })
  async canRemove(@Root() a: GrantAttachment, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const app = await ctx.loaders.grantApplicationById.load(a.applicationId);
    const call = app ? await ctx.loaders.grantCallById.load(app.callId) : null;
    return ctx.services.caseThread.canRemove(actor, a, app, call);
  }

  @FieldResolver(() => String, { nullable: true })
  async uploadedByName(@Root() a: GrantAttachment, @Ctx() ctx: Context) {
    return (await ctx.loaders.userById.load(a.uploadedById))?.name ?? null;
  }
}
