import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { rowCounts } from "../helpers/database";
import { NGO_APPLICANT as NGO, ngoApplicationInput } from "../helpers/ngo-application.mjs";

let t: TestApp;
let roundId: string;
let ngo: Client;
beforeAll(async () => {
  t = await startTestApp();
  ngo = await t.as(NGO);
  const sos = await t.as(DEMO.handlaggare);
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year: 2021,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(),
      followUpDueDate: "2022-05-31",
    },
  });
  roundId = opened.data!.openDevelopmentFundRound.id;
});
afterAll(() => t?.close());

const TABLES = ["grant_application", "grant_application_version", "ngo_application_details", "notification", "audit_entry"];

async function apply(countyCode: string) {
  return ngo.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id status } }`, {
    i: ngoApplicationInput(roundId, { countyCode, supportMissing: true }),
  });
}

describe("NGO applications name a county of the reference data", () => {
  it("a county code that names no län is refused on countyCode, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    for (const code of ["99", "00", "02", "11", "AB"]) {
      const res = await apply(code);
      expect(errorCode(res), code).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "countyCode", message: "Välj ett av de 21 länen." });
    }
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("each of the 21 län is accepted, e.g. Västra Götaland (14) and Norrbotten (25)", async () => {
    for (const code of ["14", "25"]) {
      const res = await apply(code);
      expect(res.errors, code).toBeUndefined();
      expect(res.data!.submitNgoApplication.status).toBe("SUBMITTED");
    }
    const counties = await ngo.request(`{ counties { code } }`);
    expect(counties.data!.counties).toHaveLength(21);
  });
});
