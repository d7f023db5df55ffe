import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
});
afterAll(() => t?.close());

describe("the demo history of 2017 follows the länsstyrelser's report for 2017", () => {
  it("14 kursledarutbildningar reached about 260 people from 85 kommuner and 7 regioner; 62 % of the länsstyrelser held FREDA", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const res = await sos.request(`{ trainingReach(year: 2017) {
      totals { type events participants kommuner regioner ngos unmetDemand }
      shares { type lansstyrelser share } } }`);
    expect(res.errors).toBeUndefined();
    const reach = res.data!.trainingReach;
    const kl = reach.totals.find((r: { type: string }) => r.type === "KURSLEDARUTBILDNING");
    expect(kl).toMatchObject({ events: 14, kommuner: 85, regioner: 7, unmetDemand: 30 });
    expect(kl.participants).toBeGreaterThanOrEqual(255);
    expect(kl.participants).toBeLessThanOrEqual(265);
    expect(Math.round(reach.shares.find((s: { type: string }) => s.type === "FREDA").share * 100)).toBe(62);
  });

  it("networks: 90 % for kvinnofridssamordnare, 76 % on honour-related violence and on prostitution and trafficking (Figur 2)", async () => {
    const res = await (await t.as(DEMO.vardanalys)).request(`{ networksByTopic(year: 2017) { topics { topic share meetingsHeld } } }`);
    expect(res.errors).toBeUndefined();
    const pct = (topic: string) => Math.round(res.data!.networksByTopic.topics.find((x: { topic: string }) => x.topic === topic).share * 100);
    expect([pct("VALD_I_NARA_RELATIONER"), pct("HEDERSRELATERAT_VALD"), pct("PROSTITUTION_MANNISKOHANDEL")]).toEqual([90, 76, 76]);
  });
});
