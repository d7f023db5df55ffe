import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { consult, createCall, decide, draft, opinion, submit } from "./fixtures";

/**
 * Every state of an application, reached through the API: each viewer is offered exactly the
 * actions that succeed, and every other action is refused with nothing changed.
 */

let t: TestApp;
let callId: string;
let dalsEd: Client;
let gullspang: Client;
let gullspangId: string;
let nextYear = 2040;
beforeAll(async () => {
  t = await startTestApp();
  callId = await createCall(t, 100_000_000);
  dalsEd = await newUser(t, "1438", "KOMMUN_SAMORDNARE");
  gullspang = await newUser(t, "1447", "KOMMUN_SAMORDNARE");
  const admin = await t.as(DEMO.admin);
  const orgs = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: "1447" });
  gullspangId = orgs.data!.organisations.items.find((o: { code: string }) => o.code === "1447").id;
});
afterAll(() => t?.close());

const NGO = "ansokan@kvinnojouren-goteborg.demo.samverka.se";
const DAY = 86_400_000;
const ACTIONS = [
  "EDIT",
  "SUBMIT",
  "WITHDRAW",
  "REQUEST_COMPLETION",
  "REQUEST_CONSULTATION",
  "SUBMIT_OPINION",
  "DECIDE",
  "MARK_PAID",
  "SUBMIT_FOLLOW_UP",
  "SUBMIT_PARTIAL_REPORT",
  "MARK_REPAID",
  "CONFIRM_JOINT",
  "SCORE",
  "REMIND_COMPLETION",
] as const;
type Action = (typeof ACTIONS)[number];
type Kind = "stimulus" | "requisition" | "ngo";
type Viewer = "applicant" | "officer" | "consultation" | "member";
interface Reached {
  id: string;
  kind: Kind;
  /** Who reads what the applicant would (the lead kommun of a joint requisition). */
  applicant: Client;
  roundId?: string;
}

const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};

async function sos() {
  return t.as(DEMO.handlaggare);
}

async function stimulus(): Promise<Reached> {
  const nck = await t.as(DEMO.nck);
  return { id: (await draft(nck, callId)).id, kind: "stimulus", applicant: nck };
}
async function submitted(): Promise<Reached> {
  const r = await stimulus();
  ok(await submit(r.applicant, r.id));
  return r;
}
async function consulted(): Promise<Reached> {
  const r = await submitted();
  ok(await consult(t, [r.id]));
  ok(await opinion(t, r.id));
  return r;
}
async function decided(outcome: string, grantedAmount?: number): Promise<Reached> {
  const r = await consulted();
  ok(await decide(await sos(), r.id, { outcome, grantedAmount, motivation: "Prövad mot utlysningens kriterier." }));
  return r;
}
async function paid(r: Reached): Promise<Reached> {
  ok(await (await sos()).request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: r.id }));
  return r;
}
async function followUp(r: Reached, unused: number): Promise<Reached> {
  const app = (await r.applicant.request(`query($id: ID!) { grantApplication(id: $id) { grantedAmount } }`, { id: r.id })).data!.grantApplication;
  const used = app.grantedAmount - unused;
  if (r.kind === "stimulus") {
    ok(
      await r.applicant.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { id } }`, {
        id: r.id,
        i: { report: "Genomfört enligt plan.", usedAmount: used },
      }),
    );
  } else {
    ok(
      await r.applicant.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { id } }`, {
        i: {
          applicationId: r.id,
          usedAmount: used,
          report: "Genomfört enligt plan.",
          usedByCategory: [{ category: "SAMORDNING", amount: used }],
          targetGroups: ["Äldre"],
          assessmentMethods: ["FREDA"],
        },
      }),
    );
  }
  return r;
}

/** A new round each time: a kommun requisitions once per round. */
async function round(): Promise<string> {
  const officer = await sos();
  const opened = ok(
    await officer.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year: nextYear++,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2099-05-31",
      },
    }),
  );
  const roundId = opened.data!.openDevelopmentFundRound.id;
  ok(await officer.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }));
  return roundId;
}
async function requisition(joint = false): Promise<Reached> {
  const roundId = await round();
  const lead = joint ? dalsEd : await t.as(DEMO.ale);
  const res = ok(
    await lead.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
      i: {
        roundId,
        amount: 80_000,
        plannedUse: [{ category: "SAMORDNING", amount: 80_000 }],
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
        ...(joint ? { jointMemberOrganisationIds: [gullspangId] } : {}),
      },
    }),
  );
  return { id: res.data!.requisitionDevelopmentFunds.id, kind: "requisition", applicant: lead, roundId };
}
async function ngo(): Promise<Reached> {
  const roundId = await round();
  const c = await t.as(NGO);
  const res = ok(
    await c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
      i: {
        roundId,
        title: "Stödsamtal för barn",
        organisationNumber: "802000-0009",
        legalForm: "IDEELL_FORENING",
        activeLocally: true,
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        activityArea: "BARN",
        description: "Samtalsgrupper för barn som upplevt våld.",
        countyCode: "14",
        supportMissing: true,
        targetGroups: "Barn",
        periodStart: "2041-01-01",
        periodEnd: "2041-12-31",
        requestedAmount: 300_000,
        budgetLines: [{ category: "Personal", amount: 300_000 }],
        contactName: "Kim",
        contactEmail: NGO,
      },
    }),
  );
  return { id: res.data!.submitNgoApplication.id, kind: "ngo", applicant: c };
}

async function client(viewer: Viewer, r: Reached): Promise<Client> {
  switch (viewer) {
    case "applicant":
      return r.applicant;
    case "officer":
      return sos();
    case "consultation":
      return t.as(DEMO.jam);
    case "member":
      return gullspang;
  }
}

const inAWeek = () => new Date(Date.now() + 7 * DAY).toISOString().slice(0, 10);
function perform(action: Action, c: Client, r: Reached) {
  const id = r.id;
  switch (action) {
    case "EDIT":
      return c.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, { i: { id, title: "Ändrad rubrik" } });
    case "SUBMIT":
      return c.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id });
    case "WITHDRAW":
      return c.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { id } }`, { id });
    case "REQUEST_COMPLETION":
      return c.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Komplettera budgeten.", dueDate: $d) { id } }`, {
        id,
        d: inAWeek(),
      });
    case "REQUEST_CONSULTATION":
      return c.request(`mutation($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [id] });
    case "SUBMIT_OPINION":
      return c.request(`mutation($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id } }`, {
        id,
        i: { opinion: "SUPPORTS", text: "Tillstyrks." },
      });
    case "DECIDE":
      return c.request(`mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { id } }`, {
        id,
        i: { outcome: "APPROVED", motivation: "Väl underbyggd." },
      });
    case "MARK_PAID":
      return c.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id });
    case "SUBMIT_FOLLOW_UP":
      return r.kind === "stimulus"
        ? c.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { id } }`, {
            id,
            i: { report: "Genomfört.", usedAmount: 0 },
          })
        : c.request(`mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { id } }`, {
            i: { applicationId: id, usedAmount: 0, report: "Genomfört.", usedByCategory: [], targetGroups: [], assessmentMethods: [] },
          });
    case "SUBMIT_PARTIAL_REPORT":
      // None of these calls runs over more than one year, so a partial report is never offered.
      return c.request(`mutation($id: ID!, $i: PartialReportInput!) { submitPartialReport(id: $id, input: $i) { id } }`, {
        id,
        i: { year: 2026, usedAmount: 0, report: "Första året." },
      });
    case "MARK_REPAID":
      return c.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { id } }`, { id });
    case "CONFIRM_JOINT":
      return c.request(`mutation($id: ID!) { confirmJointRequisition(id: $id) { id } }`, { id });
    case "REMIND_COMPLETION":
      return c.request(`mutation($ids: [ID!]!) { remindGrantCompletions(applicationIds: $ids) { id } }`, { ids: [id] });
    case "SCORE":
      return c.request(`mutation($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, {
        id,
        i: { score: 4, comment: "Bedömning" },
      });
  }
}

const SNAPSHOT = `query($id: ID!) { grantApplication(id: $id) { status title version grantedAmount usedAmount repaymentAmount paidAt decidedAt consultations { answeredAt } jointMembers { confirmedAt } } }`;
async function snapshot(r: Reached) {
  return (await r.applicant.request(SNAPSHOT, { id: r.id })).data!.grantApplication;
}

async function offered(viewer: Viewer, r: Reached): Promise<Action[]> {
  if (viewer === "member") {
    // A member kommun sees the joint requisition as its own in the round.
    const mine = ok(await gullspang.request(`query($r: ID!) { myAllotment(roundId: $r) { requisition { id availableActions } } }`, { r: r.roundId }));
    expect(mine.data!.myAllotment.requisition.id).toBe(r.id);
    return mine.data!.myAllotment.requisition.availableActions;
  }
  const res = await (await client(viewer, r)).request(`query($id: ID!) { grantApplication(id: $id) { availableActions } }`, { id: r.id });
  if (errorCode(res) === "NOT_FOUND") return [];
  ok(res);
  return res.data!.grantApplication.availableActions;
}

interface StateCase {
  state: string;
  reach: () => Promise<Reached>;
  /** What each viewer is offered in the state. */
  expected: Partial<Record<Viewer, Action[]>>;
}

const CASES: StateCase[] = [
  { state: "DRAFT", reach: stimulus, expected: { applicant: ["EDIT", "SUBMIT", "WITHDRAW"], officer: [], consultation: [] } },
  { state: "SUBMITTED", reach: submitted, expected: { applicant: ["WITHDRAW"], officer: ["REQUEST_COMPLETION", "REQUEST_CONSULTATION"], consultation: [] } },
  {
    state: "COMPLETION_REQUESTED",
    reach: async () => {
      const r = await submitted();
      ok(await perform("REQUEST_COMPLETION", await sos(), r));
      return r;
    },
    expected: { applicant: ["EDIT", "SUBMIT", "WITHDRAW"], officer: ["REMIND_COMPLETION"], consultation: [] },
  },
  {
    state: "IN_CONSULTATION",
    reach: async () => {
      const r = await submitted();
      ok(await consult(t, [r.id]));
      return r;
    },
    expected: { applicant: ["WITHDRAW"], officer: [], consultation: ["SUBMIT_OPINION"] },
  },
  {
    state: "CONSULTED",
    reach: consulted,
    expected: { applicant: ["WITHDRAW"], officer: ["REQUEST_COMPLETION", "REQUEST_CONSULTATION", "DECIDE"], consultation: [] },
  },
  { state: "APPROVED", reach: () => decided("APPROVED"), expected: { applicant: [], officer: ["MARK_PAID"], consultation: [] } },
  { state: "PARTIALLY_APPROVED", reach: () => decided("PARTIALLY_APPROVED", 500_000), expected: { applicant: [], officer: ["MARK_PAID"], consultation: [] } },
  { state: "REJECTED", reach: () => decided("REJECTED"), expected: { applicant: [], officer: [], consultation: [] } },
  { state: "PAID", reach: async () => paid(await decided("APPROVED")), expected: { applicant: ["SUBMIT_FOLLOW_UP"], officer: [], consultation: [] } },
  { state: "REPORTED", reach: async () => followUp(await paid(await decided("APPROVED")), 0), expected: { applicant: [], officer: [], consultation: [] } },
  {
    state: "REPAYMENT_DUE",
    reach: async () => followUp(await paid(await decided("APPROVED")), 100_000),
    expected: { applicant: [], officer: ["MARK_REPAID"], consultation: [] },
  },
  {
    state: "REPAID",
    reach: async () => {
      const r = await followUp(await paid(await decided("APPROVED")), 100_000);
      ok(await perform("MARK_REPAID", await sos(), r));
      return r;
    },
    expected: { applicant: [], officer: [], consultation: [] },
  },
  {
    state: "WITHDRAWN",
    reach: async () => {
      const r = await submitted();
      ok(await perform("WITHDRAW", r.applicant, r));
      return r;
    },
    expected: { applicant: [], officer: [], consultation: [] },
  },
  { state: "REQUISITIONED", reach: () => requisition(), expected: { applicant: [], officer: ["MARK_PAID"] } },
  { state: "REQUISITIONED → PAID", reach: async () => paid(await requisition()), expected: { applicant: ["SUBMIT_FOLLOW_UP"], officer: [] } },
  { state: "AWAITING_CONFIRMATION", reach: () => requisition(true), expected: { applicant: [], member: ["CONFIRM_JOINT"], officer: [] } },
  {
    state: "SUBMITTED (an NGO's application, no consultation)",
    reach: ngo,
    expected: { applicant: [], officer: ["REQUEST_COMPLETION", "REQUEST_CONSULTATION", "DECIDE", "SCORE"] },
  },
];

describe("availableActions of a grant application in every state", () => {
  it.each(CASES)("$state: each viewer is offered what succeeds, and the rest is refused with nothing changed", async ({ reach, expected }) => {
    const r = await reach();
    for (const [viewer, actions] of Object.entries(expected) as [Viewer, Action[]][]) {
      const got = await offered(viewer, r);
      expect(got, viewer).toEqual(actions);
      const c = await client(viewer, r);
      for (const action of ACTIONS.filter((a) => !got.includes(a))) {
        const before = await snapshot(r);
        const res = await perform(action, c, r);
        expect(["FORBIDDEN", "NOT_FOUND", "CONFLICT"], `${viewer} ${action}`).toContain(errorCode(res));
        expect(await snapshot(r), `${viewer} ${action}`).toEqual(before);
      }
      for (const action of got) {
        const fresh = await reach();
        const res = await perform(action, await client(viewer, fresh), fresh);
        expect(res.errors, `${viewer} ${action}`).toBeUndefined();
      }
    }
  });
});

describe("availableActions in a list", () => {
  it("costs the same number of SQL statements for 2 rows as for every row, requisitions and NGO applications included", async () => {
    await Promise.all([consulted(), submitted(), requisition(), ngo()]);
    const r = await submitted();
    ok(await consult(t, [r.id]));
    const officer = await sos();
    const q = `query($l: Int!) { grantApplications(limit: $l) { items { status availableActions } } }`;
    // The steady count of a page: the fewer of two readings, so that a one-off statement of the request
    // (a new pooled connection, the session's last-used time) is not taken for a cost per row.
    const once = async (l: number) => Number((await officer.request(q, { l })).headers.get("x-sql-statements"));
    const n = async (l: number) => Math.min(await once(l), await once(l));
    const total = (await officer.request(`{ grantApplications { total } }`)).data!.grantApplications.total;
    expect(total).toBeGreaterThan(4);
    expect(await n(2)).toBe(await n(total));
  });
});

describe("a list of the applications ready for a step", () => {
  it("readyFor: MARK_PAID lists exactly the applications of a call on which the payout officer is offered MARK_PAID", async () => {
    const [, , req] = await Promise.all([
      decided("APPROVED"),
      decided("REJECTED"),
      requisition(),
      submitted(),
      paid(await decided("PARTIALLY_APPROVED", 500_000)),
    ]);
    const officer = await sos();
    const reqCall = (await officer.request(`query($id: ID!) { grantApplication(id: $id) { call { id } } }`, { id: req.id })).data!.grantApplication.call.id;
    const q = `query($c: ID, $r: GrantApplicationAction, $o: Int!) { grantApplications(callId: $c, readyFor: $r, limit: 200, offset: $o) { hasMore items { id status availableActions } } }`;
    type Row = { id: string; status: string; availableActions: string[] };
    const every = async (c: string, r: string | null) => {
      const rows: Row[] = [];
      for (let o = 0; ; o += 200) {
        const page = (await officer.request(q, { c, r, o })).data!.grantApplications;
        rows.push(...page.items);
        if (!page.hasMore) return rows;
      }
    };
    const statuses = new Set<string>();
    for (const c of [callId, reqCall]) {
      const ready = await every(c, "MARK_PAID");
      const offeringPay = (await every(c, null)).filter((a) => a.availableActions.includes("MARK_PAID"));
      expect(ready.map((a) => a.id).sort()).toEqual(offeringPay.map((a) => a.id).sort());
      for (const a of ready) statuses.add(a.status);
    }
    expect(statuses.has("APPROVED") && statuses.has("REQUISITIONED")).toBe(true);
    expect([...statuses].every((s) => ["APPROVED", "PARTIALLY_APPROVED", "REQUISITIONED"].includes(s))).toBe(true);
  });

  it("an action that is no step of the machine is refused as bad input, naming the field", async () => {
    const res = await (await sos()).request(`{ grantApplications(readyFor: SCORE) { total } }`);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors)).toContain("readyFor");
  });
});
