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
