import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecoveryCode } from "../../server/dist/auth/account-token.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";
import { type Client, clientFor, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { consult, draft, getApplication, openCallId, opinion, submit } from "../grants/fixtures";

let t: TestApp;

const PASSWORD = "ett-långt-testlösenord";
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token twoFactorChallenge user { id } } }`;
const SECOND = `mutation($c: String!, $k: String!) { completeTwoFactorSignIn(challenge: $c, code: $k) { token user { id } } }`;
const STATUS = `{ myTwoFactor { enabled required recoveryCodesLeft } }`;
const START = `mutation { startTwoFactorEnrolment { secret uri qrCode } }`;
const CONFIRM = `mutation($k: String!) { confirmTwoFactorEnrolment(code: $k) }`;
const DECIDE = `mutation($id: ID!) { decideGrantApplication(id: $id, input: { outcome: APPROVED, grantedAmount: 900000, motivation: "Beviljas i sin helhet." }) { id status grantedAmount } }`;

/** A code of the authenticator app `steps` time steps from now (a code is accepted once, so later sign-ins use later steps). */
const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

beforeAll(async () => {
  t = await startTestApp({ env: { SAMVERKA_REQUIRE_TOTP_FOR_MONEY: "true" } });
});
afterAll(() => t?.close());

/** A new Socialstyrelsen officer (who decides on grants) and their e-mail address. */
async function officer(): Promise<{ email: string; client: Client }> {
  const email = `handlaggare.${Math.random().toString(36).slice(2, 8)}@example.se`;
  return { email, client: await newUser(t, "SOS", "SOCIALSTYRELSEN_HANDLAGGARE", email) };
}

/** An NCK application, consulted and answered: ready for a decision. */
async function decidable(): Promise<string> {
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, await openCallId(t));
  await submit(nck, app.id);
  await consult(t, [app.id]);
  await opinion(t, app.id);
  return app.id;
}

async function enrol(c: Client): Promise<{ secret: string; codes: string[]; used: string }> {
  const started = await c.request(START);
  expect(started.errors).toBeUndefined();
  const { secret } = started.data!.startTwoFactorEnrolment;
  const used = await codeAt(secret);
  const confirmed = await c.request(CONFIRM, { k: used });
  expect(confirmed.errors).toBeUndefined();
  return { secret, codes: confirmed.data!.confirmTwoFactorEnrolment, used };
}

describe("two-factor sign-in required for money", () => {
  it("refuses a decision before enrolment with a message to enrol, changes nothing, and leaves the rest of the account working", async () => {
    const { client } = await officer();
    expect((await client.request(STATUS)).data!.myTwoFactor).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });
    const id = await decidable();
    const before = await t.app.db.manager.findOneByOrFail(GrantApplication, { id: Number(id) });

    const refused = await client.request(DECIDE, { id });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].extensions!.messageKey).toBe("auth.twoFactorEnrolmentRequired");
    expect(refused.errors![0].message).toContain("tvåstegsinloggning");
    const after = await t.app.db.manager.findOneByOrFail(GrantApplication, { id: Number(id) });
    expect({ status: after.status, grantedAmount: after.grantedAmount, version: after.version }).toEqual({
      status: before.status,
      grantedAmount: before.grantedAmount,
      version: before.version,
    });
    // The application is readable, and decisions are not offered.
    expect((await getApplication(client, id)).errors).toBeUndefined();

    // Once enrolled, the same session decides.
    await enrol(client);
    const decided = await client.request(DECIDE, { id });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideGrantApplication.grantedAmount).toBe(900_000);
  });

  it("is not asked of a role without money abilities", async () => {
    const kommun = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    expect((await kommun.request(STATUS)).data!.myTwoFactor).toMatchObject({ required: false, enabled: false });
  });
});

describe("enrolment", () => {
  it("shows a QR code and the secret once, refuses a wrong code, and keeps the secret sealed", async () => {
    const { email, client } = await officer();
    const started = (await client.request(START)).data!.startTwoFactorEnrolment;
    expect(started.qrCode).toMatch(/^data:image\/png;base64,/);
    expect(started.uri).toContain(`secret=${started.secret}`);
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/Samverka:/);

    const wrong = await client.request(CONFIRM, { k: "000000" === (await codeAt(started.secret)) ? "111111" : "000000" });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect((await client.request(STATUS)).data!.myTwoFactor.enabled).toBe(false);

    const codes = (await client.request(CONFIRM, { k: await codeAt(started.secret) })).data!.confirmTwoFactorEnrolment as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await client.request(STATUS)).data!.myTwoFactor).toEqual({ enabled: true, required: true, recoveryCodesLeft: 10 });

    const user = await t.app.db.manager.findOneByOrFail(User, { email });
    expect(user.totpSecretSealed).toBeTruthy();
    expect(user.totpSecretSealed).not.toContain(started.secret);
    expect(user.totpPendingSecretSealed).toBeNull();
    const stored = await t.app.db.manager.findBy(RecoveryCode, { userId: user.id });
    expect(stored).toHaveLength(10);
    for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c);

    // Enrolling again is refused; the secret is not shown again.
    expect(errorCode(await client.request(START))).toBe("CONFLICT");
  });
});

describe("signing in with two-factor", () => {
  it("asks for the code after the password; the half-signed-in state grants nothing; a wrong code is refused; the right one signs in", async () => {
    const { email, client } = await officer();
    const { secret } = await enrol(client);

    const first = await t.anonymous.request(LOGIN, { e: email, p: PASSWORD });
    expect(first.errors).toBeUndefined();
    expect(first.data!.login).toMatchObject({ token: null, user: null });
    const challenge = first.data!.login.twoFactorChallenge as string;
    expect(challenge).toBeTruthy();
    expect(first.headers.get("set-cookie")).toBeNull();
    expect((await clientFor(t.baseUrl, challenge).request(`{ me { id } }`)).data!.me).toBeNull();

    const wrong = await t.anonymous.request(SECOND, { c: challenge, k: "12345" });
    expect(errorCode(wrong)).toBe("UNAUTHENTICATED");
    expect(wrong.errors![0].extensions!.messageKey).toBe("auth.wrongSecondFactor");

    const done = await t.anonymous.request(SECOND, { c: challenge, k: await codeAt(secret, 1) });
    expect(done.errors).toBeUndefined();
    const signedIn = clientFor(t.baseUrl, done.data!.completeTwoFactorSignIn.token);
    expect((await signedIn.request(`{ me { email } }`)).data!.me.email).toBe(email);

    // The challenge is spent.
    expect(errorCode(await t.anonymous.request(SECOND, { c: challenge, k: await codeAt(secret, 1) }))).toBe("UNAUTHENTICATED");
  });

  it("refuses a code already used", async () => {
    const { email, client } = await officer();
    const { used } = await enrol(client);
    const challenge = (await t.anonymous.request(LOGIN, { e: email, p: PASSWORD })).data!.login.twoFactorChallenge;
    // The very code the enrolment took (the same one even if the clock has moved to the next time step since).
    expect(errorCode(await t.anonymous.request(SECOND, { c: challenge, k: used }))).toBe("UNAUTHENTICATED");
  });

  it("accepts each recovery code once", async () => {
    const { email, client } = await officer();
    const { codes } = await enrol(client);
    const challenge = () => t.anonymous.request(LOGIN, { e: email, p: PASSWORD }).then((r) => r.data!.login.twoFactorChallenge as string);

    const first = await t.anonymous.request(SECOND, { c: await challenge(), k: codes[3].toUpperCase() });
    expect(first.errors).toBeUndefined();
    expect(first.data!.completeTwoFactorSignIn.token).toBeTruthy();
    expect((await client.request(STATUS)).data!.myTwoFactor.recoveryCodesLeft).toBe(9);

    const again = await t.anonymous.request(SECOND, { c: await challenge(), k: codes[3] });
    expect(errorCode(again)).toBe("UNAUTHENTICATED");
    expect((await client.request(STATUS)).data!.myTwoFactor.recoveryCodesLeft).toBe(9);
  });

  it("spends a challenge after five wrong codes", async () => {
    const { email, client } = await officer();
    const { secret } = await enrol(client);
    const challenge = (await t.anonymous.request(LOGIN, { e: email, p: PASSWORD })).data!.login.twoFactorChallenge;
    for (let i = 0; i < 5; i++) await t.anonymous.request(SECOND, { c: challenge, k: "99999" + i });
    const late = await t.anonymous.request(SECOND, { c: challenge, k: await codeAt(secret, 1) });
    expect(late.errors![0].extensions!.messageKey).toBe("auth.signInChallengeInvalid");
  });
});
