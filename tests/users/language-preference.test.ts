import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;

const ME = `{ me { id language } }`;
const SET = `mutation($l: Language!) { setMyLanguage(language: $l) { id language } }`;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("a user's language", () => {
  it("is Swedish for an invited person when the invitation names no language", async () => {
    const c = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    expect((await c.request(ME)).data!.me.language).toBe("SV");
  });

  it("is chosen by the user and shown on me", async () => {
    const c = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    const res = await c.request(SET, { l: "EN" });
    expect(res.errors).toBeUndefined();
    expect(res.data!.setMyLanguage.language).toBe("EN");
    expect((await c.request(ME)).data!.me.language).toBe("EN");
  });

  it("refuses a language Samverka does not have and keeps the one chosen", async () => {
    const c = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    await c.request(SET, { l: "EN" });
    const res = await c.request(SET, { l: "DE" });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect((await c.request(ME)).data!.me.language).toBe("EN");
  });

  it("cannot be set without signing in", async () => {
    const res = await t.anonymous.request(SET, { l: "EN" });
    expect(errorCode(res)).toBe("UNAUTHENTICATED");
  });
});
