import { afterEach, describe, expect, it } from "vitest";
import { SessionCache, type SessionRow } from "../../server/dist/auth/session-cache";
import { clientFor, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { startSecondProcess, type SecondProcess } from "../helpers/second-process";

let t: TestApp | undefined;
let second: SecondProcess | undefined;
afterEach(async () => {
  await second?.stop();
  await t?.close();
  second = undefined;
  t = undefined;
});

const ME = `{ me { id email } }`;

async function signIn(app: TestApp, email: string): Promise<string> {
  const res = await app.anonymous.request(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`, {
    e: email,
    p: "samverka-demo",
  });
  return res.data!.login.token as string;
}

describe("sessions resolved from memory", () => {
  it("answers a known token from memory: a change written behind the server's back is not read until the cache is emptied", async () => {
    t = await startTestApp({ env: { SESSION_CACHE_MS: "60000" } });
    const ale = clientFor(t.baseUrl, await signIn(t, DEMO.ale));
    expect((await ale.request(ME)).data!.me.email).toBe(DEMO.ale);
    // A raw statement does not pass through the ORM, as a write by another process would not.
    await t.app.ds.query(`UPDATE ${t.config.database.kind === "mysql" ? "`user`" : '"user"'} SET active = 0 WHERE email = ?`, [DEMO.ale]);
    expect((await ale.request(ME)).data!.me.email).toBe(DEMO.ale);
    t.app.services.auth.sessions.clear();
    expect((await ale.request(ME)).data!.me).toBeNull();
  });

  it("a sign-out, a deactivation and a role change in this process count at the very next request", async () => {
    t = await startTestApp({ env: { SESSION_CACHE_MS: "60000" } });
    const first = clientFor(t.baseUrl, await signIn(t, DEMO.ale));
    const other = clientFor(t.baseUrl, await signIn(t, DEMO.ale));
    expect((await first.request(ME)).data!.me).not.toBeNull();
    expect((await other.request(ME)).data!.me).not.toBeNull();
    expect((await first.request(`mutation { logout }`)).errors).toBeUndefined();
    expect((await first.request(ME)).data!.me).toBeNull();
    expect((await other.request(ME)).data!.me).not.toBeNull();

    const admin = await t.as(DEMO.admin);
    const aleId = (await other.request(ME)).data!.me.id as string;
    const allotment = () => other.request(`query { myAllotment(roundId: "999999") { allotment { amount } } }`);
    expect(errorCode(await allotment())).not.toBe("FORBIDDEN");
    const roles = await admin.request(`mutation($u: ID!) { setUserRoles(userId: $u, roles: [ORGANISATION_ADMIN]) { id } }`, { u: aleId });
    expect(roles.errors).toBeUndefined();
    expect(errorCode(await allotment())).toBe("FORBIDDEN");

    expect((await admin.request(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { id } }`, { u: aleId })).errors).toBeUndefined();
    expect((await other.request(ME)).data!.me).toBeNull();
  });

  it("a sign-out in one process reaches another process within SESSION_CACHE_MS", async () => {
    const ttl = 2000;
    t = await startTestApp({ env: { SESSION_CACHE_MS: String(ttl) } });
    second = await startSecondProcess(t.config);
    const token = await signIn(t, DEMO.ale);
    const here = clientFor(t.baseUrl, token);
    const there = clientFor(second.baseUrl, token);
    expect((await there.request(ME)).data!.me.email).toBe(DEMO.ale);
    expect((await here.request(`mutation { logout }`)).errors).toBeUndefined();
    const signedOut = Date.now();
    expect((await here.request(ME)).data!.me).toBeNull();
    // The other process asks the database again once its entry is older than SESSION_CACHE_MS.
    let me: unknown = "signed in";
    while (me !== null && Date.now() - signedOut < ttl + 3000) me = (await there.request(ME)).data!.me;
    expect(me).toBeNull();
    expect(Date.now() - signedOut).toBeLessThan(ttl + 3000);
  });
});

describe("the session cache", () => {
  const row = (expiresAt: Date): SessionRow => ({
    sessionId: "s",
    lastUsedAt: null,
    expiresAt,
    userId: 1,
    email: "a@b.se",
    roles: "",
    active: true,
    totpEnabledAt: null,
    organisationId: 1,
    organisationKind: "KOMMUN",
    countyCode: null,
    requireTotp: null,
  });

  it("forgets an entry after its time, or when the session expires sooner", () => {
    let now = 1_000_000;
    const cache = new SessionCache(5000, 10, () => now);
    cache.set("a", row(new Date(now + 60_000)));
    cache.set("b", row(new Date(now + 1000)));
    now += 1500;
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
    now += 4000;
    expect(cache.get("a")).toBeUndefined();
  });

  it("keeps at most its size, dropping the oldest, and caches nothing with a time of 0", () => {
    const cache = new SessionCache(5000, 2);
    const far = new Date(Date.now() + 60_000);
    cache.set("a", row(far));
    cache.set("b", row(far));
    cache.set("c", row(far));
    expect([cache.get("a"), cache.get("b"), cache.get("c")].map(Boolean)).toEqual([false, true, true]);
    const off = new SessionCache(0);
    off.set("a", row(far));
    expect(off.size).toBe(0);
  });
});
