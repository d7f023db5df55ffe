import type { GraphQLError, GraphQLSchema } from "graphql";
import { allow, type and, deny, shield } from "graphql-shield";
import { authPermissions } from "./auth/auth.permissions";
import { oidcPermissions } from "./auth/oidc/oidc.permissions";
import { grantPermissions } from "./modules/grants/grant.permissions";
import { trainingPermissions } from "./modules/trainings/training.permissions";
import { networkPermissions } from "./modules/networks/network.permissions";
import { developmentFundPermissions } from "./modules/development-funds/development-fund.permissions";
import { questionnairePermissions } from "./modules/questionnaires/questionnaire.permissions";
import { countyWorkPermissions } from "./modules/county-work/county-work.permissions";
import { reportPermissions } from "./modules/reports/report.permissions";
import { auditPermissions } from "./modules/audit/audit.permissions";
import { notificationPermissions } from "./modules/notifications/notification.permissions";
import { organisationPermissions } from "./modules/organisations/organisation.permissions";
import { rolePermissions, userPermissions } from "./modules/users/user.permissions";
import { CommonErrors } from "./shared/errors";
import { searchPermissions } from "./modules/search/search.permissions";
import { workQueuePermissions } from "./modules/work-queue/work-queue.permissions";
import { platformPermissions } from "./modules/platform/platform.permissions";
import { personalDataPermissions } from "./modules/personal-data/personal-data.permissions";
import { letterTemplatePermissions } from "./modules/letter-templates/letter-template.permissions";

/** Any rule or combination of rules. */
export type ShieldRule = Parameters<typeof and>[number];

/** A module's part of the map: per type, one rule for the whole type or one per field. */
export type PermissionFragment = Record<string, ShieldRule | Record<string, ShieldRule>>;

export const FRAGMENTS: PermissionFragment[] = [
  authPermissions,
  oidcPermissions,
  userPermissions,
  rolePermissions,
  organisationPermissions,
  auditPermissions,
  notificationPermissions,
  grantPermissions,
  trainingPermissions,
  networkPermissions,
  developmentFundPermissions,
  questionnairePermissions,
  countyWorkPermissions,
  workQueuePermissions,
  searchPermissions,
  reportPermissions,
  platformPermissions,
  personalDataPermissions,
  letterTemplatePermissions,
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

type FieldMiddleware = Record<string, Record<string, unknown>>;

/**
 * The permission middleware for a schema, field by field. A field whose rule is `allow` (most
 * fields of types reached through a guarded query) is left as it is: wrapping it would decide
 * nothing and only turn a plain property read into several promises, for every row of every list.
 */
export function buildPermissionMiddleware(schema: GraphQLSchema): FieldMiddleware {
  const generated = buildPermissions().generate(schema) as FieldMiddleware;
  const map = buildPermissionMap();
  for (const [typeName, fields] of Object.entries(generated)) {
    const rules = map[typeName];
    for (const field of Object.keys(fields)) {
      const effective =
        rules === undefined
          ? deny
          : isRule(rules)
            ? rules
            : ((rules as Record<string, ShieldRule>)[field] ?? (rules as Record<string, ShieldRule>)["*"] ?? deny);
      if (effective === allow) delete fields[field];
    }
    if (Object.keys(fields).length === 0) delete generated[typeName];
  }
  return generated;
}
