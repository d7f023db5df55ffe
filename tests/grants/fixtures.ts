import { expect } from "vitest";
import { type Client, DEMO, type TestApp } from "../helpers/app";

export const CALLS = `{ grantCalls { id title year budget isOpen } }`;

export const FULL_APPLICATION = {
  title: "Webbkurs och metodstöd för regionerna",
  purpose: "Stärka regionernas arbete mot våld i nära relationer.",
  plannedActivities: "Uppdatera webbkursen, två nätverksträffar, metodstöd.",
  targetGroups: "Hälso- och sjukvårdspersonal i regionerna",
  periodStart: "2027-01-01",
  periodEnd: "2027-12-31",
  requestedAmount: 900_000,
  budgetLines: [
    { category: "Personal", amount: 600_000 },
    { category: "Resor", amount: 100_000 },
    { category: "Kursmaterial", amount: 200_000 },
  ],
  contactName: "Nora NCK",
  contactEmail: "ansokan@nck.demo.samverka.se",
  purposeCategories: ["INFORMATION_AND_TRAINING", "DEVELOPMENT"],
};

const APP_FIELDS = `id status diarienummer version requestedAmount grantedAmount outcome motivation organisation { code } decisionLetterUrl`;

/** An open stimulus call (a test may also have opened development-fund calls on its database). */
export async function openCallId(t: TestApp): Promise<string> {
  const c = await t.as(DEMO.handlaggare);
  const calls = (await c.request(`{ grantCalls(programme: SARSKILDA_STIMULANSMEDEL) { id isOpen year } }`)).data!.grantCalls as {
    id: string;
    isOpen: boolean;
    year: number;
  }[];
  return calls.find((x) => x.isOpen)!.id;
}

export async function createCall(t: TestApp, budget: number, title = `Testutlysning ${Math.random()}`): Promise<string> {
  const c = await t.as(DEMO.handlaggare);
  const res = await c.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year: 2026,
      title,
      budget,
      opensAt: new Date(Date.now() - 86_400_000).toISOString(),
      closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      followUpDueDate: "2027-05-31",
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createGrantCall.id;
}

export async function draft(c: Client, callId: string, fields: Record<string, unknown> = FULL_APPLICATION) {
  const res = await c.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { ${APP_FIELDS} } }`, { i: { callId, ...fields } });
  expect(res.errors).toBeUndefined();
  return res.data!.saveGrantApplication;
}

export async function submit(c: Client, id: string) {
  return c.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { ${APP_FIELDS} } }`, { id });
}

export async function consult(t: TestApp, ids: string[], dueDate?: string) {
  const sos = await t.as(DEMO.handlaggare);
  return sos.request(`mutation($ids: [ID!]!, $d: String) { requestConsultation(applicationIds: $ids, dueDate: $d) { id status } }`, {
    ids,
    d: dueDate ?? null,
  });
}

export async function opinion(t: TestApp, id: string, opinionValue = "SUPPORTS") {
  const jam = await t.as(DEMO.jam);
  return jam.request(`mutation($id: ID!, $i: ConsultationOpinionInput!) { submitConsultationOpinion(applicationId: $id, input: $i) { id opinion } }`, {
    id,
    i: { opinion: opinionValue, text: "Jämställdhetsmyndigheten tillstyrker." },
  });
}

export async function decide(c: Client, id: string, input: Record<string, unknown>) {
  return c.request(`mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { ${APP_FIELDS} } }`, { id, i: input });
}

export async function getApplication(c: Client, id: string) {
  return c.request(`query($id: ID!) { grantApplication(id: $id) { ${APP_FIELDS} } }`, { id });
}
