import { ArrayMaxSize, IsIn, IsOptional, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { validationMessage } from "../../shared/field-messages";
import { DecisionOutcome } from "./grant-application.entity";

const MAX_KRONOR = 1_000_000_000;

@InputType()
export class AssessmentCriterionInput {
  @Field({ description: "The name in Swedish" })
  @Length(2, 200, { message: validationMessage("assessment.nameTheCriterion") })
  name: string;

  @Field(() => String, { nullable: true, description: "The name in English; the Swedish one is shown when left out" })
  @IsOptional()
  @MaxLength(200, { message: validationMessage("assessment.nameTheCriterion") })
  nameEn?: string;

  @Field(() => Int)
  @Min(1, { message: validationMessage("assessment.maxPointsRange") })
  @Max(100, { message: validationMessage("assessment.maxPointsRange") })
  maxPoints: number;
}

@InputType()
export class CriterionPointsInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int)
  @Min(0)
  points: number;
}

@InputType()
export class ReviewScoreInput {
  @Field(() => [CriterionPointsInput])
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  scores: CriterionPointsInput[];

  @Field()
  @LongText()
  @Length(1, 5_000, { message: validationMessage("developmentFunds.giveTheReasonsForTheScore") })
  comment: string;
}

@InputType()
export class ImpartialityInput {
  @Field({ description: "True when the reviewer is disqualified by a conflict of interest (jäv)" })
  disqualified: boolean;

  @Field(() => String, { nullable: true, description: "The circumstance that makes the reviewer disqualified" })
  @IsOptional()
  @LongText()
  @MaxLength(2_000, { message: validationMessage("grants.messageTooLong") })
  reason?: string;
}

@InputType()
export class DecisionProposalInput {
  @Field(() => DecisionOutcome)
  @IsIn(Object.values(DecisionOutcome))
  outcome: DecisionOutcome;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: validationMessage("grants.amountCannotBeNegative") })
  @Max(MAX_KRONOR)
  amount?: number;

  @Field()
  @LongText()
  @Length(1, 10_000, { message: validationMessage("grants.writeTheReasonsForTheDecision") })
  motivation: string;
}
