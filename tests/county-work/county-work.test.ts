import fs from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignsRun, strategyStatus, visitsMade } from "../../server/dist/modules/county-work/county-work.prefill";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { rowCounts } from "../helpers/database";

let t: TestApp;
let lstO: Client;
let lstAB: Client;
const org: Record<string, string> = {};
beforeAll(async () => {
  t = await startTestApp();
  lstO = await t.as(DEMO.lstO);
  lstAB = await t.as(DEMO.lstAB);
  const reader = await t.as(DEMO.vardanalys);
  for (const code of ["1440", "1480", "0180", "0127", "L14", "L01"]) {
    const r = await reader.request(`query($s: String) { organisations(limit: 20, search: $s) { items { id code } } }`, { s: code });
    for (const o of r.data!.organisations.items) org[o.code] = o.id;
  }
});
afterAll(() => t?.close());

const TABLES = ["municipality_visit", "campaign", "method", "method_spread", "regional_strategy", "audit_entry"];

const SAVE_VISIT = `mutation($i: MunicipalityVisitInput!) { saveMunicipalityVisit(input: $i) { id date year topics participants kommun { name } countyBoard { code } } }`;
const VISITS = `query($y: Int!, $c: ID, $k: ID, $t: NetworkTopic, $l: Int) {
  municipalityVisits(year: $y, countyBoardId: $c, kommunId: $k, topic: $t, limit: $l) { total items { id date topics kommun { name } countyBoard { code } } }
}`;
const SAVE_CAMPAIGN = `mutation($i: CampaignInput!) { saveCampaign(input: $i) { id title scope year channels articles readers methods { name } } }`;
const CAMPAIGNS = `query($y: Int!, $c: ID, $s: CampaignScope, $l: Int) { campaigns(year: $y, countyBoardId: $c, scope: $s, limit: $l) { total items { id title methods { name } countyBoard { code } } } }`;

function visit(year: number, extra: Record<string, unknown> = {}) {
  return { kommunId: org["1440"], date: `${year}-04-14`, topics: ["VALD_I_NARA_RELATIONER"], participants: "Socialchef och samordnare", ...extra };
}

function campaign(year: number, extra: Record<string, unknown> = {}) {
  return {
    title: "Kampanj om våld i nära relationer",
    scope: "REGIONAL",
    topic: "VALD_I_NARA_RELATIONER",
    channels: ["PRESS", "SOCIAL_MEDIA"],
    periodStart: `${year}-11-01`,
    periodEnd: `${year}-11-30`,
    articles: 28,
    readers: 276_500,
    ...extra,
  };
}

async function download(c: Client, path: string) {
  return fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${c.token}` } });
}

async function methodId(name: string): Promise<string> {
  const res = await lstO.request(`{ methods(includeInactive: true) { id name } }`);
  return res.data!.methods.find((x: { name: string }) => x.name === name).id;
}

describe("kommunbesök", () => {
  it("are logged for a kommun of the county, listed and filtered by year, kommun and topic, and exported as CSV and XLSX", async () => {
    const a = await lstO.request(SAVE_VISIT, { i: visit(2019) });
    expect(a.errors).toBeUndefined();
    expect(a.data!.saveMunicipalityVisit).toMatchObject({ date: "2019-04-14", year: 2019, kommun: { name: "Ale" }, countyBoard: { code: "L14" } });
    const b = await lstO.request(SAVE_VISIT, { i: visit(2019, { kommunId: org["1480"], date: "2019-05-02", topics: ["HEDERSRELATERAT_VALD", "BARN"] }) });
    expect(b.errors).toBeUndefined();
    await lstO.request(SAVE_VISIT, { i: visit(2018) });

    const all = await lstO.request(VISITS, { y: 2019 });
    expect(all.data!.municipalityVisits.total).toBe(2);
    expect(all.data!.municipalityVisits.items.map((v: { date: string }) => v.date)).toEqual(["2019-05-02", "2019-04-14"]);
    expect((await lstO.request(VISITS, { y: 2019, k: org["1440"] })).data!.municipalityVisits.items).toHaveLength(1);
    expect((await lstO.request(VISITS, { y: 2019, t: "BARN" })).data!.municipalityVisits.items.map((v: { kommun: { name: string } }) => v.kommun.name)).toEqual(
      ["Göteborg"],
    );

    const csv = await download(lstO, `/api/county-work/kommunbesok.csv?year=2019`);
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split("\n")[0]).toContain("Kommun");
    expect(text).toContain("Göteborg");
    expect(text).toContain("HEDERSRELATERAT_VALD, BARN");
    expect(text).not.toContain("2018-04-14");
    const xlsx = await download(lstO, `/api/county-work/kommunbesok.xlsx?year=2019`);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(book.worksheets[0].rowCount).toBe(3);
  });

  it("a kommun outside the länsstyrelse's county is refused on kommunId with a clear message, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    const res = await lstO.request(SAVE_VISIT, { i: visit(2024, { kommunId: org["0180"] }) });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields[0]).toMatchObject({
      field: "kommunId",
      message: "Stockholm ligger inte i ert län. Välj en kommun i Länsstyrelsen Västra Götaland.",
    });
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("a visit without topics, or to an organisation that is not a kommun, is refused on its field, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    const noTopics = await lstO.request(SAVE_VISIT, { i: visit(2024, { topics: [] }) });
    expect(noTopics.errors![0].extensions!.fields[0]).toMatchObject({ field: "topics", message: "Välj minst ett ämne." });
    const notKommun = await lstO.request(SAVE_VISIT, { i: visit(2024, { kommunId: org["L14"] }) });
    expect(notKommun.errors![0].extensions!.fields[0]).toMatchObject({ field: "kommunId", message: "Välj en kommun." });
    const badDate = await lstO.request(SAVE_VISIT, { i: visit(2024, { date: "2024-02-30" }) });
    expect(errorCode(badDate)).toBe("BAD_USER_INPUT");
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("are corrected and deleted by their own county board, each change audited", async () => {
    const id = (await lstO.request(SAVE_VISIT, { i: visit(2017) })).data!.saveMunicipalityVisit.id;
    const audits = (await rowCounts(t.app.ds, ["audit_entry"])).audit_entry;
    const fixed = await lstO.request(SAVE_VISIT, { i: visit(2017, { id, participants: "Socialnämndens ordförande" }) });
    expect(fixed.data!.saveMunicipalityVisit.participants).toBe("Socialnämndens ordförande");
    const del = await lstO.request(`mutation($id: ID!) { deleteMunicipalityVisit(id: $id) }`, { id });
    expect(del.data!.deleteMunicipalityVisit).toBe(true);
    expect((await lstO.request(`query($id: ID!) { municipalityVisit(id: $id) { id } }`, { id })).errors![0].extensions!.code).toBe("NOT_FOUND");
    expect((await rowCounts(t.app.ds, ["audit_entry"])).audit_entry).toBe(audits + 2);
  });
});

describe("campaigns", () => {
  it("are recorded with channels, reach and methods spread, listed and filtered by scope, and exported", async () => {
    const webbkurs = await methodId("Webbkurs om våld");
    const res = await lstO.request(SAVE_CAMPAIGN, { i: campaign(2020, { methodIds: [webbkurs] }) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveCampaign).toMatchObject({
      year: 2020,
      articles: 28,
      readers: 276500,
      channels: ["PRESS", "SOCIAL_MEDIA"],
      methods: [{ name: "Webbkurs om våld" }],
    });
    await lstO.request(SAVE_CAMPAIGN, { i: campaign(2020, { scope: "NATIONAL", title: "Nationell kampanj", articles: null, readers: null }) });

    expect((await lstO.request(CAMPAIGNS, { y: 2020 })).data!.campaigns.total).toBe(2);
    const regional = await lstO.request(CAMPAIGNS, { y: 2020, s: "REGIONAL" });
    expect(regional.data!.campaigns.items.map((c: { title: string }) => c.title)).toEqual(["Kampanj om våld i nära relationer"]);

    const csv = await (await download(lstO, `/api/county-work/kampanjer.csv?year=2020`)).text();
    expect(csv).toContain("276500");
    expect(csv).toContain("Webbkurs om våld");
    expect((await download(lstO, `/api/county-work/kampanjer.xlsx?year=2020`)).status).toBe(200);
  });

  it("a period that ends before it starts, no channel or a negative count is refused on its field, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    const period = await lstO.request(SAVE_CAMPAIGN, { i: campaign(2024, { periodEnd: "2024-10-01" }) });
    expect(period.errors![0].extensions!.fields[0]).toMatchObject({ field: "periodEnd", message: "Perioden kan inte sluta före den börjar." });
    const channels = await lstO.request(SAVE_CAMPAIGN, { i: campaign(2024, { channels: [] }) });
    expect(channels.errors![0].extensions!.fields[0]).toMatchObject({ field: "channels" });
    const negative = await lstO.request(SAVE_CAMPAIGN, { i: campaign(2024, { readers: -1 }) });
    expect(errorCode(negative)).toBe("BAD_USER_INPUT");
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });
});

describe("methods and materials", () => {
  it("are seeded reference data that a platform administrator adds to, renames and deactivates; a deactivated one cannot be chosen", async () => {
    const seeded = await lstO.request(`{ methods { name } }`);
    expect(seeded.data!.methods.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(["Webbkurs om våld", "Liten och Trygg", "MVP", "Bygga Broar", "NMT-manualen", "FREDA"]),
    );
    const admin = await t.as(DEMO.admin);
    const added = await admin.request(`mutation($i: MethodInput!) { saveMethod(input: $i) { id name active } }`, {
      i: { name: "Våga fråga", description: "" },
    });
    expect(added.errors).toBeUndefined();
    const id = added.data!.saveMethod.id;
    const renamed = await admin.request(`mutation($i: MethodInput!) { saveMethod(input: $i) { name active } }`, {
      i: { id, name: "Våga fråga!", active: false },
    });
    expect(renamed.data!.saveMethod).toEqual({ name: "Våga fråga!", active: false });
    expect((await lstO.request(`{ methods { name } }`)).data!.methods.map((x: { name: string }) => x.name)).not.toContain("Våga fråga!");

    const before = await rowCounts(t.app.ds, TABLES);
    const refused = await lstO.request(SAVE_CAMPAIGN, { i: campaign(2024, { methodIds: [id] }) });
    expect(refused.errors![0].extensions!.fields[0]).toMatchObject({ field: "methodIds", message: "Våga fråga! används inte längre och kan inte väljas." });
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("a länsstyrelse cannot change the list of methods, and nothing changes", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    const res = await lstO.request(`mutation($i: MethodInput!) { saveMethod(input: $i) { id } }`, { i: { name: "Egen metod" } });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("their spread in the county is recorded per year, listed and exported", async () => {
    const id = await methodId("Bygga Broar");
    const res = await lstO.request(`mutation($i: MethodSpreadInput!) { saveMethodSpread(input: $i) { id year kommunerReached method { name } } }`, {
      i: { methodId: id, year: 2021, kommunerReached: 12, note: "Utbildningsdag" },
    });
    expect(res.data!.saveMethodSpread).toMatchObject({ year: 2021, kommunerReached: 12, method: { name: "Bygga Broar" } });
    const spreadId = res.data!.saveMethodSpread.id;
    expect(errorCode(await lstAB.request(`query($id: ID!) { methodSpread(id: $id) { id } }`, { id: spreadId }))).toBe("NOT_FOUND");
    const corrected = await lstO.request(`mutation($i: MethodSpreadInput!) { saveMethodSpread(input: $i) { kommunerReached } }`, {
      i: { id: spreadId, methodId: id, year: 2021, kommunerReached: 14 },
    });
    expect(corrected.data!.saveMethodSpread.kommunerReached).toBe(14);
    const list = await lstO.request(`{ methodSpreads(year: 2021) { total items { method { name } } } }`);
    expect(list.data!.methodSpreads).toMatchObject({ total: 1, items: [{ method: { name: "Bygga Broar" } }] });
    expect(await (await download(lstO, `/api/county-work/metodspridning.csv?year=2021`)).text()).toContain("Bygga Broar");
  });
});

describe("regional strategies and action plans", () => {
  const SAVE = `mutation($i: RegionalStrategyInput!) { saveRegionalStrategy(input: $i) { id status adoptedOn availableStatuses } }`;
  const STATUS = `mutation($i: StrategyStatusInput!) { changeRegionalStrategyStatus(input: $i) { status adoptedOn availableStatuses } }`;

  it("start with no status, are adopted on a date and then revised, the county's other utvecklingsledare told; adoption without a date is refused and nothing is written", async () => {
    const colleague = await newUser(t, "L14", "LANSSTYRELSE_UTVECKLINGSLEDARE");
    const created = await lstO.request(SAVE, {
      i: { kind: "ACTION_PLAN", title: "Handlingsplan mot hedersrelaterat våld", year: 2022, linkedToGenderMainstreaming: true },
    });
    expect(created.data!.saveRegionalStrategy).toMatchObject({ status: "NONE", adoptedOn: null, availableStatuses: ["STARTED", "ADOPTED"] });
    const id = created.data!.saveRegionalStrategy.id;

    const before = await rowCounts(t.app.ds, [...TABLES, "notification"]);
    const noDate = await lstO.request(STATUS, { i: { id, status: "ADOPTED" } });
    expect(noDate.errors![0].extensions!.fields[0]).toMatchObject({ field: "adoptedOn", message: "Ange datum då strategin antogs eller reviderades." });
    const skip = await lstO.request(STATUS, { i: { id, status: "REVISED", adoptedOn: "2022-03-01" } });
    expect(errorCode(skip)).toBe("CONFLICT");
    expect(await rowCounts(t.app.ds, [...TABLES, "notification"])).toEqual(before);

    const adopted = await lstO.request(STATUS, { i: { id, status: "ADOPTED", adoptedOn: "2022-03-01" } });
    expect(adopted.data!.changeRegionalStrategyStatus).toEqual({ status: "ADOPTED", adoptedOn: "2022-03-01", availableStatuses: ["REVISED"] });
    const revised = await lstO.request(STATUS, { i: { id, status: "REVISED", adoptedOn: "2022-09-15" } });
    expect(revised.data!.changeRegionalStrategyStatus).toMatchObject({ status: "REVISED", adoptedOn: "2022-09-15" });
    const colleagueNotes = await colleague.request(`{ notifications(limit: 5) { items { title } } }`);
    expect(colleagueNotes.data!.notifications.items.map((n: { title: string }) => n.title)).toContain("Strategi: Handlingsplan mot hedersrelaterat våld");
    const audits = await t.app.ds.query(`SELECT action FROM audit_entry WHERE entityType = 'RegionalStrategy' AND entityId = '${id}'`);
    expect(audits.map((a: { action: string }) => a.action)).toEqual(["regionalStrategy.create", "regionalStrategy.status", "regionalStrategy.status"]);

    const csv = await (await download(lstO, `/api/county-work/strategier.csv?year=2022`)).text();
    expect(csv).toContain("2022-09-15");
    expect(csv).toContain("Ja");
  });

  it("an adopted document is uploaded with the meeting documents' rules and read back by the county and national readers", async () => {
    const id = (await lstO.request(SAVE, { i: { kind: "STRATEGY", title: "Regional strategi", year: 2023 } })).data!.saveRegionalStrategy.id;
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4 strategi"], { type: "application/pdf" }), "Strategi 2023.pdf");
    const up = await fetch(`${t.baseUrl}/api/regional-strategies/${id}/document`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${lstO.token}`, "apollo-require-preflight": "true" },
    });
    expect(up.status).toBe(201);
    const got = await lstO.request(`query($id: ID!) { regionalStrategy(id: $id) { documentFilename documentUrl } }`, { id });
    expect(got.data!.regionalStrategy).toEqual({ documentFilename: "Strategi 2023.pdf", documentUrl: `/api/regional-strategies/${id}/document` });
    expect(await (await download(await t.as(DEMO.handlaggare), `/api/regional-strategies/${id}/document`)).text()).toBe("%PDF-1.4 strategi");
    expect((await download(lstAB, `/api/regional-strategies/${id}/document`)).status).toBe(404);
  });

  it("another county's upload to a strategy, or a file of a type not allowed, is refused and nothing is stored", async () => {
    const id = (await lstO.request(SAVE, { i: { kind: "STRATEGY", title: "Strategi utan dokument", year: 2023 } })).data!.saveRegionalStrategy.id;
    const files = () => fs.readdirSync(t.config.documentsDir).length;
    const before = { files: files(), rows: await rowCounts(t.app.ds, TABLES) };
    const post = (c: Client, name: string, type: string) => {
      const form = new FormData();
      form.append("file", new Blob(["innehåll"], { type }), name);
      return fetch(`${t.baseUrl}/api/regional-strategies/${id}/document`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${c.token}`, "apollo-require-preflight": "true" },
      });
    };
    expect((await post(lstAB, "Strategi.pdf", "application/pdf")).status).toBe(404);
    expect((await post(lstO, "Strategi.exe", "application/octet-stream")).status).toBe(400);
    expect(files()).toBe(before.files);
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before.rows);
    expect(
      (await lstO.request(`query($id: ID!) { regionalStrategy(id: $id) { documentFilename } }`, { id })).data!.regionalStrategy.documentFilename,
    ).toBeNull();
  });
});

describe("tenancy", () => {
  it("another länsstyrelse cannot read, change or delete a county's record by id, nor list or export its county; nothing changes", async () => {
    const id = (await lstO.request(SAVE_VISIT, { i: visit(2016) })).data!.saveMunicipalityVisit.id;
    const strategy = (await lstO.request(`mutation { saveRegionalStrategy(input: { kind: STRATEGY, title: "Strategi O", year: 2016 }) { id } }`)).data!
      .saveRegionalStrategy.id;
    const before = await rowCounts(t.app.ds, TABLES);
    expect(errorCode(await lstAB.request(`query($id: ID!) { municipalityVisit(id: $id) { id } }`, { id }))).toBe("NOT_FOUND");
    expect(errorCode(await lstAB.request(SAVE_VISIT, { i: { ...visit(2016), id, kommunId: org["0180"] } }))).toBe("NOT_FOUND");
    expect(errorCode(await lstAB.request(`mutation($id: ID!) { deleteMunicipalityVisit(id: $id) }`, { id }))).toBe("NOT_FOUND");
    expect(
      errorCode(
        await lstAB.request(`mutation($i: StrategyStatusInput!) { changeRegionalStrategyStatus(input: $i) { id } }`, {
          i: { id: strategy, status: "STARTED" },
        }),
      ),
    ).toBe("NOT_FOUND");
    expect(errorCode(await lstAB.request(VISITS, { y: 2016, c: org["L14"] }))).toBe("FORBIDDEN");
    expect((await lstAB.request(VISITS, { y: 2016 })).data!.municipalityVisits.total).toBe(0);
    expect((await download(lstAB, `/api/county-work/kommunbesok.csv?year=2016&countyBoardId=${org["L14"]}`)).status).toBe(403);
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("Socialstyrelsen and Vårdanalys read every county's records, filtered by county, and cannot write", async () => {
    await lstO.request(SAVE_VISIT, { i: visit(2015) });
    await lstAB.request(SAVE_VISIT, { i: visit(2015, { kommunId: org["0180"] }) });
    for (const email of [DEMO.handlaggare, DEMO.vardanalys]) {
      const c = await t.as(email);
      expect((await c.request(VISITS, { y: 2015 })).data!.municipalityVisits.total).toBe(2);
      const o = await c.request(VISITS, { y: 2015, c: org["L14"] });
      expect(o.data!.municipalityVisits.items.map((v: { countyBoard: { code: string } }) => v.countyBoard.code)).toEqual(["L14"]);
      const csv = await (await download(c, `/api/county-work/kommunbesok.csv?year=2015`)).text();
      expect(csv).toContain("Stockholm");
      expect(csv).toContain("Ale");

      const before = await rowCounts(t.app.ds, TABLES);
      expect(errorCode(await c.request(SAVE_VISIT, { i: visit(2015) }))).toBe("FORBIDDEN");
      expect(errorCode(await c.request(SAVE_CAMPAIGN, { i: campaign(2015) }))).toBe("FORBIDDEN");
      const id = o.data!.municipalityVisits.items[0].id;
      expect(errorCode(await c.request(`mutation($id: ID!) { deleteMunicipalityVisit(id: $id) }`, { id }))).toBe("FORBIDDEN");
      expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
    }
  });

  it("a kommun can neither read nor export länets arbete", async () => {
    const ale = await t.as(DEMO.ale);
    expect(errorCode(await ale.request(VISITS, { y: 2015 }))).toBe("FORBIDDEN");
    expect((await download(ale, `/api/county-work/kommunbesok.csv?year=2015`)).status).toBe(403);
  });
});

describe("lists", () => {
  it("the lists of visits, campaigns, method spreads and strategies cost the same number of SQL statements for 2 or 20 rows", async () => {
    const webbkurs = await methodId("Webbkurs om våld");
    for (let i = 0; i < 20; i++) {
      await lstO.request(SAVE_VISIT, { i: visit(2014, { kommunId: org[i % 2 ? "1440" : "1480"], date: `2014-03-${String(i + 1).padStart(2, "0")}` }) });
      await lstO.request(SAVE_CAMPAIGN, { i: campaign(2014, { methodIds: [webbkurs] }) });
    }
    const n = async (q: string, l: number) => Number((await lstO.request(q, { y: 2014, l })).headers.get("x-sql-statements"));
    expect(await n(VISITS, 2)).toBe(await n(VISITS, 20));
    expect(await n(CAMPAIGNS, 2)).toBe(await n(CAMPAIGNS, 20));
    const mvp = await methodId("MVP");
    for (let i = 0; i < 20; i++) {
      await lstO.request(`mutation($i: MethodSpreadInput!) { saveMethodSpread(input: $i) { id } }`, { i: { methodId: i % 2 ? mvp : webbkurs, year: 2014 } });
      await lstO.request(`mutation($i: RegionalStrategyInput!) { saveRegionalStrategy(input: $i) { id } }`, {
        i: { kind: "STRATEGY", title: `Strategi ${i}`, year: 2014 },
      });
    }
    const SPREADS = `query($y: Int!, $l: Int) { methodSpreads(year: $y, limit: $l) { items { method { name } countyBoard { name } } } }`;
    const STRATEGIES = `query($y: Int!, $l: Int) { regionalStrategies(year: $y, limit: $l) { items { title availableStatuses documentUrl countyBoard { name } } } }`;
    expect(await n(SPREADS, 2)).toBe(await n(SPREADS, 20));
    expect(await n(STRATEGIES, 2)).toBe(await n(STRATEGIES, 20));
  });

  it("a page larger than the maximum is refused", async () => {
    expect(errorCode(await lstO.request(VISITS, { y: 2014, l: 201 }))).toBe("BAD_USER_INPUT");
  });
});

describe("figures for the yearly follow-up", () => {
  it("count the visits made and campaigns run, and give the furthest strategy status, of a county and year", async () => {
    await lstO.request(SAVE_VISIT, { i: visit(2013) });
    await lstO.request(SAVE_VISIT, { i: visit(2013, { date: "2013-09-01" }) });
    await lstO.request(SAVE_CAMPAIGN, { i: campaign(2013) });
    const s = (await lstO.request(`mutation { saveRegionalStrategy(input: { kind: STRATEGY, title: "Strategi 2013", year: 2013 }) { id } }`)).data!
      .saveRegionalStrategy.id;
    await lstO.request(`mutation($i: StrategyStatusInput!) { changeRegionalStrategyStatus(input: $i) { id } }`, { i: { id: s, status: "STARTED" } });
    const board = Number(org["L14"]);
    const m = t.app.ds.manager;
    expect(await visitsMade(m, board, 2013)).toBe(2);
    expect(await campaignsRun(m, board, 2013)).toBe(1);
    expect(await strategyStatus(m, board, 2013)).toEqual({ strategy: "STARTED", actionPlan: "NONE", linkedToGenderMainstreaming: false });
    expect(await visitsMade(m, Number(org["L01"]), 2013)).toBe(0);
  });
});

describe("länssamverkan", () => {
  it("is a network of the kind LANSSAMVERKAN, with members and meetings like any network, and networks can be filtered by kind", async () => {
    const res = await lstO.request(
      `mutation { saveNetwork(input: { name: "Länssamverkan mot våld Västra Götaland", topic: VALD_I_NARA_RELATIONER, kind: LANSSAMVERKAN }) { id kind } }`,
    );
    expect(res.data!.saveNetwork.kind).toBe("LANSSAMVERKAN");
    const list = await lstO.request(`{ networks(convenedByMe: true, kind: LANSSAMVERKAN) { items { name kind } } }`);
    expect(list.data!.networks.items).toEqual([{ name: "Länssamverkan mot våld Västra Götaland", kind: "LANSSAMVERKAN" }]);
    const plain = await lstO.request(`{ networks(convenedByMe: true, kind: NETWORK) { items { kind } } }`);
    expect(plain.data!.networks.items.every((n: { kind: string }) => n.kind === "NETWORK")).toBe(true);
  });
});

describe("networks and länssamverkan in the export", () => {
  it("lists the county board's networks with members and the year's meetings; the name only to the convener, the figures to the national readers", async () => {
    const created = await lstAB.request(
      `mutation { saveNetwork(input: { name: "Länssamverkan Stockholm (export)", topic: HEDERSRELATERAT_VALD, kind: LANSSAMVERKAN }) { id } }`,
    );
    const networkId = created.data!.saveNetwork.id;
    expect(
      (
        await lstAB.request(`mutation($id: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $id, organisationIds: $o) { id } }`, {
          id: networkId,
          o: [org["0180"], org["0127"]],
        })
      ).errors,
    ).toBeUndefined();
    const at = (d: string) => ({ startsAt: `${d}T09:00:00.000Z`, endsAt: `${d}T11:00:00.000Z` });
    for (const day of ["2023-03-01", "2023-09-01", "2024-02-01"]) {
      const res = await lstAB.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
        i: { networkId, title: "Länssamverkan", location: "Stockholm", invite: false, ...at(day) },
      });
      expect(res.errors).toBeUndefined();
    }
    const own = await (await download(lstAB, `/api/county-work/natverk.csv?year=2023`)).text();
    const line = own.split(/\r?\n/).find((l) => l.includes("Länssamverkan Stockholm (export)"));
    expect(line).toBeDefined();
    expect(line).toContain("Länssamverkan");
    expect(line!.split(",").slice(-2)).toEqual(["2", "2"]);

    const reader = await t.as(DEMO.vardanalys);
    const national = await (await download(reader, `/api/county-work/natverk.csv?year=2023&countyBoardId=${org["L01"]}`)).text();
    expect(national).not.toContain("Länssamverkan Stockholm (export)");
    expect(national.split(/\r?\n/).some((l) => l.endsWith(",Länssamverkan,HEDERSRELATERAT_VALD,2,2"))).toBe(true);
    // Another county board's networks are not its to export.
    expect((await download(lstO, `/api/county-work/natverk.csv?year=2023&countyBoardId=${org["L01"]}`)).status).toBe(403);
  });
});
