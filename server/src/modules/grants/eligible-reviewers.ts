import type { EntityManager } from "typeorm";
import { OrganisationKind } from "../organisations/organisation.entity";
import type { User } from "../users/user.entity";
import { usersWithAbility } from "../users/user.service";

/** The most officers offered as reviewers (LIST_BOUNDS in graphql/limits.ts). */
export const MAX_ELIGIBLE_REVIEWERS = 500;

/**
 * The officers who may be assigned as reviewers: Socialstyrelsen's people who assess applications, by name.
 * The one rule: the web app offers this list, and assignReviewers accepts only those on it.
 */
export async function eligibleReviewers(m: EntityManager): Promise<User[]> {
  const users = await usersWithAbility(m, { organisationKind: OrganisationKind.SOCIALSTYRELSEN }, "grant.application.assess");
  return users.sort((a, b) => a.name.localeCompare(b.name, "sv")).slice(0, MAX_ELIGIBLE_REVIEWERS);
}
