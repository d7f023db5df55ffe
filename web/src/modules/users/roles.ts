import type { OrganisationKind, Role, RoleDefinitionsQuery } from "../../generated/graphql";

export type RoleDefinitions = RoleDefinitionsQuery["roleDefinitions"];

/** The roles a user of this kind of organisation may hold, in the server's order. */
export function rolesFor(kind: OrganisationKind | undefined | null, defs: RoleDefinitions | undefined): Role[] {
  if (!kind || !defs) return [];
  return defs.filter((d) => d.organisationKinds.includes(kind)).map((d) => d.role);
}
