import { expect } from "vitest";
import type { Client } from "../helpers/app";

/** A demo NGO (Kvinnojouren Göteborg) that applies to development-fund rounds' NGO pots. */
export const NGO = "ansokan@kvinnojouren-goteborg.demo.samverka.se";

/** The NGO's application for a round of `year`, complete and eligible: its id once submitted. */
export async function submitNgoApplication(c: Client, roundId: string, year: number, title: string): Promise<string> {
  const res = await c.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
    i: {
      roundId,
      title,
      organisationNumber: "802000-0009",
      legalForm: "IDEELL_FORENING",
      activeLocally: true,
      paymentMethod: "BANKGIRO",
      paymentNumber: "5050-1055",
      activityArea: "VALDSUTSATTA_KVINNOR",
      description: "Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.",
      countyCode: "14",
      supportMissing: false,
      targetGroups: "Våldsutsatta kvinnor",
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      requestedAmount: 100_000,
      budgetLines: [{ category: "Personal", amount: 100_000 }],
      contactName: "Kim",
      contactEmail: NGO,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.submitNgoApplication.id;
}
