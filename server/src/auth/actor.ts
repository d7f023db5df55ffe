import type { OrganisationKind } from "../modules/organisations/organisation.entity";
import type { Ability } from "./abilities";
import type { Role } from "./roles";

/** The signed-in person on whose behalf a service acts. Services take it explicitly. */
export interface Actor {
  userId: number;
  email: string;
  organisationId: number;
  organisationKind: OrganisationKind;
  countyCode: string | null;
  roles: Role[];
  abilities: Set<Ability>;
  sessionId: string;
}

export function can(actor: Actor | null | undefined, ability: Ability): boolean {
  return !!actor && actor.abilities.has(ability);
}
