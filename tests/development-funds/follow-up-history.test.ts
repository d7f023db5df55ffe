import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
});
afterAll(() => t?.close());

const Q = `query($y: Int!) { developmentFundFollowUpTables(year: $y, groupBy: KOMMUNGRUPP) {
  reported groups { reported } placement { rows { code count byGroup } } assessmentMethods { rows { code count } } areas { rows { code count amount } } } }`;

describe("Tabell 3–5 over the seeded history", () => {
  it("counts the kommuner's coded follow-ups of 2016–2018, the groups adding up to the whole country", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const freda: number[] = [];
    for (const year of [2016, 2017, 2018]) {
      const res = await sos.request(Q, { y: year });
      expect(res.errors).toBeUndefined();
      const tables = res.data!.developmentFundFollowUpTables;
      expect(tables.reported).toBeGreaterThan(0);
      expect(tables.groups.reduce((s: number, g: { reported: number }) => s + g.reported, 0)).toBe(tables.reported);
      const placed = tables.placement.rows.reduce((s: number, r: { count: number }) => s + r.count, 0);
      expect(placed).toBe(tables.reported);
      for (const r of tables.placement.rows) expect(r.byGroup.reduce((s: number, n: number) => s + n, 0)).toBe(r.count);
      expect(tables.areas.rows.some((r: { amount: number }) => r.amount > 0)).toBe(true);
      freda.push(tables.assessmentMethods.rows.find((r: { code: string }) => r.code === "FREDA").count);
    }
    // As in the report, more kommuner work with FREDA each year.
    expect(freda[2]).toBeGreaterThan(freda[0]);
  });
});
