import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowCounts } from "../helpers/database";
import { type Client, DEMO, errorCode, type GqlResult, startTestApp, type TestApp } from "../helpers/app";

/** One app for the file; every test opens a round of its own year, so none depends on another. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;

async function must<T extends GqlResult>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

/** A round of the year that opens in a week: nothing published yet. */
async function upcomingRound(year: number): Promise<string> {
  const sos = await t.as(DEMO.handlaggare);
  const opened = await must(
    sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year,
        opensAt: new Date(Date.now() + 7 * DAY).toISOString(),
        closesAt: new Date(Date.now() + 37 * DAY).toISOString(),
        followUpDueDate: `${year + 1}-05-31`,
      },
    }),
  );
  return opened.data!.openDevelopmentFundRound.id as string;
}

const PUBLISH_NOTICE = `mutation($r: ID!) { publishAdvanceNotice(roundId: $r) { id phase noticePublishedAt availableActions } }`;
const MINE = `query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } notice { amount population populationYear createdAt } differenceFromNotice } }`;
async function mine(c: Client, roundId: string) {
  return (await must(c.request(MINE, { r: roundId }))).data!.myAllotment as {
    allotment: { amount: number } | null;
    notice: { amount: number; population: number | null; populationYear: number; createdAt: string } | null;
    differenceFromNotice: number | null;
  };
}

async function auditCount(action: string): Promise<number> {
  const admin = await t.as(DEMO.admin);
  return (await must(admin.request(`query($a: String) { auditLog(action: $a, limit: 1) { total } }`, { a: action }))).data!.auditLog.total;
}

async function titles(c: Client): Promise<string[]> {
  return ((await must(c.request(`{ notifications(limit: 10) { items { title } } }`))).data!.notifications.items as { title: string }[]).map((n) => n.title);
}

const counts = () => rowCounts(t.app.ds, ["allotment_notice", "notification"]);

describe("förhandsbesked: the expected allotments before a round opens", () => {
  it("publishes each kommun's and region's expected allotment by the allocation key, tells them, and shows it on their page", async () => {
    const roundId = await upcomingRound(2051);
    const sos = await t.as(DEMO.handlaggare);
    const round = await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { phase availableActions noticePublishedAt } }`, { id: roundId }));
    expect(round.data!.developmentFundRound).toEqual({
      phase: "PREPARING",
      availableActions: ["PUBLISH_NOTICE", "PUBLISH_ALLOCATION"],
      noticePublishedAt: null,
    });
    const preview = (
      await must(sos.request(`query($r: ID!) { allocationPreview(roundId: $r) { organisation { code kind } population amount } }`, { r: roundId }))
    ).data!.allocationPreview as { organisation: { code: string; kind: string }; population: number | null; amount: number }[];
    const gbg = await t.as(DEMO.goteborg);
    const vg = await t.as(DEMO.vgregion);
    expect((await mine(gbg, roundId)).notice).toBeNull();
    const audited = await auditCount("devfunds.publishAdvanceNotice");

    const published = await sos.request(PUBLISH_NOTICE, { r: roundId });
    expect(published.errors).toBeUndefined();
    expect(published.data!.publishAdvanceNotice).toMatchObject({ phase: "NOTICE_PUBLISHED", availableActions: ["PUBLISH_ALLOCATION"] });
    expect(published.data!.publishAdvanceNotice.noticePublishedAt).toBeTruthy();
    expect(await auditCount("devfunds.publishAdvanceNotice")).toBe(audited + 1);

    const gbgRow = preview.find((r) => r.organisation.code === "1480")!;
    const mineNow = await mine(gbg, roundId);
    expect(mineNow).toMatchObject({
      allotment: null,
      differenceFromNotice: null,
      notice: { amount: gbgRow.amount, population: gbgRow.population, populationYear: 2050 },
    });
    const vgCode = (await must(vg.request(`{ me { organisation { code } } }`))).data!.me.organisation.code as string;
    const vgRow = preview.find((r) => r.organisation.kind === "REGION" && r.organisation.code === vgCode)!;
    expect((await mine(vg, roundId)).notice).toMatchObject({ amount: vgRow.amount, population: null, populationYear: 2050 });
    expect(await titles(gbg)).toContain("Utvecklingsmedel 2051: förhandsbesked");
    expect(await titles(vg)).toContain("Utvecklingsmedel 2051: förhandsbesked");
    // Socialstyrelsen's own people get no notice of their own.
    expect(await titles(sos)).not.toContain("Utvecklingsmedel 2051: förhandsbesked");
    // No allotment exists yet: nothing can be requisitioned or declined on a notice.
    expect(
      errorCode(
        await gbg.request(`mutation($i: DeclineAllotmentInput!) { declineAllotment(input: $i) { declinedAt } }`, { i: { roundId, reason: "NO_CAPACITY" } }),
      ),
    ).toBe("CONFLICT");
  });

  it("keeps the notice as published, and shows the difference once the allocation is published", async () => {
    const roundId = await upcomingRound(2052);
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(PUBLISH_NOTICE, { r: roundId }));
    const gbg = await t.as(DEMO.goteborg);
    const notice = (await mine(gbg, roundId)).notice!;

    // The final budget is larger than the expected one (set in the reference data, as the government decides it).
    const m = t.app.db.manager;
    const [{ kommunCallId }] = (await m.query(
      `SELECT ${m.connection.driver.escape("kommunCallId")} FROM development_fund_round WHERE id = ${Number(roundId)}`,
    )) as {
      kommunCallId: number;
    }[];
    await m.query(`UPDATE grant_call SET budget = budget + 10000000 WHERE id = ${Number(kommunCallId)}`);
    expect((await mine(gbg, roundId)).notice).toEqual(notice);

    await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }));
    const after = await mine(gbg, roundId);
    expect(after.notice).toEqual(notice);
    expect(after.allotment!.amount).toBeGreaterThan(notice.amount);
    expect(after.differenceFromNotice).toBe(after.allotment!.amount - notice.amount);
    const round = await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { phase availableActions } }`, { id: roundId }));
    expect(round.data!.developmentFundRound).toEqual({ phase: "PUBLISHED", availableActions: [] });
  });

  it("refuses to publish a notice twice, changing nothing", async () => {
    const roundId = await upcomingRound(2053);
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(PUBLISH_NOTICE, { r: roundId }));
    const gbg = await t.as(DEMO.goteborg);
    const notice = (await mine(gbg, roundId)).notice;
    const before = await counts();
    const audited = await auditCount("devfunds.publishAdvanceNotice");

    const again = await sos.request(PUBLISH_NOTICE, { r: roundId });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "devfunds.noticeAlreadyPublished" });
    expect(again.errors![0].message).toBe("Förhandsbeskedet för 2053 är redan publicerat.");
    expect(await counts()).toEqual(before);
    expect(await auditCount("devfunds.publishAdvanceNotice")).toBe(audited);
    expect((await mine(gbg, roundId)).notice).toEqual(notice);
  });

  it("refuses a notice on a round whose allocation is already published, changing nothing", async () => {
    const roundId = await upcomingRound(2054);
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }));
    const before = await counts();

    const late = await sos.request(PUBLISH_NOTICE, { r: roundId });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "state.illegalTransition", from: "PUBLISHED", to: "NOTICE_PUBLISHED" });
    expect(await counts()).toEqual(before);
    const gbg = await t.as(DEMO.goteborg);
    expect(await mine(gbg, roundId)).toMatchObject({ notice: null, differenceFromNotice: null });
    const round = await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { phase noticePublishedAt } }`, { id: roundId }));
    expect(round.data!.developmentFundRound).toEqual({ phase: "PUBLISHED", noticePublishedAt: null });
  });

  it("is published only by Socialstyrelsen", async () => {
    const roundId = await upcomingRound(2055);
    const before = await counts();
    for (const who of [DEMO.goteborg, DEMO.lstO, DEMO.vardanalys]) {
      const c = await t.as(who);
      expect(errorCode(await c.request(PUBLISH_NOTICE, { r: roundId }))).toBe("FORBIDDEN");
    }
    expect(await counts()).toEqual(before);
  });

  it("inserts the notices and the notifications in a bounded number of statements, whatever the number of recipients", async () => {
    const roundId = await upcomingRound(2056);
    const sos = await t.as(DEMO.handlaggare);
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${sos.token}` },
      body: JSON.stringify({ query: PUBLISH_NOTICE, variables: { r: roundId } }),
    });
    expect(res.status).toBe(200);
    const statements = Number(res.headers.get("x-sql-statements"));
    const notices = (await counts()).allotment_notice;
    expect(notices).toBeGreaterThan(300);
    // 290 kommuner and 21 regioner: far fewer statements than recipients.
    expect(statements).toBeGreaterThan(0);
    expect(statements).toBeLessThan(40);
  });
});
