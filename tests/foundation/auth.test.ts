import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, clientFor, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { DEMO_ACCOUNTS } from "../../server/dist/db/seed";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email roles organisation { code kind } } } }`;
const ME = `{ me { email roles abilities organisation { id name kind } } }`;

let t: TestApp;
/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

async function auditCount(action: string): Promise<number> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($a: String) { auditLog(action: $a, limit: 1) { total } }`, { a: action });
  return res.data!.auditLog.total;
}

describe("sign-in", () => {
  it("every demo account signs in and sees its own role and organisation", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const res = await t.anonymous.request(LOGIN, { e: account.email, p: "samverka-demo" });
      expect(res.errors, account.email).toBeUndefined();
      expect(res.data!.login.user.roles).toEqual(account.roles);
      expect(res.data!.login.user.organisation.code).toBe(account.org);
      const me = await clientFor(t.baseUrl, res.data!.login.token).request(ME);
      expect(me.data!.me.email).toBe(account.email);
    }
  });

  it("login sets an httpOnly SameSite session cookie that authenticates later requests", async () => {
    const res = await fetch(`${t.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: LOGIN, variables: { e: DEMO.goteborg, p: "samverka-demo" } }),
    });
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^samverka_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await clientFor(t.baseUrl).request(ME, {}, { cookie: cookie.split(";")[0] });
    expect(me.data!.me.email).toBe(DEMO.goteborg);
  });

  it("accepts the e-mail address in any case and with surrounding spaces", async () => {
    const res = await t.anonymous.request(LOGIN, { e: "  Samordnare@ALE.demo.samverka.se ", p: "samverka-demo" });
    expect(res.data?.login.user.email).toBe(DEMO.ale);
  });

  it("refuses a wrong password and an unknown account with the same generic message", async () => {
    const wrong = await t.anonymous.request(LOGIN, { e: DEMO.vgregion, p: "wrong-password" });
    const unknown = await t.anonymous.request(LOGIN, { e: "nobody@example.se", p: "samverka-demo" });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect(errorCode(unknown)).toBe("UNAUTHENTICATED");
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    expect(wrong.errors![0].message).toBe("Fel e-postadress eller lösenord.");
    expect(wrong.data).toBeNull();
    expect(JSON.stringify(wrong)).not.toMatch(/stack|at .*\.js/);
  });

  it("answers in English when the request asks for it", async () => {
    const res = await t.anonymous.request(LOGIN, { e: DEMO.vgregion, p: "wrong-password" }, { "accept-language": "en" });
    expect(res.errors![0].message).toBe("Wrong e-mail address or password.");
  });

  it("blocks an account from an address after five failed attempts there, even with the right password", async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.anonymous.request(LOGIN, { e: DEMO.barnafrid, p: `wrong-${i}` });
      expect(errorCode(res)).toBe("UNAUTHENTICATED");
    }
    const locked = await t.anonymous.request(LOGIN, { e: DEMO.barnafrid, p: "samverka-demo" });
    expect(errorCode(locked)).toBe("FORBIDDEN");
    expect(locked.errors![0].message).toMatch(/För många misslyckade inloggningsförsök/);
    // Other accounts are not affected.
    const other = await t.anonymous.request(LOGIN, { e: DEMO.nck, p: "samverka-demo" });
    expect(other.errors).toBeUndefined();
  });

  it("records each successful sign-in in the audit log", async () => {
    const before = await auditCount("auth.login");
    await t.anonymous.request(LOGIN, { e: DEMO.lstAB, p: "samverka-demo" });
    expect(await auditCount("auth.login")).toBe(before + 1);
  });

  it("logout ends the session: the token no longer works", async () => {
    const res = await t.anonymous.request(LOGIN, { e: DEMO.jam, p: "samverka-demo" });
    const c = clientFor(t.baseUrl, res.data!.login.token);
    expect((await c.request(ME)).data!.me.email).toBe(DEMO.jam);
    const out = await c.request(`mutation { logout }`);
    expect(out.data!.logout).toBe(true);
    expect((await c.request(ME)).data!.me).toBeNull();
    const refused = await c.request(`{ unreadNotificationCount }`);
    expect(errorCode(refused)).toBe("UNAUTHENTICATED");
  });

  it("me is null without a session and a made-up token is no session", async () => {
    expect((await t.anonymous.request(ME)).data!.me).toBeNull();
    expect((await clientFor(t.baseUrl, "made-up-token").request(ME)).data!.me).toBeNull();
  });
});

describe("sign-in limits per IP address", () => {
  it("refuses every account from an address after 30 failures in the window", async () => {
    const own = await startTestApp();
    try {
      await Promise.all(Array.from({ length: 30 }, (_, i) => own.anonymous.request(LOGIN, { e: `guess${i}@example.se`, p: "x" })));
      const res = await own.anonymous.request(LOGIN, { e: DEMO.admin, p: "samverka-demo" });
      expect(errorCode(res)).toBe("FORBIDDEN");
    } finally {
      await own.close();
    }
    // It starts a server of its own on a fresh database: allow for a busy machine.
  }, 120_000);
});
