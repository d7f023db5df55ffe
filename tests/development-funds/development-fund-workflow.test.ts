import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

/** Each step of the story starts on a database of its own, brought to where the step begins through the API. */
let t: TestApp;
let dalsEd: Client;
let gullspang: Client;
beforeEach(async () => {
  t = await startTestApp();
  dalsEd = await newUser(t, "1438", "KOMMUN_SAMORDNARE");
  gullspang = await newUser(t, "1447", "KOMMUN_SAMORDNARE");
});
afterEach(() => t?.close());

const DAY = 86_400_000;
const BANKGIRO = "5050-1055";

async function orgId(code: string) {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id as string;
}

function requisition(c: Client, roundId: string, input: Record<string, unknown>) {
  return c.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id status requestedAmount grantedAmount diarienummer } }`, {
    i: {
      roundId,
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
      paymentMethod: "BANKGIRO",
      paymentNumber: BANKGIRO,
      organisationNumber: "212000-1520",
      ...input,
    },
  });
}

async function must<T extends { errors?: unknown; data?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

function openRound(sos: Client) {
  return sos.request(
    `mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id year floorAmount kommunPot { budget } regionPot { budget } ngoPot { budget } } }`,
    {
      i: {
        year: 2020,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2021-05-31",
      },
    },
  );
}

/** The round of 2020, open, with its allocation key published. */
async function publishedRound(): Promise<string> {
  const sos = await t.as(DEMO.handlaggare);
  const roundId = (await must(openRound(sos))).data!.openDevelopmentFundRound.id as string;
  await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: roundId }));
  return roundId;
}

async function allotment(c: Client, roundId: string): Promise<number> {
  return (await c.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment.amount;
}

/** Göteborg has requisitioned all, Ale 100 000 kr less and asks for 250 000 more, Dals-Ed with Gullspång jointly 160 000 and asks for 40 000 more. */
async function requisitioned(roundId: string): Promise<void> {
  const gbg = await t.as(DEMO.goteborg);
  const ale = await t.as(DEMO.ale);
  const gbgAllot = await allotment(gbg, roundId);
  const aleAllot = await allotment(ale, roundId);
  await must(
    requisition(gbg, roundId, {
      amount: gbgAllot,
      plannedUse: [
        { category: "SAMORDNING", amount: gbgAllot - 500_000 },
        { category: "METODER", amount: 500_000 },
      ],
    }),
  );
  await must(
    requisition(ale, roundId, {
      amount: aleAllot - 100_000,
      plannedUse: [{ category: "KOMPETENSUTVECKLING", amount: aleAllot - 100_000 }],
      wantsMore: true,
      wantsMoreUpTo: 250_000,
    }),
  );
  const joint = await must(
    requisition(dalsEd, roundId, {
      amount: 160_000,
      plannedUse: [{ category: "SAMORDNING", amount: 160_000 }],
      jointMemberOrganisationIds: [await orgId("1447")],
      wantsMore: true,
      wantsMoreUpTo: 40_000,
    }),
  );
  await must(gullspang.request(`mutation($id: ID!) { confirmJointRequisition(id: $id) { status } }`, { id: joint.data!.requisitionDevelopmentFunds.id }));
}

/** The requisition window closed and what was not requisitioned redistributed. */
async function redistributed(roundId: string): Promise<void> {
  const sos = await t.as(DEMO.handlaggare);
  await must(sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { closesAt } }`, { r: roundId }));
  await must(sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: roundId }));
}

describe("development funds 2020: open → allocate → requisition → redistribute → pay → follow up", () => {
  it("opens the round, previews and publishes the allocation key", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const opened = await openRound(sos);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openDevelopmentFundRound).toMatchObject({
      year: 2020,
      floorAmount: 80_000,
      kommunPot: { budget: 75_000_000 },
      regionPot: { budget: 31_500_000 },
      ngoPot: { budget: 8_000_000 },
    });
    const roundId = opened.data!.openDevelopmentFundRound.id;

    const preview = await sos.request(`query($r: ID!) { allocationPreview(roundId: $r) { organisation { code kind } population amount } }`, { r: roundId });
    const rows = preview.data!.allocationPreview as { organisation: { code: string; kind: string }; amount: number }[];
    expect(rows.filter((r) => r.organisation.kind === "KOMMUN").reduce((s, r) => s + r.amount, 0)).toBe(75_000_000);
    expect(rows.filter((r) => r.organisation.kind === "REGION").reduce((s, r) => s + r.amount, 0)).toBe(31_500_000);

    // A kommun sees neither the preview nor an allotment before publishing.
    const ale = await t.as(DEMO.ale);
    expect(errorCode(await ale.request(`query($r: ID!) { allocationPreview(roundId: $r) { amount } }`, { r: roundId }))).toBe("FORBIDDEN");
    expect((await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment).toBeNull();

    expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: roundId })).errors).toBeUndefined();
    expect(errorCode(await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }))).toBe("CONFLICT");
    const mine = await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount organisation { code } } } }`, { r: roundId });
    expect(mine.data!.myAllotment.allotment).toEqual({ amount: rows.find((r) => r.organisation.code === "1440")!.amount, organisation: { code: "1440" } });
  });

  it("Göteborg requisitions all, Ale part and asks for more, two small kommuner jointly", async () => {
    const roundId = await publishedRound();
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    const gbgAllot = (await gbg.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment
      .amount;
    const aleAllot = (await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment
      .amount;

    const bad = await requisition(gbg, roundId, { amount: gbgAllot, plannedUse: [{ category: "SAMORDNING", amount: gbgAllot }], paymentNumber: "5050-1056" });
    expect(errorCode(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions!.fields[0].field).toBe("paymentNumber");
    const over = await requisition(gbg, roundId, { amount: gbgAllot + 1, plannedUse: [{ category: "SAMORDNING", amount: gbgAllot + 1 }] });
    expect(errorCode(over)).toBe("BAD_USER_INPUT");

    const g = await requisition(gbg, roundId, {
      amount: gbgAllot,
      plannedUse: [
        { category: "SAMORDNING", amount: gbgAllot - 500_000 },
        { category: "METODER", amount: 500_000 },
      ],
    });
    expect(g.data!.requisitionDevelopmentFunds).toMatchObject({ status: "REQUISITIONED", grantedAmount: gbgAllot });
    expect(errorCode(await requisition(gbg, roundId, { amount: 1000, plannedUse: [{ category: "OTHER", amount: 1000 }] }))).toBe("CONFLICT");

    const a = await requisition(ale, roundId, {
      amount: aleAllot - 100_000,
      plannedUse: [{ category: "KOMPETENSUTVECKLING", amount: aleAllot - 100_000 }],
      wantsMore: true,
      wantsMoreUpTo: 250_000,
    });
    expect(a.data!.requisitionDevelopmentFunds.grantedAmount).toBe(aleAllot - 100_000);

    const joint = await requisition(dalsEd, roundId, {
      amount: 160_000,
      plannedUse: [{ category: "SAMORDNING", amount: 160_000 }],
      jointMemberOrganisationIds: [await orgId("1447")],
      wantsMore: true,
      wantsMoreUpTo: 40_000,
    });
    expect(joint.data!.requisitionDevelopmentFunds).toMatchObject({ status: "AWAITING_CONFIRMATION", grantedAmount: null });
    // Gullspång cannot requisition on its own now, and confirms the joint one.
    expect(errorCode(await requisition(gullspang, roundId, { amount: 80_000, plannedUse: [{ category: "SAMORDNING", amount: 80_000 }] }))).toBe("CONFLICT");
    const confirmed = await gullspang.request(`mutation($id: ID!) { confirmJointRequisition(id: $id) { status grantedAmount } }`, {
      id: joint.data!.requisitionDevelopmentFunds.id,
    });
    expect(confirmed.data!.confirmJointRequisition).toEqual({ status: "REQUISITIONED", grantedAmount: 160_000 });
    const seen = await gullspang.request(`query($r: ID!) { myAllotment(roundId: $r) { requisition { id status } } }`, { r: roundId });
    expect(seen.data!.myAllotment.requisition.id).toBe(joint.data!.requisitionDevelopmentFunds.id);

    // A kommun sees only its own allotment and requisition.
    const other = await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { organisation { code } } requisition { requestedAmount } } }`, {
      r: roundId,
    });
    expect(other.data!.myAllotment.allotment.organisation.code).toBe("1440");
    expect(errorCode(await ale.request(`query($id: ID!) { grantApplication(id: $id) { id } }`, { id: g.data!.requisitionDevelopmentFunds.id }))).toBe(
      "NOT_FOUND",
    );

    const sos = await t.as(DEMO.handlaggare);
    const missing = await sos.request(`query($r: ID!) { notRequisitioned(roundId: $r) { code } }`, { r: roundId });
    expect(missing.data!.notRequisitioned.map((o: { code: string }) => o.code)).not.toContain("1480");
    expect(missing.data!.notRequisitioned).toHaveLength(290 + 21 - 4);
    const reminded = await sos.request(`mutation($r: ID!) { sendRequisitionReminders(roundId: $r) }`, { r: roundId });
    expect(reminded.data!.sendRequisitionReminders).toBe(307);
    const vg = await t.as(DEMO.vgregion);
    expect((await vg.request(`{ notifications(limit: 1) { items { title } } }`)).data!.notifications.items[0].title).toBe(
      "Påminnelse: rekvirera utvecklingsmedel 2020",
    );
    expect(
      (await gbg.request(`{ notifications(limit: 5) { items { title } } }`)).data!.notifications.items.map((n: { title: string }) => n.title),
    ).not.toContain("Påminnelse: rekvirera utvecklingsmedel 2020");
  });

  it("redistributes what was not requisitioned exactly, once", async () => {
    const roundId = await publishedRound();
    await requisitioned(roundId);
    const sos = await t.as(DEMO.handlaggare);
    expect(errorCode(await sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: true) { pool } }`, { r: roundId }))).toBe(
      "CONFLICT",
    );
    // Socialstyrelsen ends the requisition window; a kommun cannot.
    const ale0 = await t.as(DEMO.ale);
    expect(errorCode(await ale0.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: roundId }))).toBe("FORBIDDEN");
    expect((await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { closesAt } }`, { r: roundId })).errors).toBeUndefined();
    expect(errorCode(await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: roundId }))).toBe("CONFLICT");
    expect(errorCode(await requisition(gullspang, roundId, { amount: 1000, plannedUse: [{ category: "OTHER", amount: 1000 }] }))).toBe("CONFLICT");
    const q = `mutation($r: ID!, $d: Boolean!) { redistributeDevelopmentFunds(roundId: $r, dryRun: $d) { applied alreadyApplied pool rows { organisation { code } amount } } }`;
    const preview = await sos.request(q, { r: roundId, d: true });
    expect(preview.errors).toBeUndefined();
    const rows = preview.data!.redistributeDevelopmentFunds.rows;
    // Both asked for less than the pool: each gets exactly what they asked for.
    expect(rows).toEqual(
      expect.arrayContaining([
        { organisation: { code: "1440" }, amount: 250_000 },
        { organisation: { code: "1438" }, amount: 40_000 },
      ]),
    );
    const applied = await sos.request(q, { r: roundId, d: false });
    expect(applied.data!.redistributeDevelopmentFunds.applied).toBe(true);
    const again = await sos.request(q, { r: roundId, d: false });
    expect(again.data!.redistributeDevelopmentFunds).toMatchObject({ applied: false, alreadyApplied: true });
    expect(again.data!.redistributeDevelopmentFunds.rows).toEqual(rows);
    const pot = await sos.request(`query($id: ID!) { developmentFundRound(id: $id) { kommunPot { grantedTotal budget } } }`, { id: roundId });
    const ale = await t.as(DEMO.ale);
    const aleReq = await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } requisition { grantedAmount } } }`, { r: roundId });
    expect(aleReq.data!.myAllotment.requisition.grantedAmount).toBe(aleReq.data!.myAllotment.allotment.amount - 100_000 + 250_000);
    expect(pot.data!.developmentFundRound.kommunPot.grantedTotal).toBeLessThanOrEqual(75_000_000);
  });

  it("pays a batch, and the follow-up turns unused money into a repayment", async () => {
    const roundId = await publishedRound();
    await requisitioned(roundId);
    await redistributed(roundId);
    const sos = await t.as(DEMO.handlaggare);
    const ale = await t.as(DEMO.ale);
    const req = (await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { requisition { id grantedAmount } } }`, { r: roundId })).data!.myAllotment
      .requisition;
    const paid = await sos.request(`mutation($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, {
      r: roundId,
      ids: [req.id],
    });
    expect(paid.data!.markDevelopmentFundsPaid[0].status).toBe("PAID");
    const csv = await (
      await fetch(`${t.baseUrl}/api/development-fund-rounds/${roundId}/payments.csv`, { headers: { authorization: `Bearer ${sos.token}` } })
    ).text();
    expect(csv).toContain("5050-1055");
    const used = req.grantedAmount - 30_000;
    const follow = await ale.request(
      `mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status usedAmount repaymentAmount } }`,
      {
        i: {
          applicationId: req.id,
          usedAmount: used,
          report: "Samordnare anställd, FREDA införd.",
          usedByCategory: [{ category: "SAMORDNING", amount: used }],
          coordinatorPlacement: "Socialtjänstens ledning",
          targetGroups: ["Äldre"],
          assessmentMethods: ["FREDA"],
        },
      },
    );
    expect(follow.data!.submitDevelopmentFundFollowUp).toEqual({ status: "REPAYMENT_DUE", usedAmount: used, repaymentAmount: 30_000 });
    const repaid = await sos.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { status } }`, { id: req.id });
    expect(repaid.data!.markRepaymentReceived.status).toBe("REPAID");
  });
});
