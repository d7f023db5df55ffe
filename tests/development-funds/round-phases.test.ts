import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;

describe("a development-fund round moves through its phases in order", () => {
  it("refuses to close the requisition window or redistribute before the allocation is published", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const open = (year: number, closesAt: Date) =>
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: { year, opensAt: new Date(closesAt.getTime() - 30 * DAY).toISOString(), closesAt: closesAt.toISOString(), followUpDueDate: `${year + 1}-05-31` },
      });
    const upcoming = (await open(2031, new Date(Date.now() + 30 * DAY))).data!.openDevelopmentFundRound.id;
    const closeEarly = await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: upcoming });
    expect(closeEarly.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "state.illegalTransition", from: "PREPARING", to: "CLOSED" });

    const past = (await open(2019, new Date(Date.now() - DAY))).data!.openDevelopmentFundRound.id;
    const redistribute = await sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: past });
    expect(redistribute.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      messageKey: "state.illegalTransition",
      from: "PREPARING",
      to: "REDISTRIBUTED",
    });

    // Once published, the window closes early and the redistribution follows.
    expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: upcoming })).errors).toBeUndefined();
    expect((await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: upcoming })).errors).toBeUndefined();
    const applied = await sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: upcoming });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.redistributeDevelopmentFunds.applied).toBe(true);
  });
});
