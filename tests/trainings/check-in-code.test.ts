import { describe, expect, it } from "vitest";
import { CHECK_IN_ALPHABET, formatCheckInCode, newCheckInCode, normaliseCheckInCode } from "../../server/dist/modules/trainings/check-in-code";

describe("check-in codes", () => {
  it("are eight characters of the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const code = newCheckInCode();
      expect(code).toHaveLength(8);
      for (const ch of code) expect(CHECK_IN_ALPHABET).toContain(ch);
    }
  });

  it("are read as typed, in any case, with or without the dash and spaces", () => {
    expect(normaliseCheckInCode("abcd-efgh")).toBe("ABCDEFGH");
    expect(normaliseCheckInCode(" ABCD EFGH ")).toBe("ABCDEFGH");
    expect(formatCheckInCode("ABCDEFGH")).toBe("ABCD-EFGH");
  });

  it("refuse what cannot be a code", () => {
    expect(normaliseCheckInCode("ABC")).toBeNull();
    expect(normaliseCheckInCode("ABCD-EFG0")).toBeNull();
    expect(normaliseCheckInCode("https://example.se/anmalan?token=x")).toBeNull();
  });
});
