import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
});
afterAll(() => t?.close());

const Q = `query($y: Int!, $g: FundingGroupBy) { fundingStatistics(year: $y, groupBy: $g) {
  byRecipientKind { kind available participants granted grantedAmount used shareUsed repaid }
  kommunUsage { notRequisitioned usedAllOrPart repaidEverything }
  groups { key label kommuner used shareUsed } total { kommuner used shareUsed }
  kommuner { organisation { code } status allotment granted kronorPerInhabitant } } }`;

/** The report writes million kronor with one decimal, cut (not rounded): 40 655 000 → "40,6". */
const mnkr = (kr: number) => (Math.floor(kr / 100_000) / 10).toFixed(1).replace(".", ",");
const pct = (share: number) => Math.round(share * 100);

describe("the national tables computed from the seeded 2014–2018 history", () => {
  it("serves the map shapes of the 290 kommuner", async () => {
    const geo = await (await fetch(`${t.baseUrl}/api/geo/kommuner.geojson`)).json();
    expect(geo.features).toHaveLength(290);
  });

  it("Tabell 2: kommuner that requisitioned, requisitioned and used funds, share used", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const rows = [];
    for (const year of [2016, 2017, 2018]) {
      const res = await sos.request(Q, { y: year, g: "KOMMUNGRUPP" });
      expect(res.errors).toBeUndefined();
      const k = res.data!.fundingStatistics.byRecipientKind.find((r: { kind: string }) => r.kind === "KOMMUN");
      rows.push([year, mnkr(k.available), k.participants, mnkr(k.grantedAmount), mnkr(k.used), pct(k.shareUsed)]);
    }
    // As printed in the report, except 2017's share: Tabell 2 prints 89 % although 44,0 of 50 is 88 % (Bilaga 1 says 88).
    expect(rows).toEqual([
      [2016, "50,0", 246, "50,0", "40,6", 81],
      [2017, "50,0", 260, "50,0", "44,0", 88],
      [2018, "50,0", 273, "50,0", "45,9", 92],
    ]);
  });

  it("Tabell 6 with Bilaga 1: all 21 regioner requisitioned 20 mnkr and used 14 313 000 / 17 077 000 / 18 313 247 kr", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const used = [];
    for (const year of [2016, 2017, 2018]) {
      const res = await sos.request(Q, { y: year, g: "KOMMUNGRUPP" });
      const r = res.data!.fundingStatistics.byRecipientKind.find((x: { kind: string }) => x.kind === "REGION");
      expect(r.participants).toBe(21);
      used.push([r.grantedAmount, r.used, r.repaid]);
    }
    expect(used).toEqual([
      [20_000_000, 14_313_000, 5_687_000],
      [20_000_000, 17_077_000, 2_923_000],
      [20_000_000, 18_313_247, 1_686_753],
    ]);
  });

  it("Tabell 7: NGOs that applied and were granted, and the funds they used", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const rows = [];
    for (const year of [2016, 2017, 2018]) {
      const r = (await sos.request(Q, { y: year, g: "KOMMUNGRUPP" })).data!.fundingStatistics.byRecipientKind.find(
        (x: { kind: string }) => x.kind === "IDEELL_ORGANISATION",
      );
      rows.push([year, mnkr(r.available), r.participants, r.granted, mnkr(r.used), pct(r.shareUsed)]);
    }
    expect(rows).toEqual([
      [2016, "15,0", 133, 64, "13,8", 92],
      [2017, "10,0", 86, 41, "8,8", 88],
      [2018, "10,0", 66, 28, "9,7", 97],
    ]);
  });

  it("Tabell 10: share of kommuner that used funds per SKR kommungrupp, 2014 and 2018", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const table = async (year: number) => {
      const res = await sos.request(Q, { y: year, g: "KOMMUNGRUPP" });
      const s = res.data!.fundingStatistics;
      return [
        ...s.groups.map((g: { key: string; kommuner: number; shareUsed: number }) => [g.key, g.kommuner, pct(g.shareUsed)]),
        ["Totalt", s.total.kommuner, pct(s.total.shareUsed)],
      ];
    };
    expect(await table(2014)).toEqual([
      ["A1", 3, 100],
      ["A2", 43, 33],
      ["B3", 21, 57],
      ["B4", 52, 29],
      ["B5", 35, 9],
      ["C6", 29, 34],
      ["C7", 52, 17],
      ["C8", 40, 10],
      ["C9", 15, 0],
      ["Totalt", 290, 24],
    ]);
    expect(await table(2018)).toEqual([
      ["A1", 3, 100],
      ["A2", 43, 95],
      ["B3", 21, 95],
      ["B4", 52, 88],
      ["B5", 35, 91],
      ["C6", 29, 90],
      ["C7", 52, 88],
      ["C8", 40, 95],
      ["C9", 15, 93],
      ["Totalt", 290, 92],
    ]);
  });

  it("Tabell 8: kommuner not requisitioning, using all or part, repaying everything", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const usage = [];
    for (const year of [2014, 2017, 2018]) usage.push((await sos.request(Q, { y: year, g: "SIZE_BAND" })).data!.fundingStatistics.kommunUsage);
    expect(usage).toEqual([
      { notRequisitioned: 219, usedAllOrPart: 70, repaidEverything: 1 },
      { notRequisitioned: 30, usedAllOrPart: 248, repaidEverything: 12 },
      { notRequisitioned: 17, usedAllOrPart: 266, repaidEverything: 7 },
    ]);
  });

  it("a länsstyrelse sees its own county; a kommun sees no national table", async () => {
    const lst = await t.as(DEMO.lstO);
    const res = await lst.request(Q, { y: 2018, g: "KOMMUNGRUPP" });
    expect(res.data!.fundingStatistics.total.kommuner).toBe(49);
    expect(res.data!.fundingStatistics.kommuner.every((k: { organisation: { code: string } }) => k.organisation.code.startsWith("14"))).toBe(true);
    const ale = await t.as(DEMO.ale);
    expect(errorCode(await ale.request(Q, { y: 2018, g: "KOMMUNGRUPP" }))).toBe("FORBIDDEN");
    const csv = await fetch(`${t.baseUrl}/api/funding-statistics.csv?year=2018&groupBy=SIZE_BAND`, { headers: { authorization: `Bearer ${lst.token}` } });
    const text = await csv.text();
    expect(text).toContain("Län,14");
    expect(text).toContain("200 tusen eller fler");
    expect((await fetch(`${t.baseUrl}/api/funding-statistics.csv?year=2018`, { headers: { authorization: `Bearer ${ale.token}` } })).status).toBe(403);
    const xlsx = await fetch(`${t.baseUrl}/api/funding-statistics.xlsx?year=2018`, { headers: { authorization: `Bearer ${lst.token}` } });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});
