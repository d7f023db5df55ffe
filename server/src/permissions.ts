import { GraphQLError } from "graphql";
import { type and, deny, shield } from "graphql-shield";
import { authPermissions } from "./auth/auth.permissions";
import { grantPermissions } from "./modules/grants/grant.permissions";
import { trainingPermissions } from "./modules/trainings/training.permissions";
import { networkPermissions } from "./modules/networks/network.permissions";
import { developmentFundPermissions } from "./modules/development-funds/development-fund.permissions";
import { auditPermissions } from "./modules/audit/audit.permissions";
import { notificationPermissions } from "./modules/notifications/notification.permissions";
import { organisationPermissions } from "./modules/organisations/organisation.permissions";
import { rolePermissions, userPermissions } from "./modules/users/user.permissions";
import { CommonErrors } from "./shared/errors";

/** Any rule or combination of rules. */
export type ShieldRule = Parameters<typeof and>[number];

/** A module's part of the map: per type, one rule for the whole type or one per field. */
export type PermissionFragment = Record<string, ShieldRule | Record<string, ShieldRule>>;

export const FRAGMENTS: PermissionFragment[] = [
  authPermissions,
  userPermissions,
  rolePermissions,
  organisationPermissions,
  auditPermissions,
  notificationPermissions,
  grantPermissions,
  trainingPermissions,
  networkPermissions,
  developmentFundPermissions,
];

/** Merges the fragments; two modules giving the same field a rule is a programming error. */
export function buildPermissionMap(fragments: PermissionFragment[] = FRAGMENTS): Record<string, ShieldRule | Record<string, ShieldRule>> {
  const map: Record<string, ShieldRule | Record<string, ShieldRule>> = {};
  for (const fragment of fragments) {
    for (const [type, rules] of Object.entries(fragment)) {
      const existing = map[type];
      if (existing === undefined) {
        map[type] = typeof rules === "object" && !isRule(rules) ? { ...(rules as Record<string, ShieldRule>) } : rules;
        continue;
      }
      if (isRule(existing) || isRule(rules)) throw new Error(`Permission for type ${type} is given twice`);
      for (const [field, rule] of Object.entries(rules as Record<string, ShieldRule>)) {
        if (field in existing) throw new Error(`Permission for ${type}.${field} is given twice`);
        (existing as Record<string, ShieldRule>)[field] = rule;
      }
    }
  }
  return map;
}

function isRule(x: unknown): x is ShieldRule {
  return typeof x === "object" && x !== null && typeof (x as { resolve?: unknown }).resolve === "function";
}

/** The one graphql-shield instance: deny by default, our own errors pass through unchanged. */
export function buildPermissions() {
  return shield(buildPermissionMap() as never, {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => CommonErrors.forbidden() as GraphQLError,
  });
}
