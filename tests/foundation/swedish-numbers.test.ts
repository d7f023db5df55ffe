import { describe, expect, it } from "vitest";
import { checkBankgiro, checkOrganisationNumber, checkPlusgiro, luhnValid } from "../../server/dist/shared/swedish-numbers";

describe("Swedish payment and registry numbers (mod 10)", () => {
  it("computes the mod-10 check over the digits from the right", () => {
    expect(luhnValid("50501055")).toBe(true);
    expect(luhnValid("50501056")).toBe(false);
    expect(luhnValid("2120000142")).toBe(true);
    expect(luhnValid("")).toBe(false);
    expect(luhnValid("5050-1055")).toBe(false);
  });

  it("writes a bankgiro number with its hyphen, however it was typed", () => {
    expect(checkBankgiro("5050-1055")).toEqual({ ok: true, value: "5050-1055" });
    expect(checkBankgiro("5050 1055")).toEqual({ ok: true, value: "5050-1055" });
    expect(checkBankgiro("50501055")).toEqual({ ok: true, value: "5050-1055" });
    expect(checkBankgiro("991-2346")).toEqual({ ok: true, value: "991-2346" });
  });

  it("tells a bankgiro number of the wrong length from one whose check digit does not match", () => {
    expect(checkBankgiro("5050-1056")).toEqual({ ok: false, problem: "CHECK_DIGIT" });
    expect(checkBankgiro("505-010")).toEqual({ ok: false, problem: "FORMAT" });
    expect(checkBankgiro("5050-10555")).toEqual({ ok: false, problem: "FORMAT" });
    expect(checkBankgiro("5050-105A")).toEqual({ ok: false, problem: "FORMAT" });
    expect(checkBankgiro("")).toEqual({ ok: false, problem: "FORMAT" });
  });

  it("checks plusgiro numbers the same way, the check digit after the hyphen", () => {
    expect(checkPlusgiro("28 65 43-4")).toEqual({ ok: true, value: "286543-4" });
    expect(checkPlusgiro("286543-5")).toEqual({ ok: false, problem: "CHECK_DIGIT" });
    expect(checkPlusgiro("1")).toEqual({ ok: false, problem: "FORMAT" });
  });

  it("checks an organisation number's ten digits and its check digit", () => {
    expect(checkOrganisationNumber("212000-0142")).toEqual({ ok: true, value: "212000-0142" });
    expect(checkOrganisationNumber("2120000142")).toEqual({ ok: true, value: "212000-0142" });
    expect(checkOrganisationNumber("212000-0143")).toEqual({ ok: false, problem: "CHECK_DIGIT" });
    expect(checkOrganisationNumber("212000-014")).toEqual({ ok: false, problem: "FORMAT" });
  });
});
