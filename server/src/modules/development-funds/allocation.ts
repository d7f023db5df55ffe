/**
 * Fördelningsnyckel: how a pot is shared in whole kronor.
 *
 * Rounding rule (largest remainder): everyone first gets the whole-krona part of their exact
 * share; the kronor left over go one each to the largest fractional parts, ties broken by the
 * lower key (kommunkod). The amounts therefore add up to the pot exactly.
 */

export interface Claimant {
  key: string;
  weight: number;
}

/** Splits `total` kronor in proportion to the weights, exactly, by largest remainder. */
export function proportional(total: number, claimants: Claimant[]): Map<string, number> {
  const result = new Map<string, number>();
  const weightSum = claimants.reduce((s, c) => s + c.weight, 0);
  if (claimants.length === 0 || total <= 0) {
    for (const c of claimants) result.set(c.key, 0);
    return result;
  }
  const exact = claimants.map((c) => {
    const share = weightSum > 0 ? (total * c.weight) / weightSum : total / claimants.length;
    return { key: c.key, base: Math.floor(share), rest: share - Math.floor(share) };
  });
  let left = total - exact.reduce((s, e) => s + e.base, 0);
  const order = [...exact].sort((a, b) => b.rest - a.rest || a.key.localeCompare(b.key));
  for (const e of order) {
    result.set(e.key, e.base + (left > 0 ? 1 : 0));
    if (left > 0) left--;
  }
  return result;
}

/**
 * Proportional to population with a floor: whoever's proportional share falls below the floor
 * gets the floor, and the others share what remains; repeated until nobody else falls below.
 */
export function withFloor(total: number, claimants: Claimant[], floor: number): Map<string, number> {
  if (floor * claimants.length > total) throw new Error(`The floor ${floor} × ${claimants.length} exceeds the pot ${total}`);
  const floored = new Set<string>();
  for (;;) {
    const rest = claimants.filter((c) => !floored.has(c.key));
    const remaining = total - floor * floored.size;
    const weightSum = rest.reduce((s, c) => s + c.weight, 0);
    const below = rest.filter((c) => (remaining * c.weight) / weightSum < floor);
    if (below.length === 0) {
      const shares = proportional(remaining, rest);
      for (const key of floored) shares.set(key, floor);
      return shares;
    }
    for (const c of below) floored.add(c.key);
  }
}

/**
 * Shares `total` in proportion to the weights, but nobody gets more than their cap; what a
 * capped claimant cannot take goes to the others ("water filling"). Exact to the krona:
 * the result adds up to min(total, sum of caps).
 */
export function cappedProportional(total: number, claimants: (Claimant & { cap: number })[]): Map<string, number> {
  const result = new Map<string, number>(claimants.map((c) => [c.key, 0]));
  let pool = Math.min(
    total,
    claimants.reduce((s, c) => s + c.cap, 0),
  );
  let open = claimants.filter((c) => c.cap > 0);
  while (pool > 0 && open.length > 0) {
    const weightSum = open.reduce((s, c) => s + c.weight, 0);
    const capped = open.filter((c) => (pool * c.weight) / weightSum >= c.cap - (result.get(c.key) ?? 0));
    if (capped.length === 0) {
      for (const [key, amount] of proportional(pool, open)) result.set(key, (result.get(key) ?? 0) + amount);
      return result;
    }
    for (const c of capped) {
      const give = c.cap - (result.get(c.key) ?? 0);
      result.set(c.key, c.cap);
      pool -= give;
    }
    const cappedKeys = new Set(capped.map((c) => c.key));
    open = open.filter((c) => !cappedKeys.has(c.key));
  }
  return result;
}
