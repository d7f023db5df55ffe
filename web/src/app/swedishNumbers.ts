/**
 * The form checks of Swedish payment and registry numbers (mod 10, "Luhn"), so that a mistyped
 * number is pointed out before anything is sent. The server checks the same and has the last word.
 */

export type NumberProblem = "FORMAT" | "CHECK_DIGIT";

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function problem(input: string, digits: RegExp): NumberProblem | null {
  const d = input.replace(/[\s-]/g, "");
  if (!digits.test(d)) return "FORMAT";
  return luhnValid(d) ? null : "CHECK_DIGIT";
}

/** Bankgiro: 7 or 8 digits, the last a check digit. Null when the number is good. */
export const bankgiroProblem = (input: string) => problem(input, /^\d{7,8}$/);
/** Plusgiro: 2–8 digits, the last a check digit. */
export const plusgiroProblem = (input: string) => problem(input, /^\d{2,8}$/);
/** Organisationsnummer: 10 digits, the last a check digit. */
export const organisationNumberProblem = (input: string) => problem(input, /^\d{10}$/);
