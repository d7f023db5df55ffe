import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Questionnaire } from "../../server/dist/modules/questionnaires/questionnaire.entities";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { futureSessions } from "../trainings/fixtures";

/** Each test starts on a database of its own (a copy of the run's template). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

const DAY = 86_400_000;
const YEAR = new Date().getUTCFullYear();
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

const RESPONSE = `id status submittedAt availableActions updatedBy { email }
  answers { questionId otherText prefilled changedFromPrefill updatedBy { email }
    value { choice choices number text matrix { row column } }
    prefilledValue { choice choices number matrix { row column } } }
  questionnaire { id year status questions { position question { id code type } } }`;

async function must<T extends { errors?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

/** The ids of the bank's questions by code. */
async function bank(c: Client): Promise<Record<string, string>> {
  const res = await must(c.request(`{ questionBank(limit: 200) { items { id code } } }`));
  return Object.fromEntries(res.data!.questionBank.items.map((q: { id: string; code: string }) => [q.code, q.id]));
}

async function build(
  c: Client,
  options: { targetGroup?: string; codes?: string[]; deadline?: string; year?: number } = {},
): Promise<{ id: string; questionIds: Record<string, string> }> {
  const ids = await bank(c);
  const codes = options.codes ?? ["REGIONAL_STRATEGY", "CAMPAIGNS_COUNT"];
  const res = await must(
    c.request(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id status availableActions } }`, {
      i: {
        titleSv: "Uppföljning av länsstyrelsernas arbete",
        titleEn: "Follow-up of the county boards' work",
        year: options.year ?? YEAR,
        targetGroup: options.targetGroup ?? "LANSSTYRELSER",
        deadline: options.deadline ?? inDays(20),
        items: codes.map((code) => ({ questionId: ids[code] })),
      },
    }),
  );
  expect(res.data!.saveQuestionnaire).toMatchObject({ status: "DRAFT", availableActions: ["EDIT", "SEND"] });
  return { id: res.data!.saveQuestionnaire.id, questionIds: ids };
}

async function sent(options: Parameters<typeof build>[1] = {}, as: string = DEMO.handlaggare) {
  const c = await t.as(as);
  const built = await build(c, options);
  await must(c.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id: built.id }));
  return built;
}

async function open(c: Client, questionnaireId: string) {
  const res = await must(c.request(`mutation($q: ID!) { openQuestionnaireResponse(questionnaireId: $q) { ${RESPONSE} } }`, { q: questionnaireId }));
  return res.data!.openQuestionnaireResponse;
}

function save(c: Client, responseId: string, answers: Record<string, unknown>[]) {
  return c.request(`mutation($r: ID!, $a: [AnswerInput!]!) { saveQuestionnaireAnswers(responseId: $r, answers: $a) { ${RESPONSE} } }`, {
    r: responseId,
    a: answers,
  });
}

function submit(c: Client, responseId: string) {
  return c.request(`mutation($r: ID!) { submitQuestionnaireResponse(responseId: $r) { ${RESPONSE} } }`, { r: responseId });
}

async function rate(id: string, as: string = DEMO.handlaggare) {
  const c = await t.as(as);
  return (await must(c.request(`query($q: ID!) { questionnaireResponseRate(questionnaireId: $q) { recipients submitted share } }`, { q: id }))).data!
    .questionnaireResponseRate;
}

async function answerAndSubmit(as: string | Client, q: { id: string; questionIds: Record<string, string> }, strategy: string, campaigns: number) {
  const c = typeof as === "string" ? await t.as(as) : as;
  const r = await open(c, q.id);
  await must(
    save(c, r.id, [
      { questionId: q.questionIds.REGIONAL_STRATEGY, choice: strategy },
      { questionId: q.questionIds.CAMPAIGNS_COUNT, number: campaigns },
    ]),
  );
  await must(submit(c, r.id));
  return r.id as string;
}

describe("building and sending a questionnaire", () => {
  it("sends one response to every länsstyrelse, exactly the target group, and tells everyone there who may answer", async () => {
    const q = await sent();
    const sos = await t.as(DEMO.handlaggare);
    const recipients = await must(
      sos.request(`query($q: ID!) { questionnaireRecipients(questionnaireId: $q, limit: 50) { total items { status organisation { kind } } } }`, { q: q.id }),
    );
    expect(recipients.data!.questionnaireRecipients.total).toBe(21);
    expect(new Set(recipients.data!.questionnaireRecipients.items.map((r: { organisation: { kind: string } }) => r.organisation.kind))).toEqual(
      new Set(["LANSSTYRELSE"]),
    );
    expect(recipients.data!.questionnaireRecipients.items.every((r: { status: string }) => r.status === "DRAFT")).toBe(true);
    expect(await rate(q.id)).toEqual({ recipients: 21, submitted: 0, share: 0 });

    const lst = await t.as(DEMO.lstO);
    const mine = await must(lst.request(`{ myQuestionnaireResponses { total items { status questionnaire { id deadline } } } }`));
    expect(mine.data!.myQuestionnaireResponses.items).toContainEqual({ status: "DRAFT", questionnaire: { id: q.id, deadline: inDays(20) } });
    const notes = await must(lst.request(`{ notifications(limit: 5) { items { kind link } } }`));
    expect(notes.data!.notifications.items).toContainEqual({ kind: "questionnaire.sent", link: `/enkater/svar/${q.id}` });
    // A kommun was not asked.
    const ale = await t.as(DEMO.ale);
    expect((await must(ale.request(`{ myQuestionnaireResponses { total } }`))).data!.myQuestionnaireResponses.total).toBe(0);
  });

  it("sends to all 290 kommuner with one statement, and a kommun finds it among its questionnaires", async () => {
    const q = await sent({ targetGroup: "KOMMUNER" });
    expect(await rate(q.id)).toMatchObject({ recipients: 290, submitted: 0 });
    const ale = await t.as(DEMO.ale);
    expect((await must(ale.request(`{ myQuestionnaireResponses { total } }`))).data!.myQuestionnaireResponses.total).toBe(1);
  });

  it("refuses to send twice, to change a sent questionnaire, or to send without questions, and changes nothing", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const q = await sent();
    const again = await sos.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id: q.id });
    expect(errorCode(again)).toBe("CONFLICT");
    const edit = await sos.request(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id } }`, {
      i: { id: q.id, titleSv: "Ändrad", titleEn: "Changed", year: YEAR, targetGroup: "KOMMUNER", deadline: inDays(20), items: [] },
    });
    expect(errorCode(edit)).toBe("CONFLICT");
    expect(await rate(q.id)).toMatchObject({ recipients: 21 });

    const empty = await build(sos, { codes: [] });
    const res = await sos.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id: empty.id });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    const after = await must(sos.request(`query($id: ID!) { questionnaire(id: $id) { status title: titleSv } }`, { id: empty.id }));
    expect(after.data!.questionnaire.status).toBe("DRAFT");
  });

  it("another organisation's builder cannot send or see a draft", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const q = await build(sos);
    const lst = await t.as(DEMO.lstO);
    expect(errorCode(await lst.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id: q.id }))).toBe("NOT_FOUND");
    expect(errorCode(await lst.request(`query($id: ID!) { questionnaire(id: $id) { id } }`, { id: q.id }))).toBe("NOT_FOUND");
    expect((await must(sos.request(`query($id: ID!) { questionnaire(id: $id) { status } }`, { id: q.id }))).data!.questionnaire.status).toBe("DRAFT");
  });

  it("adds a question to the bank under a code of its own, and refuses the same code twice", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const input = {
      code: "NETWORK_KVINNOFRID",
      type: "SINGLE_CHOICE",
      textSv: "Hur ofta möts nätverket?",
      textEn: "How often does the network meet?",
      options: [
        { code: "MONTHLY", sv: "Varje månad", en: "Monthly" },
        { code: "QUARTERLY", sv: "Varje kvartal", en: "Quarterly" },
      ],
      allowsOther: true,
    };
    const created = await must(sos.request(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { code choices { code sv } } }`, { i: input }));
    expect(created.data!.createQuestion.choices.map((c: { code: string }) => c.code)).toEqual(["MONTHLY", "QUARTERLY", "OTHER"]);
    const twice = await sos.request(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { code } }`, { i: input });
    expect(errorCode(twice)).toBe("CONFLICT");
    const tooFew = await sos.request(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { code } }`, {
      i: { ...input, code: "ONE_CHOICE", options: [input.options[0]] },
    });
    expect(errorCode(tooFew)).toBe("BAD_USER_INPUT");
    expect(Object.keys(await bank(sos))).not.toContain("ONE_CHOICE");
  });
});

describe("answering", () => {
  it("saves a draft, submits once, and corrects the submitted answer before the deadline", async () => {
    const q = await sent();
    const lst = await t.as(DEMO.lstO);
    const r = await open(lst, q.id);
    expect(r.availableActions).toEqual(["SAVE", "SUBMIT"]);
    const draft = await must(save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "NO" }]));
    expect(draft.data!.saveQuestionnaireAnswers.status).toBe("DRAFT");
    await must(save(lst, r.id, [{ questionId: q.questionIds.CAMPAIGNS_COUNT, number: 3 }]));
    const submitted = await must(submit(lst, r.id));
    expect(submitted.data!.submitQuestionnaireResponse).toMatchObject({ status: "SUBMITTED", availableActions: ["SAVE"] });
    expect(errorCode(await submit(lst, r.id))).toBe("CONFLICT");

    const corrected = await must(save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]));
    const answers = corrected.data!.saveQuestionnaireAnswers.answers;
    expect(corrected.data!.saveQuestionnaireAnswers.status).toBe("SUBMITTED");
    expect(answers.find((a: { questionId: string }) => a.questionId === q.questionIds.REGIONAL_STRATEGY).value.choice).toBe("YES");
    expect(answers.find((a: { questionId: string }) => a.questionId === q.questionIds.CAMPAIGNS_COUNT).value.number).toBe(3);
    const owner = await t.as(DEMO.handlaggare);
    const notes = await must(owner.request(`{ notifications(limit: 5) { items { kind } } }`));
    expect(notes.data!.notifications.items).toContainEqual({ kind: "questionnaire.submitted" });
  });

  it("refuses every change after the deadline and after closing, with nothing changed", async () => {
    // Last year: the demo county's own log of this year would pre-fill the campaigns question.
    const q = await sent({ year: YEAR - 1 });
    const lst = await t.as(DEMO.lstO);
    const r = await open(lst, q.id);
    await must(save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "NO" }]));
    await t.app.db.transaction((m) => m.update(Questionnaire, { id: Number(q.id) }, { deadline: inDays(-1) }));

    const late = await save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]);
    expect(errorCode(late)).toBe("CONFLICT");
    expect(errorCode(await submit(lst, r.id))).toBe("CONFLICT");
    const read = await must(lst.request(`query($id: ID!) { questionnaireResponse(id: $id) { ${RESPONSE} } }`, { id: r.id }));
    expect(read.data!.questionnaireResponse).toMatchObject({ status: "DRAFT", availableActions: [] });
    expect(read.data!.questionnaireResponse.answers).toHaveLength(1);
    expect(read.data!.questionnaireResponse.answers[0].value.choice).toBe("NO");

    await t.app.db.transaction((m) => m.update(Questionnaire, { id: Number(q.id) }, { deadline: inDays(5) }));
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(`mutation($id: ID!) { closeQuestionnaire(id: $id) { status } }`, { id: q.id }));
    const closed = await save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]);
    expect(errorCode(closed)).toBe("CONFLICT");
    const after = await must(lst.request(`query($id: ID!) { questionnaireResponse(id: $id) { answers { value { choice } } } }`, { id: r.id }));
    expect(after.data!.questionnaireResponse.answers[0].value.choice).toBe("NO");
  });

  it("refuses to submit with questions unanswered, or an answer that does not fit its question, and changes nothing", async () => {
    // Last year: the demo county's own log of this year would pre-fill the campaigns question.
    const q = await sent({ year: YEAR - 1 });
    const lst = await t.as(DEMO.lstO);
    const r = await open(lst, q.id);
    await must(save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "DONT_KNOW" }]));
    const incomplete = await submit(lst, r.id);
    expect(errorCode(incomplete)).toBe("BAD_USER_INPUT");
    const wrong = await save(lst, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "MAYBE" }]);
    expect(errorCode(wrong)).toBe("BAD_USER_INPUT");
    const negative = await save(lst, r.id, [{ questionId: q.questionIds.CAMPAIGNS_COUNT, number: -1 }]);
    expect(errorCode(negative)).toBe("BAD_USER_INPUT");
    const read = await must(lst.request(`query($id: ID!) { questionnaireResponse(id: $id) { status answers { value { choice number } } } }`, { id: r.id }));
    expect(read.data!.questionnaireResponse).toEqual({ status: "DRAFT", answers: [{ value: { choice: "DONT_KNOW", number: null } }] });
  });

  it("lets two people of one organisation work on its one response, recording who changed each answer last", async () => {
    const q = await sent();
    const first = await t.as(DEMO.lstO);
    const second = await newUser(t, "L14", "LANSSTYRELSE_UTVECKLINGSLEDARE");
    const r1 = await open(first, q.id);
    const r2 = await open(second, q.id);
    expect(r2.id).toBe(r1.id);
    await must(save(first, r1.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]));
    const res = await must(save(second, r1.id, [{ questionId: q.questionIds.CAMPAIGNS_COUNT, number: 7 }]));
    const answers = res.data!.saveQuestionnaireAnswers.answers as { questionId: string; updatedBy: { email: string } }[];
    expect(answers.find((a) => a.questionId === q.questionIds.REGIONAL_STRATEGY)!.updatedBy.email).toBe(DEMO.lstO);
    expect(answers.find((a) => a.questionId === q.questionIds.CAMPAIGNS_COUNT)!.updatedBy.email).not.toBe(DEMO.lstO);
    await must(submit(second, r1.id));
    expect(await rate(q.id)).toMatchObject({ submitted: 1 });
  });
});

describe("pre-filling from the platform's data", () => {
  it("fills what the networks and trainings know, marked pre-filled, and keeps the mark when the respondent confirms or changes it", async () => {
    const lst = await t.as(DEMO.lstO);
    // A meeting of Länsstyrelsen Västra Götaland's network on violence in close relationships, held this year, recorded afterwards.
    const networks = await must(lst.request(`{ networks(convenedByMe: true) { items { id topic } } }`));
    const network = networks.data!.networks.items.find((n: { topic: string }) => n.topic === "VALD_I_NARA_RELATIONER");
    const held = new Date(Math.max(Date.now() - 2 * DAY, Date.UTC(YEAR, 0, 1, 9)));
    await must(
      lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { status } }`, {
        i: {
          networkId: network.id,
          title: "Nätverksträff",
          startsAt: held.toISOString(),
          endsAt: new Date(held.getTime() + 3_600_000).toISOString(),
          location: "Göteborg",
          invite: false,
        },
      }),
    );
    // A training published for a day soon; the questionnaire is for the year it is held in.
    const sessions = futureSessions(1, 1);
    const trainingYear = new Date(sessions[0].startsAt).getUTCFullYear();
    const event = await must(
      lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
        i: {
          type: "FREDA",
          title: "FREDA-utbildning",
          description: "En dag.",
          national: false,
          location: "Göteborg",
          capacity: 20,
          registrationDeadline: new Date(Date.now() + 3_600_000).toISOString(),
          sessions,
        },
      }),
    );
    await must(lst.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { status } }`, { id: event.data!.saveTrainingEvent.id }));

    const codes = ["NETWORKS_PER_TOPIC", "TRAINING_TYPES_HELD", "TRAININGS_HELD_COUNT", "COURSE_LEADER_IN_COUNTY", "REGIONAL_STRATEGY"];
    const q = await sent({ codes, year: YEAR });
    const r = await open(lst, q.id);
    const answer = (code: string, rows = r.answers) => rows.find((a: { questionId: string }) => a.questionId === q.questionIds[code]);
    const networksAnswer = answer("NETWORKS_PER_TOPIC");
    expect(networksAnswer.prefilled).toBe(true);
    expect(networksAnswer.value.matrix).toContainEqual({ row: "VALD_I_NARA_RELATIONER", column: "YES" });
    expect(networksAnswer.value.matrix).toContainEqual({ row: "HEDERSRELATERAT_VALD", column: "NO" });
    expect(answer("COURSE_LEADER_IN_COUNTY")).toMatchObject({ prefilled: true, value: { choice: "NO" } });
    if (trainingYear === YEAR) {
      expect(answer("TRAINING_TYPES_HELD")).toMatchObject({ prefilled: true, value: { choices: ["FREDA"] } });
      expect(answer("TRAININGS_HELD_COUNT")).toMatchObject({ prefilled: true, value: { number: 1 } });
    }
    // What the platform does not know is left to the respondent.
    expect(answer("REGIONAL_STRATEGY")).toBeUndefined();

    const changed = await must(save(lst, r.id, [{ questionId: q.questionIds.COURSE_LEADER_IN_COUNTY, choice: "YES" }]));
    const after = changed.data!.saveQuestionnaireAnswers.answers;
    expect(answer("COURSE_LEADER_IN_COUNTY", after)).toMatchObject({ prefilled: true, changedFromPrefill: true, prefilledValue: { choice: "NO" } });
    expect(answer("NETWORKS_PER_TOPIC", after)).toMatchObject({ prefilled: true, changedFromPrefill: false, updatedBy: null });
    // Opening again fills nothing over what the respondent wrote.
    const reopened = await open(lst, q.id);
    expect(answer("COURSE_LEADER_IN_COUNTY", reopened.answers).value.choice).toBe("YES");
  });
});

describe("pre-filling from the county's own work", () => {
  it("counts the kommunbesök and campaigns the county board logged for the year, and answers yes to an adopted strategy", async () => {
    const lst = await t.as(DEMO.lstO);
    const year = YEAR - 3;
    const kommuner = await must(lst.request(`query($s: String) { organisations(search: $s, limit: 5) { items { id code } } }`, { s: "Ale" }));
    const ale = kommuner.data!.organisations.items.find((o: { code: string }) => o.code === "1440").id;
    const visit = (date: string) => ({ kommunId: ale, date, topics: ["VALD_I_NARA_RELATIONER"], participants: "Socialchef" });
    for (const date of [`${year}-03-01`, `${year}-09-15`, `${year + 1}-01-10`]) {
      await must(lst.request(`mutation($i: MunicipalityVisitInput!) { saveMunicipalityVisit(input: $i) { id } }`, { i: visit(date) }));
    }
    await must(
      lst.request(`mutation($i: CampaignInput!) { saveCampaign(input: $i) { id } }`, {
        i: {
          title: "Kampanj",
          scope: "NATIONAL",
          topic: "VALD_I_NARA_RELATIONER",
          channels: ["PRESS"],
          periodStart: `${year}-11-01`,
          periodEnd: `${year}-11-30`,
        },
      }),
    );
    const strategy = await must(
      lst.request(`mutation($i: RegionalStrategyInput!) { saveRegionalStrategy(input: $i) { id } }`, {
        i: { kind: "STRATEGY", year, title: "Regional strategi", linkedToGenderMainstreaming: true },
      }),
    );
    const id = strategy.data!.saveRegionalStrategy.id;
    const change = `mutation($i: StrategyStatusInput!) { changeRegionalStrategyStatus(input: $i) { status } }`;
    await must(lst.request(change, { i: { id, status: "STARTED" } }));
    await must(lst.request(change, { i: { id, status: "ADOPTED", adoptedOn: `${year}-06-01` } }));

    const q = await sent({ codes: ["KOMMUNBESOK_COUNT", "CAMPAIGNS_COUNT", "REGIONAL_STRATEGY"], year });
    const r = await open(lst, q.id);
    const answer = (code: string) => r.answers.find((a: { questionId: string }) => a.questionId === q.questionIds[code]);
    expect(answer("KOMMUNBESOK_COUNT")).toMatchObject({ prefilled: true, value: { number: 2 } });
    expect(answer("CAMPAIGNS_COUNT")).toMatchObject({ prefilled: true, value: { number: 1 } });
    expect(answer("REGIONAL_STRATEGY")).toMatchObject({ prefilled: true, value: { choice: "YES" } });
    // Another county board's log is not its own, and nothing logged is no answer: Stockholm's answers start empty.
    const other = await open(await t.as(DEMO.lstAB), q.id);
    expect(other.answers).toEqual([]);
  });
});

describe("response rate and results", () => {
  it("counts shares per choice, sums and means, nationally and per county, with the number who answered", async () => {
    const q = await sent();
    await answerAndSubmit(DEMO.lstO, q, "YES", 4);
    await answerAndSubmit(DEMO.lstAB, q, "NO", 2);
    const draftOnly = await newUser(t, "L03", "LANSSTYRELSE_UTVECKLINGSLEDARE");
    const r = await open(draftOnly, q.id);
    await must(save(draftOnly, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]));

    expect(await rate(q.id)).toEqual({ recipients: 21, submitted: 2, share: 2 / 21 });
    const sos = await t.as(DEMO.handlaggare);
    const query = `query($q: ID!, $c: String) { questionnaireResults(questionnaireId: $q, countyCode: $c) {
      countyCode responseRate { recipients submitted share } byCounty { countyCode recipients submitted }
      questions { answered sum mean question { code } choices { code count share } chart } } }`;
    const national = (await must(sos.request(query, { q: q.id }))).data!.questionnaireResults;
    expect(national.responseRate).toEqual({ recipients: 21, submitted: 2, share: 2 / 21 });
    expect(national.byCounty).toHaveLength(21);
    expect(national.byCounty).toContainEqual({ countyCode: "14", recipients: 1, submitted: 1 });
    const strategy = national.questions.find((x: { question: { code: string } }) => x.question.code === "REGIONAL_STRATEGY");
    expect(strategy.answered).toBe(2);
    expect(strategy.choices).toEqual([
      { code: "YES", count: 1, share: 0.5 },
      { code: "NO", count: 1, share: 0.5 },
      { code: "DONT_KNOW", count: 0, share: 0 },
    ]);
    expect(strategy.chart).toMatchObject({
      mark: { type: "bar" },
      data: { values: expect.arrayContaining([{ category: "Ja", series: expect.any(String), value: 50 }]) },
    });
    const campaigns = national.questions.find((x: { question: { code: string } }) => x.question.code === "CAMPAIGNS_COUNT");
    expect(campaigns).toMatchObject({ answered: 2, sum: 6, mean: 3, chart: null });

    const county = (await must(sos.request(query, { q: q.id, c: "14" }))).data!.questionnaireResults;
    expect(county.responseRate).toEqual({ recipients: 1, submitted: 1, share: 1 });
    const inCounty = county.questions.find((x: { question: { code: string } }) => x.question.code === "REGIONAL_STRATEGY");
    expect(inCounty.answered).toBe(1);
    expect(inCounty.choices[0]).toEqual({ code: "YES", count: 1, share: 1 });
  });

  it("reminds only the organisations that have not submitted", async () => {
    const q = await sent();
    await answerAndSubmit(DEMO.lstO, q, "YES", 1);
    const sos = await t.as(DEMO.handlaggare);
    const res = await must(sos.request(`mutation($id: ID!) { remindQuestionnaireRecipients(id: $id) { remindedAt availableActions } }`, { id: q.id }));
    expect(res.data!.remindQuestionnaireRecipients.remindedAt).not.toBeNull();
    const kinds = async (email: string) =>
      (await must((await t.as(email)).request(`{ notifications(limit: 10) { items { kind } } }`))).data!.notifications.items.map(
        (n: { kind: string }) => n.kind,
      );
    expect(await kinds(DEMO.lstAB)).toContain("questionnaire.reminder");
    expect(await kinds(DEMO.lstO)).not.toContain("questionnaire.reminder");
  });

  it("sends the automatic reminder once, a few days before the deadline", async () => {
    const q = await sent({ deadline: inDays(2) });
    const far = await sent({ deadline: inDays(20) });
    expect(await t.app.services.questionnaires.sendDueReminders()).toBe(1);
    expect(await t.app.services.questionnaires.sendDueReminders()).toBe(0);
    const rows = await t.app.db.manager.findBy(Questionnaire, {});
    expect(rows.find((r) => r.id === Number(q.id))!.autoReminderSentAt).not.toBeNull();
    expect(rows.find((r) => r.id === Number(far.id))!.autoReminderSentAt).toBeNull();
  });

  it("exports the results nationally and per county as CSV and XLSX to those who read them, and to no respondent", async () => {
    const q = await sent();
    await answerAndSubmit(DEMO.lstO, q, "YES", 4);
    const sos = await t.as(DEMO.handlaggare);
    const csv = await fetch(`${t.baseUrl}/api/questionnaires/${q.id}/results.csv`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("Område,Svarande,Mottagare,Frågekod");
    expect(text).toContain("Hela landet,1,21,REGIONAL_STRATEGY");
    expect(text).toMatch(/Västra Götalands län,1,1,REGIONAL_STRATEGY,[^\n]*,Ja,1,100,/);
    expect(text).toMatch(/Hela landet,1,21,CAMPAIGNS_COUNT,[^\n]*,,,,,4,4,1/);
    const xlsx = await fetch(`${t.baseUrl}/api/questionnaires/${q.id}/results.xlsx`, { headers: { authorization: `Bearer ${sos.token}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    expect((await xlsx.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    const lst = await t.as(DEMO.lstO);
    const refused = await fetch(`${t.baseUrl}/api/questionnaires/${q.id}/results.csv`, { headers: { authorization: `Bearer ${lst.token}` } });
    expect(refused.status).toBe(403);
  });
});

describe("a question written as a formula", () => {
  it("is exported as text, never as a formula", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const created = await must(
      sos.request(`mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }`, {
        i: {
          code: "HOSTILE_TEXT",
          type: "SINGLE_CHOICE",
          textSv: '=HYPERLINK("http://example.com","Klicka")',
          textEn: "+SUM(1,2)",
          options: [
            { code: "AA", sv: "@A", en: "A" },
            { code: "BB", sv: "-B", en: "B" },
          ],
        },
      }),
    );
    const q = await sent({ codes: ["HOSTILE_TEXT"] });
    const lst = await t.as(DEMO.lstO);
    const r = await open(lst, q.id);
    await must(save(lst, r.id, [{ questionId: created.data!.createQuestion.id, choice: "AA" }]));
    await must(submit(lst, r.id));
    const csv = await fetch(`${t.baseUrl}/api/questionnaires/${q.id}/results.csv`, { headers: { authorization: `Bearer ${sos.token}` } });
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://example.com"",""Klicka"")"`);
    expect(text).toContain(",'@A,");
    expect(text).toContain(",'-B,");
    expect(text).not.toMatch(/,=HYPERLINK|,@A,|,-B,/);
  });
});

describe("who sees what", () => {
  it("another organisation can neither read nor change a response, and a respondent cannot read the results", async () => {
    const q = await sent({ targetGroup: "KOMMUNER" });
    const ale = await t.as(DEMO.ale);
    const r = await open(ale, q.id);
    await must(save(ale, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "YES" }]));
    const gbg = await t.as(DEMO.goteborg);
    expect(errorCode(await gbg.request(`query($id: ID!) { questionnaireResponse(id: $id) { id } }`, { id: r.id }))).toBe("NOT_FOUND");
    expect(errorCode(await save(gbg, r.id, [{ questionId: q.questionIds.REGIONAL_STRATEGY, choice: "NO" }]))).toBe("NOT_FOUND");
    expect(errorCode(await submit(gbg, r.id))).toBe("NOT_FOUND");
    expect(errorCode(await ale.request(`query($q: ID!) { questionnaireResults(questionnaireId: $q) { countyCode } }`, { q: q.id }))).toBe("FORBIDDEN");
    const mine = await must(ale.request(`query($id: ID!) { questionnaireResponse(id: $id) { status answers { value { choice } } } }`, { id: r.id }));
    expect(mine.data!.questionnaireResponse).toEqual({ status: "DRAFT", answers: [{ value: { choice: "YES" } }] });
  });

  it("the owner reads an organisation's answers; Vårdanalys and a länsstyrelse that does not own it read the results but no answers", async () => {
    const q = await sent({}, DEMO.lstAB);
    const lstO = await t.as(DEMO.lstO);
    const responseId = await answerAndSubmit(lstO, q, "YES", 5);
    const owner = await t.as(DEMO.lstAB);
    const read = await must(
      owner.request(`query($id: ID!) { questionnaireResponse(id: $id) { organisation { code } answers { value { choice number } } } }`, { id: responseId }),
    );
    expect(read.data!.questionnaireResponse.organisation.code).toBe("L14");
    expect(read.data!.questionnaireResponse.answers).toHaveLength(2);
    const analyst = await t.as(DEMO.vardanalys);
    expect(errorCode(await analyst.request(`query($id: ID!) { questionnaireResponse(id: $id) { id } }`, { id: responseId }))).toBe("FORBIDDEN");
    const results = await must(analyst.request(`query($q: ID!) { questionnaireResults(questionnaireId: $q) { responseRate { submitted } } }`, { q: q.id }));
    expect(results.data!.questionnaireResults.responseRate.submitted).toBe(1);
    const sos = await t.as(DEMO.handlaggare);
    expect(errorCode(await sos.request(`query($id: ID!) { questionnaireResponse(id: $id) { id } }`, { id: responseId }))).toBe("NOT_FOUND");
    // A länsstyrelse that was asked sees the questionnaire, but not its results.
    expect(errorCode(await lstO.request(`query($q: ID!) { questionnaireResults(questionnaireId: $q) { countyCode } }`, { q: q.id }))).toBe("FORBIDDEN");
    const asked = await must(lstO.request(`query($q: ID!) { questionnaire(id: $q) { responseRate { submitted } myResponse { status } } }`, { q: q.id }));
    expect(asked.data!.questionnaire).toEqual({ responseRate: null, myResponse: { status: "SUBMITTED" } });
  });
});

describe("lists cost no statement per row", () => {
  it("the questionnaires and the recipients cost the same number of SQL statements for a short and a long page", async () => {
    const sos = await t.as(DEMO.handlaggare);
    for (let i = 0; i < 4; i++) await sent({ targetGroup: i % 2 ? "REGIONER" : "LANSSTYRELSER" });
    const count = (r: { headers: Headers }) => Number(r.headers.get("x-sql-statements"));
    const list = `query($l: Int!) { questionnaires(limit: $l) { items { id owner { name } availableActions responseRate { recipients submitted } questions { question { code choices { code } } } } } }`;
    const small = await must(sos.request(list, { l: 1 }));
    const large = await must(sos.request(list, { l: 4 }));
    expect(large.data!.questionnaires.items).toHaveLength(4);
    expect(count(large)).toBe(count(small));

    const first = (large.data!.questionnaires.items as { id: string; responseRate: { recipients: number } }[]).find((x) => x.responseRate.recipients === 21)!;
    const recipients = `query($q: ID!, $l: Int!) { questionnaireRecipients(questionnaireId: $q, limit: $l) { items { status organisation { name county { name } } availableActions answers { questionId } questionnaire { id } } } }`;
    const few = await must(sos.request(recipients, { q: first.id, l: 2 }));
    const many = await must(sos.request(recipients, { q: first.id, l: 20 }));
    expect(many.data!.questionnaireRecipients.items).toHaveLength(20);
    expect(count(many)).toBe(count(few));

    const lst = await t.as(DEMO.lstO);
    const mine = `query($l: Int!) { myQuestionnaireResponses(limit: $l) { items { status availableActions answers { questionId } questionnaire { id owner { name } questions { question { code } } myResponse { id } } } } }`;
    const one = await must(lst.request(mine, { l: 1 }));
    const both = await must(lst.request(mine, { l: 2 }));
    expect(both.data!.myQuestionnaireResponses.items).toHaveLength(2);
    expect(count(both)).toBe(count(one));
  });
});
