import { IsOptional, Length, MaxLength } from "class-validator";
import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../shared/pagination";
import { OrganisationKind } from "./organisation.entity";
import { validationMessage } from "../../shared/field-messages";

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @Field(() => [OrganisationKind], { nullable: true })
  @IsOptional()
  kinds?: OrganisationKind[];

  @Field(() => String, { nullable: true, description: "Länskod, e.g. 14" })
  @IsOptional()
  @Length(2, 2, { message: validationMessage("users.countyCodeFormat") })
  countyCode?: string;

  @Field(() => String, { nullable: true, description: "Part of the name or code" })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
