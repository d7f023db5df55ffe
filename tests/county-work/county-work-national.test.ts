import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
let lstO: Client;
let lstAB: Client;
const org: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  lstO = await t.as(DEMO.lstO);
  lstAB = await t.as(DEMO.lstAB);
  const reader = await t.as(DEMO.vardanalys);
  for (const code of ["1440", "1480", "0180"]) {
    const r = await reader.request(`query($s: String) { organisations(limit: 20, search: $s) { items { id code } } }`, { s: code });
    for (const o of r.data!.organisations.items) org[o.code] = o.id;
  }
});
afterAll(() => t?.close());

const NATIONAL = `query($y: Int!) { countyWorkNational(year: $y) {
  year lansstyrelser
  nationalCampaigns { lansstyrelser share countyCodes }
  strategyAdopted { lansstyrelser share countyCodes }
  strategyStarted { lansstyrelser share countyCodes }
  strategyLinkedToGenderMainstreaming { lansstyrelser share }
  methods { name lansstyrelser share countyCodes }
  municipalityVisits kommunerVisited campaigns articles readers sharesChart methodsChart visitsChart
  byCounty { countyCode nationalCampaign campaigns methods strategyStatus linkedToGenderMainstreaming municipalityVisits kommunerVisited } } }`;

async function methodId(name: string): Promise<string> {
  const res = await lstO.request(`{ methods(includeInactive: true) { id name } }`);
  return res.data!.methods.find((x: { name: string }) => x.name === name).id;
}

function campaign(year: number, scope: string, extra: Record<string, unknown> = {}) {
  return {
    title: `Kampanj ${scope}`,
    scope,
    topic: "VALD_I_NARA_RELATIONER",
    channels: ["PRESS"],
    periodStart: `${year}-11-01`,
    periodEnd: `${year}-11-30`,
    ...extra,
  };
}

const SAVE_CAMPAIGN = `mutation($i: CampaignInput!) { saveCampaign(input: $i) { id } }`;
const SAVE_SPREAD = `mutation($i: MethodSpreadInput!) { saveMethodSpread(input: $i) { id } }`;
const SAVE_STRATEGY = `mutation($i: RegionalStrategyInput!) { saveRegionalStrategy(input: $i) { id } }`;
const STATUS = `mutation($i: StrategyStatusInput!) { changeRegionalStrategyStatus(input: $i) { id } }`;
const VISIT = `mutation($i: MunicipalityVisitInput!) { saveMunicipalityVisit(input: $i) { id } }`;

async function strategy(c: Client, year: number, status: string, linked: boolean) {
  const id = (await c.request(SAVE_STRATEGY, { i: { kind: "STRATEGY", title: `Strategi ${year}`, year, linkedToGenderMainstreaming: linked } })).data!
    .saveRegionalStrategy.id;
  await c.request(STATUS, { i: { id, status, ...(status === "ADOPTED" ? { adoptedOn: `${year}-05-01` } : {}) } });
}

describe("the county boards' own work, nationally", () => {
  it("counts each länsstyrelse once per measure of the 21: national campaigns, methods (spread or through a campaign), strategies, and totals of visits, campaigns, articles and readers", async () => {
    const y = 2012;
    const mvp = await methodId("MVP");
    const broar = await methodId("Bygga Broar");
    await lstO.request(SAVE_CAMPAIGN, { i: campaign(y, "NATIONAL", { articles: 28, readers: 276_500, methodIds: [mvp] }) });
    await lstO.request(SAVE_CAMPAIGN, { i: campaign(y, "NATIONAL", { articles: 2, readers: 500 }) });
    await lstAB.request(SAVE_CAMPAIGN, { i: campaign(y, "REGIONAL", { methodIds: [broar] }) });
    await lstAB.request(SAVE_SPREAD, { i: { methodId: mvp, year: y } });
    await lstO.request(SAVE_SPREAD, { i: { methodId: mvp, year: y } });
    await strategy(lstO, y, "ADOPTED", true);
    await strategy(lstO, y, "STARTED", false);
    await strategy(lstAB, y, "STARTED", true);
    await lstO.request(VISIT, { i: { kommunId: org["1440"], date: `${y}-03-01`, topics: ["BARN"], participants: "Socialchef" } });
    await lstO.request(VISIT, { i: { kommunId: org["1440"], date: `${y}-09-01`, topics: ["BARN"], participants: "Socialchef" } });
    await lstAB.request(VISIT, { i: { kommunId: org["0180"], date: `${y}-03-01`, topics: ["BARN"], participants: "Socialchef" } });

    const res = await (await t.as(DEMO.handlaggare)).request(NATIONAL, { y });
    expect(res.errors).toBeUndefined();
    const n = res.data!.countyWorkNational;
    expect(n.lansstyrelser).toBe(21);
    expect(n.nationalCampaigns).toEqual({ lansstyrelser: 1, share: 1 / 21, countyCodes: ["14"] });
    expect(n.strategyAdopted).toMatchObject({ lansstyrelser: 1, countyCodes: ["14"] });
    expect(n.strategyStarted).toMatchObject({ lansstyrelser: 1, countyCodes: ["01"] });
    expect(n.strategyLinkedToGenderMainstreaming.lansstyrelser).toBe(2);
    const method = (name: string) => n.methods.find((x: { name: string }) => x.name === name);
    expect(method("MVP")).toMatchObject({ lansstyrelser: 2, countyCodes: ["01", "14"] });
    expect(method("Bygga Broar")).toMatchObject({ lansstyrelser: 1, countyCodes: ["01"] });
    expect(method("FREDA").lansstyrelser).toBe(0);
    expect(n).toMatchObject({ municipalityVisits: 3, kommunerVisited: 2, campaigns: 3, articles: 30, readers: 277_000 });
    expect(n.methodsChart.data.values.find((v: { category: string }) => v.category === "MVP").value).toBeCloseTo(2 / 21);
    expect(n.byCounty).toHaveLength(21);
    const county = (code: string) => n.byCounty.find((c: { countyCode: string }) => c.countyCode === code);
    expect(county("14")).toEqual({
      countyCode: "14",
      nationalCampaign: true,
      campaigns: 2,
      methods: 1,
      strategyStatus: "ADOPTED",
      linkedToGenderMainstreaming: true,
      municipalityVisits: 2,
      kommunerVisited: 1,
    });
    expect(county("01")).toMatchObject({ nationalCampaign: false, campaigns: 1, methods: 2, strategyStatus: "STARTED", municipalityVisits: 1 });
    expect(county("03")).toMatchObject({ nationalCampaign: false, campaigns: 0, methods: 0, strategyStatus: "NONE", municipalityVisits: 0 });
    expect(n.visitsChart.data.values).toHaveLength(21);
  });

  it("is read by Socialstyrelsen and Vårdanalys; a länsstyrelse, a kommun and a national centre are refused", async () => {
    for (const who of [DEMO.handlaggare, DEMO.vardanalys]) expect((await (await t.as(who)).request(NATIONAL, { y: 2013 })).errors).toBeUndefined();
    for (const who of [DEMO.lstO, DEMO.ale, DEMO.nck]) expect(errorCode(await (await t.as(who)).request(NATIONAL, { y: 2013 }))).toBe("FORBIDDEN");
  });

  it("costs the same number of SQL statements for one county's records as for two, and refuses a year out of range", async () => {
    const y = 2011;
    const sos = await t.as(DEMO.handlaggare);
    await lstO.request(SAVE_CAMPAIGN, { i: campaign(y, "NATIONAL") });
    const small = await sos.request(NATIONAL, { y });
    await lstAB.request(SAVE_CAMPAIGN, { i: campaign(y, "NATIONAL", { methodIds: [await methodId("MVP")] }) });
    await lstAB.request(SAVE_SPREAD, { i: { methodId: await methodId("FREDA"), year: y } });
    await strategy(lstAB, y, "ADOPTED", true);
    const large = await sos.request(NATIONAL, { y });
    const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
    expect(large.data!.countyWorkNational.nationalCampaigns.lansstyrelser).toBe(2);
    expect(count(large)).toBe(count(small));
    expect(errorCode(await sos.request(NATIONAL, { y: 2100 }))).toBe("BAD_USER_INPUT");
  });
});
