import { rule } from "graphql-shield";
import type { Context } from "../graphql/context";
import { CommonErrors } from "../shared/errors";
import { AuthErrors } from "./auth.errors";

type Rule = ReturnType<ReturnType<typeof rule>>;
import type { Ability } from "./abilities";

/**
 * The building blocks of the permission map. Rules ask for abilities and ownership, never for
 * role names. graphql-shield is used here and in permissions.ts only.
 */
export const isAuthenticated: Rule = rule("isAuthenticated", { cache: "contextual" })((_p, _a, ctx: Context) =>
  ctx.actor ? true : CommonErrors.unauthenticated(),
);

const abilityRules = new Map<Ability, Rule>();

/** The actor holds the ability through one of their roles. */
export function can(ability: Ability): Rule {
  let r = abilityRules.get(ability);
  if (!r) {
    r = rule(`can:${ability}`, { cache: "contextual" })((_p, _a, ctx: Context) => {
      if (!ctx.actor) return CommonErrors.unauthenticated();
      if (ctx.actor.abilities.has(ability)) return true;
      return ctx.actor.withheldAbilities?.has(ability) ? AuthErrors.twoFactorEnrolmentRequired() : CommonErrors.forbidden();
    });
    abilityRules.set(ability, r);
  }
  return r;
}

/** The argument `arg` names the actor's own organisation. */
export const isOwnOrganisation = (arg = "organisationId"): Rule =>
  rule(`isOwnOrganisation:${arg}`, { cache: "strict" })((_p, args: Record<string, unknown>, ctx: Context) => {
    if (!ctx.actor) return CommonErrors.unauthenticated();
    return args[arg] != null && String(args[arg]) === String(ctx.actor.organisationId) ? true : CommonErrors.forbidden();
  });

/** Open to anyone, signed in or not (login, accepting an invitation), and fields of types reached through guarded fields. */
export { allow, and, or } from "graphql-shield";
