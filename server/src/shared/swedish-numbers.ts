/** Checks of Swedish registry and payment numbers (mod 10, "Luhn"). */

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
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

/** Why a number was refused: too few or too many digits (or other characters), or a check digit that does not match. */
export type NumberProblem = "FORMAT" | "CHECK_DIGIT";
export type CheckedNumber = { ok: true; value: string } | { ok: false; problem: NumberProblem };

/** Digits of the given count range with a mod-10 check digit last, written by `write`; spaces and hyphens are ignored. */
function check(input: string, digits: RegExp, write: (d: string) => string): CheckedNumber {
  const d = input.replace(/[\s-]/g, "");
  if (!digits.test(d)) return { ok: false, problem: "FORMAT" };
  if (!luhnValid(d)) return { ok: false, problem: "CHECK_DIGIT" };
  return { ok: true, value: write(d) };
}

/** Bankgironummer: 7–8 digits written NNN-NNNN or NNNN-NNNN, last digit a check digit. */
export function checkBankgiro(input: string): CheckedNumber {
  return check(input, /^\d{7,8}$/, (d) => `${d.slice(0, d.length - 4)}-${d.slice(-4)}`);
}

/** Plusgironummer: 2–8 digits written N…N-N, last digit a check digit. */
export function checkPlusgiro(input: string): CheckedNumber {
  return check(input, /^\d{2,8}$/, (d) => `${d.slice(0, -1)}-${d.slice(-1)}`);
}

/** Organisationsnummer: 10 digits written NNNNNN-NNNN, last digit a check digit. */
export function checkOrganisationNumber(input: string): CheckedNumber {
  return check(input, /^\d{10}$/, (d) => `${d.slice(0, 6)}-${d.slice(6)}`);
}

const valueOf = (c: CheckedNumber) => (c.ok ? c.value : null);

export function normaliseBankgiro(input: string): string | null {
  return valueOf(checkBankgiro(input));
}

export function normalisePlusgiro(input: string): string | null {
  return valueOf(checkPlusgiro(input));
}

export function normaliseOrganisationNumber(input: string): string | null {
  return valueOf(checkOrganisationNumber(input));
}
