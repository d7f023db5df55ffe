import { afterEach, describe, expect, it } from "vitest";
import { stockholmDate } from "../../server/dist/shared/dates";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

/** Funds used over more than one year: each test opens a round of its own on a database of its own and pays Ale's requisition. */
let t: TestApp;
afterEach(() => t?.close());
const DAY = 86_400_000;

async function must<T extends { errors?: unknown; data?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

const OPEN = `mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id year usableUntil followUpDueDate } }`;
const READ = `query($id: ID!) { grantApplication(id: $id) {
  status usedAmount repaymentAmount followUpReview availableActions usedSoFar
  partialReports { year dueDate usedAmount report submittedAt } } }`;
const PARTIAL = `mutation($id: ID!, $i: PartialReportInput!) { submitPartialReport(id: $id, input: $i) { id status } }`;
const FINAL = `mutation($i: DevelopmentFundFollowUpInput!) { submitDevelopmentFundFollowUp(input: $i) { status usedAmount repaymentAmount followUpReview } }`;
const FORM = `query($id: ID!) { developmentFundFollowUpForm(applicationId: $id) { questions { required areaAmount question { id code } } } }`;
const AUDIT = `query($e: String) { auditLog(entityType: "GrantApplication", entityId: $e, limit: 1) { total } }`;

function roundInput(year: number, usableUntil: string | null, followUpDueDate: string) {
  return {
    year,
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    followUpDueDate,
    usableUntil,
  };
}

/** A round of `year` usable until `usableUntil`, with Ale's whole allotment requisitioned and paid. */
async function paidRequisition(year: number, usableUntil: string, followUpDueDate: string) {
  t = await startTestApp();
  const sos = await t.as(DEMO.handlaggare);
  const round = (await must(sos.request(OPEN, { i: roundInput(year, usableUntil, followUpDueDate) }))).data!.openDevelopmentFundRound;
  await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: round.id }));
  const ale = await t.as(DEMO.ale);
  const amount = (await must(ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: round.id }))).data!.myAllotment.allotment
    .amount as number;
  const made = await must(
    ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id grantedAmount } }`, {
      i: {
        roundId: round.id,
        amount,
        plannedUse: [{ category: "SAMORDNING", amount }],
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
      },
    }),
  );
  const appId = made.data!.requisitionDevelopmentFunds.id as string;
  await must(
    sos.request(`mutation($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, { r: round.id, ids: [appId] }),
  );
  return { roundId: round.id as string, appId, granted: made.data!.requisitionDevelopmentFunds.grantedAmount as number, sos, ale };
}

const finalReport = (appId: string, used: number) => ({
  applicationId: appId,
  usedAmount: used,
  report: "Samordnaren har byggt upp en rutin med skolan under hela perioden.",
  usedByCategory: [{ category: "SAMORDNING", amount: used }],
  targetGroups: [],
  assessmentMethods: [],
});

/** A year's partial report on the round's follow-up form: the core answers and the year's amount on two areas. */
async function partial(c: Client, appId: string, year: number, usedAmount: number, report: string) {
  const form = (await must(c.request(FORM, { id: appId }))).data!.developmentFundFollowUpForm.questions as { question: { id: string; code: string } }[];
  const id = (code: string) => form.find((q) => q.question.code === code)!.question.id;
  const half = Math.floor(usedAmount / 2);
  return {
    year,
    usedAmount,
    report,
    answers: [
      { questionId: id("DF_COORDINATOR_PLACEMENT"), choice: "SOCIALTJANST_ENHET", comment: "På IFO." },
      { questionId: id("DF_COORDINATOR_FUNDED"), choice: "YES" },
      { questionId: id("DF_TARGET_GROUPS"), choices: ["HEDERSRELATERAT"] },
      { questionId: id("DF_ASSESSMENT_METHODS"), choices: ["FREDA"] },
      { questionId: id("DF_AREA_SAMVERKAN"), number: half },
      { questionId: id("DF_AREA_BARN"), number: usedAmount - half },
    ],
  };
}

async function auditTotal(c: Client, appId: string) {
  return (await must(c.request(AUDIT, { e: appId }))).data!.auditLog.total as number;
}

describe("a round whose funds may be used over more than one year", () => {
  it("refuses a last day of use within the round's year, beyond three years, or after the final report, and opens no round", async () => {
    t = await startTestApp();
    const sos = await t.as(DEMO.handlaggare);
    const rounds = async () => (await must(sos.request(`{ developmentFundRounds { year } }`))).data!.developmentFundRounds.length as number;
    const before = await rounds();
    const within = await sos.request(OPEN, { i: roundInput(2030, "2030-12-31", "2031-03-31") });
    expect(errorCode(within)).toBe("BAD_USER_INPUT");
    expect(within.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: "usableUntil", message: expect.stringContaining("efter årets slut (2030-12-31)") }),
    ]);
    const tooLate = await sos.request(OPEN, { i: roundInput(2030, "2034-01-01", "2034-03-31") });
    expect(tooLate.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "usableUntil", message: expect.stringContaining("2033-12-31") })]);
    const earlyReport = await sos.request(OPEN, { i: roundInput(2030, "2031-12-31", "2031-03-31") });
    expect(earlyReport.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: "followUpDueDate", message: expect.stringContaining("efter 2031-12-31") }),
    ]);
    expect(await rounds()).toBe(before);

    const opened = (await must(sos.request(OPEN, { i: roundInput(2030, "2031-12-31", "2032-03-31") }))).data!.openDevelopmentFundRound;
    expect(opened).toMatchObject({ year: 2030, usableUntil: "2031-12-31", followUpDueDate: "2032-03-31" });
    const pots = (
      await must(sos.request(`query($id: ID!) { developmentFundRound(id: $id) { kommunPot { usableUntil } ngoPot { usableUntil } } }`, { id: opened.id }))
    ).data!.developmentFundRound;
    expect(pots).toEqual({ kommunPot: { usableUntil: "2031-12-31" }, ngoPot: { usableUntil: "2031-12-31" } });
  });

  it("a stimulus call may run over more than one year too, with the same refusal of a bad last day and no call created", async () => {
    t = await startTestApp();
    const sos = await t.as(DEMO.handlaggare);
    const CREATE = `mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id usableUntil } }`;
    const call = (usableUntil: string) => ({
      i: {
        year: 2030,
        title: "Stimulansmedel över två år",
        budget: 1_000_000,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2032-03-31",
        usableUntil,
      },
    });
    const calls = async () => (await must(sos.request(`{ grantCalls { id } }`))).data!.grantCalls.length as number;
    const before = await calls();
    const refused = await sos.request(CREATE, call("2030-06-30"));
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "usableUntil" })]);
    expect(await calls()).toBe(before);
    expect((await must(sos.request(CREATE, call("2031-12-31")))).data!.createGrantCall.usableUntil).toBe("2031-12-31");
  });

  it("takes a partial report per year while the funds are in use, shows it due in the work queue, and leaves the repayment to the final report", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, granted, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    const start = (await must(ale.request(READ, { id: appId }))).data!.grantApplication;
    expect(start.partialReports).toEqual([{ year: thisYear - 1, dueDate: `${thisYear}-02-28`, usedAmount: null, report: null, submittedAt: null }]);
    expect(start.availableActions).toContain("SUBMIT_PARTIAL_REPORT");
    expect(start.availableActions).not.toContain("SUBMIT_FOLLOW_UP");

    // The overdue partial report is on Ale's start page.
    const queue = (await must(ale.request(`{ workQueue { groups { kind total items { detail deadline } } } }`))).data!.workQueue.groups.find(
      (g: { kind: string }) => g.kind === "PARTIAL_REPORT_DUE",
    );
    expect(queue).toMatchObject({ total: 1, items: [{ deadline: `${thisYear}-02-28`, detail: expect.stringContaining(String(thisYear - 1)) }] });

    // The final report, which settles the repayment, waits until the period has ended; nothing changes.
    const audits = await auditTotal(sos, appId);
    const early = await ale.request(FINAL, { i: finalReport(appId, 1000) });
    expect(errorCode(early)).toBe("CONFLICT");
    expect(early.errors![0].message).toContain(`${thisYear}-12-31`);
    expect((await must(ale.request(READ, { id: appId }))).data!.grantApplication).toMatchObject({ status: "PAID", usedAmount: null, repaymentAmount: null });
    expect(await auditTotal(sos, appId)).toBe(audits);

    const used = Math.floor(granted / 3);
    expect(
      (await must(ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 1, used, "Första året: utbildning av personal.") }))).data!
        .submitPartialReport.status,
    ).toBe("PAID");
    const after = (await must(sos.request(READ, { id: appId }))).data!.grantApplication;
    expect(after).toMatchObject({ status: "PAID", usedSoFar: used, repaymentAmount: null, followUpReview: null, usedAmount: null });
    expect(after.partialReports[0]).toMatchObject({ year: thisYear - 1, usedAmount: used, report: "Första året: utbildning av personal." });
    expect(await auditTotal(sos, appId)).toBe(audits + 1);
    const note = (await must(sos.request(`{ notifications(limit: 1) { items { title body } } }`))).data!.notifications.items[0];
    expect(note.title).toContain("Delrapport inkommen");
    // Filed, the partial report leaves the work queue.
    const groups = (await must(ale.request(`{ workQueue { groups { kind } } }`))).data!.workQueue.groups.map((g: { kind: string }) => g.kind);
    expect(groups).not.toContain("PARTIAL_REPORT_DUE");

    // The national tables count nothing as used or repaid yet, and show what was used so far.
    const stats = (
      await must(
        sos.request(
          `query($y: Int!) { fundingStatistics(year: $y) { usableUntil byRecipientKind { kind used repaid usedSoFar } kommunUsage { awaitingReport inPeriod repaidEverything } kommuner { organisation { name } status used usedSoFar } } }`,
          { y: thisYear - 1 },
        ),
      )
    ).data!.fundingStatistics;
    expect(stats.usableUntil).toBe(`${thisYear}-12-31`);
    expect(stats.byRecipientKind.find((k: { kind: string }) => k.kind === "KOMMUN")).toEqual({ kind: "KOMMUN", used: 0, repaid: 0, usedSoFar: used });
    expect(stats.kommunUsage).toMatchObject({ awaitingReport: 1, inPeriod: 1, repaidEverything: 0 });
    expect(stats.kommuner.find((k: { organisation: { name: string } }) => k.organisation.name.startsWith("Ale"))).toMatchObject({
      status: "AWAITING_REPORT",
      used: null,
      usedSoFar: used,
    });
  });

  it("refuses a partial report for a year outside the period, or one that would report more than was granted, with nothing changed", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, granted, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    const audits = await auditTotal(sos, appId);
    // The last year is the final report's.
    const lastYear = await ale.request(PARTIAL, { id: appId, i: { year: thisYear, usedAmount: 10, report: "Sista året." } });
    expect(errorCode(lastYear)).toBe("BAD_USER_INPUT");
    const tooMuch = await ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 1, granted + 1, "För mycket.") });
    expect(errorCode(tooMuch)).toBe("BAD_USER_INPUT");
    // Only the recipient files it.
    const other = await (await t.as(DEMO.goteborg)).request(PARTIAL, { id: appId, i: { year: thisYear - 1, usedAmount: 10, report: "Inte vår." } });
    expect(errorCode(other)).toBe("NOT_FOUND");
    const now = (await must(sos.request(READ, { id: appId }))).data!.grantApplication;
    expect(now.partialReports[0]).toMatchObject({ usedAmount: null, submittedAt: null });
    expect(now.usedSoFar).toBe(0);
    expect(await auditTotal(sos, appId)).toBe(audits);
  });

  it("computes the repayment once, from the final report over the whole period, which the review then approves", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    // Funds of two years ago, usable until the end of last year: the period has ended.
    const { appId, granted, sos, ale } = await paidRequisition(thisYear - 2, `${thisYear - 1}-12-31`, `${thisYear}-03-31`);
    const firstYear = Math.floor(granted / 2);
    await must(ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 2, firstYear, "Första året.") }));
    expect((await must(ale.request(READ, { id: appId }))).data!.grantApplication).toMatchObject({ status: "PAID", repaymentAmount: null });

    // The final report may not report less than the partial reports already did; nothing changes.
    const audits = await auditTotal(sos, appId);
    const below = await ale.request(FINAL, { i: finalReport(appId, firstYear - 1) });
    expect(errorCode(below)).toBe("BAD_USER_INPUT");
    expect((await must(ale.request(READ, { id: appId }))).data!.grantApplication).toMatchObject({ status: "PAID", usedAmount: null });
    expect(await auditTotal(sos, appId)).toBe(audits);

    // Used over the whole period: the first year's amount and 1 000 kr more; the rest is repaid.
    const whole = firstYear + 1000;
    const settled = (await must(ale.request(FINAL, { i: finalReport(appId, whole) }))).data!.submitDevelopmentFundFollowUp;
    expect(settled).toEqual({ status: "REPAYMENT_DUE", usedAmount: whole, repaymentAmount: granted - whole, followUpReview: "AWAITING_REVIEW" });
    // After the final report, partial reports are closed.
    const late = await ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 2, 0, "Ändrat.") });
    expect(errorCode(late)).toBe("CONFLICT");

    // The review works on the final report as on any other.
    expect(
      (await must(sos.request(`mutation($id: ID!) { approveGrantFollowUp(id: $id) { followUpReview } }`, { id: appId }))).data!.approveGrantFollowUp,
    ).toEqual({
      followUpReview: "APPROVED",
    });
    const stats = (
      await must(
        sos.request(`query($y: Int!) { fundingStatistics(year: $y) { byRecipientKind { kind used repaid usedSoFar } kommunUsage { inPeriod } } }`, {
          y: thisYear - 2,
        }),
      )
    ).data!.fundingStatistics;
    expect(stats.byRecipientKind.find((k: { kind: string }) => k.kind === "KOMMUN")).toEqual({
      kind: "KOMMUN",
      used: whole,
      repaid: granted - whole,
      usedSoFar: 0,
    });
    expect(stats.kommunUsage.inPeriod).toBe(0);
  });
});

describe("a partial report on the round's follow-up form", () => {
  const ANSWERS = `query($id: ID!) { grantApplication(id: $id) { usedSoFar partialReports { year usedAmount submittedAt
    answers { code shownSv shownEn value { choice choices number } comment older } } } }`;

  it("refuses a partial report without the core answers, or whose amounts per area do not add up to the year's, with nothing stored", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    const audits = await auditTotal(sos, appId);
    const bare = await ale.request(PARTIAL, { id: appId, i: { year: thisYear - 1, usedAmount: 1000, report: "Utan svar." } });
    expect(errorCode(bare)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(bare.errors![0].extensions)).toContain("answers.DF_COORDINATOR_PLACEMENT");
    const input = await partial(ale, appId, thisYear - 1, 1000, "Metoder saknas.");
    const noMethods = await ale.request(PARTIAL, { id: appId, i: { ...input, answers: input.answers.filter((a) => !a.choices?.includes("FREDA")) } });
    expect(JSON.stringify(noMethods.errors![0].extensions)).toContain("answers.DF_ASSESSMENT_METHODS");
    const uneven = await ale.request(PARTIAL, { id: appId, i: { ...input, usedAmount: 1200 } });
    expect(errorCode(uneven)).toBe("BAD_USER_INPUT");
    expect(uneven.errors![0].message).toContain("1 000 kr");
    const now = (await must(sos.request(ANSWERS, { id: appId }))).data!.grantApplication;
    expect(now.partialReports[0]).toMatchObject({ usedAmount: null, submittedAt: null, answers: [] });
    expect(now.usedSoFar).toBe(0);
    expect(await auditTotal(sos, appId)).toBe(audits);
  });

  it("stores the year's coded answers and shows them to the officer as the final report's; filed again, they are replaced", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    await must(ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 1, 3000, "Första året.") }));
    const filed = (await must(sos.request(ANSWERS, { id: appId }))).data!.grantApplication.partialReports[0];
    const byCode = new Map(filed.answers.map((a: { code: string }) => [a.code, a]));
    expect(byCode.get("DF_COORDINATOR_PLACEMENT")).toMatchObject({ value: { choice: "SOCIALTJANST_ENHET" }, comment: "På IFO.", older: false });
    expect(byCode.get("DF_ASSESSMENT_METHODS")).toMatchObject({ shownSv: "FREDA", value: { choices: ["FREDA"] } });
    expect(byCode.get("DF_AREA_SAMVERKAN")).toMatchObject({ value: { number: 1500 }, shownSv: "1 500 kr" });
    expect(byCode.get("DF_AREA_BARN")).toMatchObject({ value: { number: 1500 } });

    // Filed again, the year's answers are the new ones only.
    const again = await partial(ale, appId, thisYear - 1, 2000, "Rättat.");
    again.answers = [...again.answers.slice(0, 4), { questionId: again.answers[4].questionId, number: 2000 }];
    await must(ale.request(PARTIAL, { id: appId, i: again }));
    const replaced = (await must(sos.request(ANSWERS, { id: appId }))).data!.grantApplication.partialReports[0];
    expect(replaced.usedAmount).toBe(2000);
    expect(replaced.answers.filter((a: { code: string }) => a.code.startsWith("DF_AREA_"))).toEqual([
      expect.objectContaining({ code: "DF_AREA_SAMVERKAN", value: expect.objectContaining({ number: 2000 }) }),
    ]);
  });
});

describe("reminders of partial reports", () => {
  const REMIND = `mutation($d: Int!) { sendFollowUpReminders(withinDays: $d) }`;
  const titles = async (c: Client) =>
    ((await must(c.request(`{ notifications(limit: 50) { items { title } } }`))).data!.notifications.items as { title: string }[])
      .map((n) => n.title)
      .filter((x) => /delrapport|partial report/i.test(x));

  it("reminds once when a year's report is overdue, in the reader's language, and never again for the same report and kind", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    expect((await ale.request(`mutation { setMyLanguage(language: EN) { language } }`)).errors).toBeUndefined();
    const diarienummer = (await must(sos.request(`query($id: ID!) { grantApplication(id: $id) { diarienummer } }`, { id: appId }))).data!.grantApplication
      .diarienummer;
    await must(sos.request(REMIND, { d: 14 }));
    await must(sos.request(REMIND, { d: 14 }));
    expect(await titles(ale)).toEqual([`Overdue partial report ${thisYear - 1}: ${diarienummer}`]);
  });

  it("reminds once before the due date, in Swedish for a Swedish reader", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    // This year's report is due on the last day of February next year.
    const { appId, sos, ale } = await paidRequisition(thisYear, `${thisYear + 1}-12-31`, `${thisYear + 2}-03-31`);
    await must(sos.request(REMIND, { d: 14 }));
    expect(await titles(ale)).toEqual([]);
    await must(sos.request(REMIND, { d: 800 }));
    await must(sos.request(REMIND, { d: 800 }));
    const diarienummer = (await must(sos.request(`query($id: ID!) { grantApplication(id: $id) { diarienummer } }`, { id: appId }))).data!.grantApplication
      .diarienummer;
    expect(await titles(ale)).toEqual([`Påminnelse om delrapport ${thisYear}: ${diarienummer}`]);
  });

  it("sends no reminder for a year already filed", async () => {
    const thisYear = Number(stockholmDate().slice(0, 4));
    const { appId, sos, ale } = await paidRequisition(thisYear - 1, `${thisYear}-12-31`, `${thisYear + 1}-03-31`);
    await must(ale.request(PARTIAL, { id: appId, i: await partial(ale, appId, thisYear - 1, 1000, "Första året.") }));
    await must(sos.request(REMIND, { d: 14 }));
    expect(await titles(ale)).toEqual([]);
  });
});
