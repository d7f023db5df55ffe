import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;

describe("a development-fund round moves through its phases in order", () => {
  it("refuses to close the requisition window or redistribute before the allocation is published", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const open = (year: number, closesAt: Date) =>
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: { year, opensAt: new Date(closesAt.getTime() - 30 * DAY).toISOString(), closesAt: closesAt.toISOString(), followUpDueDate: `${year + 1}-05-31` },
      });
    const upcoming = (await open(2031, new Date(Date.now() + 30 * DAY))).data!.openDevelopmentFundRound.id;
    const closeEarly = await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: upcoming });
    expect(closeEarly.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", messageKey: "state.illegalTransition", from: "PREPARING", to: "CLOSED" });

    const past = (await open(2019, new Date(Date.now() - DAY))).data!.openDevelopmentFundRound.id;
    const redistribute = await sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: past });
    expect(redistribute.errors?.[0]?.extensions).toMatchObject({
      code: "CONFLICT",
      messageKey: "state.illegalTransition",
      from: "PREPARING",
      to: "REDISTRIBUTED",
    });

    // Once published, the window closes early and the redistribution follows.
    expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: upcoming })).errors).toBeUndefined();
    expect((await sos.request(`mutation($r: ID!) { closeRequisitionWindow(roundId: $r) { id } }`, { r: upcoming })).errors).toBeUndefined();
    const applied = await sos.request(`mutation($r: ID!) { redistributeDevelopmentFunds(roundId: $r, dryRun: false) { applied } }`, { r: upcoming });
    expect(applied.errors).toBeUndefined();
    expect(applied.data!.redistributeDevelopmentFunds.applied).toBe(true);
  });
});

describe("opening development-fund rounds at the same moment", () => {
  it("gives each of two rounds opened at once its own follow-up form with every core question, and the question bank keeps one of each", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const open = (year: number) =>
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id followUpQuestionnaireId } }`, {
        i: {
          year,
          opensAt: new Date(Date.now() + DAY).toISOString(),
          closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
          followUpDueDate: `${year + 1}-05-31`,
        },
      });
    const opened = await Promise.all([open(2034), open(2035)]);
    for (const r of opened) expect(r.errors).toBeUndefined();
    const forms = opened.map((r) => r.data!.openDevelopmentFundRound.followUpQuestionnaireId as string);
    expect(new Set(forms).size).toBe(2);
    const codes = await Promise.all(
      forms.map(async (id) => {
        const q = await sos.request(`query($id: ID!) { questionnaire(id: $id) { coreCodes questions { question { id code } } } }`, { id });
        expect(q.errors).toBeUndefined();
        const { coreCodes, questions } = q.data!.questionnaire as { coreCodes: string[]; questions: { question: { id: string; code: string } }[] };
        expect(questions.map((x) => x.question.code).sort()).toEqual([...coreCodes].sort());
        return questions.map((x) => `${x.question.code}:${x.question.id}`).sort();
      }),
    );
    // Both forms use the same bank questions: one row per core code.
    expect(codes[0]).toEqual(codes[1]);
  });
});
