import { describe, expect, it } from "vitest";
import { isWeakPassword } from "../../server/dist/auth/passwords";

describe("the password strength rule", () => {
  const email = "anna.andersson@goteborg.se";

  it.each([
    ["shorter than 12 characters", "Kort-lösen1"],
    ["the same few characters repeated", "abababababababab"],
    ["built on the e-mail address", "Anna.Andersson-2027!"],
    ["a common word padded with digits", "Sommar2027!!!!"],
    ["only digits in a row", "12345678901234"],
  ])("refuses a password %s", (_why, password) => {
    expect(isWeakPassword(password, email)).toBe(true);
  });

  it.each([["Nya vägar till trygghet 2027"], ["ett-långt-testlösenord"], ["korrekt häst batteri häftklammer"]])("accepts %s", (password) => {
    expect(isWeakPassword(password, email)).toBe(false);
  });
});
