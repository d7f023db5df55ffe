import { defineErrors } from "./errors";

const StateErrors = defineErrors("state", {
  illegalTransition: {
    code: "CONFLICT",
    sv: "{entity} har status {from} och kan inte gå till {to}.",
    en: "{entity} is {from} and cannot become {to}.",
  },
  changedMeanwhile: {
    code: "CONFLICT",
    sv: "{entity} har ändrats av någon annan under tiden. Ladda om sidan och försök igen.",
    en: "{entity} was changed by someone else meanwhile. Reload the page and try again.",
  },
});

/**
 * A workflow declared as data: for each state, the states it may move to.
 * Checked once at start-up (every target is a known state) and before every transition.
 */
export class StateMachine<S extends string> {
  constructor(
    readonly entity: { sv: string; en: string },
    readonly transitions: Record<S, readonly S[]>,
    readonly labels: Record<S, { sv: string; en: string }>,
  ) {
    const states = new Set(Object.keys(transitions));
    for (const [from, targets] of Object.entries(transitions) as [S, readonly S[]][]) {
      for (const to of targets) if (!states.has(to)) throw new Error(`${entity.en}: ${from} → ${to} names an unknown state`);
    }
  }

  can(from: S, to: S): boolean {
    return this.transitions[from]?.includes(to) ?? false;
  }

  /** The states that may move to `to` in one step. */
  sources(to: S): S[] {
    return (Object.keys(this.transitions) as S[]).filter((from) => this.can(from, to));
  }

  /** Throws CONFLICT naming the current state when `from → to` is not allowed. */
  assert(from: S, to: S): void {
    const refusal = this.refusal(from, to);
    if (refusal) throw refusal;
  }

  /** The CONFLICT naming both states when `from → to` is not allowed, or null when it is. */
  refusal(from: S, to: S): Error | null {
    return this.can(from, to) ? null : StateErrors.illegalTransition({ entity: this.entity, from: this.labels[from], to: this.labels[to] }, { from, to });
  }

  /** For a conditional update that found the row in another state than expected. */
  changedMeanwhile(): Error {
    return StateErrors.changedMeanwhile({ entity: this.entity });
  }
}

/**
 * The actions on offer: those whose rule (the same one the mutation asks before it acts) finds no
 * reason to refuse. Each entity's `availableActions` is this over its rules.
 */
export function offeredActions<A extends string, P extends unknown[]>(rules: Record<A, (...args: P) => Error | null>, ...args: P): A[] {
  return (Object.keys(rules) as A[]).filter((a) => !rules[a](...args));
}
