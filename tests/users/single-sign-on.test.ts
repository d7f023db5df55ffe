import { decodeJwt } from "jose";
import { generate, generateSecret } from "otplib";
import { sealText } from "../../server/dist/shared/sealing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IdentityProvider } from "../../server/dist/auth/oidc/identity-provider.entity";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { clientFor, DEMO, errorCode, graphql, newUser, startTestApp, type Client, type TestApp } from "../helpers/app";
import { type ProviderPerson, startTestProvider, type TestProvider } from "../helpers/oidc-provider";
import { freePort } from "../helpers/ports";

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) started here: the
 * authorization code flow with PKCE, driven through Samverka's own HTTP endpoints and the
 * provider's login interaction, as a browser would follow the redirects.
 */

const GBG = "1480";
const ALE = "1440";

let t: TestApp;
let admin: Client;
let issuer: string;
let provider: TestProvider;
const people = {
  set: (sub: string, person: ProviderPerson) => provider.people.set(sub, person),
};

/** A browser, as far as the flow needs one: cookies per host, redirects followed by hand. */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  async request(url: URL, init: RequestInit = {}): Promise<Response> {
    const cookies = this.jar.get(url.host);
    const headers = new Headers(init.headers);
    if (cookies?.size) headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(";");
      const name = pair.slice(0, pair.indexOf("="));
      const value = pair.slice(pair.indexOf("=") + 1);
      const jar = this.jar.get(url.host) ?? new Map<string, string>();
      this.jar.set(url.host, jar);
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split("=")[1]) < new Date()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }
}

/** Where a sign-in through the provider ended: Samverka's last redirect, and the browser with its cookies. */
interface Ended {
  location: string;
  session: string | undefined;
  browser: Browser;
}

/**
 * Starts the sign-in for the organisation, signs in at the provider as `subject`, and follows the
 * redirects back to Samverka. `alterAuthorization` and `alterCallback` change an address on the way,
 * as someone in the middle could.
 */
async function signInVia(
  orgCode: string,
  subject: string,
  options: { alterAuthorization?: (url: URL) => void; alterCallback?: (url: URL) => void; browser?: Browser } = {},
): Promise<Ended> {
  const browser = options.browser ?? new Browser();
  const samverka = new URL(t.baseUrl);
  let url = new URL(`/api/auth/oidc/${orgCode}/start`, t.baseUrl);
  for (let hop = 0; hop < 15; hop++) {
    const isCallback = url.host === samverka.host && url.pathname === "/api/auth/oidc/callback";
    if (isCallback) options.alterCallback?.(url);
    if (url.host !== samverka.host && url.pathname === "/auth" && options.alterAuthorization) {
      options.alterAuthorization(url);
      options.alterAuthorization = undefined;
    }
    let res: Response;
    if (url.host !== samverka.host && url.pathname.startsWith("/interaction/")) {
      // The provider's login page: sign in as the subject (consent is given by the provider's grant policy).
      res = await browser.request(url, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ prompt: "login", login: subject }).toString(),
      });
    } else {
      res = await browser.request(url);
    }
    const location = res.headers.get("location");
    if (res.status < 300 || res.status >= 400 || !location) throw new Error(`no redirect from ${url.pathname}: ${res.status} ${await res.text()}`);
    const next = new URL(location, url);
    if (url.host === samverka.host && url.pathname === "/api/auth/oidc/callback") {
      return { location: next.pathname + next.search + next.hash, session: browser.cookie(samverka.host, "samverka_session"), browser };
    }
    if (url.host === samverka.host && next.host === samverka.host) {
      return { location: next.pathname + next.search + next.hash, session: browser.cookie(samverka.host, "samverka_session"), browser };
    }
    url = next;
  }
  throw new Error("too many redirects");
}

async function orgId(code: string): Promise<string> {
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

async function configure(code: string, input: Record<string, unknown> = {}) {
  const res = await admin.request(
    `mutation($i: IdentityProviderInput!) { setIdentityProvider(input: $i) { id issuer clientId clientSecretSet scopes matchClaim passwordSignInDisabled } }`,
    { i: { organisationId: await orgId(code), issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, ...input } },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.setIdentityProvider;
}

async function invite(code: string, email: string, roles = ["KOMMUN_SAMORDNARE"]) {
  const res = await admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
    i: { email, name: `Test ${email}`, organisationId: await orgId(code), roles },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.inviteUser.id as string;
}

async function me(session: string | undefined): Promise<{ email: string } | null> {
  if (!session) return null;
  const res = await graphql<{ me: { email: string } | null }>(
    `${t.baseUrl}/graphql`,
    `
      {
        me {
          email
        }
      }
    `,
    {},
    { cookie: `samverka_session=${session}` },
  );
  return res.data?.me ?? null;
}

async function sessionCount(): Promise<number> {
  const rows = await t.app.db.manager.query("SELECT COUNT(*) AS n FROM session");
  return Number(rows[0].n);
}

beforeAll(async () => {
  const port = await freePort();
  t = await startTestApp({ env: { PUBLIC_URL: `http://127.0.0.1:${port}` }, port });
  admin = await t.as(DEMO.admin);
  provider = await startTestProvider(t.baseUrl);
  issuer = provider.issuer;
  await configure(GBG);
}, 120_000);

afterAll(async () => {
  await provider?.close();
  await t?.close();
});

describe("single sign-on through an organisation's OpenID Connect provider", () => {
  it("offers the organisation on the sign-in page and keeps the client secret out of every answer and the audit log", async () => {
    const offered = await t.anonymous.request(`{ signInProviders { organisationCode organisationName } }`);
    expect(offered.data!.signInProviders).toContainEqual({ organisationCode: GBG, organisationName: "Göteborg" });

    const shown = await admin.request(`query($o: ID!) { identityProvider(organisationId: $o) { issuer clientId clientSecretSet scopes matchClaim } }`, {
      o: await orgId(GBG),
    });
    expect(shown.data!.identityProvider).toEqual({
      issuer,
      clientId: provider.clientId,
      clientSecretSet: true,
      scopes: "openid email profile",
      matchClaim: "email",
    });
    expect(JSON.stringify(shown)).not.toContain(provider.clientSecret);
    const stored = await t.app.db.manager.findOneByOrFail(IdentityProvider, { issuer });
    expect(stored.clientSecretSealed).not.toContain(provider.clientSecret);
    const audits = await t.app.db.manager.find(AuditEntry, { where: { action: "identityProvider.create" } });
    expect(audits.length).toBeGreaterThan(0);
    expect(JSON.stringify(audits)).not.toContain(provider.clientSecret);
  });

  it("is configured by the platform administrator only", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const res = await gbg.request(`mutation($i: IdentityProviderInput!) { setIdentityProvider(input: $i) { id } }`, {
      i: { organisationId: await orgId(GBG), issuer: "https://evil.example", clientId: "x", clientSecret: "y" },
    });
    expect(errorCode(res)).toBe("FORBIDDEN");
    const stored = await t.app.db.manager.findOneByOrFail(IdentityProvider, { organisationId: Number(await orgId(GBG)) });
    expect(stored.issuer).toBe(issuer);
  });

  it("links the first sign-in to the invited account with the same e-mail address, and signs in with it afterwards", async () => {
    const email = "invited.person@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-invited", { email, email_verified: true, name: "Invited Person" });

    const first = await signInVia(GBG, "sub-invited");
    expect(first.location).toBe("/");
    expect(await me(first.session)).toEqual({ email });

    // The link is kept: the provider's subject signs in even when its e-mail address changes.
    people.set("sub-invited", { email: "renamed@elsewhere.example", email_verified: true, name: "Invited Person" });
    const again = await signInVia(GBG, "sub-invited");
    expect(again.location).toBe("/");
    expect(await me(again.session)).toEqual({ email });
  });

  it("lets an unknown person wait for the organisation administrator's approval, then signs them in", async () => {
    const orgAdmin = await newUser(t, GBG, ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"], "it@goteborg.example.se");
    people.set("sub-newcomer", { email: "newcomer@goteborg.example.se", email_verified: true, name: "Ny Person" });
    const sessionsBefore = await sessionCount();

    const waiting = await signInVia(GBG, "sub-newcomer");
    expect(waiting.location).toBe("/logga-in?sso=pending");
    expect(waiting.session).toBeUndefined();
    expect(await sessionCount()).toBe(sessionsBefore);

    const notes = await orgAdmin.request(`{ notifications(limit: 5) { items { kind title } } }`);
    expect(notes.data!.notifications.items).toContainEqual({ kind: "user.identity-link-requested", title: "Ny Person väntar på godkännande för inloggning" });

    const listed = await orgAdmin.request(`query($o: ID!) { identityLinkRequests(organisationId: $o) { id email name status } }`, { o: await orgId(GBG) });
    const request = listed.data!.identityLinkRequests.find((r: { email: string }) => r.email === "newcomer@goteborg.example.se");
    expect(request).toMatchObject({ name: "Ny Person", status: "PENDING" });

    // Another organisation's administrator neither sees nor decides it.
    const aleAdmin = await newUser(t, ALE, ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"]);
    expect(errorCode(await aleAdmin.request(`query($o: ID!) { identityLinkRequests(organisationId: $o) { id } }`, { o: await orgId(GBG) }))).toBe("FORBIDDEN");
    const foreign = await aleAdmin.request(`mutation($id: ID!) { approveIdentityLinkRequest(id: $id, roles: [KOMMUN_SAMORDNARE]) { status } }`, {
      id: request.id,
    });
    expect(errorCode(foreign)).toBe("NOT_FOUND");

    // Still waiting: a second try changes nothing.
    expect((await signInVia(GBG, "sub-newcomer")).location).toBe("/logga-in?sso=pending");

    const approved = await orgAdmin.request(`mutation($id: ID!) { approveIdentityLinkRequest(id: $id, roles: [KOMMUN_SAMORDNARE]) { status } }`, {
      id: request.id,
    });
    expect(approved.data).toEqual({ approveIdentityLinkRequest: { status: "APPROVED" } });

    const signedIn = await signInVia(GBG, "sub-newcomer");
    expect(signedIn.location).toBe("/");
    expect(await me(signedIn.session)).toEqual({ email: "newcomer@goteborg.example.se" });
  });

  it("refuses a person the administrator rejected", async () => {
    const orgAdmin = await newUser(t, GBG, ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"]);
    people.set("sub-rejected", { email: "stranger@example.com", email_verified: true, name: "Stranger" });
    expect((await signInVia(GBG, "sub-rejected")).location).toBe("/logga-in?sso=pending");
    const listed = await orgAdmin.request(`query($o: ID!) { identityLinkRequests(organisationId: $o) { id email } }`, { o: await orgId(GBG) });
    const request = listed.data!.identityLinkRequests.find((r: { email: string }) => r.email === "stranger@example.com");
    const rejected = await orgAdmin.request(`mutation($id: ID!) { rejectIdentityLinkRequest(id: $id) { status } }`, { id: request.id });
    expect(rejected.data).toEqual({ rejectIdentityLinkRequest: { status: "REJECTED" } });
    const refused = await signInVia(GBG, "sub-rejected");
    expect(refused.location).toBe("/logga-in?sso=rejected");
    expect(refused.session).toBeUndefined();
  });

  it("never links an account of another organisation, even with the same e-mail address", async () => {
    const email = "ale.person@ale.example.se";
    await invite(ALE, email);
    people.set("sub-cross", { email, email_verified: true, name: "Ale Person" });
    const result = await signInVia(GBG, "sub-cross");
    expect(result.location).toBe("/logga-in?sso=pending");
    expect(result.session).toBeUndefined();
  });

  it("refuses a deactivated account", async () => {
    const email = "leaving@goteborg.example.se";
    const userId = await invite(GBG, email);
    people.set("sub-leaving", { email, email_verified: true });
    expect((await signInVia(GBG, "sub-leaving")).location).toBe("/");
    const off = await admin.request(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { active } }`, { u: userId });
    expect(off.errors).toBeUndefined();
    const sessionsBefore = await sessionCount();
    const refused = await signInVia(GBG, "sub-leaving");
    expect(refused.location).toBe("/logga-in?sso=deactivated");
    expect(refused.session).toBeUndefined();
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("refuses a callback whose state is not the one this browser started with", async () => {
    const email = "state@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-state", { email, email_verified: true });
    const sessionsBefore = await sessionCount();
    const forged = await signInVia(GBG, "sub-state", { alterCallback: (url) => url.searchParams.set("state", "forged-state") });
    expect(forged.location).toBe("/logga-in?sso=state");
    expect(forged.session).toBeUndefined();

    // A callback in a browser that never started a sign-in (no flow cookie) is refused too.
    let stolen: URL | undefined;
    await signInVia(GBG, "sub-state", {
      alterCallback: (url) => {
        stolen = new URL(url);
        url.searchParams.set("state", "x");
      },
    });
    const res = await fetch(stolen!, { redirect: "manual" });
    expect(res.headers.get("location")).toBe("/logga-in?sso=state");
    expect(res.headers.getSetCookie().some((c) => c.startsWith("samverka_session=") && !c.startsWith("samverka_session=;"))).toBe(false);
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("refuses an ID token whose nonce is not the one of the sign-in", async () => {
    const email = "nonce@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-nonce", { email, email_verified: true });
    const sessionsBefore = await sessionCount();
    const result = await signInVia(GBG, "sub-nonce", { alterAuthorization: (url) => url.searchParams.set("nonce", "a-nonce-of-another-sign-in") });
    expect(result.location).toBe("/logga-in?sso=refused");
    expect(result.session).toBeUndefined();
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("refuses an ID token from another issuer", async () => {
    const email = "issuer@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-issuer", { email, email_verified: true });
    const sessionsBefore = await sessionCount();
    provider.tamper = (claims) => ({ ...claims, iss: "https://another-issuer.example" });
    try {
      const result = await signInVia(GBG, "sub-issuer");
      expect(result.location).toBe("/logga-in?sso=refused");
      expect(result.session).toBeUndefined();
    } finally {
      provider.tamper = null;
    }
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("refuses an ID token not signed with the provider's key", async () => {
    const email = "signature@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-signature", { email, email_verified: true });
    const sessionsBefore = await sessionCount();
    provider.tamper = (claims) => claims;
    provider.signWithForeignKey = true;
    try {
      const result = await signInVia(GBG, "sub-signature");
      expect(result.location).toBe("/logga-in?sso=refused");
      expect(result.session).toBeUndefined();
    } finally {
      provider.tamper = null;
      provider.signWithForeignKey = false;
    }
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("refuses a provider whose discovery document names another issuer than the one configured", async () => {
    // The same provider reached as localhost: its discovery document names 127.0.0.1.
    await configure(ALE, { issuer: issuer.replace("127.0.0.1", "localhost") });
    const result = await signInVia(ALE, "sub-any");
    expect(result.location).toBe("/logga-in?sso=unavailable");
  });

  it("refuses an ID token issued to another client (audience)", async () => {
    const email = "audience@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-audience", { email, email_verified: true });
    const sessionsBefore = await sessionCount();
    provider.tamper = (claims) => ({ ...claims, aud: "another-client", azp: "another-client" });
    try {
      const result = await signInVia(GBG, "sub-audience");
      expect(result.location).toBe("/logga-in?sso=refused");
      expect(result.session).toBeUndefined();
    } finally {
      provider.tamper = null;
    }
    expect(await sessionCount()).toBe(sessionsBefore);
  });

  it("signs out of Samverka and sends the browser to the provider's end-session endpoint", async () => {
    const email = "logout@goteborg.example.se";
    await invite(GBG, email);
    people.set("sub-logout", { email, email_verified: true });
    const signedIn = await signInVia(GBG, "sub-logout");
    expect(await me(signedIn.session)).toEqual({ email });

    const res = await graphql<{ signOut: { providerLogoutUrl: string | null } }>(
      `${t.baseUrl}/graphql`,
      `
        mutation {
          signOut {
            providerLogoutUrl
          }
        }
      `,
      {},
      { cookie: `samverka_session=${signedIn.session}` },
    );
    const url = new URL(res.data!.signOut.providerLogoutUrl!);
    expect(url.origin + url.pathname).toBe(`${issuer}/session/end`);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe(`${t.baseUrl}/logga-in`);
    expect(decodeJwt(url.searchParams.get("id_token_hint")!).sub).toBe("sub-logout");
    expect(await me(signedIn.session)).toBeNull();

    // The provider accepts it: its sign-out page asks to confirm.
    const atProvider = await signedIn.browser.request(url);
    expect(atProvider.status).toBe(200);

    // A password sign-in has nothing to sign out of elsewhere.
    const password = await t.as(DEMO.ale);
    const plain = await password.request(`mutation { signOut { providerLogoutUrl } }`);
    expect(plain.data).toEqual({ signOut: { providerLogoutUrl: null } });
  });

  it("matches by a configured claim instead of the e-mail claim", async () => {
    const orgCode = "1441";
    await configure(orgCode, { matchClaim: "upn" });
    const email = "upn.person@lerum.example.se";
    await invite(orgCode, email);
    people.set("sub-upn", { upn: email, email: "private@example.com", email_verified: true });
    const result = await signInVia(orgCode, "sub-upn");
    expect(result.location).toBe("/");
    expect(await me(result.session)).toEqual({ email });
  });

  it("keeps asking for the second factor after the provider when the person has two-factor sign-in, and the session then signs out at the provider", async () => {
    const email = "twofactor@goteborg.example.se";
    const userId = await invite(GBG, email);
    const secret = generateSecret();
    await t.app.db.manager.update(
      User,
      { id: Number(userId) },
      { totpEnabledAt: new Date(), totpSecretSealed: sealText(secret, t.config.sessionSecret), totpLastTimeStep: null },
    );
    people.set("sub-twofactor", { email, email_verified: true, name: "Två Steg" });
    const result = await signInVia(GBG, "sub-twofactor");
    expect(result.location).toMatch(/^\/logga-in#tvasteg=[A-Za-z0-9_-]+$/);
    expect(result.session).toBeUndefined();

    const challenge = decodeURIComponent(result.location!.split("#tvasteg=")[1]);
    const code = await generate({ secret });
    const done = await t.anonymous.request(`mutation($c: String!, $k: String!) { completeTwoFactorSignIn(challenge: $c, code: $k) { token } }`, {
      c: challenge,
      k: code,
    });
    expect(done.errors).toBeUndefined();
    const session = clientFor(t.baseUrl, done.data!.completeTwoFactorSignIn.token);
    const out = await session.request(`mutation { signOut { providerLogoutUrl } }`);
    expect(out.errors).toBeUndefined();
    const url = new URL(out.data!.signOut.providerLogoutUrl);
    expect(url.searchParams.get("id_token_hint")).toBeTruthy();
  });
});

describe("passwords turned off for an organisation", () => {
  it("refuses password sign-in of its people with a clear message, and keeps the platform administrator able to sign in", async () => {
    await configure("SOS", { passwordSignInDisabled: true });
    const sessionsBefore = await sessionCount();
    const refused = await t.anonymous.request(`mutation { login(email: "${DEMO.handlaggare}", password: "samverka-demo") { token } }`);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].message).toContain("Logga in via Socialstyrelsen");
    expect(await sessionCount()).toBe(sessionsBefore);

    const platformAdmin = await t.anonymous.request(`mutation { login(email: "${DEMO.admin}", password: "samverka-demo") { token } }`);
    expect(platformAdmin.data!.login.token).toEqual(expect.any(String));
    expect(await clientFor(t.baseUrl, platformAdmin.data!.login.token).request(`{ me { email } }`)).toMatchObject({ data: { me: { email: DEMO.admin } } });

    // A wrong password is still just a wrong password.
    const wrong = await t.anonymous.request(`mutation { login(email: "${DEMO.handlaggare}", password: "not-the-password") { token } }`);
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
  });
});
