import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cappedProportional, proportional, withFloor } from "../../server/dist/modules/development-funds/allocation";

const kommuner = fs
  .readFileSync(path.resolve(__dirname, "../../seeds/reference/kommuner.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => {
    const [kod, , , , invanare] = line.split(",");
    return { key: kod, weight: Number(invanare) };
  });

describe("allocation key", () => {
  it("gives 290 kommuner 75 000 000 kr exactly: the floor of 80 000 kr or more, the rest by population", () => {
    const shares = withFloor(75_000_000, kommuner, 80_000);
    const amounts = [...shares.values()];
    expect(shares.size).toBe(290);
    expect(amounts.reduce((s, a) => s + a, 0)).toBe(75_000_000);
    expect(Math.min(...amounts)).toBe(80_000);
    expect(amounts.every((a) => Number.isInteger(a))).toBe(true);
    const floored = kommuner.filter((k) => shares.get(k.key) === 80_000);
    const rest = kommuner.filter((k) => shares.get(k.key)! > 80_000);
    const restTotal = 75_000_000 - 80_000 * floored.length;
    const restPopulation = rest.reduce((s, k) => s + k.weight, 0);
    for (const k of rest) {
      const exact = (restTotal * k.weight) / restPopulation;
      expect(Math.abs(shares.get(k.key)! - exact)).toBeLessThan(1);
      expect(exact).toBeGreaterThanOrEqual(80_000);
    }
    // Göteborg gets its population share of what the others leave.
    expect(shares.get("1480")).toBeGreaterThan(4_000_000);
  });

  it("gives 21 regioner 31 500 000 kr in equal shares, exactly", () => {
    const regions = Array.from({ length: 21 }, (_, i) => ({ key: `R${i}`, weight: 1 }));
    const shares = proportional(31_500_000, regions);
    expect([...shares.values()].every((a) => a === 1_500_000)).toBe(true);
  });

  it("rounds by largest remainder: 100 kr in three equal parts is 34 + 33 + 33", () => {
    const shares = proportional(100, [
      { key: "a", weight: 1 },
      { key: "b", weight: 1 },
      { key: "c", weight: 1 },
    ]);
    expect([...shares.entries()]).toEqual([
      ["a", 34],
      ["b", 33],
      ["c", 33],
    ]);
  });

  it("redistributes exactly, capped at what each asked for", () => {
    const shares = cappedProportional(1_000_001, [
      { key: "a", weight: 500_000, cap: 100_000 },
      { key: "b", weight: 100_000, cap: 2_000_000 },
      { key: "c", weight: 10_000, cap: 2_000_000 },
    ]);
    expect(shares.get("a")).toBe(100_000);
    expect([...shares.values()].reduce((s, a) => s + a, 0)).toBe(1_000_001);
    expect(Math.abs(shares.get("b")! / shares.get("c")! - 10)).toBeLessThan(0.001);
    const small = cappedProportional(1_000, [
      { key: "a", weight: 1, cap: 300 },
      { key: "b", weight: 1, cap: 200 },
    ]);
    expect([...small.values()]).toEqual([300, 200]);
  });
});
