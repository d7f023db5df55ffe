import { inject } from "vitest";
import { DEMO_PASSWORD } from "./browser";

/** A demo account signed in through /graphql of the server under test, for building a spec's starting state. */
export interface Api {
  /** Runs a query or mutation; throws on any GraphQL error, so a failed setup says why. */
  <T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  token: string;
}

async function post(query: string, variables: Record<string, unknown> = {}, token?: string, baseUrl = inject("baseUrl")) {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL ${res.status}: ${JSON.stringify(body.errors)}\n${query}`);
  return body.data;
}

const tokens = new Map<string, string>();

/**
 * Signs the demo account in (once per spec file) and returns a client that sends its session token,
 * to the server the browser uses or, with `{ process: "second" }`, to the second server process.
 */
export async function apiAs(email: string, options: { process?: "first" | "second" } = {}): Promise<Api> {
  const baseUrl = options.process === "second" ? inject("secondUrl") : inject("baseUrl");
  let token = tokens.get(email);
  if (!token) {
    const data = await post(`mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, { e: email, p: DEMO_PASSWORD });
    token = data.login.token as string;
    tokens.set(email, token);
  }
  const signedIn = token;
  const api = (<T>(query: string, variables?: Record<string, unknown>) => post(query, variables, signedIn, baseUrl) as Promise<T>) as Api;
  api.token = signedIn;
  return api;
}

/** The calendar date in Stockholm, days from now (YYYY-MM-DD). */
export function isoDate(daysFromNow: number) {
  const d = new Date(Date.now() + daysFromNow * 86_400_000);
  return d.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
}

const DAY = 86_400_000;

/** An open stimulus call with consultation (Jämställdhetsmyndigheten, the default), created by Socialstyrelsen. */
export async function openGrantCall(title: string, budget = 2_000_000): Promise<string> {
  const sos = await apiAs("handlaggare@socialstyrelsen.demo.samverka.se");
  const data = await sos(`mutation ($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year: new Date().getFullYear(),
      title,
      description: "Utlysning för webbtestet.",
      budget,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      followUpDueDate: new Date(Date.now() + 400 * DAY).toISOString().slice(0, 10),
    },
  });
  return data.createGrantCall.id;
}

/** NCK's application to a stimulus call, saved and submitted through the API; returns its id and diarienummer. */
export async function submittedStimulusApplication(callId: string, title: string): Promise<{ id: string; diarienummer: string }> {
  const nck = await apiAs("ansokan@nck.demo.samverka.se");
  const saved = await nck<{ saveGrantApplication: { id: string } }>(`mutation ($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
    i: {
      callId,
      title,
      purpose: "Höja kunskapen om våld i nära relationer.",
      plannedActivities: "Två utbildningsdagar.",
      targetGroups: "Socialsekreterare.",
      periodStart: isoDate(90),
      periodEnd: isoDate(365),
      requestedAmount: 300_000,
      budgetLines: [{ category: "Personal", amount: 300_000 }],
      contactName: "Nora NCK",
      contactEmail: "ansokan@nck.demo.samverka.se",
      purposeCategories: ["INFORMATION_AND_TRAINING"],
    },
  });
  const id = saved.saveGrantApplication.id;
  const done = await nck<{ submitGrantApplication: { diarienummer: string } }>(`mutation ($id: ID!) { submitGrantApplication(id: $id) { diarienummer } }`, {
    id,
  });
  return { id, diarienummer: done.submitGrantApplication.diarienummer };
}
