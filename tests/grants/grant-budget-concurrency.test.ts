import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, DEMO, errorCode, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { consult, createCall, draft, opinion, submit } from "./fixtures";

let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

describe("decisions never exceed the budget", () => {
  it("20 concurrent approvals from two server processes against a budget that fits 5 grant exactly 5", async () => {
    const callId = await createCall(t, 500_000, "Budget för fem");
    const nck = await t.as(DEMO.nck);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const app = await draft(nck, callId, {
        title: `Ansökan ${i + 1}`,
        purpose: "Syfte",
        plannedActivities: "Aktiviteter",
        targetGroups: "Målgrupp",
        periodStart: "2027-01-01",
        periodEnd: "2027-06-30",
        requestedAmount: 100_000,
        budgetLines: [{ category: "Personal", amount: 100_000 }],
        contactName: "Nora",
        contactEmail: DEMO.nck,
        purposeCategories: ["TARGETED_GROUPS"],
      });
      expect((await submit(nck, app.id)).errors).toBeUndefined();
      ids.push(app.id);
    }
    expect((await consult(t, ids)).errors).toBeUndefined();
    for (const id of ids) expect((await opinion(t, id)).errors).toBeUndefined();

    const sos = await t.as(DEMO.handlaggare);
    const viaSecond = clientFor(second.baseUrl, sos.token);
    const results = await Promise.all(
      ids.map((id, i) =>
        (i % 2 === 0 ? sos : viaSecond).request(
          `mutation($id: ID!) { decideGrantApplication(id: $id, input: { outcome: APPROVED, motivation: "Beviljas." }) { status grantedAmount } }`,
          { id },
        ),
      ),
    );
    const granted = results.filter((r) => r.data?.decideGrantApplication?.status === "APPROVED");
    const refused = results.filter((r) => errorCode(r) === "CONFLICT");
    expect(granted).toHaveLength(5);
    expect(refused).toHaveLength(15);
    expect(refused[0].errors![0].message).toMatch(/överskrida utlysningens budget/);

    const call = await sos.request(`query($id: ID!) { grantCall(id: $id) { budget grantedTotal remaining grantedCount } }`, { id: callId });
    expect(call.data!.grantCall).toEqual({ budget: 500_000, grantedTotal: 500_000, remaining: 0, grantedCount: 5 });
    const stillOpen = await sos.request(`query($c: ID) { grantApplications(callId: $c, statuses: [CONSULTED]) { total } }`, { c: callId });
    expect(stillOpen.data!.grantApplications.total).toBe(15);
  });
});
