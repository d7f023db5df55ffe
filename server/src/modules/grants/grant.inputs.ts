import { GrantApplicationAction } from "./grant-application.actions";
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { PageArgs } from "../../shared/pagination";
import { OrganisationKind } from "../organisations/organisation.entity";
import { ConsultationOpinion } from "./consultation.entity";
import { DecisionOutcome } from "./grant-application.entity";
import { GrantApplicationStatus } from "./grant-application.state-machine";
import { FollowUpReviewStatus } from "./follow-up-review.state-machine";
import { GrantProgramme } from "./grant-call.entity";
import { StimulusPurpose } from "./stimulus-purpose";
import { validationMessage } from "../../shared/field-messages";
import { AnswerInput } from "../questionnaires/questionnaire.inputs";

const DATE_MESSAGE = validationMessage("common.dateFormatExample");
const MAX_KRONOR = 1_000_000_000;

@InputType()
export class CreateGrantCallInput {
  @Field(() => GrantProgramme, { defaultValue: GrantProgramme.SARSKILDA_STIMULANSMEDEL })
  programme: GrantProgramme = GrantProgramme.SARSKILDA_STIMULANSMEDEL;

  @Field(() => Int)
  @Min(2000, { message: validationMessage("grants.yearFrom2000") })
  @Max(2100, { message: validationMessage("grants.yearBefore2100") })
  year: number;

  @Field()
  @Length(3, 200, { message: validationMessage("common.titleLength") })
  title: string;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  description: string = "";

  @Field(() => Int, { description: "Total budget in whole kronor" })
  @Min(1, { message: validationMessage("grants.budgetAtLeastOne") })
  @Max(MAX_KRONOR, { message: validationMessage("grants.budgetIsUnreasonablyLarge") })
  budget: number;

  @Field(() => [OrganisationKind], { nullable: true, description: "Default: länsstyrelser and national knowledge centres (NCK, Barnafrid)" })
  @IsOptional()
  @ArrayMinSize(1, { message: validationMessage("grants.chooseAtLeastOneKindOf") })
  eligibleKinds?: OrganisationKind[];

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field(() => ID, { nullable: true, description: "Consultation body; default Jämställdhetsmyndigheten" })
  @IsOptional()
  consultationOrganisationId?: string;

  @Field(() => Int, { defaultValue: 14 })
  @Min(1, { message: validationMessage("grants.consultationPeriodAtLeastOneDay") })
  @Max(180, { message: validationMessage("grants.consultationPeriodMayBeAtMost") })
  consultationDays: number = 14;

  @Field(() => Int, { defaultValue: 10, description: "Shortest consultation period: a due date is at least this many days after the request" })
  @Min(1, { message: validationMessage("grants.consultationPeriodAtLeastOneDay") })
  @Max(180, { message: validationMessage("grants.consultationPeriodMayBeAtMost") })
  minConsultationDays: number = 10;

  @Field()
  @IsCalendarDate({ message: DATE_MESSAGE })
  followUpDueDate: string;

  @Field(() => String, {
    nullable: true,
    description: "Funds used over more than one year: the last day of use (YYYY-MM-DD), after the call's year, at most three years on",
  })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  usableUntil?: string | null;
}

@InputType()
export class BudgetLineInput {
  @Field()
  @Length(1, 100, { message: validationMessage("grants.enterACategoryForTheBudget") })
  category: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  amount: number;
}

/** Create (with callId) or update (with id) a draft. Every field is optional while it is a draft. */
@InputType()
export class SaveGrantApplicationInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  callId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, { message: validationMessage("grants.titleTooLong") })
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LongText()
  @MaxLength(10_000)
  purpose?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LongText()
  @MaxLength(10_000)
  plannedActivities?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LongText()
  @MaxLength(5_000)
  targetGroups?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  periodStart?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: DATE_MESSAGE })
  periodEnd?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  requestedAmount?: number;

  @Field(() => [BudgetLineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50, { message: validationMessage("grants.atMost50BudgetLines") })
  @ValidateNested({ each: true })
  budgetLines?: BudgetLineInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  contactPhone?: string;

  @Field(() => [StimulusPurpose], { nullable: true, description: "Stimulus funds: what the funds are for, one or more (each counted once)" })
  @IsOptional()
  @ArrayMaxSize(10)
  purposeCategories?: StimulusPurpose[];
}

@ArgsType()
export class GrantApplicationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  callId?: string;

  @Field(() => [GrantApplicationStatus], { nullable: true })
  @IsOptional()
  statuses?: GrantApplicationStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string;

  @Field(() => [ID], { nullable: true, description: "Applications of any of these calls (a development-fund round's three pots)" })
  @IsOptional()
  @ArrayMaxSize(10)
  callIds?: string[];

  @Field(() => [FollowUpReviewStatus], {
    nullable: true,
    description: "Only follow-up reports whose review (granskning) stands so, the report first due first",
  })
  @IsOptional()
  followUpReviews?: FollowUpReviewStatus[];

  @Field(() => GrantApplicationAction, {
    nullable: true,
    description: "Only applications in a status from which this action's step may be taken (the payment list asks for MARK_PAID)",
  })
  @IsOptional()
  readyFor?: GrantApplicationAction;
}

@InputType()
export class ConsultationOpinionInput {
  @Field(() => ConsultationOpinion)
  opinion: ConsultationOpinion;

  @Field()
  @LongText()
  @Length(1, 10_000, { message: validationMessage("grants.writeTheAgencyViews") })
  text: string;
}

@InputType()
export class DecisionInput {
  @Field(() => DecisionOutcome)
  @IsIn(Object.values(DecisionOutcome))
  outcome: DecisionOutcome;

  @Field(() => Int, { nullable: true, description: "Required when partially approved; approved grants the requested amount; rejected grants 0" })
  @IsOptional()
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  grantedAmount?: number;

  @Field()
  @LongText()
  @Length(1, 10_000, { message: validationMessage("grants.writeTheReasonsForTheDecision") })
  motivation: string;

  @Field(() => ID, { nullable: true, description: "Föredragande: the officer who prepared and presented the case; the decision maker when left out" })
  @IsOptional()
  presentedById?: string;

  @Field(() => String, {
    nullable: true,
    description: "Why money is granted past a higher-ranked application that is undecided or rejected; required then (decisionNeedsRankingReason)",
  })
  @IsOptional()
  @LongText()
  @MaxLength(10_000, { message: validationMessage("grants.messageTooLong") })
  rankingDeviationReason?: string;
}

@InputType()
export class FollowUpInput {
  @Field({ description: "What was done with the money" })
  @LongText()
  @Length(1, 20_000, { message: validationMessage("common.describeWhatHasBeenDone") })
  report: string;

  @Field(() => Int)
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  usedAmount: number;
}

@InputType({ description: "Delrapport: one calendar year of funds used over more than one year" })
export class PartialReportInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field({ description: "What was done during the year" })
  @LongText()
  @Length(1, 20_000, { message: validationMessage("common.describeWhatHasBeenDone") })
  report: string;

  @Field(() => Int, { description: "Kronor used during the year" })
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  usedAmount: number;

  @Field(() => [AnswerInput], { defaultValue: [], description: "Coded answers to the round's follow-up form, where the programme has one" })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  answers: AnswerInput[];
}

@InputType({ description: "Återkrav at the review of a follow-up report" })
export class ReclaimInput {
  @Field(() => Int, { description: "Kronor to repay; at most what was paid minus what is already to be repaid" })
  @Min(1, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  amount: number;

  @Field()
  @LongText()
  @Length(1, 10_000, { message: validationMessage("grants.writeTheReasonsForTheReclaim") })
  motivation: string;
}
