import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { must, paidRequisition } from "./fixtures";

/** Each test starts on a database of its own with next year's round open and Ale's requisition paid. */
let t: TestApp;
let appId: string;
let granted: number;
const YEAR = 2027;

beforeEach(async () => {
  t = await startTestApp();
  ({ appId, granted } = await paidRequisition(await t.as(DEMO.handlaggare), await t.as(DEMO.ale), YEAR));
});
afterEach(() => t?.close());

const FORM = `query($id: ID!) { developmentFundFollowUpForm(applicationId: $id) { questionnaireId questions { required areaAmount section question { id code type choices { code } } } } }`;
const TABLES = `query($y: Int!, $g: FundingGroupBy) { developmentFundFollowUpTables(year: $y, groupBy: $g) {
  reported coordinatorFunded groups { key reported }
  placement { reported rows { code count byGroup } chart }
  targetGroups { rows { code count } } assessmentMethods { rows { code count } } areas { rows { code count amount } } } }`;
const SUBMIT = `mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status usedAmount } }`;
const READ = `query($id: ID!) { grantApplication(id: $id) { status usedAmount followUpReport followUpAnswers { code value { choice choices number } otherText comment older } } }`;

type FormQuestion = { required: boolean; areaAmount: boolean; question: { id: string; code: string } };

async function form(c: Client): Promise<Map<string, FormQuestion>> {
  const res = await must(c.request(FORM, { id: appId }));
  return new Map(res.data!.developmentFundFollowUpForm.questions.map((q: FormQuestion) => [q.question.code, q]));
}

async function tables(groupBy = "KOMMUNGRUPP") {
  const sos = await t.as(DEMO.handlaggare);
  return (await must(sos.request(TABLES, { y: YEAR, g: groupBy }))).data!.developmentFundFollowUpTables;
}

const count = (rows: { code: string; count: number }[], code: string) => rows.find((r) => r.code === code)!.count;

/** A coded follow-up of Ale: the used amount split over two areas. */
async function codedInput(c: Client, split: [number, number]) {
  const q = await form(c);
  const id = (code: string) => q.get(code)!.question.id;
  return {
    applicationId: appId,
    usedAmount: granted,
    report: "Samordnare anställd på IFO, FREDA införd.",
    answers: [
      { questionId: id("DF_COORDINATOR_PLACEMENT"), choice: "SOCIALTJANST_ENHET", comment: "Placerad på IFO sedan mars." },
      { questionId: id("DF_COORDINATOR_FUNDED"), choice: "YES" },
      { questionId: id("DF_TARGET_GROUPS"), choices: ["HEDERSRELATERAT", "OTHER"], otherText: "Kvinnor i skyddat boende" },
      { questionId: id("DF_ASSESSMENT_METHODS"), choices: ["FREDA", "MI"] },
      { questionId: id("DF_AREA_SAMVERKAN"), number: split[0] },
      { questionId: id("DF_AREA_BARN"), number: split[1] },
    ],
  };
}

describe("the coded follow-up of development funds", () => {
  it("a kommun's coded follow-up is counted in Tabell 3–5 and Figur 2, per kommungrupp and per size band", async () => {
    const ale = await t.as(DEMO.ale);
    const q = await form(ale);
    expect([...q.values()].filter((x) => x.required).map((x) => x.question.code)).toEqual([
      "DF_COORDINATOR_PLACEMENT",
      "DF_COORDINATOR_FUNDED",
      "DF_TARGET_GROUPS",
      "DF_ASSESSMENT_METHODS",
    ]);
    expect(q.has("DF_NGO_AREA_BARN")).toBe(false);
    const before = await tables();
    expect(before.reported).toBe(0);
    expect(count(before.placement.rows, "SOCIALTJANST_ENHET")).toBe(0);

    const third = Math.floor(granted / 3);
    const res = await ale.request(SUBMIT, { i: await codedInput(ale, [third, granted - third]) });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitDevelopmentFundFollowUp).toEqual({ status: "REPORTED", usedAmount: granted });

    const after = await tables();
    expect(after.reported).toBe(1);
    expect(after.coordinatorFunded).toBe(1);
    expect(after.placement.reported).toBe(1);
    const enhet = after.placement.rows.find((r: { code: string }) => r.code === "SOCIALTJANST_ENHET");
    expect(enhet.count).toBe(1);
    const group = after.groups.findIndex((g: { reported: number }) => g.reported === 1);
    expect(enhet.byGroup[group]).toBe(1);
    expect(count(after.targetGroups.rows, "HEDERSRELATERAT")).toBe(1);
    expect(count(after.targetGroups.rows, "OTHER")).toBe(1);
    expect(count(after.targetGroups.rows, "ALDRE")).toBe(0);
    expect(count(after.assessmentMethods.rows, "FREDA")).toBe(1);
    expect(count(after.assessmentMethods.rows, "MI")).toBe(1);
    expect(count(after.assessmentMethods.rows, "SARA")).toBe(0);
    expect(after.areas.rows.filter((r: { count: number }) => r.count > 0)).toEqual([
      { code: "SAMVERKAN", count: 1, amount: third },
      { code: "BARN", count: 1, amount: granted - third },
    ]);
    expect(after.placement.chart.data.values.length).toBe(after.placement.rows.length);
    const bands = await tables("SIZE_BAND");
    expect(bands.groups.map((g: { key: string }) => g.key)).toEqual(["0-15", "15-30", "30-70", "70-200", "200-"]);
    expect(bands.groups.reduce((s: number, g: { reported: number }) => s + g.reported, 0)).toBe(1);

    // The kommun reads its coded answers with the comments beside them; Vårdanalys reads the tables too.
    const read = (await must(ale.request(READ, { id: appId }))).data!.grantApplication;
    expect(read.followUpAnswers).toEqual(
      expect.arrayContaining([
        {
          code: "DF_COORDINATOR_PLACEMENT",
          value: { choice: "SOCIALTJANST_ENHET", choices: null, number: null },
          otherText: null,
          comment: "Placerad på IFO sedan mars.",
          older: false,
        },
        {
          code: "DF_TARGET_GROUPS",
          value: { choice: null, choices: ["HEDERSRELATERAT", "OTHER"], number: null },
          otherText: "Kvinnor i skyddat boende",
          comment: null,
          older: false,
        },
      ]),
    );
    const analys = await t.as(DEMO.vardanalys);
    expect((await analys.request(TABLES, { y: YEAR, g: "KOMMUNGRUPP" })).data!.developmentFundFollowUpTables.reported).toBe(1);
    expect(errorCode(await ale.request(TABLES, { y: YEAR, g: "KOMMUNGRUPP" }))).toBe("FORBIDDEN");
  });

  it("amounts per area that do not add up to the used amount are refused, and nothing is stored", async () => {
    const ale = await t.as(DEMO.ale);
    const responses = await t.app.db.manager.count("QuestionnaireResponse");
    const res = await ale.request(SUBMIT, { i: await codedInput(ale, [1000, 2000]) });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toContain("Beloppen per område summerar till 3 000 kr");
    const read = (await must(ale.request(READ, { id: appId }))).data!.grantApplication;
    expect(read).toMatchObject({ status: "PAID", usedAmount: null, followUpReport: null, followUpAnswers: [] });
    expect((await tables()).reported).toBe(0);
    expect(await t.app.db.manager.count("QuestionnaireResponse")).toBe(responses);
  });

  it("a missing core answer is refused with the question named", async () => {
    const ale = await t.as(DEMO.ale);
    const input = await codedInput(ale, [granted, 0]);
    input.answers = input.answers.filter((a) => !("choices" in a && a.choices?.includes("FREDA")));
    const res = await ale.request(SUBMIT, { i: input });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res.errors![0].extensions)).toContain("answers.DF_ASSESSMENT_METHODS");
    expect((await must(ale.request(READ, { id: appId }))).data!.grantApplication.status).toBe("PAID");
  });

  it("Socialstyrelsen adds a question to next year's form; the core questions and their codes stay", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const ale = await t.as(DEMO.ale);
    const formId = (await must(ale.request(FORM, { id: appId }))).data!.developmentFundFollowUpForm.questionnaireId;
    const Q = `query($id: ID!) { questionnaire(id: $id) { titleSv titleEn year targetGroup deadline status coreCodes questions { section question { id code } } } }`;
    const before = (await must(sos.request(Q, { id: formId }))).data!.questionnaire;
    expect(before.status).toBe("DRAFT");
    expect(before.coreCodes).toContain("DF_COORDINATOR_PLACEMENT");
    const created = await must(
      sos.request(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id code } }`, {
        i: { code: "DF_DIGITAL_SUPPORT", type: "YES_NO_DONT_KNOW", textSv: "Har ni erbjudit digitalt stöd?", textEn: "Have you offered digital support?" },
      }),
    );
    const items = before.questions.map((x: { section: string | null; question: { id: string } }) => ({ questionId: x.question.id, section: x.section }));
    const save = (list: unknown[]) =>
      sos.request(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id } }`, {
        i: {
          id: formId,
          titleSv: before.titleSv,
          titleEn: before.titleEn,
          year: before.year,
          targetGroup: before.targetGroup,
          deadline: before.deadline,
          items: list,
        },
      });
    // Removing a core question is refused, and the form stays as it was.
    const removed = await save(items.slice(1));
    expect(errorCode(removed)).toBe("BAD_USER_INPUT");
    expect(removed.errors![0].message).toContain("DF_COORDINATOR_PLACEMENT");
    expect((await must(sos.request(Q, { id: formId }))).data!.questionnaire.questions).toEqual(before.questions);
    // Adding one (first, reordering the rest) is fine.
    await must(save([{ questionId: created.data!.createQuestion.id, section: "Övrigt" }, ...items]));
    const after = (await must(sos.request(Q, { id: formId }))).data!.questionnaire;
    expect(after.questions.map((x: { question: { code: string } }) => x.question.code)).toEqual([
      "DF_DIGITAL_SUPPORT",
      ...before.questions.map((x: { question: { code: string } }) => x.question.code),
    ]);
    expect(after.coreCodes).toEqual(before.coreCodes);
    // The form is answered through the follow-up, never sent out as a survey.
    expect(errorCode(await sos.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { id } }`, { id: formId }))).toBe("CONFLICT");

    // The kommun is asked the new question (not required) and its answer is kept.
    const q = await form(ale);
    expect(q.get("DF_DIGITAL_SUPPORT")).toMatchObject({ required: false, areaAmount: false });
    const input = await codedInput(ale, [granted, 0]);
    input.answers.push({ questionId: q.get("DF_DIGITAL_SUPPORT")!.question.id, choice: "YES" } as never);
    await must(ale.request(SUBMIT, { i: input }));
    const read = (await must(ale.request(READ, { id: appId }))).data!.grantApplication;
    expect(read.followUpAnswers.find((a: { code: string }) => a.code === "DF_DIGITAL_SUPPORT").value.choice).toBe("YES");
  });

  it("another organisation can neither read nor write the follow-up, and nothing changes", async () => {
    const ale = await t.as(DEMO.ale);
    const gbg = await t.as(DEMO.goteborg);
    const input = await codedInput(ale, [granted, 0]);
    for (const res of [await gbg.request(SUBMIT, { i: input }), await gbg.request(FORM, { id: appId }), await gbg.request(READ, { id: appId })])
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCode(res));
    expect((await must(ale.request(READ, { id: appId }))).data!.grantApplication).toMatchObject({ status: "PAID", followUpAnswers: [] });
    await must(ale.request(SUBMIT, { i: input }));
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCode(await gbg.request(READ, { id: appId })));
    const analys = await t.as(DEMO.vardanalys);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCode(await analys.request(SUBMIT, { i: input })));
  });

  it("a follow-up written before the form was coded stays readable and is counted from its details", async () => {
    const ale = await t.as(DEMO.ale);
    // Sent in through the older fields, then stored as it was before the form existed: details only.
    await must(
      ale.request(SUBMIT, {
        i: { applicationId: appId, usedAmount: granted, report: "Fritext från förr.", usedByCategory: [{ category: "SAMORDNING", amount: granted }] },
      }),
    );
    const m = t.app.db.manager;
    const [{ organisationId }] = await m.query(`SELECT organisationId FROM grant_application WHERE id = ?`, [Number(appId)]);
    await m.delete("QuestionnaireResponse", { organisationId });
    await m.insert("FundFollowUpDetails", {
      applicationId: Number(appId),
      usedByCategory: [{ category: "SAMORDNING", amount: granted }],
      coordinatorPlacement: "Enskild handläggare på IFO",
      targetGroups: ["Hedersrelaterat våld och förtryck", "Våldsutsatta män"],
      assessmentMethods: ["FREDA", "Checklista"],
    });
    const read = (await must(ale.request(READ, { id: appId }))).data!.grantApplication;
    expect(read.followUpReport).toBe("Fritext från förr.");
    expect(read.followUpAnswers).toEqual(
      expect.arrayContaining([
        { code: "DF_AREA_SAMVERKAN", value: { choice: null, choices: null, number: granted }, otherText: null, comment: null, older: true },
        {
          code: "DF_TARGET_GROUPS",
          value: { choice: null, choices: ["HEDERSRELATERAT", "OTHER"], number: null },
          otherText: "Våldsutsatta män",
          comment: null,
          older: true,
        },
      ]),
    );
    const older = await ale.request(`query($id: ID!) { grantApplication(id: $id) { fundFollowUp { coordinatorPlacement targetGroups assessmentMethods } } }`, {
      id: appId,
    });
    expect(older.data!.grantApplication.fundFollowUp).toEqual({
      coordinatorPlacement: "Enskild handläggare på IFO",
      targetGroups: ["Hedersrelaterat våld och förtryck", "Våldsutsatta män"],
      assessmentMethods: ["FREDA", "Checklista"],
    });
    const after = await tables();
    expect(after.reported).toBe(1);
    expect(count(after.assessmentMethods.rows, "FREDA")).toBe(1);
    expect(count(after.targetGroups.rows, "HEDERSRELATERAT")).toBe(1);
  });
});
