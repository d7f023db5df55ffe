import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Questionnaire } from "../../server/dist/modules/questionnaires/questionnaire.entities";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

/** What is offered succeeds, what is not is refused with nothing changed: the questionnaire's states walked through the API. */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
const Q = `id status availableActions`;

async function draft(c: Client): Promise<string> {
  const bank = await c.request(`{ questionBank(search: "REGIONAL_STRATEGY") { items { id } } }`);
  const res = await c.request(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id } }`, {
    i: {
      titleSv: "Uppföljning",
      titleEn: "Follow-up",
      year: 2026,
      targetGroup: "LANSSTYRELSER",
      deadline: inDays(10),
      items: [{ questionId: bank.data!.questionBank.items[0].id }],
    },
  });
  return res.data!.saveQuestionnaire.id;
}

const actionsOf = async (c: Client, id: string) => (await c.request(`query($id: ID!) { questionnaire(id: $id) { ${Q} } }`, { id })).data?.questionnaire;

describe("what can be done with a questionnaire", () => {
  it("offers each state's actions to the owner only, and refuses the others with nothing changed", async () => {
    const owner = await t.as(DEMO.handlaggare);
    const analyst = await t.as(DEMO.vardanalys);
    const lst = await t.as(DEMO.lstO);
    const id = await draft(owner);
    expect(await actionsOf(owner, id)).toMatchObject({ status: "DRAFT", availableActions: ["EDIT", "SEND"] });
    for (const m of ["remindQuestionnaireRecipients", "closeQuestionnaire"]) {
      expect(errorCode(await owner.request(`mutation($id: ID!) { ${m}(id: $id) { id } }`, { id })), m).toBe("CONFLICT");
    }
    expect(errorCode(await owner.request(`query($q: ID!) { questionnaireResults(questionnaireId: $q) { countyCode } }`, { q: id }))).toBe("CONFLICT");
    expect(errorCode(await analyst.request(`query($id: ID!) { questionnaire(id: $id) { id } }`, { id }))).toBe("NOT_FOUND");

    await owner.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { id } }`, { id });
    expect(await actionsOf(owner, id)).toMatchObject({ status: "SENT", availableActions: ["REMIND", "CLOSE", "READ_RESULTS"] });
    expect((await actionsOf(analyst, id)).availableActions).toEqual(["READ_RESULTS"]);
    expect((await actionsOf(lst, id)).availableActions).toEqual([]);
    expect(errorCode(await owner.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { id } }`, { id }))).toBe("CONFLICT");
    expect(errorCode(await lst.request(`mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, { id }))).toBe("FORBIDDEN");
    expect((await actionsOf(owner, id)).status).toBe("SENT");

    await t.app.db.transaction((m) => m.update(Questionnaire, { id: Number(id) }, { deadline: inDays(-1) }));
    expect((await actionsOf(owner, id)).availableActions).toEqual(["CLOSE", "READ_RESULTS"]);
    expect(errorCode(await owner.request(`mutation($id: ID!) { remindQuestionnaireRecipients(id: $id) { id } }`, { id }))).toBe("CONFLICT");

    await owner.request(`mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, { id });
    expect(await actionsOf(owner, id)).toMatchObject({ status: "CLOSED", availableActions: ["READ_RESULTS"] });
    expect(errorCode(await owner.request(`mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, { id }))).toBe("CONFLICT");
  });

  it("offers the response's actions to its organisation while it may still answer", async () => {
    const owner = await t.as(DEMO.handlaggare);
    const lst = await t.as(DEMO.lstO);
    const id = await draft(owner);
    await owner.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { id } }`, { id });
    const opened = await lst.request(
      `mutation($q: ID!) { openQuestionnaireResponse(questionnaireId: $q) { id availableActions questionnaire { questions { question { id } } } } }`,
      { q: id },
    );
    const r = opened.data!.openQuestionnaireResponse;
    expect(r.availableActions).toEqual(["SAVE", "SUBMIT"]);
    const questionId = r.questionnaire.questions[0].question.id;
    await lst.request(`mutation($r: ID!, $a: [AnswerInput!]!) { saveQuestionnaireAnswers(responseId: $r, answers: $a) { id } }`, {
      r: r.id,
      a: [{ questionId, choice: "YES" }],
    });
    await lst.request(`mutation($r: ID!) { submitQuestionnaireResponse(responseId: $r) { id } }`, { r: r.id });
    const read = async (c: Client) =>
      (await c.request(`query($id: ID!) { questionnaireResponse(id: $id) { status availableActions } }`, { id: r.id })).data?.questionnaireResponse;
    expect(await read(lst)).toEqual({ status: "SUBMITTED", availableActions: ["SAVE"] });
    // The owner reads the response but answers nothing for the organisation.
    expect(await read(owner)).toEqual({ status: "SUBMITTED", availableActions: [] });
    await owner.request(`mutation($id: ID!) { closeQuestionnaire(id: $id) { id } }`, { id });
    expect(await read(lst)).toEqual({ status: "SUBMITTED", availableActions: [] });
  });
});
