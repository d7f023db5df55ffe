import { ArrayMaxSize, ArrayMinSize, IsEmail, IsInt, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { AnswerInput } from "../questionnaires/questionnaire.inputs";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { BudgetLineInput } from "../grants/grant.inputs";
import { DeclineReason, FundUseCategory, NgoActivityArea, PaymentMethod } from "./development-fund.entities";
import { validationMessage } from "../../shared/field-messages";
import { NgoLegalForm } from "./ngo-eligibility";

const MAX_KRONOR = 1_000_000_000;

@InputType()
export class OpenDevelopmentFundRoundInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => Int, { defaultValue: 75_000_000 })
  @Min(0)
  @Max(MAX_KRONOR)
  kommunPot: number = 75_000_000;

  @Field(() => Int, { defaultValue: 31_500_000 })
  @Min(0)
  @Max(MAX_KRONOR)
  regionPot: number = 31_500_000;

  @Field(() => Int, { defaultValue: 8_000_000 })
  @Min(0)
  @Max(MAX_KRONOR)
  ngoPot: number = 8_000_000;

  @Field(() => Int, { defaultValue: 80_000, description: "Lowest allotment per kommun" })
  @Min(0)
  @Max(MAX_KRONOR)
  floorAmount: number = 80_000;

  @Field()
  opensAt: Date;

  @Field()
  closesAt: Date;

  @Field()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  followUpDueDate: string;

  @Field(() => String, {
    nullable: true,
    description: "Får användas till och med (YYYY-MM-DD): after the round's year, at most three years on; followUpDueDate is then the final report's",
  })
  @IsOptional()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  usableUntil?: string | null;
}

@InputType()
export class FundUseInput {
  @Field(() => FundUseCategory)
  category: FundUseCategory;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(MAX_KRONOR)
  amount: number;
}

@InputType()
export class RequisitionInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => Int, { description: "All of the allotment or less (for a joint requisition: of the pooled allotments)" })
  @Min(1, { message: validationMessage("developmentFunds.enterAnAmount") })
  @Max(MAX_KRONOR)
  amount: number;

  @Field()
  @Length(2, 200, { message: validationMessage("common.enterAContactPerson") })
  contactName: string;

  @Field()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  contactEmail: string;

  @Field(() => PaymentMethod)
  paymentMethod: PaymentMethod;

  @Field()
  @Length(2, 20, { message: validationMessage("developmentFunds.enterABankgiroOrPlusgiroNumber") })
  paymentNumber: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Organisationsnummer NNNNNN-NNNN of the requisitioning organisation, kept on it for the next round; omitted: the one kept (required when none is kept)",
  })
  @IsOptional()
  @MaxLength(20)
  organisationNumber?: string | null;

  @Field(() => [FundUseInput], { description: "Planned use by category; must add up to the amount" })
  @ArrayMinSize(1, { message: validationMessage("developmentFunds.enterThePlannedUse") })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  plannedUse: FundUseInput[];

  @Field({ defaultValue: false, description: "Wants a share of funds left over" })
  wantsMore: boolean = false;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(MAX_KRONOR)
  wantsMoreUpTo?: number;

  @Field(() => [ID], { nullable: true, description: "Other kommuner requisitioning jointly through my kommun (each must confirm)" })
  @IsOptional()
  @ArrayMaxSize(30)
  jointMemberOrganisationIds?: string[];
}

@InputType({ description: "Avstå: the kommun or region will not requisition its allotment" })
export class DeclineAllotmentInput {
  @Field(() => ID)
  roundId: string;

  @Field(() => DeclineReason)
  reason: DeclineReason;

  @Field({ defaultValue: "", description: "Required when the reason is OTHER" })
  @MaxLength(1000)
  comment: string = "";
}

@InputType()
export class NgoApplicationInput {
  @Field(() => ID)
  roundId: string;

  @Field()
  @Length(3, 200, { message: validationMessage("common.titleLength") })
  title: string;

  @Field({ description: "NNNNNN-NNNN" })
  organisationNumber: string;

  @Field(() => NgoLegalForm, { description: "Only an ideell förening or a stiftelse may apply" })
  legalForm: NgoLegalForm;

  @Field({ description: "Active at local level, in its kommun or county (a condition to apply)" })
  activeLocally: boolean;

  @Field(() => PaymentMethod)
  paymentMethod: PaymentMethod;

  @Field()
  @Length(2, 20, { message: validationMessage("developmentFunds.enterABankgiroOrPlusgiroNumber") })
  paymentNumber: string;

  @Field(() => NgoActivityArea)
  activityArea: NgoActivityArea;

  @Field()
  @LongText()
  @Length(10, 10_000, { message: validationMessage("developmentFunds.describeActivities") })
  description: string;

  @Field()
  @Length(2, 2, { message: validationMessage("developmentFunds.chooseACounty") })
  countyCode: string;

  @Field()
  supportMissing: boolean;

  @Field()
  @LongText()
  @Length(1, 5_000, { message: validationMessage("common.enterTheTargetGroups") })
  targetGroups: string;

  @Field()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  periodStart: string;

  @Field()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  periodEnd: string;

  @Field(() => Int)
  @Min(1, { message: validationMessage("common.enterTheRequestedAmount") })
  @Max(MAX_KRONOR)
  requestedAmount: number;

  @Field(() => [BudgetLineInput])
  @ArrayMinSize(1, { message: validationMessage("common.addAtLeastOneBudgetLine") })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  budgetLines: BudgetLineInput[];

  @Field()
  @Length(2, 200, { message: validationMessage("common.enterAContactPerson") })
  contactName: string;

  @Field()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  contactEmail: string;
}

@InputType()
export class NgoScoreInput {
  @Field(() => Int)
  @Min(1, { message: validationMessage("developmentFunds.scoreRange") })
  @Max(5, { message: validationMessage("developmentFunds.scoreRange") })
  score: number;

  @Field()
  @LongText()
  @Length(1, 5_000, { message: validationMessage("developmentFunds.giveTheReasonsForTheScore") })
  comment: string;
}

@InputType()
export class DevelopmentFundFollowUpInput {
  @Field(() => ID)
  applicationId: string;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_KRONOR)
  usedAmount: number;

  @Field()
  @LongText()
  @Length(1, 20_000, { message: validationMessage("common.describeWhatHasBeenDone") })
  report: string;

  @Field(() => [AnswerInput], { defaultValue: [], description: "Coded answers to the round's follow-up form" })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  answers: AnswerInput[];

  @Field(() => [FundUseInput], { defaultValue: [], description: "Older: use per category; prefer the form's amounts per area" })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  usedByCategory: FundUseInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  coordinatorPlacement?: string;

  @Field(() => [String], { defaultValue: [], description: "Older: groups as text; prefer the form's coded answer" })
  @ArrayMaxSize(30)
  targetGroups: string[];

  @Field(() => [String], { defaultValue: [], description: "Older: methods as text; prefer the form's coded answer" })
  @ArrayMaxSize(30)
  assessmentMethods: string[];
}
