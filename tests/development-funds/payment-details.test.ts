import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, startTestApp, type TestApp } from "../helpers/app";
import { Organisation } from "../../server/dist/modules/organisations/organisation.entity";
import { rowCounts } from "../helpers/database";
import { ngoApplicationInput } from "../helpers/ngo-application.mjs";

let t: TestApp;
let roundId: string;
beforeAll(async () => {
  t = await startTestApp();
  const sos = await t.as(DEMO.handlaggare);
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year: 2048,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 86_400_000 * 30).toISOString(),
      followUpDueDate: "2049-05-31",
    },
  });
  roundId = opened.data!.openDevelopmentFundRound.id;
  const published = await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId });
  expect(published.errors).toBeUndefined();
});
afterAll(() => t?.close());

const TABLES = ["grant_application", "requisition", "ngo_application_details", "notification", "audit_entry"];
const counts = () => rowCounts(t.app.ds, TABLES);
const kept = (code: string) => t.app.db.manager.findOneByOrFail(Organisation, { code }).then((o) => o.organisationNumber);

let ale: Client | undefined;
async function requisition(paymentMethod: string, paymentNumber: string, language = "sv", client?: Client, organisationNumber: string | null = "212000-1520") {
  // Ale signs in only when Ale sends: a sign-in is audited, and would count in another client's refusal.
  const c = client ?? (ale ??= await t.as(DEMO.ale));
  return c.request(
    `mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id requisition { paymentNumber } } }`,
    {
      i: {
        roundId,
        amount: 100_000,
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod,
        paymentNumber,
        organisationNumber,
        plannedUse: [{ category: "SAMORDNING", amount: 100_000 }],
      },
    },
    { "accept-language": language },
  );
}

const fieldMessage = (res: GqlResult) => (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined)?.[0];

describe("payment details on a requisition and an NGO's organisation number", () => {
  it("says how many digits a bankgiro or plusgiro number has, or that its check digit does not match, and records nothing", async () => {
    ale = await t.as(DEMO.ale);
    const before = await counts();
    const short = await requisition("BANKGIRO", "505-010");
    expect(errorCode(short)).toBe("BAD_USER_INPUT");
    expect(fieldMessage(short)).toEqual({
      field: "paymentNumber",
      path: "input.paymentNumber",
      message: "Ett bankgironummer har 7 eller 8 siffror, till exempel 5050-1055.",
    });
    const digit = await requisition("BANKGIRO", "5050-1056");
    expect(fieldMessage(digit)!.message).toBe("Kontrollsiffran stämmer inte. Kontrollera bankgironumret.");
    const digitEn = await requisition("BANKGIRO", "5050-1056", "en");
    expect(fieldMessage(digitEn)!.message).toBe("The check digit does not match. Check the bankgiro number.");
    const plusgiro = await requisition("PLUSGIRO", "12345678-9");
    expect(fieldMessage(plusgiro)!.message).toBe("Ett plusgironummer har 2–8 siffror, till exempel 28 65 43-4.");
    expect(await counts()).toEqual(before);

    const ok = await requisition("BANKGIRO", "5050 1055");
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.requisitionDevelopmentFunds.requisition.paymentNumber).toBe("5050-1055");
  });

  it("refuses a requisition without an organisation number when the kommun has none kept, naming the field, and records nothing", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const before = { counts: await counts(), number: await kept("1480") };
    for (const missing of [null, " "]) {
      const res = await requisition("BANKGIRO", "5050-1055", "sv", gbg, missing);
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(fieldMessage(res)).toEqual({
        field: "organisationNumber",
        path: "input.organisationNumber",
        message: "Ange organisationsnumret, NNNNNN-NNNN. Det behövs för utbetalningen.",
      });
    }
    const en = await requisition("BANKGIRO", "5050-1055", "en", gbg, null);
    expect(fieldMessage(en)!.message).toBe("Enter the organisation number, NNNNNN-NNNN. It is needed for the payment.");
    // A valid organisation number beside a bankgiro number whose check digit does not match: the account is refused, the number is not kept.
    const wrongAccount = await requisition("BANKGIRO", "5050-1056", "sv", gbg, "212000-1355");
    expect(fieldMessage(wrongAccount)).toMatchObject({ field: "paymentNumber" });
    expect({ counts: await counts(), number: await kept("1480") }).toEqual(before);
  });

  it("takes the organisation number kept on the region when none is sent, and still refuses a sent one whose check digit does not match", async () => {
    const region = await t.as(DEMO.vgregion);
    const code = "R14";
    await t.app.db.manager.update(Organisation, { code }, { organisationNumber: "232100-0008" });
    const before = await counts();
    const wrong = await requisition("BANKGIRO", "5050-1055", "sv", region, "232100-0009");
    expect(fieldMessage(wrong)).toMatchObject({ field: "organisationNumber", message: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret." });
    expect(await counts()).toEqual(before);
    expect(await kept(code)).toBe("232100-0008");

    const ok = await requisition("BANKGIRO", "5050-1055", "sv", region, null);
    expect(ok.errors).toBeUndefined();
    expect(await kept(code)).toBe("232100-0008");
  });

  it("tells an organisation number of the wrong length from one whose check digit does not match, and records nothing", async () => {
    const ngo = await t.as("ansokan@kvinnojouren-goteborg.demo.samverka.se");
    const apply = (organisationNumber: string) =>
      ngo.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
        i: ngoApplicationInput(roundId, {
          organisationNumber,
          supportMissing: true,
          periodStart: "2048-01-01",
          periodEnd: "2048-12-31",
          contactName: "Kontakt",
          contactEmail: "kontakt@example.se",
        }),
      });
    const before = await counts();
    expect(fieldMessage(await apply("556036-079"))).toMatchObject({
      field: "organisationNumber",
      message: "Ett organisationsnummer har 10 siffror, NNNNNN-NNNN.",
    });
    expect(fieldMessage(await apply("556036-0794"))).toMatchObject({
      field: "organisationNumber",
      message: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret.",
    });
    expect(await counts()).toEqual(before);
  });
});
