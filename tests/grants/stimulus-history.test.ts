import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedStimulusHistory } from "../../server/dist/db/seed-history";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
}, 120_000);
afterAll(() => t?.close());

const HEADLINE = `query($y: Int!) { stimulusSummary(year: $y) { calls available recipientsDescription total { granted used shareUsed } } }`;

describe("the demo history of stimulus funds (demo data shaped after Tabell 1 of the final report)", () => {
  it.each([
    [2016, "Nio länsstyrelser och NCK", 4_600_000, 92],
    [2017, "Fem länsstyrelser och NCK", 4_900_000, 98],
    [2018, "Tre länsstyrelser och NCK", 4_840_000, 97],
  ])("%i: 5 000 000 kr available, %s, %i kr used, share used %i per cent", async (year, recipients, used, share) => {
    const analyst = await t.as(DEMO.vardanalys);
    const res = await analyst.request(HEADLINE, { y: year });
    expect(res.errors).toBeUndefined();
    expect(res.data!.stimulusSummary).toEqual({
      calls: 1,
      available: 5_000_000,
      recipientsDescription: recipients,
      total: { granted: 5_000_000, used, shareUsed: share },
    });
  });

  it("is seeded once: seeding again adds nothing", async () => {
    expect(await seedStimulusHistory(t.app.db)).toBe(0);
    const analyst = await t.as(DEMO.vardanalys);
    expect((await analyst.request(HEADLINE, { y: 2017 })).data!.stimulusSummary.calls).toBe(1);
  });
});
