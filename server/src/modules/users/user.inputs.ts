import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, MaxLength } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { Role } from "../../auth/roles";
import { Language } from "./user.entity";
import { PageArgs } from "../../shared/pagination";
import { validationMessage } from "../../shared/field-messages";

@InputType({ description: "Invite a person to an organisation with the given roles" })
export class InviteUserInput {
  @Field()
  @IsEmail({}, { message: validationMessage("common.emailInvalid") })
  @MaxLength(254, { message: validationMessage("users.emailTooLong") })
  email: string;

  @Field()
  @Length(2, 200, { message: validationMessage("users.nameLength") })
  name: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => [Role])
  @ArrayMinSize(1, { message: validationMessage("users.chooseAtLeastOneRole") })
  @ArrayMaxSize(9)
  roles: Role[];

  @Field(() => Language, { nullable: true, description: "The language of the invitation and of the person's notifications; Swedish when omitted" })
  @IsOptional()
  language?: Language;
}

@InputType()
export class AcceptInvitationInput {
  @Field()
  @Length(20, 200, { message: validationMessage("users.invitationCodeIsInvalid") })
  token: string;

  @Field()
  @Length(12, 200, { message: validationMessage("users.passwordTooShort") })
  password: string;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Whose users; omitted means every organisation (administrators only)" })
  @IsOptional()
  organisationId?: string;

  @Field(() => String, { nullable: true, description: "Part of a name or e-mail address" })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
