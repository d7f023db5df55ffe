import { IsOptional, MaxLength } from "class-validator";
import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "../../shared/pagination";

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "e.g. User" })
  @IsOptional()
  @MaxLength(60)
  entityType?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  entityId?: string;

  @Field(() => String, { nullable: true, description: "e.g. user.invite" })
  @IsOptional()
  @MaxLength(80)
  action?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  actorOrganisationId?: string;
}
