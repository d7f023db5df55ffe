import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, stockholmDate } from "../../server/dist/shared/dates";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { must, paidRequisition } from "./fixtures";

/** Each test starts on a database of its own with a round open and Ale's requisition paid. */
let t: TestApp;
let roundId: string;
let appId: string;
let granted: number;
const YEAR = 2028;

beforeEach(async () => {
  t = await startTestApp();
  ({ roundId, appId, granted } = await paidRequisition(await t.as(DEMO.handlaggare), await t.as(DEMO.ale), YEAR));
});
afterEach(() => t?.close());

const READ = `query($id: ID!) { grantApplication(id: $id) {
  status followUpReview usedAmount repaymentAmount reclaimAmount reclaimMotivation reviewMessage reviewDueDate followUpReport availableActions } }`;
const AUDIT = `query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { total items { action after } } }`;
const APPROVE = `mutation($id: ID!) { approveGrantFollowUp(id: $id) { status followUpReview } }`;
const COMPLETE = `mutation($id: ID!, $m: String!, $d: String!) { requestGrantFollowUpCompletion(id: $id, message: $m, dueDate: $d) { status followUpReview } }`;
const RECLAIM = `mutation($id: ID!, $i: ReclaimInput!) { reclaimGrant(id: $id, input: $i) { status followUpReview repaymentAmount reclaimAmount } }`;
const QUEUE = `{ workQueue { groups { kind total items { title deadline link } } } }`;

async function read(c?: Client) {
  return (await must((c ?? (await t.as(DEMO.handlaggare))).request(READ, { id: appId }))).data!.grantApplication;
}

/** The application and its audit trail: what a refused attempt must leave as it was. */
async function state() {
  const sos = await t.as(DEMO.handlaggare);
  const audit = (await must(sos.request(AUDIT, { e: appId }))).data!.auditLog.total as number;
  const notes = (await must((await t.as(DEMO.ale)).request(`{ notifications(limit: 1) { total } }`))).data!.notifications.total as number;
  return { app: await read(sos), audit, notes };
}

/** Ale's follow-up report: `used` kronor used of the granted amount. */
async function report(used: number, text = "Samordnaren har byggt upp en rutin med skolan.") {
  return (await t.as(DEMO.ale)).request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status followUpReview } }`, {
    i: {
      applicationId: appId,
      usedAmount: used,
      report: text,
      usedByCategory: [{ category: "SAMORDNING", amount: used }],
      targetGroups: [],
      assessmentMethods: [],
    },
  });
}

async function latestNotification(email: string) {
  return (await must((await t.as(email)).request(`{ notifications(limit: 1) { items { title body link } } }`))).data!.notifications.items[0];
}

async function queue(email: string, kind: string) {
  const groups = (await must((await t.as(email)).request(QUEUE))).data!.workQueue.groups as { kind: string; total: number; items: { deadline: string }[] }[];
  return groups.find((g) => g.kind === kind);
}

describe("the review of development-fund follow-up reports (granskning)", () => {
  it("a submitted report waits in the reviewer's queue, and approving it tells the kommun", async () => {
    expect((await must(report(granted))).data!.submitDevelopmentFundFollowUp).toEqual({ status: "REPORTED", followUpReview: "AWAITING_REVIEW" });
    const before = await read();
    expect(before.availableActions).toEqual(expect.arrayContaining(["APPROVE_FOLLOW_UP", "REQUEST_FOLLOW_UP_COMPLETION", "RECLAIM"]));
    const waiting = await queue(DEMO.handlaggare, "FOLLOW_UP_TO_REVIEW");
    expect(waiting?.items[0]).toMatchObject({ deadline: `${YEAR + 1}-05-31` });

    const sos = await t.as(DEMO.handlaggare);
    // The round's list of reports, filtered by how their review stands.
    const LIST = `query($calls: [ID!], $r: [FollowUpReviewStatus!]) { grantApplications(callIds: $calls, followUpReviews: $r, limit: 20) { total items { id } } }`;
    const round = (
      await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { kommunPot { id } regionPot { id } ngoPot { id } } }`, { id: roundId }))
    ).data!.developmentFundRound;
    const calls = [round.kommunPot.id, round.regionPot.id, round.ngoPot.id];
    const listed = async (r: string[]) => (await must(sos.request(LIST, { calls, r }))).data!.grantApplications.items.map((a: { id: string }) => a.id);
    expect(await listed(["AWAITING_REVIEW"])).toEqual([appId]);
    expect(await listed(["APPROVED"])).toEqual([]);
    expect((await must(sos.request(APPROVE, { id: appId }))).data!.approveGrantFollowUp).toEqual({ status: "REPORTED", followUpReview: "APPROVED" });
    expect(await listed(["APPROVED"])).toEqual([appId]);
    const after = await read();
    expect(after.availableActions).not.toContain("RECLAIM");
    expect((await must(sos.request(AUDIT, { e: appId }))).data!.auditLog.items[0].action).toBe("grantApplication.followUpApproved");
    expect((await latestNotification(DEMO.ale)).title).toMatch(/^Återrapporteringen är godkänd: SoS /);
    expect((await queue(DEMO.handlaggare, "FOLLOW_UP_TO_REVIEW"))?.total ?? 0).toBe((waiting?.total ?? 0) - 1);
    // Approved once: a second review is refused.
    expect(errorCode(await sos.request(APPROVE, { id: appId }))).toBe("CONFLICT");
  });

  it("a completion is requested with a due date in the future, and the kommun answers by editing and resubmitting the report", async () => {
    await must(report(granted));
    const sos = await t.as(DEMO.handlaggare);
    const today = stockholmDate();
    const unchanged = await state();
    expect(errorCode(await sos.request(COMPLETE, { id: appId, m: "Beskriv målgrupperna.", d: today }))).toBe("BAD_USER_INPUT");
    expect(await state()).toEqual(unchanged);

    const due = addDays(today, 14);
    expect((await must(sos.request(COMPLETE, { id: appId, m: "Beskriv målgrupperna.", d: due }))).data!.requestGrantFollowUpCompletion).toEqual({
      status: "FOLLOW_UP_COMPLETION",
      followUpReview: "COMPLETION_REQUESTED",
    });
    const ale = await t.as(DEMO.ale);
    const asked = await read(ale);
    expect(asked).toMatchObject({ reviewMessage: "Beskriv målgrupperna.", reviewDueDate: due });
    expect(asked.availableActions).toContain("SUBMIT_FOLLOW_UP");
    expect((await latestNotification(DEMO.ale)).body).toContain("Beskriv målgrupperna.");
    expect((await queue(DEMO.ale, "FOLLOW_UP_DUE"))?.items[0].deadline).toBe(due);
    // Waiting for the kommun, not for the reviewer.
    expect(asked.availableActions).not.toContain("APPROVE_FOLLOW_UP");
    expect(errorCode(await sos.request(APPROVE, { id: appId }))).toBe("CONFLICT");

    // The completed report: 40 000 kr turned out unused.
    const resent = await must(report(granted - 40_000, "Målgrupperna var våldsutsatta kvinnor med missbruk."));
    expect(resent.data!.submitDevelopmentFundFollowUp).toEqual({ status: "REPAYMENT_DUE", followUpReview: "AWAITING_REVIEW" });
    expect(await read()).toMatchObject({
      usedAmount: granted - 40_000,
      repaymentAmount: 40_000,
      followUpReport: "Målgrupperna var våldsutsatta kvinnor med missbruk.",
    });
    expect((await must(sos.request(APPROVE, { id: appId }))).data!.approveGrantFollowUp.followUpReview).toBe("APPROVED");
  });

  it("a reclaim makes a repayment due of its own, with a letter, an audit row and a notification, and the national tables count it", async () => {
    await must(report(granted));
    const sos = await t.as(DEMO.handlaggare);
    const res = await must(sos.request(RECLAIM, { id: appId, i: { amount: 120_000, motivation: "Medlen har använts till annat än utvecklingsarbete." } }));
    expect(res.data!.reclaimGrant).toEqual({ status: "REPAYMENT_DUE", followUpReview: "RECLAIMED", repaymentAmount: 120_000, reclaimAmount: 120_000 });

    const audit = (await must(sos.request(AUDIT, { e: appId }))).data!.auditLog.items[0];
    expect(audit.action).toBe("grantApplication.reclaim");
    expect(audit.after).toMatchObject({ status: "REPAYMENT_DUE", reclaimAmount: 120_000, repaymentAmount: 120_000 });
    const note = await latestNotification(DEMO.ale);
    expect(note.title).toMatch(/^Beslut om återkrav: SoS /);
    expect(note.body).toMatch(/120\s000\skr/);
    expect(note.link).toBe(`/utvecklingsmedel/omgangar/${roundId}`);

    // The decision letter, in the reader's language.
    const ale = await t.as(DEMO.ale);
    const letter = async (c: Client) => {
      const r = await fetch(`${t.baseUrl}/api/grant-applications/${appId}/reclaim-letter.pdf`, { headers: { authorization: `Bearer ${c.token}` } });
      expect(r.status).toBe(200);
      const parser = new PDFParse({ data: new Uint8Array(await r.arrayBuffer()) });
      const { text } = await parser.getText();
      await parser.destroy();
      return text.replace(/\s+/g, " ");
    };
    const sv = await letter(ale);
    expect(sv).toContain("Beslut om återkrav av utvecklingsmedel");
    expect(sv).toContain("Medlen har använts till annat än utvecklingsarbete.");
    expect(sv.replace(/\s/g, "")).toContain("120000kr");
    expect((await ale.request(`mutation { setMyLanguage(language: EN) { language } }`)).errors).toBeUndefined();
    expect(await letter(ale)).toContain("Decision to reclaim development funds");

    // Tabell 1 and the per-kommun table show the reclaim.
    const stats = (
      await must(
        sos.request(
          `query($y: Int!) { fundingStatistics(year: $y) { byRecipientKind { kind repaid reclaimed } kommuner { organisation { name } review reclaimed } } }`,
          { y: YEAR },
        ),
      )
    ).data!.fundingStatistics;
    expect(stats.byRecipientKind.find((r: { kind: string }) => r.kind === "KOMMUN")).toMatchObject({ repaid: 0, reclaimed: 120_000 });
    expect(stats.kommuner.find((k: { organisation: { name: string } }) => k.organisation.name === "Ale")).toMatchObject({
      review: "RECLAIMED",
      reclaimed: 120_000,
    });

    // Repaid like any repayment.
    expect(
      (await must(sos.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { status } }`, { id: appId }))).data!.markRepaymentReceived.status,
    ).toBe("REPAID");
  });

  it("a reclaim above what was paid minus what is already to be repaid is refused and changes nothing", async () => {
    await must(report(granted - 50_000));
    const sos = await t.as(DEMO.handlaggare);
    const before = await state();
    expect(before.app.repaymentAmount).toBe(50_000);
    const max = granted - 50_000;
    const over = await sos.request(RECLAIM, { id: appId, i: { amount: max + 1, motivation: "För mycket." } });
    expect(errorCode(over)).toBe("BAD_USER_INPUT");
    expect(await state()).toEqual(before);
    const ok = await must(sos.request(RECLAIM, { id: appId, i: { amount: max, motivation: "Inget av medlen har använts enligt beslutet." } }));
    expect(ok.data!.reclaimGrant).toMatchObject({ status: "REPAYMENT_DUE", repaymentAmount: granted, reclaimAmount: max });
  });

  it("a reviewer without the ability, the kommun itself and another kommun are refused and nothing changes", async () => {
    await must(report(granted));
    const before = await state();
    const analyst = await t.as(DEMO.vardanalys);
    expect(errorCode(await analyst.request(APPROVE, { id: appId }))).toBe("FORBIDDEN");
    expect(errorCode(await analyst.request(RECLAIM, { id: appId, i: { amount: 1, motivation: "x" } }))).toBe("FORBIDDEN");
    const ale = await t.as(DEMO.ale);
    expect(errorCode(await ale.request(RECLAIM, { id: appId, i: { amount: 1, motivation: "x" } }))).toBe("FORBIDDEN");
    expect(errorCode(await ale.request(COMPLETE, { id: appId, m: "x", d: addDays(stockholmDate(), 5) }))).toBe("FORBIDDEN");
    expect(await state()).toEqual(before);

    // Another kommun neither sees the report nor can resubmit it once a completion is asked for.
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(COMPLETE, { id: appId, m: "Komplettera.", d: addDays(stockholmDate(), 5) }));
    const asked = await state();
    const goteborg = await t.as(DEMO.goteborg);
    expect(errorCode(await goteborg.request(READ, { id: appId }))).toBe("NOT_FOUND");
    const resent = await goteborg.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status } }`, {
      i: { applicationId: appId, usedAmount: 0, report: "Annan kommun", usedByCategory: [], targetGroups: [], assessmentMethods: [] },
    });
    expect(errorCode(resent)).toBe("NOT_FOUND");
    const letter = await fetch(`${t.baseUrl}/api/grant-applications/${appId}/reclaim-letter.pdf`, { headers: { authorization: `Bearer ${goteborg.token}` } });
    expect(letter.status).toBe(404);
    expect(await state()).toEqual(asked);
  });
});
