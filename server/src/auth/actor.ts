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
  /** Abilities of the person's roles held back until they enrol in two-factor sign-in (when the platform requires it). */
  withheldAbilities?: Set<Ability>;
  sessionId: string;
}

export function can(actor: Actor | null | undefined, ability: Ability): boolean {
  return !!actor && actor.abilities.has(ability);
}
