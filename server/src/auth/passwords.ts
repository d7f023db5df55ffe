import bcrypt from "bcryptjs";

const COST = 11;
// A hash of a random string: compared against when the account does not exist, so that a
// missing account takes as long to refuse as a wrong password.
const DUMMY_HASH = bcrypt.hashSync("no-such-account-" + Math.random(), COST);

export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string | null | undefined): Promise<boolean> {
  return bcrypt.compare(plain, hash ?? DUMMY_HASH).then((ok) => ok && !!hash);
}

export const PASSWORD_MIN_LENGTH = 12;

// Words that, with digits and punctuation around them, make the passwords tried first.
const COMMON_WORDS = [
  "password",
  "losenord",
  "lösenord",
  "samverka",
  "qwerty",
  "qwertyuiop",
  "asdfghjkl",
  "sommar",
  "vinter",
  "welcome",
  "valkommen",
  "välkommen",
  "admin",
  "letmein",
];

/**
 * The strength rule of every password a person chooses: at least 12 characters, at least 5
 * different ones, some letters, not built on the person's e-mail address, and not a common word
 * padded with digits and punctuation.
 */
export function isWeakPassword(password: string, email: string): boolean {
  if ([...password].length < PASSWORD_MIN_LENGTH) return true;
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return true;
  const local = email.toLowerCase().split("@")[0] ?? "";
  if (local.length >= 4 && lower.includes(local)) return true;
  const letters = lower.replace(/[^\p{L}]/gu, "");
  if (letters.length === 0 || COMMON_WORDS.includes(letters)) return true;
  // Only digits and punctuation, or one run of a keyboard row.
  return /^(0123456789|1234567890|abcdefghij)/.test(lower);
}
