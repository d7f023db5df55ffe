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

/** A request's answer, its errors thrown as an Error so that a setup step fails loudly. */
export async function must<T extends { errors?: unknown; data?: unknown }>(res: Promise<T>): Promise<T & { data: Record<string, any> }> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r as T & { data: Record<string, any> };
}

/**
 * A development-fund round of `year` open since yesterday, its allocation published, and Ale's
 * requisition of its whole allotment paid: the round, the requisition and the amount granted.
 */
export async function paidRequisition(sos: Client, ale: Client, year: number): Promise<{ roundId: string; appId: string; granted: number }> {
  const day = 86_400_000;
  const opened = await must(
    sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year,
        opensAt: new Date(Date.now() - day).toISOString(),
        closesAt: new Date(Date.now() + 30 * day).toISOString(),
        followUpDueDate: `${year + 1}-05-31`,
      },
    }),
  );
  const roundId = opened.data.openDevelopmentFundRound.id as string;
  await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId }));
  const allotment = (await must(ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId }))).data.myAllotment.allotment
    .amount as number;
  const made = await must(
    ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id grantedAmount } }`, {
      i: {
        roundId,
        amount: allotment,
        plannedUse: [{ category: "SAMORDNING", amount: allotment }],
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-1520",
      },
    }),
  );
  const appId = made.data.requisitionDevelopmentFunds.id as string;
  await must(
    sos.request(`mutation($r: ID!, $ids: [ID!]!) { markDevelopmentFundsPaid(roundId: $r, recipientIds: $ids) { status } }`, { r: roundId, ids: [appId] }),
  );
  return { roundId, appId, granted: made.data.requisitionDevelopmentFunds.grantedAmount as number };
}
