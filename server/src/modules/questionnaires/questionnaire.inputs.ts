import { ArrayMaxSize, IsInt, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { validationMessage } from "../../shared/field-messages";
import { PageArgs } from "../../shared/pagination";
import { QuestionType, TargetGroup } from "./questionnaire.entities";
import { QuestionnaireStatus } from "./questionnaire.state-machine";

const CODE = /^[A-Z][A-Z0-9_]{1,59}$/;

@InputType()
export class ChoiceInput {
  @Field()
  @Matches(CODE, { message: validationMessage("questionnaires.codeFormat") })
  code: string;

  @Field()
  @Length(1, 200, { message: validationMessage("questionnaires.choiceLabelLength") })
  sv: string;

  @Field()
  @Length(1, 200, { message: validationMessage("questionnaires.choiceLabelLength") })
  en: string;
}

@InputType()
export class CreateQuestionInput {
  @Field({ description: "Stable over the years, e.g. NETWORK_KVINNOFRID" })
  @Matches(CODE, { message: validationMessage("questionnaires.codeFormat") })
  code: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  @Length(3, 500, { message: validationMessage("questionnaires.questionTextLength") })
  textSv: string;

  @Field()
  @Length(3, 500, { message: validationMessage("questionnaires.questionTextLength") })
  textEn: string;

  @Field(() => [ChoiceInput], { defaultValue: [], description: "Single and multiple choice: the choices; matrix: the columns" })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  options: ChoiceInput[];

  @Field({ defaultValue: false })
  allowsOther: boolean = false;

  @Field(() => [ChoiceInput], { defaultValue: [], description: "Matrix: the rows (topics)" })
  @ValidateNested({ each: true })
  @ArrayMaxSize(20)
  matrixRows: ChoiceInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(60)
  prefillCode?: string | null;
}

@ArgsType()
export class QuestionBankArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of the code or the text" })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class QuestionnaireItemInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, { nullable: true, description: "A heading the question is shown under" })
  @IsOptional()
  @MaxLength(200)
  section?: string | null;
}

@InputType()
export class SaveQuestionnaireInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field()
  @Length(3, 200, { message: validationMessage("questionnaires.titleLength") })
  titleSv: string;

  @Field()
  @Length(3, 200, { message: validationMessage("questionnaires.titleLength") })
  titleEn: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, { message: validationMessage("grants.yearFrom2000") })
  @Max(2099, { message: validationMessage("grants.yearBefore2100") })
  year: number;

  @Field(() => TargetGroup)
  targetGroup: TargetGroup;

  @Field({ description: "Last day to answer, YYYY-MM-DD" })
  @IsCalendarDate()
  deadline: string;

  @Field(() => [QuestionnaireItemInput], { description: "The questions, in order" })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  items: QuestionnaireItemInput[];
}

@ArgsType()
export class QuestionnairesArgs extends PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  year?: number;

  @Field(() => QuestionnaireStatus, { nullable: true })
  @IsOptional()
  status?: QuestionnaireStatus;
}

@InputType()
export class MatrixCellInput {
  @Field()
  @MaxLength(60)
  row: string;

  @Field()
  @MaxLength(60)
  column: string;
}

/** One answer: the field that fits the question's type, the others left out. */
@InputType()
export class AnswerInput {
  @Field(() => ID)
  questionId: string;

  @Field(() => String, { nullable: true, description: "Yes/no/don't know (YES, NO, DONT_KNOW) and single choice: the choice's code, OTHER for other" })
  @IsOptional()
  @MaxLength(60)
  choice?: string | null;

  @Field(() => [String], { nullable: true, description: "Multiple choice: the codes, OTHER for other" })
  @IsOptional()
  @ArrayMaxSize(30)
  choices?: string[] | null;

  @Field(() => Int, { nullable: true, description: "Number, or amount in whole kronor" })
  @IsOptional()
  number?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @LongText()
  @MaxLength(5000, { message: validationMessage("questionnaires.textTooLong") })
  text?: string | null;

  @Field(() => [MatrixCellInput], { nullable: true, description: "Matrix: the chosen column of each row" })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(30)
  matrix?: MatrixCellInput[] | null;

  @Field(() => String, { nullable: true, description: 'What "other" is' })
  @IsOptional()
  @MaxLength(500)
  otherText?: string | null;

  @Field(() => String, { nullable: true, description: "A free-text comment beside the answer" })
  @IsOptional()
  @MaxLength(2000)
  comment?: string | null;
}
