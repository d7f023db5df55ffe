import DataLoader from "dataloader";
import { In } from "typeorm";
import type { Database } from "../db/database";
import { SignInThrottle } from "./sign-in-throttle.entity";

export function createAuthLoaders(db: Database) {
  return {
    /** The ends of the sign-in blocks of each account (by e-mail address), from every address, in one query. */
    signInBlocksByEmail: new DataLoader<string, (Date | null)[]>(async (emails) => {
      const rows = await db.manager.findBy(SignInThrottle, { email: In([...emails]), kind: "account" });
      return emails.map((e) => rows.filter((r) => r.email === e).map((r) => r.blockedUntil));
    }),
  };
}
