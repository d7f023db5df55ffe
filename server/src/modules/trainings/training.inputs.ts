import { ArrayMaxSize, ArrayMinSize, IsEmail, IsInt, IsOptional, IsUrl, Length, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LongText } from "../../graphql/long-text";
import { IsCalendarDate } from "../../shared/dates";
import { PageArgs } from "../../shared/pagination";
import { OrganisationKind } from "../organisations/organisation.entity";
import { TrainingEventStatus } from "./training-event.state-machine";
import { TrainingType } from "./training.entities";
import { validationMessage } from "../../shared/field-messages";

@InputType()
export class TrainingSessionInput {
  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;
}

@InputType({ description: "Create (without id) or update (with id) a training event" })
export class SaveTrainingEventInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field(() => TrainingType)
  type: TrainingType;

  @Field()
  @Length(3, 200, { message: validationMessage("common.titleLength") })
  title: string;

  @Field({ defaultValue: "" })
  @LongText()
  @MaxLength(10_000)
  description: string = "";

  @Field({ defaultValue: false, description: "Open to the whole country (e.g. Länsstyrelsen Västra Götaland's kursledarutbildning)" })
  national: boolean = false;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: validationMessage("common.urlInvalid") })
  onlineUrl?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: validationMessage("trainings.enterAtLeastOneSeat") })
  @Max(10_000)
  capacity: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  registrationDeadline?: Date;

  @Field(() => [OrganisationKind], { nullable: true, description: "Default: kommuner, regioner and NGOs" })
  @IsOptional()
  @ArrayMinSize(1, { message: validationMessage("trainings.chooseAtLeastOneKindOf") })
  eligibleKinds?: OrganisationKind[];

  @Field(() => [String], { nullable: true, description: "Länskoder; default the organiser's county, or every county when national" })
  @IsOptional()
  eligibleCountyCodes?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1, { message: validationMessage("trainings.quotaAtLeastOne") })
  quotaPerOrganisation?: number;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  quotaReleaseAt?: Date;

  @Field(() => [TrainingSessionInput])
  @ArrayMinSize(1, { message: validationMessage("trainings.addSession") })
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  sessions: TrainingSessionInput[];

  @Field({ defaultValue: false, description: "Held without registrations here; log participant counts instead" })
  loggedOnly: boolean = false;
}

@ArgsType()
export class TrainingEventsArgs extends PageArgs {
  @Field(() => [TrainingType], { nullable: true })
  @IsOptional()
  types?: TrainingType[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;

  @Field(() => String, { nullable: true, description: "From this date (YYYY-MM-DD)" })
  @IsOptional()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  from?: string;

  @Field(() => String, { nullable: true, description: "Up to and including this date (YYYY-MM-DD)" })
  @IsOptional()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  to?: string;

  @Field({ defaultValue: false })
  withPlacesLeft: boolean = false;

  @Field(() => [TrainingEventStatus], { nullable: true, description: "Default: published" })
  @IsOptional()
  statuses?: TrainingEventStatus[];

  @Field({ defaultValue: false, description: "Only events my organisation organises" })
  organisedByMe: boolean = false;
}

@InputType()
export class ParticipantInput {
  @Field()
  @Length(2, 200, { message: validationMessage("trainings.enterTheParticipantName") })
  name: string;

  @Field()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  email: string;

  @Field({ defaultValue: "" })
  @MaxLength(200)
  profession: string = "";

  @Field({ defaultValue: "" })
  @MaxLength(200)
  workplace: string = "";
}

@InputType()
export class ParticipationCountInput {
  @Field(() => ID)
  organisationId: string;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  participants: number;
}

@ArgsType()
export class CourseLeadersArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  countyCode?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisationId?: string;
}

@InputType()
export class LocalCourseInput {
  @Field(() => ID)
  courseLeaderId: string;

  @Field()
  @IsCalendarDate({ message: validationMessage("common.dateFormat") })
  date: string;

  @Field(() => Int)
  @Min(1, { message: validationMessage("trainings.enterTheNumberOfParticipants") })
  @Max(10_000)
  participants: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;
}

@InputType({ description: "A person of the organisation's staff list: create (without id) or update (with id)" })
export class StaffMemberInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string;

  @Field()
  @MaxLength(200)
  name: string;

  @Field()
  @MaxLength(254)
  email: string;

  @Field({ defaultValue: "" })
  @MaxLength(200)
  title: string = "";

  @Field({ defaultValue: "" })
  @MaxLength(200)
  workplace: string = "";
}

@ArgsType()
export class StaffMembersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of a name, e-mail address or title" })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
