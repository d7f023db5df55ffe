import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NGO, submitNgoApplication } from "./fixtures";
import { DEMO, errorCode, startTestApp, type Client, type TestApp } from "../helpers/app";

const APP = "id status grantedAmount rankingDeviationReason decisionNeedsRankingReason";

let t: TestApp;
let sos: Client;
let roundId: string;
beforeAll(async () => {
  t = await startTestApp();
  sos = await t.as(DEMO.handlaggare);
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

async function apply(title: string): Promise<string> {
  return submitNgoApplication(await t.as(NGO), roundId, 2021, title);
}

const score = (id: string, s: number) =>
  sos.request(`mutation($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, { id, i: { score: s, comment: "Bedömning" } });

const decide = (id: string, input: Record<string, unknown>) =>
  sos.request(`mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { ${APP} } }`, {
    id,
    i: { motivation: "Prioriterad verksamhet.", ...input },
  });

async function state(id: string) {
  const app = await sos.request(`query($id: ID!) { grantApplication(id: $id) { ${APP} } }`, { id });
  const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 50) { total } }`, { e: id });
  const pot = await sos.request(`query($r: ID!) { developmentFundRound(id: $r) { ngoPot { grantedTotal } } }`, { r: roundId });
  return { app: app.data!.grantApplication, audit: audit.data!.auditLog.total, pot: pot.data!.developmentFundRound.ngoPot };
}

describe("NGO decisions follow the ranking", () => {
  it("granting past an undecided higher-ranked application is refused without a reason, and with one the reason is stored, audited and listed", async () => {
    const best = await apply("Rankad först");
    const lower = await apply("Rankad lägre");
    expect((await score(best, 5)).errors).toBeUndefined();
    expect((await score(lower, 2)).errors).toBeUndefined();

    const before = await state(lower);
    expect(before.app).toMatchObject({ status: "SUBMITTED", decisionNeedsRankingReason: true });
    expect((await state(best)).app.decisionNeedsRankingReason).toBe(false);

    const refused = await decide(lower, { outcome: "APPROVED" });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].extensions!.fields).toEqual([expect.objectContaining({ path: "input.rankingDeviationReason" })]);
    expect(errorCode(await decide(lower, { outcome: "APPROVED", rankingDeviationReason: "   " }))).toBe("BAD_USER_INPUT");
    expect(await state(lower)).toEqual(before);

    const reason = "Verksamheten är den enda i stadsdelen; den högre rankade avgörs efter komplettering.";
    const granted = await decide(lower, { outcome: "APPROVED", rankingDeviationReason: reason });
    expect(granted.errors).toBeUndefined();
    expect(granted.data!.decideGrantApplication).toMatchObject({
      status: "APPROVED",
      grantedAmount: 100_000,
      rankingDeviationReason: reason,
      decisionNeedsRankingReason: false,
    });

    const audit = await sos.request(`query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { items { action after } } }`, {
      e: lower,
    });
    expect(audit.data!.auditLog.items[0]).toMatchObject({ action: "grantApplication.decide", after: { rankingDeviationReason: reason } });

    const ranking = await sos.request(`query($r: ID!) { ngoRanking(roundId: $r) { rank application { id rankingDeviationReason } } }`, { r: roundId });
    const rows = ranking.data!.ngoRanking as { rank: number; application: { id: string; rankingDeviationReason: string | null } }[];
    expect(rows.find((r) => r.application.id === lower)!.application.rankingDeviationReason).toBe(reason);
    expect(rows.find((r) => r.application.id === best)!.application.rankingDeviationReason).toBeNull();

    // The applicant is not shown the weighing of others' applications.
    const ngo = await t.as(NGO);
    expect(errorCode(await ngo.request(`query($id: ID!) { grantApplication(id: $id) { rankingDeviationReason } }`, { id: lower }))).toBe("FORBIDDEN");
  });

  it("granting in ranking order needs no reason, nor does a rejection", async () => {
    const first = await apply("Först i tur");
    const second = await apply("Andra i tur");
    const third = await apply("Tredje i tur");
    expect((await score(first, 5)).errors).toBeUndefined();
    expect((await score(second, 4)).errors).toBeUndefined();
    expect((await score(third, 3)).errors).toBeUndefined();
    // Decide in ranking order whatever is undecided above the third, rejecting the second.
    const ranking = await sos.request(`query($r: ID!) { ngoRanking(roundId: $r) { rank application { id status } } }`, { r: roundId });
    const rows = ranking.data!.ngoRanking as { application: { id: string; status: string } }[];
    for (const r of rows) {
      if (r.application.status !== "SUBMITTED") continue;
      if (r.application.id === third) break;
      const res = await decide(r.application.id, { outcome: r.application.id === second ? "REJECTED" : "APPROVED" });
      expect(res.errors).toBeUndefined();
      expect(res.data!.decideGrantApplication.rankingDeviationReason).toBeNull();
    }
    // Now a higher-ranked one is rejected: granting the third needs a reason.
    expect((await state(third)).app.decisionNeedsRankingReason).toBe(true);
    expect(errorCode(await decide(third, { outcome: "APPROVED" }))).toBe("BAD_USER_INPUT");
  });
});
