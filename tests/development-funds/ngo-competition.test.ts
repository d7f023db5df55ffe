import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { NGO_APPLICANT as NGO, ngoApplicationInput } from "../helpers/ngo-application.mjs";

let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await startTestApp();
  const sos = await t.as(DEMO.handlaggare);
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year: 2021,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(),
      followUpDueDate: "2022-05-31",
    },
  });
  roundId = opened.data!.openDevelopmentFundRound.id;
});
afterAll(() => t?.close());

function apply(amount: number, n: number) {
  return t.as(NGO).then((c) =>
    c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id status diarienummer requestedAmount } }`, {
      i: ngoApplicationInput(roundId, { title: `Stödsamtal ${n}`, supportMissing: n % 2 === 0, requestedAmount: amount }),
    }),
  );
}

describe("NGO applications in competition", () => {
  it("applications submitted at the same moment all arrive, each with its own diarienummer", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => apply(10_000, 900 + i)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const numbers = results.map((r) => r.data!.submitNgoApplication.diarienummer);
    expect(new Set(numbers).size).toBe(12);
  });

  it("validates the organisation number and submits with a diarienummer", async () => {
    const c = await t.as(NGO);
    const bad = await c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
      i: ngoApplicationInput(roundId, { title: "X", organisationNumber: "556036-0794" }),
    });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    const ok = await apply(300_000, 0);
    expect(ok.data!.submitNgoApplication).toMatchObject({ status: "SUBMITTED", requestedAmount: 300_000 });
    expect(ok.data!.submitNgoApplication.diarienummer).toMatch(/^SoS /);
  });

  it("assessors score, the ranking orders by average score, and an applicant cannot score", async () => {
    const first = (await apply(100_000, 1)).data!.submitNgoApplication.id;
    const second = (await apply(100_000, 2)).data!.submitNgoApplication.id;
    const sos = await t.as(DEMO.handlaggare);
    const score = (id: string, s: number) =>
      sos.request(`mutation($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, {
        id,
        i: { score: s, comment: "Bedömning" },
      });
    expect((await score(first, 2)).errors).toBeUndefined();
    expect((await score(second, 5)).errors).toBeUndefined();
    expect(errorCode(await score(second, 9))).toBe("BAD_USER_INPUT");
    const ngo = await t.as(NGO);
    expect(
      errorCode(await ngo.request(`mutation($id: ID!) { scoreNgoApplication(id: $id, input: { score: 5, comment: "Egen" }) { score } }`, { id: second })),
    ).toBe("FORBIDDEN");
    const ranking = await sos.request(`query($r: ID!) { ngoRanking(roundId: $r) { rank averageScore application { id } } }`, { r: roundId });
    const ids = ranking.data!.ngoRanking.map((r: { application: { id: string } }) => r.application.id);
    expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(first));
  });

  it("50 concurrent decisions never exceed the 8 000 000 kr pot", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push((await apply(200_000, 100 + i)).data!.submitNgoApplication.id);
    const sos = await t.as(DEMO.handlaggare);
    const granted = (await sos.request(`query($r: ID!) { developmentFundRound(id: $r) { ngoPot { grantedTotal budget } } }`, { r: roundId })).data!
      .developmentFundRound.ngoPot;
    expect(granted).toEqual({ grantedTotal: 0, budget: 8_000_000 });
    const results = await Promise.all(
      ids.map((id) =>
        sos.request(
          `mutation($id: ID!) { decideGrantApplication(id: $id, input: { outcome: APPROVED, motivation: "Prioriterad verksamhet.", rankingDeviationReason: "Beslutas samtidigt inom potten." }) { status } }`,
          {
            id,
          },
        ),
      ),
    );
    const approved = results.filter((r) => r.data?.decideGrantApplication?.status === "APPROVED").length;
    expect(approved).toBe(40);
    expect(results.filter((r) => errorCode(r) === "CONFLICT")).toHaveLength(10);
    const after = (await sos.request(`query($r: ID!) { developmentFundRound(id: $r) { ngoPot { grantedTotal remaining } } }`, { r: roundId })).data!
      .developmentFundRound.ngoPot;
    expect(after).toEqual({ grantedTotal: 8_000_000, remaining: 0 });
  });
});
