import { expect } from "vitest";
import { AppError, translateError } from "../../server/dist/shared/errors";
import type { StateMachine } from "../../server/dist/shared/state-machine";

/**
 * Walks every pair of states of a machine: the pairs in `allowed` pass, every other pair is
 * refused with CONFLICT and a message naming both states, in Swedish and in English.
 */
export function walkMachine<S extends string>(machine: StateMachine<S>, allowed: Record<S, readonly S[]>): void {
  const states = Object.keys(allowed) as S[];
  expect(Object.keys(machine.transitions).sort()).toEqual([...states].sort());
  expect(Object.keys(machine.labels).sort()).toEqual([...states].sort());
  for (const from of states) {
    for (const to of states) {
      const ok = allowed[from].includes(to);
      expect(machine.can(from, to), `${from} → ${to}`).toBe(ok);
      if (ok) {
        expect(() => machine.assert(from, to), `${from} → ${to}`).not.toThrow();
        continue;
      }
      let error: unknown;
      try {
        machine.assert(from, to);
      } catch (e) {
        error = e;
      }
      expect(error, `${from} → ${to}`).toBeInstanceOf(AppError);
      const e = error as AppError;
      expect(e.extensions.code).toBe("CONFLICT");
      expect(e.messageKey).toBe("state.illegalTransition");
      expect(e.extensions).toMatchObject({ from, to });
      expect(e.extensions.params).toEqual({ entity: machine.entity, from: machine.labels[from], to: machine.labels[to] });
      expect(e.message).toBe(`${machine.entity.sv} har status ${machine.labels[from].sv} och kan inte gå till ${machine.labels[to].sv}.`);
      expect(translateError(e.messageKey, e.params, "en")).toBe(
        `${machine.entity.en} is ${machine.labels[from].en} and cannot become ${machine.labels[to].en}.`,
      );
    }
  }
}
