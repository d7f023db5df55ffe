import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, ID, Info, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { selectedFields } from "../../db/lean-read";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { LongTextArgs } from "../../graphql/long-text";
import { isCalendarDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { ConsultationRequest } from "./consultation.entity";
import { GrantApplication } from "./grant-application.entity";
import { GrantCall, GrantProgramme } from "./grant-call.entity";
import {
  ConsultationOpinionInput,
  CreateGrantCallInput,
  DecisionInput,
  FollowUpInput,
  PartialReportInput,
  GrantApplicationsArgs,
  ReclaimInput,
  SaveGrantApplicationInput,
} from "./grant.inputs";
import { fieldMessage } from "../../shared/field-messages";
import { StimulusSummary } from "./stimulus-summary";

@ObjectType()
export class GrantApplicationPage extends Paginated(GrantApplication) {}

function dateArg(value: string | null | undefined, field: string, required = false): string | null {
  if ((value == null || value === "") && !required) return null;
  if (!isCalendarDate(value)) {
    throw CommonErrors.invalidInput(undefined, { fields: [{ field, path: field, message: fieldMessage("common.dateFormatExample") }] });
  }
  return value;
}

/** The message of a completion request: written, and not longer than a message is kept. */
function completionMessage(message: string): string {
  if (!message.trim())
    throw CommonErrors.invalidInput(undefined, { fields: [{ field: "message", path: "message", message: fieldMessage("grants.writeWhatNeedsToBeAdded") }] });
  if (message.length > 10_000)
    throw CommonErrors.invalidInput(undefined, { fields: [{ field: "message", path: "message", message: fieldMessage("grants.messageTooLong") }] });
  return message;
}

@Resolver()
export class GrantResolver {
  @Query(() => [GrantCall], { description: "Grant calls (utlysningar), newest first" })
  grantCalls(@Arg("programme", () => GrantProgramme, { nullable: true }) programme: GrantProgramme | null, @Ctx() ctx: Context) {
    return ctx.services.grants.listCalls(programme ?? undefined);
  }

  @Query(() => StimulusSummary, {
    description:
      "Stimulus funds of a year as in Tabell 1 of the final report: available, applied for, granted, paid, used, share used, repaid, per organisation and per purpose",
  })
  stimulusSummary(@Arg("year", () => Int) year: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.stimulusSummary(actor, year);
  }

  @Query(() => GrantCall)
  grantCall(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.grants.call(Number(id));
  }

  @Mutation(() => GrantCall)
  createGrantCall(@Arg("input") input: CreateGrantCallInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.createCall(actor, input);
  }

  @Query(() => GrantApplicationPage, {
    description:
      "Applications the signed-in user may see: their own organisation's, everything for Socialstyrelsen and analysts, what was sent for consultation for the consultation body",
  })
  async grantApplications(@Args() args: GrantApplicationsArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return toPage(await ctx.services.grants.listApplications(actor, args, args, selectedFields(info, ["items"])), args);
  }

  @Query(() => GrantApplication)
  grantApplication(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.grants.application(actor, Number(id), undefined, selectedFields(info));
  }

  @Mutation(() => GrantApplication, { description: "Create (with callId) or update (with id) a draft application" })
  saveGrantApplication(@Arg("input") input: SaveGrantApplicationInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.save(actor, input);
  }

  @Mutation(() => GrantApplication)
  submitGrantApplication(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.submit(actor, Number(id));
  }

  @Mutation(() => GrantApplication)
  withdrawGrantApplication(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.withdraw(actor, Number(id));
  }

  @Mutation(() => GrantApplication, { description: "Return a submitted application to the applicant for completion (komplettering)" })
  @LongTextArgs("message")
  requestGrantCompletion(
    @Arg("id", () => ID) id: string,
    @Arg("message") message: string,
    @Arg("dueDate") dueDate: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.grants.requestCompletion(actor, Number(id), completionMessage(message), dateArg(dueDate, "dueDate", true)!);
  }

  @Mutation(() => [GrantApplication], {
    description:
      "Return up to 100 applications to their applicants for completion with the same message and due date; all or nothing: one refusal changes none",
  })
  @LongTextArgs("message")
  requestGrantCompletions(
    @Arg("applicationIds", () => [ID]) applicationIds: string[],
    @Arg("message") message: string,
    @Arg("dueDate") dueDate: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.grants.requestCompletions(actor, applicationIds.map(Number), completionMessage(message), dateArg(dueDate, "dueDate", true)!);
  }

  @Mutation(() => [GrantApplication], {
    description: "Remind the applicants of up to 100 applications of their outstanding completion (notification and e-mail); all or nothing",
  })
  remindGrantCompletions(@Arg("applicationIds", () => [ID]) applicationIds: string[], @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.remindCompletions(actor, applicationIds.map(Number));
  }

  @Mutation(() => [GrantApplication], {
    description: "Send up to 100 applications to the consultation body (remiss); all or nothing: one refusal changes none",
  })
  requestConsultation(
    @Arg("applicationIds", () => [ID]) applicationIds: string[],
    @Arg("dueDate", () => String, { nullable: true, description: "Default: today plus the call's consultation period" }) dueDate: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.grants.requestConsultation(actor, applicationIds.map(Number), dateArg(dueDate, "dueDate"));
  }

  @Query(() => [ConsultationRequest], { description: "The consultation body's queue" })
  consultationRequests(@Arg("openOnly", { defaultValue: false }) openOnly: boolean, @Args() page: PageArgs, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.consultationQueue(actor, openOnly, page);
  }

  @Mutation(() => ConsultationRequest)
  submitConsultationOpinion(
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("input") input: ConsultationOpinionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.grants.submitOpinion(actor, Number(applicationId), input);
  }

  @Mutation(() => GrantApplication)
  decideGrantApplication(@Arg("id", () => ID) id: string, @Arg("input") input: DecisionInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.decide(actor, Number(id), input);
  }

  @Mutation(() => GrantApplication)
  markGrantPaid(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.markPaid(actor, Number(id));
  }

  @Mutation(() => GrantApplication, { description: "File the follow-up report (återrapportering)" })
  submitGrantFollowUp(@Arg("id", () => ID) id: string, @Arg("input") input: FollowUpInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.submitFollowUp(actor, Number(id), input);
  }

  @Mutation(() => GrantApplication, { description: "File the partial report (delrapport) of one year of funds used over more than one year" })
  submitPartialReport(@Arg("id", () => ID) id: string, @Arg("input") input: PartialReportInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.submitPartialReport(actor, Number(id), input);
  }

  @Query(() => [GrantApplication], { description: "Paid grants whose follow-up report is overdue" })
  overdueFollowUps(@Arg("callId", () => ID, { nullable: true }) callId: string | null, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.overdueFollowUps(callId ? Number(callId) : null, actor.userId);
  }

  @Mutation(() => Int, { description: "Remind recipients whose follow-up is due within the given days (each once); returns how many were reminded" })
  sendFollowUpReminders(@Arg("withinDays", () => Int, { defaultValue: 14 }) withinDays: number, @Ctx() ctx: Context) {
    if (withinDays < 0 || withinDays > 3_650) {
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "withinDays", path: "withinDays", message: fieldMessage("grants.withinDaysRange") }] });
    }
    return ctx.services.grants.sendFollowUpReminders(withinDays);
  }

  @Mutation(() => GrantApplication, { description: "Granskning: approve a follow-up report" })
  approveGrantFollowUp(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.approveFollowUp(actor, Number(id));
  }

  @Mutation(() => GrantApplication, { description: "Granskning: ask for a completion of a follow-up report by a day after today" })
  @LongTextArgs("message")
  requestGrantFollowUpCompletion(
    @Arg("id", () => ID) id: string,
    @Arg("message") message: string,
    @Arg("dueDate") dueDate: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    if (!message.trim())
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "message", path: "message", message: fieldMessage("grants.writeWhatNeedsToBeAdded") }] });
    if (message.length > 10_000)
      throw CommonErrors.invalidInput(undefined, { fields: [{ field: "message", path: "message", message: fieldMessage("grants.messageTooLong") }] });
    return ctx.services.grants.requestFollowUpCompletion(actor, Number(id), message, dateArg(dueDate, "dueDate", true)!);
  }

  @Mutation(() => GrantApplication, { description: "Granskning: decide a reclaim (återkrav), a repayment due with its own amount and reasons" })
  reclaimGrant(@Arg("id", () => ID) id: string, @Arg("input") input: ReclaimInput, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    if (!input.motivation.trim())
      throw CommonErrors.invalidInput(undefined, {
        fields: [{ field: "motivation", path: "input.motivation", message: fieldMessage("grants.writeTheReasonsForTheReclaim") }],
      });
    return ctx.services.grants.reclaim(actor, Number(id), input.amount, input.motivation);
  }

  @Mutation(() => GrantApplication)
  markRepaymentReceived(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.grants.markRepaid(actor, Number(id));
  }
}
