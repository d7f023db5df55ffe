import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, startTestApp, type TestApp } from "../helpers/app";

/** One app for the file; every test opens a round of its own year, so none depends on another. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const GOTEBORG = "1480";
const ALE = "1440";

async function must<T extends GqlResult>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

/** A round of the year with its allocation published, its window open now unless `closed`. */
async function publishedRound(year: number): Promise<string> {
  const sos = await t.as(DEMO.handlaggare);
  const opened = await must(
    sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: `${year + 1}-05-31`,
      },
    }),
  );
  const roundId = opened.data!.openDevelopmentFundRound.id as string;
  await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }));
  return roundId;
}

const MINE = `query($r: ID!) { myAllotment(roundId: $r) { status availableActions allotment { amount declinedAt declineReason declineComment } requisition { id } } }`;
async function mine(c: Client, roundId: string) {
  return (await must(c.request(MINE, { r: roundId }))).data!.myAllotment as {
    status: string;
    availableActions: string[];
    allotment: { amount: number; declinedAt: string | null; declineReason: string | null; declineComment: string | null } | null;
    requisition: { id: string } | null;
  };
}

function decline(c: Client, roundId: string, reason: string, comment = "") {
  return c.request(`mutation($i: DeclineAllotmentInput!) { declineAllotment(input: $i) { declineReason declineComment declinedAt } }`, {
    i: { roundId, reason, comment },
  });
}

function withdraw(c: Client, roundId: string) {
  return c.request(`mutation($r: ID!) { withdrawAllotmentDecline(roundId: $r) { declinedAt } }`, { r: roundId });
}

function requisitionAll(c: Client, roundId: string, amount: number, more: { wantsMore?: boolean; wantsMoreUpTo?: number } = {}) {
  return c.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id status } }`, {
    i: {
      roundId,
      amount,
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
      paymentMethod: "BANKGIRO",
      paymentNumber: "5050-1055",
      organisationNumber: "212000-1520",
      plannedUse: [{ category: "SAMORDNING", amount }],
      ...more,
    },
  });
}

async function auditCount(action: string): Promise<number> {
  const admin = await t.as(DEMO.admin);
  return (await must(admin.request(`query($a: String) { auditLog(action: $a, limit: 1) { total } }`, { a: action }))).data!.auditLog.total;
}

const STATS = `query($y: Int!) { fundingStatistics(year: $y) {
  kommunUsage { notRequisitioned declined declineReasons { reason count } awaitingReport }
  kommuner { organisation { code } status declineReason }
} }`;
async function stats(year: number) {
  const sos = await t.as(DEMO.handlaggare);
  return (await must(sos.request(STATS, { y: year }))).data!.fundingStatistics as {
    kommunUsage: { notRequisitioned: number; declined: number; declineReasons: { reason: string; count: number }[]; awaitingReport: number };
    kommuner: { organisation: { code: string }; status: string; declineReason: string | null }[];
  };
}

describe("a kommun declines its allotment (avstår)", () => {
  it("is offered while the window is open; the decline is audited, Socialstyrelsen is told, and the national table counts it as declined, not as unanswered", async () => {
    const roundId = await publishedRound(2041);
    const gbg = await t.as(DEMO.goteborg);
    const before = await mine(gbg, roundId);
    expect(before.status).toBe("OPEN");
    expect(before.availableActions.sort()).toEqual(["DECLINE", "REQUISITION"]);
    const unanswered = (await stats(2041)).kommunUsage.notRequisitioned;
    const audited = await auditCount("devfunds.declineAllotment");

    const res = await decline(gbg, roundId, "NO_CAPACITY", "  Ingen samordnare i år.  ");
    expect(res.errors).toBeUndefined();
    expect(res.data!.declineAllotment).toMatchObject({ declineReason: "NO_CAPACITY", declineComment: "Ingen samordnare i år." });

    const after = await mine(gbg, roundId);
    expect(after).toMatchObject({ status: "DECLINED", availableActions: ["WITHDRAW_DECLINE"], requisition: null });
    // Nothing waits for Göteborg in this round any more.
    const queue = await must(gbg.request(`{ workQueue { groups { items { link } } } }`));
    const links = (queue.data!.workQueue.groups as { items: { link: string }[] }[]).flatMap((g) => g.items.map((i) => i.link));
    expect(links).not.toContain(`/utvecklingsmedel/omgangar/${roundId}`);
    expect(await auditCount("devfunds.declineAllotment")).toBe(audited + 1);

    const sos = await t.as(DEMO.handlaggare);
    const told = (await must(sos.request(`{ notifications(limit: 5) { items { title body link } } }`))).data!.notifications.items as {
      title: string;
      body: string;
      link: string;
    }[];
    expect(told).toContainEqual({
      title: "Göteborg avstår utvecklingsmedel 2041",
      body: "Göteborg kommer inte att rekvirera sin tilldelning för 2041. Skäl: saknar kapacitet.",
      link: `/utvecklingsmedel/omgangar/${roundId}`,
    });

    // Göteborg has answered: it is not reminded.
    const remind = await must(sos.request(`query($r: ID!) { notRequisitioned(roundId: $r) { code } }`, { r: roundId }));
    const codes = (remind.data!.notRequisitioned as { code: string }[]).map((o) => o.code);
    expect(codes).not.toContain(GOTEBORG);
    expect(codes).toContain(ALE);

    const s = await stats(2041);
    expect(s.kommunUsage.declined).toBe(1);
    expect(s.kommunUsage.notRequisitioned).toBe(unanswered - 1);
    expect(s.kommunUsage.declineReasons).toEqual([
      { reason: "AMOUNT_TOO_SMALL", count: 0 },
      { reason: "NO_CAPACITY", count: 1 },
      { reason: "JOINT_WITH_OTHER_KOMMUN", count: 0 },
      { reason: "OTHER", count: 0 },
    ]);
    expect(s.kommuner.find((k) => k.organisation.code === GOTEBORG)).toMatchObject({ status: "DECLINED", declineReason: "NO_CAPACITY" });
    expect(s.kommuner.find((k) => k.organisation.code === ALE)).toMatchObject({ status: "NOT_REQUISITIONED", declineReason: null });

    // The national tables download says so too.
    const csv = await fetch(`${t.baseUrl}/api/funding-statistics.csv?year=2041`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Avstod: saknar kapacitet");
  });

  it("needs a comment when the reason is Other, and changes nothing without one", async () => {
    const roundId = await publishedRound(2042);
    const ale = await t.as(DEMO.ale);
    const audited = await auditCount("devfunds.declineAllotment");
    const res = await decline(ale, roundId, "OTHER", "   ");
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "comment" })]);
    expect(await mine(ale, roundId)).toMatchObject({ status: "OPEN", allotment: { declinedAt: null, declineReason: null } });
    expect(await auditCount("devfunds.declineAllotment")).toBe(audited);

    expect((await decline(ale, roundId, "OTHER", "Vi gör arbetet inom ordinarie budget.")).errors).toBeUndefined();
    expect(await mine(ale, roundId)).toMatchObject({
      status: "DECLINED",
      allotment: { declineReason: "OTHER", declineComment: "Vi gör arbetet inom ordinarie budget." },
    });
  });

  it("may be withdrawn while the window is open, to requisition after all; a declined allotment cannot be requisitioned until then", async () => {
    const roundId = await publishedRound(2043);
    const ale = await t.as(DEMO.ale);
    const { allotment } = await mine(ale, roundId);
    expect((await decline(ale, roundId, "AMOUNT_TOO_SMALL")).errors).toBeUndefined();

    const refused = await requisitionAll(ale, roundId, allotment!.amount);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "state.illegalTransition", from: "DECLINED", to: "REQUISITIONED" });
    expect((await mine(ale, roundId)).requisition).toBeNull();

    const withdrawn = await withdraw(ale, roundId);
    expect(withdrawn.errors).toBeUndefined();
    expect(withdrawn.data!.withdrawAllotmentDecline.declinedAt).toBeNull();
    expect(await mine(ale, roundId)).toMatchObject({ status: "OPEN", allotment: { declineReason: null, declineComment: null } });

    expect((await requisitionAll(ale, roundId, allotment!.amount)).errors).toBeUndefined();
    const after = await mine(ale, roundId);
    expect(after.status).toBe("REQUISITIONED");
    expect(after.availableActions).toEqual([]);
    expect(errorCode(await decline(ale, roundId, "NO_CAPACITY"))).toBe("CONFLICT");
    const s = await stats(2043);
    expect(s.kommuner.find((k) => k.organisation.code === ALE)!.status).toBe("AWAITING_REPORT");
    expect(s.kommunUsage.declined).toBe(0);
  });

  it("is refused once the window has closed, and a decline then stays as it was", async () => {
    const roundId = await publishedRound(2044);
    const ale = await t.as(DEMO.ale);
    const gbg = await t.as(DEMO.goteborg);
    expect((await decline(ale, roundId, "JOINT_WITH_OTHER_KOMMUN")).errors).toBeUndefined();
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: roundId }));
    const audited = await auditCount("devfunds.declineAllotment");
    const withdrawals = await auditCount("devfunds.withdrawDecline");

    const late = await decline(gbg, roundId, "NO_CAPACITY");
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.windowClosed" });
    expect(await mine(gbg, roundId)).toMatchObject({ status: "OPEN", availableActions: [], allotment: { declinedAt: null } });
    const lateWithdraw = await withdraw(ale, roundId);
    expect(lateWithdraw.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.windowClosed" });
    expect(await mine(ale, roundId)).toMatchObject({ status: "DECLINED", availableActions: [], allotment: { declineReason: "JOINT_WITH_OTHER_KOMMUN" } });
    expect(await auditCount("devfunds.declineAllotment")).toBe(audited);
    expect(await auditCount("devfunds.withdrawDecline")).toBe(withdrawals);
  });

  it("is each organisation's own: another kommun cannot withdraw it, an organisation without an allotment cannot decline, and nothing is declined before publication", async () => {
    const roundId = await publishedRound(2045);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    expect((await decline(gbg, roundId, "NO_CAPACITY")).errors).toBeUndefined();

    // Ale has declined nothing: its withdrawal is refused and Göteborg's decline stands.
    const other = await withdraw(ale, roundId);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.notDeclined" });
    expect(other.errors![0].message).toBe("Er organisation har inte avstått från tilldelningen i denna omgång.");
    expect(await mine(gbg, roundId)).toMatchObject({ status: "DECLINED", allotment: { declineReason: "NO_CAPACITY" } });
    expect(await mine(ale, roundId)).toMatchObject({ status: "OPEN", allotment: { declinedAt: null } });
    // Declining twice is refused and keeps the first reason.
    const twice = await decline(gbg, roundId, "OTHER", "Något annat");
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.alreadyDeclined" });
    expect((await mine(gbg, roundId)).allotment!.declineReason).toBe("NO_CAPACITY");

    // A länsstyrelse may not decline at all; Socialstyrelsen has no allotment.
    const lst = await t.as(DEMO.lstO);
    expect(errorCode(await decline(lst, roundId, "NO_CAPACITY"))).toBe("FORBIDDEN");

    const sos = await t.as(DEMO.handlaggare);
    const upcoming = await must(
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: {
          year: 2046,
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
          followUpDueDate: "2047-05-31",
        },
      }),
    );
    const early = await decline(gbg, upcoming.data!.openDevelopmentFundRound.id, "NO_CAPACITY");
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.notPublished" });
    expect((await stats(2046)).kommunUsage.declined).toBe(0);
  });

  it("leaves the declined allotment to the redistribution, like an unrequisitioned one", async () => {
    const roundId = await publishedRound(2047);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    const gbgAllotment = (await mine(gbg, roundId)).allotment!.amount;
    const aleAllotment = (await mine(ale, roundId)).allotment!.amount;
    expect((await decline(gbg, roundId, "AMOUNT_TOO_SMALL")).errors).toBeUndefined();
    expect((await requisitionAll(ale, roundId, aleAllotment, { wantsMore: true, wantsMoreUpTo: 300_000 })).errors).toBeUndefined();

    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: roundId }));
    const pots = (await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { kommunPot { budget } regionPot { budget } } }`, { id: roundId })))
      .data!.developmentFundRound;
    const preview = await must(
      sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: true) { pool rows { organisation { code } amount } } }`, {
        r: roundId,
      }),
    );
    const { pool, rows } = preview.data!.redistributeDevelopmentFunds as { pool: number; rows: { organisation: { code: string }; amount: number }[] };
    // Everything but Ale's requisition is in the pool, Göteborg's declined allotment with it.
    expect(pool).toBe(pots.kommunPot.budget + pots.regionPot.budget - aleAllotment);
    expect(pool).toBeGreaterThan(gbgAllotment);
    expect(rows).toEqual([{ organisation: { code: ALE }, amount: 300_000 }]);
  });
});
