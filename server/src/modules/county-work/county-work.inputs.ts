import { ArrayMaxSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { validationMessage } from "../../shared/field-messages";
import { PageArgs } from "../../shared/pagination";
import { NetworkTopic } from "../networks/network.entities";
import { CampaignChannel, CampaignScope, StrategyKind, StrategyStatus } from "./county-work.entities";

const DATE = { message: validationMessage("common.dateFormatExample") };
const COUNT = { message: validationMessage("countyWork.countNotNegative") };
const YEAR_MIN = { message: validationMessage("countyWork.yearRange") };

/** Which county's work, and which year: every list and export of länets arbete is filtered so. */
@ArgsType()
export class CountyWorkArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "The länsstyrelse; a länsstyrelse's own people always see their own county" })
  @IsOptional()
  countyBoardId?: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, YEAR_MIN)
  @Max(2099, YEAR_MIN)
  year: number;
}

@ArgsType()
export class MunicipalityVisitsArgs extends CountyWorkArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  kommunId?: string;

  @Field(() => NetworkTopic, { nullable: true })
  @IsOptional()
  topic?: NetworkTopic;
}

@ArgsType()
export class CampaignsArgs extends CountyWorkArgs {
  @Field(() => NetworkTopic, { nullable: true })
  @IsOptional()
  topic?: NetworkTopic;

  @Field(() => CampaignScope, { nullable: true })
  @IsOptional()
  scope?: CampaignScope;
}

@InputType()
export class MunicipalityVisitInput {
  @Field(() => ID, { nullable: true, description: "Omitted: a new visit" })
  @IsOptional()
  id?: string;

  @Field(() => ID)
  kommunId: string;

  @Field()
  @IsCalendarDate(DATE)
  date: string;

  @Field(() => [NetworkTopic])
  @ArrayMaxSize(10)
  topics: NetworkTopic[];

  @Field({ description: "Who took part, and in what role" })
  @LongText()
  @Length(2, 5_000, { message: validationMessage("countyWork.describeWhoTookPart") })
  participants: string;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  notes: string = "";
}

@InputType()
export class CampaignInput {
  @Field(() => ID, { nullable: true, description: "Omitted: a new campaign" })
  @IsOptional()
  id?: string;

  @Field()
  @Length(3, 200, { message: validationMessage("common.titleLength") })
  title: string;

  @Field(() => CampaignScope)
  scope: CampaignScope;

  @Field(() => NetworkTopic)
  topic: NetworkTopic;

  @Field(() => [CampaignChannel])
  @ArrayMaxSize(10)
  channels: CampaignChannel[];

  @Field()
  @IsCalendarDate(DATE)
  periodStart: string;

  @Field()
  @IsCalendarDate(DATE)
  periodEnd: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(290)
  kommunerReached?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(100_000_000)
  peopleReached?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(1_000_000)
  articles?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(100_000_000)
  readers?: number | null;

  @Field(() => [ID], { defaultValue: [], description: "Methods and materials the campaign spread" })
  @ArrayMaxSize(20)
  methodIds: string[];

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  notes: string = "";
}

@InputType()
export class MethodSpreadInput {
  @Field(() => ID, { nullable: true, description: "Omitted: a new record" })
  @IsOptional()
  id?: string;

  @Field(() => ID)
  methodId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, YEAR_MIN)
  @Max(2099, YEAR_MIN)
  year: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(290)
  kommunerReached?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, COUNT)
  @Max(100_000)
  organisationsReached?: number | null;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  note: string = "";
}

@InputType()
export class RegionalStrategyInput {
  @Field(() => ID, { nullable: true, description: "Omitted: a new strategy, with status NONE or as given" })
  @IsOptional()
  id?: string;

  @Field(() => StrategyKind)
  kind: StrategyKind;

  @Field()
  @Length(3, 200, { message: validationMessage("common.titleLength") })
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000, YEAR_MIN)
  @Max(2099, YEAR_MIN)
  year: number;

  @Field({ defaultValue: false })
  linkedToGenderMainstreaming: boolean = false;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  notes: string = "";
}

@InputType()
export class StrategyStatusInput {
  @Field(() => ID)
  id: string;

  @Field(() => StrategyStatus)
  status: StrategyStatus;

  @Field(() => String, { nullable: true, description: "Required when ADOPTED or REVISED" })
  @IsOptional()
  @IsCalendarDate(DATE)
  adoptedOn?: string | null;
}

@InputType()
export class MethodInput {
  @Field(() => ID, { nullable: true, description: "Omitted: a new method" })
  @IsOptional()
  id?: string;

  @Field()
  @Length(2, 200, { message: validationMessage("countyWork.methodNameLength") })
  name: string;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(5_000)
  description: string = "";

  @Field({ defaultValue: true })
  active: boolean = true;
}
