import { type Actor, can } from "../../auth/actor";
import { type Role, ROLE_DEFINITIONS, roleAllowedFor } from "../../auth/roles";
import type { OrganisationKind } from "../organisations/organisation.entity";

/**
 * Who may administer whom, in one place: the service enforces it, the schema tells the web app
 * (`Organisation.assignableRoles`) so that forms offer only what the server will accept.
 */

/** The actor may invite, change and deactivate users of this organisation. */
export function managesOrganisation(actor: Actor, organisationId: number): boolean {
  return can(actor, "user.manage.any") || (can(actor, "user.manage.ownOrganisation") && actor.organisationId === organisationId);
}

/** The actor may give or take away this role: only a role they hold themselves, unless they administer the whole platform. */
export function mayGrant(actor: Actor, role: Role): boolean {
  return can(actor, "user.manage.any") || actor.roles.includes(role);
}

/** The roles the actor may give to users of the organisation: those its kind allows and the actor may grant. */
export function assignableRoles(actor: Actor | null, organisation: { id: number; kind: OrganisationKind }): Role[] {
  if (!actor || !managesOrganisation(actor, organisation.id)) return [];
  return (Object.keys(ROLE_DEFINITIONS) as Role[]).filter((r) => roleAllowedFor(r, organisation.kind) && mayGrant(actor, r));
}

/**
 * The viewer sees a user's personal details (e-mail, roles, account state): their own, those of
 * their own organisation's people with `user.read.ownOrganisation`, everyone's with `user.read.any`.
 * Others see only the name and the organisation.
 */
export function seesPersonalDetails(actor: Actor | null, user: { id: number; organisationId: number }): boolean {
  if (!actor) return false;
  if (actor.userId === user.id || can(actor, "user.read.any")) return true;
  return actor.organisationId === user.organisationId && can(actor, "user.read.ownOrganisation");
}
