import { ArrayMaxSize, IsEmail, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { PageArgs } from "../../shared/pagination";
import { AttendanceStatus } from "../trainings/training.entities";
import { NetworkKind, NetworkTopic } from "./network.entities";
import { validationMessage } from "../../shared/field-messages";

@InputType()
export class SaveNetworkInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field()
  @Length(3, 200, { message: validationMessage("networks.enterTheNetworkName3200") })
  name: string;

  @Field(() => NetworkTopic)
  topic: NetworkTopic;

  @Field(() => NetworkKind, { nullable: true, description: "Kept as it is when omitted; a new network is a NETWORK" })
  @IsOptional()
  kind?: NetworkKind;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  description: string = "";

  @Field(() => [ID], { nullable: true, description: "Co-conveners (medsammankallande); they become members too" })
  @IsOptional()
  coConvenerOrganisationIds?: string[];
}

@ArgsType()
export class NetworksArgs extends PageArgs {
  @Field(() => NetworkTopic, { nullable: true })
  @IsOptional()
  topic?: NetworkTopic;

  @Field(() => NetworkKind, { nullable: true })
  @IsOptional()
  kind?: NetworkKind;

  @Field({ defaultValue: false, description: "Only networks my organisation convenes" })
  convenedByMe: boolean = false;
}

@InputType()
export class ContactInput {
  @Field()
  @Length(2, 200, { message: validationMessage("networks.enterTheContactPersonName") })
  name: string;

  @Field()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;
}

@InputType()
export class AgendaItemInput {
  @Field()
  @Length(1, 300, { message: validationMessage("networks.enterATitleForTheAgenda") })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  presenter?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(600)
  durationMinutes?: number;
}

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID)
  networkId: string;

  @Field()
  @Length(3, 200, { message: validationMessage("networks.enterATitleForTheMeeting") })
  title: string;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: validationMessage("common.urlInvalid") })
  onlineUrl?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  rsvpDeadline?: Date;

  @Field(() => [AgendaItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  agenda?: AgendaItemInput[];

  @Field({
    defaultValue: true,
    description:
      "Invite the members now. A meeting that has already taken place cannot be invited to: record it with invite false, and it is held, without invitations",
  })
  invite: boolean = true;

  @Field(() => Int, { defaultValue: 1, description: "How many meetings in the series (e.g. 2 for twice a year)" })
  @Min(1)
  @Max(24)
  repeatCount: number = 1;

  @Field(() => Int, { defaultValue: 6, description: "Months between meetings in a series" })
  @Min(1)
  @Max(12)
  repeatIntervalMonths: number = 6;
}

@ArgsType()
export class NetworkDecisionsArgs extends PageArgs {
  @Field(() => ID)
  networkId: string;
}

@ArgsType()
export class NetworkMeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  networkId?: string;

  @Field({ defaultValue: false })
  upcomingOnly: boolean = false;

  @Field({ defaultValue: false })
  pastOnly: boolean = false;
}

@InputType()
export class AttendeeInput {
  @Field()
  @Length(2, 200, { message: validationMessage("networks.enterAName") })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  email?: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => AttendanceStatus)
  status: AttendanceStatus;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1000)
  people: number = 0;
}

@InputType()
export class ActionItemInput {
  @Field()
  @Length(1, 500, { message: validationMessage("networks.describeTheAction") })
  text: string;

  @Field()
  @Length(1, 200, { message: validationMessage("networks.enterWhoIsResponsible") })
  owner: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  dueDate?: string;
}

@InputType()
export class MinutesDecisionInput {
  @Field()
  @Length(1, 2_000, { message: validationMessage("networks.describeTheDecision") })
  text: string;

  @Field(() => String, { nullable: true, description: "Who is responsible for carrying the decision out" })
  @IsOptional()
  @MaxLength(200)
  responsible?: string;

  @Field(() => String, { nullable: true, description: "2026-11-24" })
  @IsOptional()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  dueDate?: string;
}

@InputType()
export class MinutesInput {
  @Field()
  @LongText()
  @Length(1, 100_000, { message: validationMessage("networks.writeTheMinutes") })
  body: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @MaxLength(2_000, { each: true, message: validationMessage("networks.decisionTooLong") })
  decisions?: string[];

  @Field(() => [MinutesDecisionInput], {
    nullable: true,
    description: "The decisions with who is responsible and when they are due; when given, `decisions` is their texts",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  decisionItems?: MinutesDecisionInput[];

  @Field(() => [ActionItemInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  actionItems?: ActionItemInput[];

  @Field(() => ID, { nullable: true, description: "Justerare: a user of a member organisation" })
  @IsOptional()
  approverUserId?: string;
}
