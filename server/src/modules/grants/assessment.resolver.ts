import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { PageArgs, Paginated, toPage } from "../../shared/pagination";
import { type AssessmentRecord, AssessmentCriterion, CriterionPoints, DecisionProposal } from "./assessment.entities";
import { AssessmentCriterionInput, DecisionProposalInput, ImpartialityInput, ReviewScoreInput } from "./assessment.inputs";
import { type ReviewTaskRow, assignedReviewers } from "./assessment.service";
import { GrantApplication } from "./grant-application.entity";
import { GrantApplicationStatus } from "./grant-application.state-machine";
import { GrantCall } from "./grant-call.entity";
import { programmePolicy } from "./programmes";
import { ReviewAction, availableReviewActions } from "./review.actions";
import { ReviewStatus } from "./review.state-machine";

@ObjectType({ description: "A Socialstyrelsen officer as a reviewer (bedömare)" })
export class Reviewer {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;
}

@ObjectType({ description: "A reviewer of a call, as the officer managing it sees them" })
export class AssignedReviewer extends Reviewer {
  @Field({ description: "The viewer may remove the reviewer from the call now (removeReviewer): until the reviewer has scored" })
  canRemove: boolean;
}

@ObjectType({ description: "One application as its reviewer sees it: what to judge jäv on, and their own part" })
export class ReviewTask {
  @Field(() => ID)
  applicationId: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  diarienummer: string | null;

  @Field({ description: "The applying organisation" })
  applicantName: string;

  @Field(() => ID)
  callId: number;

  @Field()
  callTitle: string;

  @Field(() => GrantApplicationStatus)
  applicationStatus: GrantApplicationStatus;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field(() => [ReviewAction], { description: "What the reviewer can do now; the mutations ask the same rules" })
  availableActions: ReviewAction[];

  @Field(() => [CriterionPoints], { description: "The reviewer's own points (empty until scored)" })
  scores: CriterionPoints[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Where the application opens in the web app (its programme's page for officers), once the reviewer has declared no jäv",
  })
  link: string | null;
}

@ObjectType()
export class ReviewTaskPage extends Paginated(ReviewTask) {}

@ObjectType({ description: "One reviewer's column of the decision view" })
export class ReviewerScores {
  @Field(() => ID)
  reviewerId: number;

  @Field()
  reviewerName: string;

  @Field(() => ReviewStatus)
  status: ReviewStatus;

  @Field(() => [CriterionPoints], { description: "Shown once scored; a reviewer with jäv has none" })
  scores: CriterionPoints[];

  @Field(() => Int, { nullable: true })
  total: number | null;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType({ description: "Förslag till beslut, with who proposed it" })
export class DecisionProposalView extends DecisionProposal {
  @Field()
  proposedByName: string;
}

@ObjectType({ description: "The decision view of an application's assessment: criteria × reviewers, and the officer's proposal" })
export class ApplicationAssessment {
  @Field(() => ID)
  applicationId: number;

  @Field(() => [AssessmentCriterion])
  criteria: AssessmentCriterion[];

  @Field(() => [ReviewerScores])
  reviews: ReviewerScores[];

  @Field(() => Float, { nullable: true, description: "The mean of the participating reviewers' totals (what the ranking weighs)" })
  averageTotal: number | null;

  @Field(() => Int)
  maxTotal: number;

  @Field(() => DecisionProposalView, { nullable: true })
  proposal: DecisionProposalView | null;
}

@ObjectType()
export class AssessmentParticipant {
  @Field()
  name: string;

  @Field(() => Int)
  total: number;
}

@ObjectType({ description: "Who took part in the assessment, recorded with the decision" })
export class DecisionAssessmentRecord {
  @Field(() => [AssessmentParticipant], { description: "Reviewers who declared no jäv and scored" })
  participants: AssessmentParticipant[];

  @Field(() => [String], { description: "Reviewers who declared jäv and took no part" })
  disqualified: string[];

  @Field({ description: "Nobody who declared jäv scored, presented or decided" })
  noneDisqualifiedTookPart: boolean;
}

function task(row: ReviewTaskRow, actor: Actor): ReviewTask {
  const scored = row.review?.status === ReviewStatus.SCORED;
  return {
    applicationId: row.app.id,
    title: row.app.title,
    diarienummer: row.app.diarienummer,
    applicantName: row.applicantName,
    callId: row.app.callId,
    callTitle: row.callTitle,
    applicationStatus: row.app.status,
    status: row.facts.status,
    availableActions: availableReviewActions(actor, row.facts),
    scores: scored ? row.review!.scores : [],
    total: scored ? row.review!.total : null,
    comment: scored ? row.review!.comment : null,
    link: row.facts.status === ReviewStatus.IMPARTIAL || scored ? row.link : null,
  };
}

@Resolver()
export class AssessmentResolver {
  @Query(() => ReviewTaskPage, { description: "The applications the signed-in reviewer is to assess, newest first" })
  async myReviews(
    @Args() page: PageArgs,
    @Arg("pendingOnly", () => Boolean, { defaultValue: false }) pendingOnly: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    const { items, total } = await ctx.services.assessments.myReviews(actor, page, pendingOnly);
    return toPage({ items: items.map((r) => task(r, actor)), total }, page);
  }

  @Query(() => ReviewTask, { description: "One application the signed-in user reviews; its content opens (grantApplication) once no jäv is declared" })
  async myReview(@Arg("applicationId", () => ID) applicationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return task(await ctx.services.assessments.myReview(actor, Number(applicationId)), actor);
  }

  @Query(() => ApplicationAssessment, { description: "Scores side by side (criterion × reviewer) and the proposal; refused to anyone with jäv" })
  applicationAssessment(@Arg("applicationId", () => ID) applicationId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.assessments.assessment(actor, Number(applicationId));
  }

  @Mutation(() => [AssessmentCriterion], { description: "Replace the criteria of a call, while nothing is scored on them" })
  setAssessmentCriteria(
    @Arg("callId", () => ID) callId: string,
    @Arg("criteria", () => [AssessmentCriterionInput]) criteria: AssessmentCriterionInput[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.setCriteria(actor, Number(callId), criteria.slice(0, 20));
  }

  @Mutation(() => [AssignedReviewer], { description: "Assign reviewers (bedömare) to a call; each new one is notified. Returns every reviewer of the call" })
  assignReviewers(@Arg("callId", () => ID) callId: string, @Arg("userIds", () => [ID]) userIds: string[], @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.assessments.assignReviewers(actor, Number(callId), userIds.slice(0, 50));
  }

  @Mutation(() => [AssignedReviewer], {
    description: "Remove a reviewer from a call before they have scored; they are notified. Returns every remaining reviewer of the call",
  })
  removeReviewer(@Arg("callId", () => ID) callId: string, @Arg("userId", () => ID) userId: string, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.assessments.removeReviewer(actor, Number(callId), Number(userId));
  }

  @Mutation(() => ReviewTask, { description: "Declare whether the reviewer is disqualified by a conflict of interest (jäv) in the application" })
  async declareImpartiality(
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("input") input: ImpartialityInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return task(await ctx.services.assessments.declare(actor, Number(applicationId), input), actor);
  }

  @Mutation(() => ReviewTask, { description: "Score the application on every criterion of its call, with a comment" })
  async scoreApplication(
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("input") input: ReviewScoreInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return task(await ctx.services.assessments.score(actor, Number(applicationId), input), actor);
  }

  @Mutation(() => ApplicationAssessment, { description: "Record the officer's proposal for a decision (förslag till beslut)" })
  proposeDecision(
    @Arg("applicationId", () => ID) applicationId: string,
    @Arg("input") input: DecisionProposalInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.propose(actor, Number(applicationId), input);
  }
}

@Resolver(() => GrantCall)
export class AssessmentCallFields {
  @FieldResolver(() => Boolean, { description: "The call's applications are scored on its criteria by assigned reviewers, who first declare jäv" })
  assessedByReviewers(@Root() call: GrantCall) {
    return programmePolicy(call).assessedByReviewers(call);
  }

  @FieldResolver(() => [AssessmentCriterion])
  assessmentCriteria(@Root() call: GrantCall, @Ctx() ctx: Context) {
    return ctx.loaders.criteriaByCallId.load(call.id);
  }

  @FieldResolver(() => [AssignedReviewer])
  async reviewers(@Root() call: GrantCall, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    const [users, scored] = await Promise.all([ctx.loaders.reviewersByCallId.load(call.id), ctx.loaders.scoredReviewersByCallId.load(call.id)]);
    return assignedReviewers(actor, users, scored);
  }

  @FieldResolver(() => [Reviewer], { description: "Officers who may be assigned as reviewers" })
  eligibleReviewers(@Ctx() ctx: Context) {
    return ctx.loaders.eligibleReviewers.load("all");
  }
}

@Resolver(() => GrantApplication)
export class AssessmentApplicationFields {
  @FieldResolver(() => DecisionAssessmentRecord, { nullable: true, description: "Who took part in the assessment, recorded with the decision" })
  decisionAssessment(@Root() app: GrantApplication): DecisionAssessmentRecord | null {
    const r: AssessmentRecord | null = app.assessmentRecord;
    if (!r) return null;
    return {
      participants: r.participants.map((p) => ({ name: p.name, total: p.total })),
      disqualified: r.disqualified.map((d) => d.name),
      noneDisqualifiedTookPart: r.noneDisqualifiedTookPart,
    };
  }
}
