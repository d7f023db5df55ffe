import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

/**
 * Several operations in one HTTP request (a JSON array body) would multiply what one request may
 * cost and slip past per-request limits, such as the sign-in attempts counted per account. The
 * server accepts one operation per request: an array is refused before anything runs.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const COPIES = 50;

async function postBody(body: unknown, token?: string) {
  const res = await fetch(`${t.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text: await res.text() };
}

async function count(table: string): Promise<number> {
  const rows = (await t.app.ds.query(`SELECT COUNT(*) AS n FROM ${t.app.ds.driver.escape(table)}`)) as { n: number | string }[];
  return Number(rows[0].n);
}

async function counts() {
  return { attempts: await count("login_attempt"), sessions: await count("session"), audit: await count("audit_entry"), networks: await count("network") };
}

function expectBatchRefused(res: { status: number; contentType: string; text: string }) {
  expect(res.status).toBe(400);
  expect(res.contentType).toContain("application/json");
  const body = JSON.parse(res.text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors![0].extensions?.code).toBe("BAD_REQUEST");
  expect(body.errors![0].message).toMatch(/batching/i);
  expect(res.text).not.toMatch(/stacktrace|\n\s+at |\.(js|ts):/);
}

describe("batched requests", () => {
  it("refuses 50 sign-ins in one request and records no attempt, session or audit entry", async () => {
    const before = await counts();
    const wrong = { query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, variables: { e: DEMO.ale, p: "fel-lösenord" } };
    const right = { ...wrong, variables: { e: DEMO.ale, p: DEMO_PASSWORD } };
    expectBatchRefused(await postBody(Array.from({ length: COPIES }, () => wrong)));
    expectBatchRefused(await postBody(Array.from({ length: COPIES }, () => right)));
    expect(await counts()).toEqual(before);
    // Nothing counted against the account: it signs in as usual.
    const single = await postBody(right);
    expect(single.status).toBe(200);
    expect(JSON.parse(single.text).data.login.token).toEqual(expect.any(String));
  });

  it("refuses 50 mutations in one request and writes nothing", async () => {
    const lst = await t.as(DEMO.lstO);
    const before = await counts();
    const create = {
      query: `mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`,
      variables: { i: { name: "Nätverk i en bunt", topic: "OTHER" } },
    };
    expectBatchRefused(
      await postBody(
        Array.from({ length: COPIES }, () => create),
        lst.token,
      ),
    );
    expect(await counts()).toEqual(before);
  });

  it("refuses batched queries, a batch of one and an empty batch alike", async () => {
    const lst = await t.as(DEMO.lstO);
    const me = { query: `{ me { id } }` };
    expectBatchRefused(
      await postBody(
        Array.from({ length: COPIES }, () => me),
        lst.token,
      ),
    );
    expectBatchRefused(await postBody([me], lst.token));
    expectBatchRefused(await postBody([], lst.token));
    // One operation per request is answered as usual.
    const single = await postBody(me, lst.token);
    expect(single.status).toBe(200);
    expect(JSON.parse(single.text).data.me.id).toEqual(expect.any(String));
  });
});
