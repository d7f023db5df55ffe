import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from "type-graphql";
import { type Actor, can } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { addDays, stockholmDate } from "../../shared/dates";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { User } from "../users/user.entity";
import { remainingBudget } from "./budget";
import { ConsultationRequest } from "./consultation.entity";
import { GrantApplicationVersion } from "./grant-application-version.entity";
import { BudgetLine, GrantApplication } from "./grant-application.entity";
import { GRANTED, GrantApplicationStatus, grantApplicationMachine } from "./grant-application.state-machine";
import { passesOverHigherRanked } from "./ranked-decision";
import { partialReportDueDate, partialReportYears } from "./multi-year";
import { PartialReport } from "./partial-report.entity";
import { GrantCall } from "./grant-call.entity";
import { consultationStanding } from "./consultation-standing";
import { threadSide } from "./case-thread.service";
import { StimulusPurpose } from "./stimulus-purpose";
import { GrantApplicationAction, GrantCallAction, availableCallActions, availableGrantActions } from "./grant-application.actions";
import { type ApplicationContent, emptyContent, programmePolicy } from "./programmes";

@ObjectType({ description: "How many submitted applications of a call are in a status" })
export class GrantStatusCount {
  @Field(() => GrantApplicationStatus)
  status: GrantApplicationStatus;

  @Field(() => Int)
  count: number;
}

@Resolver(() => GrantCall)
export class GrantCallFields {
  @FieldResolver(() => Boolean, {
    description: "A partial report (delrapport) of the call answers the programme's follow-up form; otherwise it is the year's amount and a text",
  })
  partialReportsCoded(@Root() call: GrantCall) {
    return !!programmePolicy(call).partialReportAnswers;
  }

  @FieldResolver(() => Boolean, { description: "Applications can be submitted now" })
  isOpen(@Root() call: GrantCall) {
    const now = Date.now();
    return call.opensAt.getTime() <= now && now <= call.closesAt.getTime();
  }

  @FieldResolver(() => [GrantCallAction], { description: "What the signed-in user can do with the call now; saving a new application asks the same rule" })
  availableActions(@Root() call: GrantCall, @CurrentActor() actor: Actor) {
    return availableCallActions(actor, call);
  }

  @FieldResolver(() => String, {
    description: "The earliest due date a consultation requested today may have (today plus the shortest consultation period), YYYY-MM-DD",
  })
  earliestConsultationDueDate(@Root() call: GrantCall) {
    return addDays(stockholmDate(), call.minConsultationDays);
  }

  @FieldResolver(() => Int, { description: "Budget not yet granted" })
  remaining(@Root() call: GrantCall) {
    return remainingBudget(call);
  }

  @FieldResolver(() => Int, { description: "Sum requested by submitted applications (withdrawn ones excluded)" })
  async requestedTotal(@Root() call: GrantCall, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.callStatusRows.load(call.id);
    return rows.filter((r) => r.status !== GrantApplicationStatus.WITHDRAWN).reduce((s, r) => s + r.requested, 0);
  }

  @FieldResolver(() => [GrantStatusCount])
  async statusCounts(@Root() call: GrantCall, @Ctx() ctx: Context) {
    return (await ctx.loaders.callStatusRows.load(call.id)).map((r) => ({ status: r.status, count: r.count }));
  }

  @FieldResolver(() => Int, { description: "Applications granted money" })
  async grantedCount(@Root() call: GrantCall, @Ctx() ctx: Context) {
    return (await ctx.loaders.callStatusRows.load(call.id)).filter((r) => GRANTED.has(r.status)).reduce((s, r) => s + r.count, 0);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "Remissinstans" })
  consultationOrganisation(@Root() call: GrantCall, @Ctx() ctx: Context) {
    return call.consultationOrganisationId ? ctx.loaders.organisationById.load(call.consultationOrganisationId) : null;
  }
}

@Resolver(() => GrantApplication)
export class GrantApplicationFields {
  @FieldResolver(() => Boolean, {
    description:
      "Granting money now would pass over a higher-ranked application of the call that is undecided or rejected, so the decision needs rankingDeviationReason",
  })
  async decisionNeedsRankingReason(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    if (!grantApplicationMachine.can(app.status, GrantApplicationStatus.APPROVED)) return false;
    const ranking = await ctx.loaders.decisionRankingByCallId.load(app.callId);
    return !!ranking && passesOverHigherRanked(ranking, app.id);
  }

  /** What the applicant wrote, from where the call's programme keeps it; empty where its kind of content has no such field. */
  private async written(app: GrantApplication, ctx: Context): Promise<ApplicationContent> {
    const call = await ctx.loaders.grantCallById.load(app.callId);
    return call ? ctx.loaders.applicationContent[programmePolicy(call).contentType(call)].load(app.id) : emptyContent();
  }

  @FieldResolver(() => String)
  async purpose(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).purpose;
  }

  @FieldResolver(() => String)
  async plannedActivities(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).plannedActivities;
  }

  @FieldResolver(() => String)
  async targetGroups(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).targetGroups;
  }

  @FieldResolver(() => String, { nullable: true })
  async periodStart(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).periodStart;
  }

  @FieldResolver(() => String, { nullable: true })
  async periodEnd(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).periodEnd;
  }

  @FieldResolver(() => [BudgetLine])
  async budgetLines(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).budgetLines;
  }

  @FieldResolver(() => String)
  async contactName(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).contactName;
  }

  @FieldResolver(() => String)
  async contactEmail(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).contactEmail;
  }

  @FieldResolver(() => String, { nullable: true })
  async contactPhone(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).contactPhone;
  }

  @FieldResolver(() => [StimulusPurpose], { description: "Stimulus funds: what the funds are for; empty where not stated" })
  async purposeCategories(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return (await this.written(app, ctx)).purposeCategories;
  }

  @FieldResolver(() => GrantCall)
  call(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.grantCallById.load(app.callId);
  }

  @FieldResolver(() => Organisation)
  organisation(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(app.organisationId);
  }

  @FieldResolver(() => [ConsultationRequest], { description: "Remisser and their answers" })
  consultations(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.consultationsByApplicationId.load(app.id);
  }

  @FieldResolver(() => Boolean, { description: "In consultation, unanswered past its due date: a decision now is made without an opinion" })
  async decidableWithoutOpinion(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    if (app.status !== GrantApplicationStatus.IN_CONSULTATION) return false;
    const list = await ctx.loaders.consultationsByApplicationId.load(app.id);
    return consultationStanding(list[list.length - 1]).kind === "withoutOpinion";
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "In consultation and unanswered: the first day a decision without an opinion may be made, YYYY-MM-DD",
  })
  async decidableWithoutOpinionFrom(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    if (app.status !== GrantApplicationStatus.IN_CONSULTATION) return null;
    const list = await ctx.loaders.consultationsByApplicationId.load(app.id);
    const standing = consultationStanding(list[list.length - 1]);
    return "decidableFrom" in standing ? standing.decidableFrom : null;
  }

  @FieldResolver(() => Boolean, { description: "Decided after the consultation's due date had passed without an answer" })
  async decidedWithoutOpinion(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    if (!app.decidedAt) return false;
    const list = await ctx.loaders.consultationsByApplicationId.load(app.id);
    const latest = list[list.length - 1];
    return !!latest && !latest.answeredAt;
  }

  @FieldResolver(() => [GrantApplicationVersion], { description: "Every submitted version, oldest first" })
  versions(@Root() app: GrantApplication, @Ctx() ctx: Context) {
    return ctx.loaders.versionsByApplicationId.load(app.id);
  }

  @FieldResolver(() => [GrantApplicationAction], { description: "What the signed-in user can do with the application now; the mutations allow exactly these" })
  async availableActions(@Root() app: GrantApplication, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const [call, consultations, jointMembers, ngoDetails, criteria] = await Promise.all([
      ctx.loaders.grantCallById.load(app.callId),
      ctx.loaders.consultationsByApplicationId.load(app.id),
      ctx.loaders.jointMembersByApplicationId.load(app.id),
      ctx.loaders.ngoDetailsByApplicationId.load(app.id),
      ctx.loaders.criteriaByCallId.load(app.callId),
    ]);
    if (!call) return [];
    const latest = consultations[consultations.length - 1];
    const body = latest && !latest.answeredAt ? await ctx.loaders.organisationById.load(latest.organisationId) : null;
    return availableGrantActions(actor, {
      app,
      call,
      consultations,
      pendingConsultationBody: body?.name ?? null,
      jointMembers,
      ngo: !!ngoDetails,
      scoredOnCriteria: criteria.length > 0,
    });
  }

  @FieldResolver(() => [PartialReport], {
    description: "Funds used over more than one year: the partial report (delrapport) of each year of the period but the last, due or filed; empty otherwise",
  })
  async partialReports(@Root() app: GrantApplication, @Ctx() ctx: Context): Promise<PartialReport[]> {
    const call = await ctx.loaders.grantCallById.load(app.callId);
    const years = call && GRANTED.has(app.status) ? partialReportYears(call) : [];
    if (!years.length) return [];
    const filed = await ctx.loaders.partialReportsByApplicationId.load(app.id);
    return years.map((year) => {
      const r = filed.find((x) => x.year === year);
      return {
        year,
        dueDate: partialReportDueDate(year),
        usedAmount: r?.usedAmount ?? null,
        report: r?.report ?? null,
        submittedAt: r?.submittedAt ?? null,
        reportId: r?.id ?? null,
      };
    });
  }

  @FieldResolver(() => Int, { nullable: true, description: "Used so far by the partial reports, before the final report; null without partial reports" })
  async usedSoFar(@Root() app: GrantApplication, @Ctx() ctx: Context): Promise<number | null> {
    const call = await ctx.loaders.grantCallById.load(app.callId);
    if (!call?.usableUntil) return null;
    const filed = await ctx.loaders.partialReportsByApplicationId.load(app.id);
    return filed.reduce((sum, r) => sum + r.usedAmount, 0);
  }

  @FieldResolver(() => [User], {
    description: "Whom the decision may name as föredragande (presenting officer): the decider's organisation's officers; empty for those who may not decide",
  })
  presentingOfficers(@Ctx() ctx: Context) {
    // One organisation per reader: the same list for every application of a page, loaded once.
    if (!ctx.actor || !can(ctx.actor, "grant.decide")) return [];
    return ctx.loaders.presentingOfficersByOrganisationId.load(ctx.actor.organisationId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Where to download the decision letter (PDF), once decided" })
  decisionLetterUrl(@Root() app: GrantApplication) {
    return app.decidedAt ? `/api/grant-applications/${app.id}/decision-letter.pdf` : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Where to download the case file (akt, ZIP) to hand out under offentlighetsprincipen; null for those who may not compile it",
  })
  caseFileUrl(@Root() app: GrantApplication, @CurrentActor() actor: Actor) {
    const allowed =
      can(actor, "grant.caseFile.export") && actor.organisationKind === OrganisationKind.SOCIALSTYRELSEN && app.status !== GrantApplicationStatus.DRAFT;
    return allowed ? `/api/grant-applications/${app.id}/case-file.zip` : null;
  }

  @FieldResolver(() => Boolean, {
    description: "The signed-in user takes part in the case thread (Ärendet / Meddelanden): the applicant organisation or Socialstyrelsen's officers",
  })
  async hasCaseThread(@Root() app: GrantApplication, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const call = await ctx.loaders.grantCallById.load(app.callId);
    return !!call && threadSide(actor, app, call) != null;
  }
}

@Resolver(() => ConsultationRequest)
export class ConsultationRequestFields {
  @FieldResolver(() => GrantApplication)
  application(@Root() c: ConsultationRequest, @Ctx() ctx: Context) {
    return ctx.loaders.grantApplicationById.load(c.applicationId);
  }

  @FieldResolver(() => Organisation, { description: "The consulted body" })
  organisation(@Root() c: ConsultationRequest, @Ctx() ctx: Context) {
    return ctx.loaders.organisationById.load(c.organisationId);
  }
}
