// Who may apply for development funds as an NGO (an ideell förening or stiftelse, active locally, with a
// valid organisation number of an association), what the officer sees of it, and how the priority for
// support otherwise missing weighs in the ranking.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { NgoApplicationDetails } from "../../server/dist/modules/development-funds/development-fund.entities";
import { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { NGO_APPLICANT as NGO, ngoApplicationInput } from "../helpers/ngo-application.mjs";

const DAY = 86_400_000;
const APPLY = `mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`;

let t: TestApp;
let sos: Client;
let year = 2060;

beforeAll(async () => {
  t = await startTestApp();
  sos = await t.as(DEMO.handlaggare);
});
afterAll(() => t?.close());

/** A round of its own, so that no other test's applications are ranked with this one's. */
async function newRound(): Promise<string> {
  year += 1;
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  expect(opened.errors).toBeUndefined();
  return opened.data!.openDevelopmentFundRound.id;
}

const input = (roundId: string, changes: Record<string, unknown> = {}) =>
  ngoApplicationInput(roundId, {
    title: "Stödsamtal i Angered",
    paymentMethod: "PLUSGIRO",
    paymentNumber: "28 65 43-4",
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    ...changes,
  });

const stored = async () => ({
  applications: await t.app.db.manager.count(GrantApplication),
  details: await t.app.db.manager.count(NgoApplicationDetails),
  audits: await t.app.db.manager.count(AuditEntry),
});

type Field = { field: string; message: string };
const fieldsOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => (res.errors?.[0]?.extensions?.fields ?? []) as Field[];

describe("NGO eligibility for development funds", () => {
  it("refuses a company that is not active locally and has no association's number, saying each condition not met, and stores nothing", async () => {
    const roundId = await newRound();
    const ngo = await t.as(NGO);
    const before = await stored();
    const res = await ngo.request(APPLY, { i: input(roundId, { legalForm: "AKTIEBOLAG", activeLocally: false, organisationNumber: "556036-0793" }) });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(res).map((f) => [f.field, f.message])).toEqual([
      ["legalForm", "Utvecklingsmedel kan sökas av ideella föreningar och stiftelser. Andra juridiska former kan inte söka."],
      ["activeLocally", "Organisationen ska vara verksam på lokal nivå, i sin kommun eller sitt län."],
      ["organisationNumber", "Organisationsnumret för en ideell förening eller stiftelse börjar med 8."],
    ]);
    expect(await stored()).toEqual(before);
  });

  it("refuses an organisation number whose check digit does not match, and stores nothing", async () => {
    const roundId = await newRound();
    const ngo = await t.as(NGO);
    const before = await stored();
    const res = await ngo.request(APPLY, { i: input(roundId, { organisationNumber: "802000-0008", legalForm: "STIFTELSE" }) });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(res)).toEqual([
      expect.objectContaining({ field: "organisationNumber", message: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret." }),
    ]);
    expect(await stored()).toEqual(before);
  });

  it("refuses a plusgiro number whose check digit does not match, and stores nothing", async () => {
    const roundId = await newRound();
    const ngo = await t.as(NGO);
    const before = await stored();
    const res = await ngo.request(APPLY, { i: input(roundId, { paymentNumber: "28 65 43-5" }) });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(fieldsOf(res)).toEqual([expect.objectContaining({ field: "paymentNumber", message: "Kontrollsiffran stämmer inte. Kontrollera plusgironumret." })]);
    expect(await stored()).toEqual(before);
  });

  it("stores an eligible association's legal form and account, and shows the officer every condition met", async () => {
    const roundId = await newRound();
    const ngo = await t.as(NGO);
    const res = await ngo.request(APPLY, { i: input(roundId) });
    expect(res.errors).toBeUndefined();
    const read = await sos.request(
      `query($id: ID!) { grantApplication(id: $id) { ngoDetails { organisationNumber legalForm activeLocally paymentMethod paymentNumber eligibility { condition passed } } } }`,
      { id: res.data!.submitNgoApplication.id },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.grantApplication.ngoDetails).toEqual({
      organisationNumber: "802000-0009",
      legalForm: "IDEELL_FORENING",
      activeLocally: true,
      paymentMethod: "PLUSGIRO",
      paymentNumber: "286543-4",
      eligibility: [
        { condition: "LEGAL_FORM", passed: true },
        { condition: "LOCAL_ACTIVITY", passed: true },
        { condition: "ORGANISATION_NUMBER", passed: true },
        { condition: "NON_PROFIT_NUMBER", passed: true },
      ],
    });
  });
});

describe("support otherwise missing in the NGO ranking", () => {
  it("adds the documented bonus to the average score, so such an application ranks above one scored slightly higher, but not above a whole point more", async () => {
    const roundId = await newRound();
    const ngo = await t.as(NGO);
    const apply = async (title: string, supportMissing: boolean) => {
      const res = await ngo.request(APPLY, { i: input(roundId, { title, supportMissing }) });
      expect(res.errors).toBeUndefined();
      return res.data!.submitNgoApplication.id as string;
    };
    const higher = await apply("Högre betyg", false);
    const missing = await apply("Stöd saknas", true);
    const best = await apply("Bäst", false);
    const second = await newUser(t, "SOS", "SOCIALSTYRELSEN_HANDLAGGARE");
    const score = async (c: Client, id: string, s: number) =>
      expect(
        (
          await c.request(`mutation($id: ID!, $i: NgoScoreInput!) { scoreNgoApplication(id: $id, input: $i) { score } }`, {
            id,
            i: { score: s, comment: "Bedömning" },
          })
        ).errors,
      ).toBeUndefined();
    // Averages: 4 without the priority; 3.5 with it (3.5 + 0.5 = 4); 5 without it.
    await score(sos, higher, 4);
    await score(second, higher, 4);
    await score(sos, missing, 4);
    await score(second, missing, 3);
    await score(sos, best, 5);
    await score(second, best, 5);

    const ranking = await sos.request(
      `query($r: ID!) { ngoRanking(roundId: $r) { rank averageScore rankingScore supportMissingBonus application { title } } }`,
      { r: roundId },
    );
    expect(ranking.errors).toBeUndefined();
    expect(ranking.data!.ngoRanking).toEqual([
      { rank: 1, averageScore: 5, rankingScore: 5, supportMissingBonus: 0.5, application: { title: "Bäst" } },
      { rank: 2, averageScore: 3.5, rankingScore: 4, supportMissingBonus: 0.5, application: { title: "Stöd saknas" } },
      { rank: 3, averageScore: 4, rankingScore: 4, supportMissingBonus: 0.5, application: { title: "Högre betyg" } },
    ]);
  });
});
