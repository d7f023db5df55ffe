import crypto from "node:crypto";

/** Letters and digits that cannot be mistaken for one another when read aloud or typed (no 0/O, 1/I/L). */
export const CHECK_IN_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CHECK_IN_LENGTH = 8;

/** A fresh check-in code: eight characters of the alphabet, drawn without bias. */
export function newCheckInCode(): string {
  let code = "";
  while (code.length < CHECK_IN_LENGTH) {
    const byte = crypto.randomBytes(1)[0];
    // 248 = 8 × 31: bytes above it would favour the first letters.
    if (byte < 248) code += CHECK_IN_ALPHABET[byte % CHECK_IN_ALPHABET.length];
  }
  return code;
}

/** A code as typed or scanned (`abcd-efgh`, ` ABCD EFGH `) in its stored form, or null when it cannot be one. */
export function normaliseCheckInCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CHECK_IN_LENGTH) return null;
  for (const ch of code) if (!CHECK_IN_ALPHABET.includes(ch)) return null;
  return code;
}

/** The code as shown to people: two groups of four (`ABCD-EFGH`). */
export function formatCheckInCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
