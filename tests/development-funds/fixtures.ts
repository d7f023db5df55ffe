import { expect } from "vitest";
import type { Client } from "../helpers/app";
import { NGO_APPLICANT, ngoApplicationInput } from "../helpers/ngo-application.mjs";

/** A demo NGO (Kvinnojouren Göteborg) that applies to development-fund rounds' NGO pots. */
export const NGO = NGO_APPLICANT;

/** The NGO's application for a round of `year`, complete and eligible: its id once submitted. */
export async function submitNgoApplication(c: Client, roundId: string, year: number, title: string): Promise<string> {
  const res = await c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
    i: ngoApplicationInput(roundId, { title, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` }),
  });
  expect(res.errors).toBeUndefined();
  return res.data!.submitNgoApplication.id;
}
