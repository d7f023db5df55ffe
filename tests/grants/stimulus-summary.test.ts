import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StimulusApplicationContent } from "../../server/dist/modules/grants/stimulus-application-content.entity";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, opinion, submit } from "./fixtures";

/** Each test starts on a database of its own (a copy of the run's template). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

const YEAR = 2041;
const SUMMARY = `query($y: Int!) { stimulusSummary(year: $y) {
  year calls available applicants recipients recipientsDescription
  total { applications requested granted paid used shareUsed repaid repaymentDue }
  byOrganisation { organisationName organisationKind applications requested granted paid used shareUsed repaid repaymentDue purposes purposeNotStated }
  byPurpose { purpose label recipients applications requested granted paid used shareUsed repaid repaymentDue }
} }`;

async function stimulusCall(year: number, budget: number): Promise<string> {
  const sos = await t.as(DEMO.handlaggare);
  const res = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year,
      title: `Särskilda stimulansmedel ${year}`,
      budget,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createGrantCall.id;
}

async function must(p: Promise<{ errors?: unknown }>) {
  const res = await p;
  expect(res.errors).toBeUndefined();
  return res;
}

async function submitted(c: Client, callId: string, fields: Record<string, unknown>): Promise<string> {
  const app = await draft(c, callId, { ...FULL_APPLICATION, ...fields });
  await must(submit(c, app.id));
  return app.id;
}

/** Decided after consultation, paid, and reported with the amount used. */
async function granted(id: string, decision: Record<string, unknown>, reporter: Client, used: number) {
  const sos = await t.as(DEMO.handlaggare);
  await must(consult(t, [id]));
  await must(opinion(t, id));
  await must(decide(sos, id, { motivation: "Insatserna ligger inom uppdraget.", ...decision }));
  await must(sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id }));
  await must(
    reporter.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { id } }`, {
      id,
      i: { report: "Insatserna är genomförda.", usedAmount: used },
    }),
  );
}

/**
 * A small year: NCK granted 900 000 kr for information and development work and used it all;
 * Länsstyrelsen Västra Götaland granted 400 000 of 500 000 kr for targeted efforts, used 300 000
 * and repaid 100 000; Länsstyrelsen i Stockholms län applied for 200 000 kr without a stated
 * purpose (an application from before purposes were asked for) and is undecided; Barnafrid withdrew.
 */
async function smallYear() {
  const callId = await stimulusCall(YEAR, 2_000_000);
  const nck = await t.as(DEMO.nck);
  const lstO = await t.as(DEMO.lstO);
  const lstAB = await t.as(DEMO.lstAB);
  const barnafrid = await t.as(DEMO.barnafrid);
  const sos = await t.as(DEMO.handlaggare);

  const a = await submitted(nck, callId, { purposeCategories: ["INFORMATION_AND_TRAINING", "DEVELOPMENT"] });
  await granted(a, { outcome: "APPROVED" }, nck, 900_000);

  const b = await submitted(lstO, callId, {
    title: "Riktade insatser i Västra Götaland",
    requestedAmount: 500_000,
    budgetLines: [{ category: "Personal", amount: 500_000 }],
    contactEmail: DEMO.lstO,
    purposeCategories: ["TARGETED_GROUPS"],
  });
  await granted(b, { outcome: "PARTIALLY_APPROVED", grantedAmount: 400_000 }, lstO, 300_000);
  await must(sos.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { id } }`, { id: b }));

  const c = await submitted(lstAB, callId, {
    title: "Stockholms ansökan",
    requestedAmount: 200_000,
    budgetLines: [{ category: "Personal", amount: 200_000 }],
    contactEmail: DEMO.lstAB,
  });
  await t.app.db.transaction((m) => m.update(StimulusApplicationContent, { applicationId: Number(c) }, { purposeCategories: null }));

  const d = await submitted(barnafrid, callId, { title: "Barnafrids ansökan", contactEmail: DEMO.barnafrid });
  await must(barnafrid.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { id } }`, { id: d }));
}

describe("coded purposes of a stimulus application", () => {
  it("refuses a submission without a purpose, naming the field, and changes nothing", async () => {
    const nck = await t.as(DEMO.nck);
    const callId = await stimulusCall(YEAR, 1_000_000);
    const { purposeCategories: _none, ...withoutPurpose } = FULL_APPLICATION;
    const app = await draft(nck, callId, withoutPurpose);
    const refused = await submit(nck, app.id);
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    const fields = refused.errors![0].extensions!.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field)).toEqual(["purposeCategories"]);
    expect(fields[0].message).toMatch(/^Välj minst ett ändamål/);
    const english = await nck.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: app.id }, { "accept-language": "en" });
    expect((english.errors![0].extensions!.fields as { message: string }[])[0].message).toMatch(/^Choose at least one purpose/);
    const after = await nck.request(`query($id: ID!) { grantApplication(id: $id) { status diarienummer version purposeCategories versions { version } } }`, {
      id: app.id,
    });
    expect(after.data!.grantApplication).toEqual({ status: "DRAFT", diarienummer: null, version: 0, purposeCategories: [], versions: [] });
  });

  it("saves the purposes each once in the decision's order, keeps them in the version and prints them in the decision letter", async () => {
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const callId = await stimulusCall(YEAR, 1_000_000);
    const app = await draft(nck, callId, { ...FULL_APPLICATION, purposeCategories: ["DEVELOPMENT", "TARGETED_GROUPS", "DEVELOPMENT"] });
    await must(submit(nck, app.id));
    const read = await sos.request(`query($id: ID!) { grantApplication(id: $id) { purposeCategories versions { content } } }`, { id: app.id });
    expect(read.data!.grantApplication.purposeCategories).toEqual(["TARGETED_GROUPS", "DEVELOPMENT"]);
    expect(read.data!.grantApplication.versions[0].content.purposeCategories).toEqual(["TARGETED_GROUPS", "DEVELOPMENT"]);

    await must(consult(t, [app.id]));
    await must(opinion(t, app.id));
    const decided = await must(decide(sos, app.id, { outcome: "APPROVED", motivation: "Inom uppdraget." }));
    const url = (decided as { data: { decideGrantApplication: { decisionLetterUrl: string } } }).data.decideGrantApplication.decisionLetterUrl;
    const res = await fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${nck.token}` } });
    const parser = new PDFParse({ data: new Uint8Array(await res.arrayBuffer()) });
    const { text } = await parser.getText();
    await parser.destroy();
    expect(text.replace(/\s+/g, " ")).toContain("Ändamål: Riktade insatser för vissa grupper; Utvecklingsarbete (pilot- och utvecklingsprojekt)");
  });
});

describe("the yearly summary of stimulus funds (Tabell 1)", () => {
  it("adds up a year: available, applied for, granted, paid, used, share used and repaid, per organisation, without the withdrawn application", async () => {
    await smallYear();
    const analyst = await t.as(DEMO.vardanalys);
    const s = (await must(analyst.request(SUMMARY, { y: YEAR }))) as { data: { stimulusSummary: Record<string, any> } };
    const summary = s.data.stimulusSummary;
    expect(summary).toMatchObject({
      year: YEAR,
      calls: 1,
      available: 2_000_000,
      applicants: 3,
      recipients: 2,
      recipientsDescription: "En länsstyrelse och NCK",
      total: { applications: 3, requested: 1_600_000, granted: 1_300_000, paid: 1_300_000, used: 1_200_000, shareUsed: 92, repaid: 100_000, repaymentDue: 0 },
    });
    const byName = Object.fromEntries(summary.byOrganisation.map((o: { organisationName: string }) => [o.organisationName, o]));
    expect(Object.keys(byName)).toHaveLength(3);
    expect(byName["Länsstyrelsen Västra Götaland"]).toEqual({
      organisationName: "Länsstyrelsen Västra Götaland",
      organisationKind: "LANSSTYRELSE",
      applications: 1,
      requested: 500_000,
      granted: 400_000,
      paid: 400_000,
      used: 300_000,
      shareUsed: 75,
      repaid: 100_000,
      repaymentDue: 0,
      purposes: ["TARGETED_GROUPS"],
      purposeNotStated: false,
    });
    expect(byName["Länsstyrelsen i Stockholms län"]).toMatchObject({ requested: 200_000, granted: 0, shareUsed: null, purposes: [], purposeNotStated: true });
    const nck = summary.byOrganisation.find((o: { organisationKind: string }) => o.organisationKind === "NATIONELLT_KUNSKAPSCENTRUM");
    expect(nck).toMatchObject({ granted: 900_000, used: 900_000, shareUsed: 100, purposes: ["INFORMATION_AND_TRAINING", "DEVELOPMENT"] });

    const english = (await analyst.request(SUMMARY, { y: YEAR }, { "accept-language": "en" })).data!.stimulusSummary;
    expect(english.recipientsDescription).toBe("One county administrative board and NCK");
  });

  it("counts an application with several purposes in full under each, and the applications without one as not stated", async () => {
    await smallYear();
    const sos = await t.as(DEMO.handlaggare);
    const rows = (await sos.request(SUMMARY, { y: YEAR })).data!.stimulusSummary.byPurpose as Record<string, unknown>[];
    expect(rows.map((r) => [r.purpose, r.label, r.recipients, r.applications, r.granted, r.used, r.repaid])).toEqual([
      ["INFORMATION_AND_TRAINING", "Informations- och utbildningsinsatser på nationell, regional eller lokal nivå", 1, 1, 900_000, 900_000, 0],
      ["TARGETED_GROUPS", "Riktade insatser för vissa grupper", 1, 1, 400_000, 300_000, 100_000],
      ["DEVELOPMENT", "Utvecklingsarbete (pilot- och utvecklingsprojekt)", 1, 1, 900_000, 900_000, 0],
      [null, "Ej angivet", 0, 1, 0, 0, 0],
    ]);
  });

  it("answers a year without calls with zeros, in the same number of SQL statements as a year with recipients", async () => {
    await smallYear();
    const sos = await t.as(DEMO.handlaggare);
    const empty = await sos.request(SUMMARY, { y: 2099 });
    expect(empty.data!.stimulusSummary).toMatchObject({
      calls: 0,
      available: 0,
      recipients: 0,
      recipientsDescription: "Inga mottagare",
      byOrganisation: [],
      total: { granted: 0, shareUsed: null },
    });
    const full = await sos.request(SUMMARY, { y: YEAR });
    const count = (r: typeof empty) => Number(r.headers.get("x-sql-statements"));
    expect(count(empty)).toBeGreaterThan(0);
    expect(count(full)).toBe(count(empty));
  });

  it("refuses a year before 2000 or after 2100, naming the year", async () => {
    const sos = await t.as(DEMO.handlaggare);
    for (const y of [1999, 2101]) {
      const res = await sos.request(SUMMARY, { y });
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect((res.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field)).toEqual(["year"]);
    }
  });

  it("refuses a kommun and NCK with FORBIDDEN, giving nothing away, in the API and the exports", async () => {
    await smallYear();
    for (const email of [DEMO.ale, DEMO.nck]) {
      const c = await t.as(email);
      const res = await c.request(SUMMARY, { y: YEAR });
      expect(errorCode(res)).toBe("FORBIDDEN");
      expect(res.data?.stimulusSummary ?? null).toBeNull();
      for (const format of ["csv", "xlsx"]) {
        const file = await fetch(`${t.baseUrl}/api/stimulus-summary/${YEAR}.${format}`, { headers: { authorization: `Bearer ${c.token}` } });
        expect(file.status).toBe(403);
        expect(await file.text()).not.toContain("900000");
      }
    }
  });

  it("exports the year's tables as CSV and XLSX", async () => {
    await smallYear();
    const sos = await t.as(DEMO.handlaggare);
    const csvRes = await fetch(`${t.baseUrl}/api/stimulus-summary/${YEAR}.csv`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(csvRes.status).toBe(200);
    expect(csvRes.headers.get("content-disposition")).toContain(`stimulansmedel-${YEAR}.csv`);
    const csv = await csvRes.text();
    expect(csv).toContain("Beviljade mottagare");
    expect(csv).toMatch(new RegExp(`${YEAR}[;,]2000000[;,]"?En länsstyrelse och NCK"?[;,]1300000[;,]1200000[;,]"?92 %"?[;,]100000`));
    expect(csv).toMatch(/Länsstyrelsen Västra Götaland[;,]"?Länsstyrelse"?[;,]1[;,]500000[;,]400000[;,]400000[;,]300000[;,]"?75 %"?[;,]100000[;,]0/);
    expect(csv).toContain("Ej angivet");

    const xlsxRes = await fetch(`${t.baseUrl}/api/stimulus-summary/${YEAR}.xlsx`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(xlsxRes.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsxRes.arrayBuffer()) as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Tabell 1", "Per mottagare", "Per ändamål"]);
    expect((book.getWorksheet("Tabell 1")!.getRow(2).values as unknown[]).slice(1)).toEqual([
      YEAR,
      2_000_000,
      "En länsstyrelse och NCK",
      1_300_000,
      1_200_000,
      "92 %",
      100_000,
    ]);
  });
});
