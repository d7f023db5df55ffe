import { Field, ObjectType, Query, Resolver } from "type-graphql";
import { Role, ROLE_DEFINITIONS } from "../../auth/roles";
import { OrganisationKind } from "../organisations/organisation.entity";

@ObjectType({ description: "A role: a named bundle of abilities, and the kinds of organisation it may be given in" })
export class RoleDefinition {
  @Field(() => Role)
  role: Role;

  @Field(() => [String])
  abilities: string[];

  @Field(() => [OrganisationKind])
  organisationKinds: OrganisationKind[];
}

@Resolver()
export class RoleResolver {
  @Query(() => [RoleDefinition])
  roleDefinitions(): RoleDefinition[] {
    return (Object.keys(ROLE_DEFINITIONS) as Role[]).map((role) => ({
      role,
      abilities: [...ROLE_DEFINITIONS[role].abilities],
      organisationKinds: [...ROLE_DEFINITIONS[role].organisationKinds],
    }));
  }
}
