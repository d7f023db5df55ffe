import type { EntityManager } from "typeorm";
import { formatKronor } from "../../shared/dates";
import { GrantCall } from "./grant-call.entity";
import { GrantErrors } from "./grant.errors";

/**
 * The budget of a call (a pot): its granted total never exceeds its budget. The total changes
 * only through one conditional UPDATE inside the transaction that records the grant, so
 * concurrent decisions and requisitions, in any number of server processes, cannot overspend it.
 * Stimulus grants and the development-fund pots (requisitions, joint requisitions, redistribution)
 * all reserve through here.
 */

/** What is left to grant: the budget less the granted total. */
export function remainingBudget(call: Pick<GrantCall, "budget" | "grantedTotal">): number {
  return call.budget - call.grantedTotal;
}

/**
 * Adds `amount` to the call's granted total while it stays within the budget, in one conditional
 * UPDATE. Nothing to reserve for zero or less. Throws CONFLICT (with what remains) otherwise.
 */
export async function reserveBudget(m: EntityManager, callId: number, amount: number): Promise<void> {
  if (amount <= 0) return;
  const res = await m
    .createQueryBuilder()
    .update(GrantCall)
    .set({ grantedTotal: () => "grantedTotal + :amount" })
    .where("id = :id AND grantedTotal + :amount <= budget", { id: callId, amount })
    .setParameter("amount", amount)
    .execute();
  if (res.affected !== 1) {
    const fresh = await m.findOneByOrFail(GrantCall, { id: callId });
    throw GrantErrors.overBudget({ remaining: formatKronor(remainingBudget(fresh)) });
  }
}
