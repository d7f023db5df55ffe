import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("smoke", () => {
  it("signs in and answers me", async () => {
    const c = await t.as(DEMO.ale);
    const res = await c.request(`{ me { email roles organisation { name kind code county { name } } abilities } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data?.me.organisation.name).toBe("Ale");
  });
});
