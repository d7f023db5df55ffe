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

/** The report's tables themselves are compared cell by cell in report-2016-2018.test.ts. */
describe("the national tables computed from the seeded 2014–2018 history", () => {
  it("serves the map shapes of the 290 kommuner", async () => {
    const geo = await (await fetch(`${t.baseUrl}/api/geo/kommuner.geojson`)).json();
    expect(geo.features).toHaveLength(290);
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
