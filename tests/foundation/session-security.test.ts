import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoginAttempt } from "../../server/dist/auth/login-attempt.entity";
import { hashPassword } from "../../server/dist/auth/passwords";
import { Role } from "../../server/dist/auth/roles";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { Organisation } from "../../server/dist/modules/organisations/organisation.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { clientFor, DEMO, errorCode, type GqlResult, graphql, startTestApp, type TestApp } from "../helpers/app";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const ME = `{ me { email } }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

function login(app: TestApp, email: string, password: string) {
  return graphql<{ login: { token: string } }>(`${app.baseUrl}/graphql`, LOGIN, { e: email, p: password });
}

/** What a caller can tell from a refused sign-in: status, body and the cookie (none). */
function visible(res: GqlResult) {
  return { status: res.status, data: res.data, errors: res.errors, cookie: res.headers.get("set-cookie") };
}

/** Signs in through the JSON API and returns the bearer token and the session cookie set alongside it. */
async function signIn(app: TestApp, email: string, password = DEMO_PASSWORD) {
  const res = await login(app, email, password);
  expect(res.errors).toBeUndefined();
  const setCookie = res.headers.get("set-cookie") ?? "";
  return { token: res.data!.login.token, setCookie, cookie: setCookie.split(";")[0] };
}

/** The directives of the Content-Security-Policy header, by name. */
function cspOf(headers: Headers): Map<string, string[]> {
  const header = headers.get("content-security-policy");
  expect(header, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    header!
      .split(";")
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name.toLowerCase(), values] as [string, string[]];
      }),
  );
}

function expectScriptsFromOwnOriginOnly(headers: Headers) {
  const csp = cspOf(headers);
  expect(csp.get("script-src")).toEqual(["'self'"]);
  expect(csp.get("script-src-attr")).toEqual(["'none'"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  for (const [name, values] of csp) {
    if (name.startsWith("script-src") || name === "default-src") {
      expect(values.join(" "), name).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    }
  }
}

describe("the sign-in lockout", () => {
  it("answers an unknown address exactly as a real account: the same code and message, before and after the lockout", async () => {
    const unknown = "finns-inte@kommun.example.se";
    const known = DEMO.vgregion;
    const failures: GqlResult[] = [];
    for (let i = 0; i < 5; i++) {
      failures.push(await login(t, unknown, `fel-lösenord-${i}`));
      failures.push(await login(t, known, `fel-lösenord-${i}`));
    }
    for (const f of failures) expect(visible(f)).toEqual(visible(failures[0]));
    expect(errorCode(failures[0])).toBe("UNAUTHENTICATED");

    // The sixth attempt: both are locked, even with the demo password, and cannot be told apart.
    const lockedUnknown = await login(t, unknown, DEMO_PASSWORD);
    const lockedKnown = await login(t, known, DEMO_PASSWORD);
    expect(errorCode(lockedKnown)).toBe("FORBIDDEN");
    expect(lockedKnown.errors![0].message).toMatch(/För många misslyckade inloggningsförsök/);
    expect(visible(lockedUnknown)).toEqual(visible(lockedKnown));
    const againUnknown = await login(t, unknown, "fel-igen");
    const againKnown = await login(t, known, "fel-igen");
    expect(visible(againUnknown)).toEqual(visible(againKnown));
  });
});

describe("the session cookie", () => {
  it("is HttpOnly and SameSite=Lax, and not Secure while the public address is plain http", async () => {
    const { setCookie } = await signIn(t, DEMO.nck);
    expect(setCookie).toMatch(/^samverka_session=[^;]+;/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    expect(setCookie).not.toMatch(/;\s*Secure/i);
  });

  it("logout through the cookie ends the session for the cookie and its bearer token, clears the cookie, and leaves other sessions alone", async () => {
    const other = await signIn(t, DEMO.goteborg);
    const session = await signIn(t, DEMO.goteborg);
    const byCookie = clientFor(t.baseUrl);
    expect((await byCookie.request(ME, {}, { cookie: session.cookie })).data!.me.email).toBe(DEMO.goteborg);

    const out = await byCookie.request(`mutation { logout }`, {}, { cookie: session.cookie });
    expect(out.data!.logout).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/^samverka_session=;.*Expires=Thu, 01 Jan 1970/i);
    expect((await byCookie.request(ME, {}, { cookie: session.cookie })).data!.me).toBeNull();
    expect(errorCode(await byCookie.request(`{ unreadNotificationCount }`, {}, { cookie: session.cookie }))).toBe("UNAUTHENTICATED");
    expect((await clientFor(t.baseUrl, session.token).request(ME)).data!.me).toBeNull();

    expect((await clientFor(t.baseUrl, other.token).request(ME)).data!.me.email).toBe(DEMO.goteborg);
    expect((await byCookie.request(ME, {}, { cookie: other.cookie })).data!.me.email).toBe(DEMO.goteborg);
  });

  it("logout with the bearer token also ends the cookie of that session", async () => {
    const session = await signIn(t, DEMO.ale);
    const out = await clientFor(t.baseUrl, session.token).request(`mutation { logout }`);
    expect(out.data!.logout).toBe(true);
    expect((await clientFor(t.baseUrl).request(ME, {}, { cookie: session.cookie })).data!.me).toBeNull();
    expect(errorCode(await clientFor(t.baseUrl).request(`{ unreadNotificationCount }`, {}, { cookie: session.cookie }))).toBe("UNAUTHENTICATED");
  });
});

describe("cross-site request forgery", () => {
  /** A POST a form on another site could send: a simple content type, no preflight header, the victim's cookie. */
  function forged(contentType: string, query: string, variables: Record<string, unknown>, cookie?: string) {
    const body =
      contentType === "application/x-www-form-urlencoded"
        ? new URLSearchParams({ query, variables: JSON.stringify(variables) }).toString()
        : JSON.stringify({ query, variables });
    return fetch(`${t.baseUrl}/graphql`, { method: "POST", headers: { "content-type": contentType, ...(cookie ? { cookie } : {}) }, body });
  }

  it.each(["text/plain", "application/x-www-form-urlencoded"])(
    "a mutation sent as %s without a preflight header is refused and not executed",
    async (contentType) => {
      // Sign-in attempts: five forged failures would lock the account and leave rows behind.
      const email = DEMO.barnafrid;
      const attempts = () => t.app.db.manager.count(LoginAttempt, { where: { email } });
      const before = await attempts();
      for (let i = 0; i < 5; i++) {
        const res = await forged(contentType, LOGIN, { e: email, p: `gissning-${i}` });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.headers.get("set-cookie")).toBeNull();
        expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
      }
      expect(await attempts()).toBe(before);

      // A signed-in victim's session: a forged logout and a forged "mark all read" change nothing.
      const victim = await signIn(t, email);
      const asVictim = clientFor(t.baseUrl, victim.token);
      const unread = (await asVictim.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount;
      for (const query of [`mutation { logout }`, `mutation { markNotificationsRead }`]) {
        const res = await forged(contentType, query, {}, victim.cookie);
        expect(res.status).toBe(400);
      }
      expect((await clientFor(t.baseUrl).request(ME, {}, { cookie: victim.cookie })).data!.me.email).toBe(email);
      expect((await asVictim.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(unread);
    },
  );
});

describe("in production behind https", () => {
  let prod: TestApp;
  let webDist: string;
  const email = "it@socialstyrelsen.example.se";
  const password = "ett-riktigt-långt-lösenord";
  beforeAll(async () => {
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-web-"));
    fs.writeFileSync(
      path.join(webDist, "index.html"),
      `<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>`,
    );
    prod = await startTestApp({
      env: { NODE_ENV: "production", SESSION_SECRET: "a-production-secret-of-length", PUBLIC_URL: "https://samverka.example.se", WEB_DIST: webDist },
    });
    const passwordHash = await hashPassword(password);
    await prod.app.db.transaction(async (m) => {
      const sos = await m.findOneByOrFail(Organisation, { code: "SOS" });
      await m.insert(User, { email, name: "Ida IT", organisationId: sos.id, roles: [Role.PLATFORM_ADMIN], active: true, passwordHash });
    });
  });
  afterAll(async () => {
    await prod?.close();
    if (webDist) fs.rmSync(webDist, { recursive: true, force: true });
  });

  it("the session cookie is Secure, HttpOnly and SameSite=Lax", async () => {
    const { setCookie, cookie } = await signIn(prod, email, password);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    // In production a browser session runs the web app's registered operations (by hash) only.
    const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../web/src/generated/persisted-documents.json"), "utf8")) as Record<string, string>;
    const [meHash] = Object.entries(manifest).find(([, text]) => text.startsWith("query Me {"))!;
    const res = await fetch(`${prod.baseUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: meHash } } }),
    });
    expect(((await res.json()) as { data: { me: { email: string } } }).data.me.email).toBe(email);
  });

  it("the web app and the API allow scripts from their own origin only", async () => {
    for (const route of ["/", "/utbildningar/12"]) {
      const page = await fetch(`${prod.baseUrl}${route}`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<div id="root">`);
      expectScriptsFromOwnOriginOnly(page.headers);
    }
    const api = await prod.anonymous.request(ME);
    expect(api.status).toBe(200);
    expectScriptsFromOwnOriginOnly(api.headers);
    const health = await fetch(`${prod.baseUrl}/healthz`);
    expectScriptsFromOwnOriginOnly(health.headers);
    expect(api.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });
});
