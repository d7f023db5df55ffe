import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCountyWorkHistory } from "../../server/dist/db/seed-county-work-history";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";
import { rowCounts } from "../helpers/database";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ env: { DEMO_HISTORY: "true" } });
});
afterAll(() => t?.close());

const pct = (share: number) => Math.round(share * 100);

const COUNTY_WORK = `{ countyWorkNational(year: 2017) {
  lansstyrelser
  nationalCampaigns { lansstyrelser share }
  strategyAdopted { lansstyrelser share }
  strategyStarted { lansstyrelser share }
  strategyLinkedToGenderMainstreaming { lansstyrelser share }
  methods { name lansstyrelser share }
  municipalityVisits kommunerVisited articles readers } }`;

async function countyWork2017() {
  const res = await (await t.as(DEMO.vardanalys)).request(COUNTY_WORK);
  expect(res.errors).toBeUndefined();
  return res.data!.countyWorkNational;
}

async function survey(targetGroup: string) {
  const sos = await t.as(DEMO.handlaggare);
  const list = await sos.request(`{ questionnaires(year: 2017, limit: 20) { items { id titleSv targetGroup } } }`);
  expect(list.errors).toBeUndefined();
  const q = list.data!.questionnaires.items.find(
    (x: { targetGroup: string; titleSv: string }) => x.targetGroup === targetGroup && x.titleSv.endsWith("(demodata)"),
  );
  const res = await sos.request(
    `query($id: ID!) { questionnaireResults(questionnaireId: $id) {
      responseRate { recipients submitted share }
      questions { question { code } answered choices { code count share } } } }`,
    { id: q.id },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.questionnaireResults;
}

describe("Nationell uppföljning for 2017 shows the headline figures of the länsstyrelser' report for 2017", () => {
  it("71 % (15 of 21) of the länsstyrelser spread national campaigns; one campaign had 28 articles with about 276 500 readers", async () => {
    const n = await countyWork2017();
    expect(n.lansstyrelser).toBe(21);
    expect(n.nationalCampaigns.lansstyrelser).toBe(15);
    expect(pct(n.nationalCampaigns.share)).toBe(71);
    expect(n).toMatchObject({ articles: 28, readers: 276_500 });
    expect(n.municipalityVisits).toBeGreaterThan(0);
    expect(n.kommunerVisited).toBeGreaterThan(0);
  });

  it("methods spread (Figur 3) in the closest whole number of länsstyrelser: Liten och Trygg 19 % (report 17 %), web course 38 %, Bygga Broar 24 % (23 %), NMT-manualen 33 %, MVP 29 % (30 %)", async () => {
    const n = await countyWork2017();
    const method = (name: string) => n.methods.find((x: { name: string }) => x.name === name);
    const figures = ["Liten och Trygg", "Webbutbildning om hedersrelaterat våld och förtryck", "Bygga Broar", "NMT-manualen", "MVP"].map((name) => [
      method(name).lansstyrelser,
      pct(method(name).share),
    ]);
    expect(figures).toEqual([
      [4, 19],
      [8, 38],
      [5, 24],
      [7, 33],
      [6, 29],
    ]);
  });

  it("regional strategies: 71 % adopted or revised, 29 % started but not finished, 81 % linked to gender mainstreaming", async () => {
    const n = await countyWork2017();
    expect([n.strategyAdopted, n.strategyStarted, n.strategyLinkedToGenderMainstreaming].map((x) => [x.lansstyrelser, pct(x.share)])).toEqual([
      [15, 71],
      [6, 29],
      [17, 81],
    ]);
  });

  it("the länsstyrelser' survey was answered by all 21 (100 %)", async () => {
    const r = await survey("LANSSTYRELSER");
    expect(r.responseRate).toEqual({ recipients: 21, submitted: 21, share: 1 });
  });

  it("the kommun survey has 148 submitted answers (148 of the 290 kommuner); 63 % have a kvinnofridssamordnare and 43 % goals and indicators in the budget", async () => {
    const r = await survey("KOMMUNER");
    expect(r.responseRate).toMatchObject({ recipients: 290, submitted: 148 });
    const yes = (code: string) =>
      r.questions.find((q: { question: { code: string } }) => q.question.code === code).choices.find((c: { code: string }) => c.code === "YES");
    expect(pct(yes("KOMMUN_KVINNOFRIDSSAMORDNARE").share)).toBe(63);
    expect(pct(yes("KOMMUN_GOALS_IN_BUDGET").share)).toBe(43);
  });

  it("trainings: 62 % of the länsstyrelser held FREDA", async () => {
    const res = await (await t.as(DEMO.handlaggare)).request(`{ trainingReach(year: 2017) { shares { type share } } }`);
    expect(res.errors).toBeUndefined();
    expect(pct(res.data!.trainingReach.shares.find((s: { type: string }) => s.type === "FREDA").share)).toBe(62);
  });

  it("networks: 90 % for kvinnofridssamordnare, 76 % on honour-related violence and 76 % on prostitution and trafficking", async () => {
    const res = await (await t.as(DEMO.vardanalys)).request(`{ networksByTopic(year: 2017) { topics { topic share } } }`);
    expect(res.errors).toBeUndefined();
    const share = (topic: string) => pct(res.data!.networksByTopic.topics.find((x: { topic: string }) => x.topic === topic).share);
    expect([share("VALD_I_NARA_RELATIONER"), share("HEDERSRELATERAT_VALD"), share("PROSTITUTION_MANNISKOHANDEL")]).toEqual([90, 76, 76]);
  });

  it("is labelled as demo data and seeded once: seeding again inserts nothing", async () => {
    const tables = [
      "campaign",
      "method",
      "method_spread",
      "regional_strategy",
      "municipality_visit",
      "questionnaire",
      "questionnaire_response",
      "questionnaire_answer",
    ];
    const before = await rowCounts(t.app.ds, tables);
    expect(await seedCountyWorkHistory(t.app.db)).toBe(0);
    expect(await rowCounts(t.app.ds, tables)).toEqual(before);
    const titles = await t.app.ds.query(`SELECT title FROM campaign WHERE year = 2017`);
    expect(titles.every((r: { title: string }) => r.title.endsWith("(demodata)"))).toBe(true);
  });
});
