import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { NGO_APPLICANT as NGO, ngoApplicationInput } from "../helpers/ngo-application.mjs";
import { draft, FULL_APPLICATION, openCallId, submit } from "./fixtures";

/** What applicants wrote reads the same through GrantApplication, wherever each programme keeps it. */
let t: TestApp;
let sos: Client;
let roundId: string;
const ids = { stimulus: "", requisition: "", ngo: "" };
const DAY = 86_400_000;

const CONTENT = `purpose plannedActivities targetGroups periodStart periodEnd budgetLines { category amount } contactName contactEmail contactPhone purposeCategories`;

async function must<T extends { errors?: unknown; data?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

async function ngoApplication(n: number) {
  const c = await t.as(NGO);
  const res = await must(
    c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
      i: ngoApplicationInput(roundId, {
        title: `Stödsamtal ${n}`,
        supportMissing: true,
        periodStart: "2020-02-01",
        periodEnd: "2020-11-30",
        requestedAmount: 120_000,
      }),
    }),
  );
  return res.data!.submitNgoApplication.id as string;
}

beforeAll(async () => {
  t = await startTestApp();
  sos = await t.as(DEMO.handlaggare);
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, await openCallId(t), { ...FULL_APPLICATION, contactPhone: "010-123 45 67" });
  expect((await submit(nck, app.id)).errors).toBeUndefined();
  ids.stimulus = app.id;

  const opened = await must(
    sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year: 2020,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2021-05-31",
      },
    }),
  );
  roundId = opened.data!.openDevelopmentFundRound.id;
  await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: roundId }));
  const ale = await t.as(DEMO.ale);
  const requisitioned = await must(
    ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
      i: {
        roundId,
        amount: 100_000,
        plannedUse: [
          { category: "SAMORDNING", amount: 60_000 },
          { category: "METODER", amount: 40_000 },
        ],
        contactName: "Samordnare Ale",
        contactEmail: "Samordnare@Ale.example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
      },
    }),
  );
  ids.requisition = requisitioned.data!.requisitionDevelopmentFunds.id;
  ids.ngo = await ngoApplication(1);
});
afterAll(() => t?.close());

async function contentOf(id: string) {
  const res = await must(sos.request(`query($id: ID!) { grantApplication(id: $id) { ${CONTENT} versions { content } } }`, { id }));
  return res.data!.grantApplication;
}

describe("the content of applications", () => {
  it("a stimulus application shows every field it was saved with, and its submitted version keeps them", async () => {
    const app = await contentOf(ids.stimulus);
    const { title: _title, requestedAmount: _amount, ...written } = FULL_APPLICATION;
    expect(app).toMatchObject({ ...written, contactPhone: "010-123 45 67" });
    expect(app.versions[0].content).toMatchObject({ ...FULL_APPLICATION, contactPhone: "010-123 45 67" });
  });

  it("saving only the content of a draft changes it and its time of change", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t), { title: "Utkast" });
    const save = (i: Record<string, unknown>) =>
      must(nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { updatedAt ${CONTENT} } }`, { i: { id: app.id, ...i } }));
    const first = (await save({ purpose: "Första syftet" })).data!.saveGrantApplication;
    const second = (await save({ purpose: "  Andra syftet ", budgetLines: [{ category: " Resor ", amount: 5 }] })).data!.saveGrantApplication;
    expect(second).toMatchObject({ purpose: "Andra syftet", budgetLines: [{ category: "Resor", amount: 5 }], contactEmail: DEMO.nck });
    expect(new Date(second.updatedAt).getTime()).toBeGreaterThan(new Date(first.updatedAt).getTime());
  });

  it("a requisition shows its planned use and contact, and no purpose, purpose categories, activities or period", async () => {
    const app = await contentOf(ids.requisition);
    expect(app).toMatchObject({
      purpose: "",
      plannedActivities: "",
      targetGroups: "",
      periodStart: null,
      periodEnd: null,
      budgetLines: [
        { category: "SAMORDNING", amount: 60_000 },
        { category: "METODER", amount: 40_000 },
      ],
      contactName: "Samordnare Ale",
      contactEmail: "samordnare@ale.example.se",
      contactPhone: null,
      purposeCategories: [],
    });
  });

  it("an NGO application shows its description as the purpose, with its target groups, period, budget and contact", async () => {
    const app = await contentOf(ids.ngo);
    expect(app).toMatchObject({
      purpose: "Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.",
      targetGroups: "Våldsutsatta kvinnor",
      periodStart: "2020-02-01",
      periodEnd: "2020-11-30",
      budgetLines: [{ category: "Personal", amount: 120_000 }],
      contactName: "Kim",
      contactEmail: NGO,
      contactPhone: null,
    });
    expect(app.versions[0].content).toMatchObject({ purpose: "Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.", periodStart: "2020-02-01" });
  });

  it("a list of applications of every programme with their content costs the same number of SQL statements with 4 more rows", async () => {
    const q = `{ grantApplications(limit: 100) { total items { id ${CONTENT} } } }`;
    const listed = async () => {
      const res = await sos.request(q);
      expect(res.errors).toBeUndefined();
      return { statements: Number(res.headers.get("x-sql-statements")), ids: res.data!.grantApplications.items.map((a: { id: string }) => a.id) };
    };
    const before = await listed();
    expect(before.ids).toEqual(expect.arrayContaining([ids.stimulus, ids.requisition, ids.ngo]));
    for (let i = 2; i < 6; i++) await ngoApplication(i);
    const after = await listed();
    expect(after.ids.length).toBe(before.ids.length + 4);
    expect(after.statements).toBe(before.statements);
  });
});
