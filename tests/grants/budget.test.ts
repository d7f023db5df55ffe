import { describe, expect, it } from "vitest";
import { remainingBudget } from "../../server/dist/modules/grants/budget";

describe("a call's budget", () => {
  it("has left what is not yet granted", () => {
    expect(remainingBudget({ budget: 10_000_000, grantedTotal: 0 })).toBe(10_000_000);
    expect(remainingBudget({ budget: 10_000_000, grantedTotal: 2_500_000 })).toBe(7_500_000);
    expect(remainingBudget({ budget: 10_000_000, grantedTotal: 10_000_000 })).toBe(0);
  });

  it("counts in whole kronor, exactly", () => {
    expect(remainingBudget({ budget: 75_000_000, grantedTotal: 74_999_999 })).toBe(1);
  });
});
