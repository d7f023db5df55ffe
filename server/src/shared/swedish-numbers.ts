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

/** Bankgironummer: 7–8 digits written NNN-NNNN or NNNN-NNNN, last digit a check digit. */
export function normaliseBankgiro(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{7,8}$/.test(digits) || !luhnValid(digits)) return null;
  return `${digits.slice(0, digits.length - 4)}-${digits.slice(-4)}`;
}

/** Plusgironummer: 2–8 digits written N…N-N, last digit a check digit. */
export function normalisePlusgiro(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{2,8}$/.test(digits) || !luhnValid(digits)) return null;
  return `${digits.slice(0, -1)}-${digits.slice(-1)}`;
}

/** Organisationsnummer: NNNNNN-NNNN with a check digit. */
export function normaliseOrganisationNumber(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{10}$/.test(digits) || !luhnValid(digits)) return null;
  return `${digits.slice(0, 6)}-${digits.slice(6)}`;
}
