import { describe, expect, it } from "vitest";
import { bankgiroProblem, organisationNumberProblem, plusgiroProblem } from "./swedishNumbers";

describe("Swedish payment and registry numbers checked in the form", () => {
  it("accepts good numbers however they are spaced or hyphenated", () => {
    expect(bankgiroProblem("5050-1055")).toBeNull();
    expect(bankgiroProblem("5050 1055")).toBeNull();
    expect(bankgiroProblem("991-2346")).toBeNull();
    expect(plusgiroProblem("28 65 43-4")).toBeNull();
    expect(organisationNumberProblem("212000-0142")).toBeNull();
  });

  it("tells a number of the wrong length from one whose check digit does not match", () => {
    expect(bankgiroProblem("505-010")).toBe("FORMAT");
    expect(bankgiroProblem("5050-1056")).toBe("CHECK_DIGIT");
    expect(bankgiroProblem("5050-105A")).toBe("FORMAT");
    expect(plusgiroProblem("12345678-9")).toBe("FORMAT");
    expect(plusgiroProblem("286543-5")).toBe("CHECK_DIGIT");
    expect(organisationNumberProblem("212000-014")).toBe("FORMAT");
    expect(organisationNumberProblem("212000-0143")).toBe("CHECK_DIGIT");
  });
});
