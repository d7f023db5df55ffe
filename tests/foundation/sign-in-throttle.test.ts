import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LoginAttempt } from "../../server/dist/auth/login-attempt.entity";
import { SignInThrottle } from "../../server/dist/auth/sign-in-throttle.entity";
import { THROTTLE } from "../../server/dist/auth/sign-in-throttle";
import { User } from "../../server/dist/modules/users/user.entity";
import { DEMO, errorCode, graphql, type GqlResult, newUser, startTestApp, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email } } }`;
const LIFT = `mutation($u: ID!) { liftSignInThrottle(userId: $u) }`;
const PASSWORD = "ett-långt-testlösenord";

let t: TestApp;
beforeAll(async () => {
  // Behind a proxy: the client address is taken from X-Forwarded-For.
  t = await startTestApp({ env: { TRUST_PROXY: "true" } });
});
afterAll(() => t?.close());

let addresses = 0;
/** A client address no other test uses. */
function newAddress(): string {
  addresses++;
  return `10.${Math.floor(addresses / 250)}.${addresses % 250}.7`;
}

function login(email: string, password: string, from: string, baseUrl = t.baseUrl): Promise<GqlResult> {
  return graphql<Record<string, any>>(`${baseUrl}/graphql`, LOGIN, { e: email, p: password }, { "x-forwarded-for": from });
}

/** A new account of Ale kommun (through an invitation), its id and its address. */
async function newAccount(): Promise<{ id: number; email: string }> {
  const email = `konto.${Math.random().toString(36).slice(2, 10)}@ale.example.se`;
  await newUser(t, "1440", "KOMMUN_SAMORDNARE", email);
  const user = await t.app.db.manager.findOneByOrFail(User, { email });
  return { id: user.id, email };
}

function isThrottled(res: GqlResult): boolean {
  return errorCode(res) === "FORBIDDEN" && res.errors![0].extensions!.messageKey === "auth.tooManyAttempts";
}

/** The counters of the account, by address, as stored. */
async function countersOf(email: string) {
  const rows = await t.app.db.manager.find(SignInThrottle, { where: { email, kind: "account" }, order: { ip: "ASC" } });
  return rows.map((r) => ({ ip: r.ip, attempts: r.attempts, blocks: r.blocks, blockedUntil: r.blockedUntil?.getTime() ?? null }));
}

/** Passwords checked for the account: every check that fails is recorded as a failed attempt. */
function failedChecks(email: string): Promise<number> {
  return t.app.db.manager.count(LoginAttempt, { where: { email, succeeded: false } });
}

async function mailsTo(address: string): Promise<{ subject: string; textBody: string }[]> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`{ outboxMails(limit: 100) { items { toAddress subject textBody } } }`);
  return res.data!.outboxMails.items.filter((m: { toAddress: string }) => m.toAddress === address);
}

async function auditCount(action: string): Promise<number> {
  const admin = await t.as(DEMO.admin);
  return (await admin.request(`query($a: String) { auditLog(action: $a, limit: 1) { total } }`, { a: action })).data!.auditLog.total;
}

/** Blocks the account from the address with 25 wrong passwords sent at once. */
async function blockFrom(email: string, from: string): Promise<GqlResult[]> {
  return Promise.all(Array.from({ length: 25 }, (_, i) => login(email, `fel-lösenord-${i}`, from)));
}

describe("sign-in throttling per account and address", () => {
  it("of 25 wrong passwords sent at once, only the limit are checked; the others are refused as throttled without a check", async () => {
    const { email } = await newAccount();
    const from = newAddress();
    const results = await blockFrom(email, from);

    const checked = results.filter((r) => errorCode(r) === "UNAUTHENTICATED");
    const throttled = results.filter(isThrottled);
    expect(checked).toHaveLength(THROTTLE.perAccountAndAddress);
    expect(throttled).toHaveLength(25 - THROTTLE.perAccountAndAddress);
    expect(throttled[0].errors![0].message).toBe("För många misslyckade inloggningsförsök. Vänta 15 minuter och försök igen.");
    expect(await failedChecks(email)).toBe(THROTTLE.perAccountAndAddress);
    const [counter] = await countersOf(email);
    expect(counter).toMatchObject({ ip: from, attempts: THROTTLE.perAccountAndAddress, blocks: 1 });
    expect(counter.blockedUntil).toBeGreaterThan(Date.now() + 14 * 60_000);

    // The right password from the same address is refused too, and not checked.
    expect(isThrottled(await login(email, PASSWORD, from))).toBe(true);
    expect(await failedChecks(email)).toBe(THROTTLE.perAccountAndAddress);
  });

  it("the right password sent twelve times at once from one address signs in every time", async () => {
    const { email } = await newAccount();
    const from = newAddress();
    const results = await Promise.all(Array.from({ length: 12 }, () => login(email, PASSWORD, from)));
    expect(results.map((r) => r.errors?.[0]?.message)).toEqual(Array(12).fill(undefined));
    expect(await countersOf(email)).toEqual([]);
  });

  it("the right password from another address signs in while the account is blocked from the first", async () => {
    const { email } = await newAccount();
    const attacker = newAddress();
    await blockFrom(email, attacker);
    const owner = await login(email, PASSWORD, newAddress());
    expect(owner.errors).toBeUndefined();
    expect(owner.data!.login.user.email).toBe(email);
    // The block from the attacker's address stays.
    expect(isThrottled(await login(email, PASSWORD, attacker))).toBe(true);
  });

  it("the owner gets one e-mail, in Swedish, per block, however many attempts and addresses", async () => {
    const { email } = await newAccount();
    expect(await mailsTo(email)).toHaveLength(1); // the invitation
    const attacker = newAddress();
    await blockFrom(email, attacker);
    await blockFrom(email, newAddress());
    await login(email, "ännu-fel", attacker);
    const mails = (await mailsTo(email)).filter((m) => m.subject.includes("spärrad"));
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Inloggningen till ditt Samverka-konto är tillfälligt spärrad");
    expect(mails[0].textBody).toContain(`från adressen ${attacker}`);
    expect(mails[0].textBody).toContain("administratör att häva spärren");
  });

  it("a block that has run out gives five new attempts, and the next block lasts twice as long", async () => {
    const { email } = await newAccount();
    const from = newAddress();
    await blockFrom(email, from);
    const auth = t.app.services.auth;
    try {
      auth.clock = () => new Date(Date.now() + 16 * 60_000);
      const again = await Promise.all(Array.from({ length: 8 }, (_, i) => login(email, `fel-igen-${i}`, from)));
      expect(again.filter((r) => errorCode(r) === "UNAUTHENTICATED")).toHaveLength(THROTTLE.perAccountAndAddress);
      const refused = await login(email, PASSWORD, from);
      expect(isThrottled(refused)).toBe(true);
      expect(refused.errors![0].extensions!.params).toEqual({ minutes: 30 });
      expect((await countersOf(email))[0]).toMatchObject({ blocks: 2 });

      // Once that block has run out too, the right password signs in and the count starts again.
      auth.clock = () => new Date(Date.now() + 47 * 60_000);
      expect((await login(email, PASSWORD, from)).errors).toBeUndefined();
      expect(await countersOf(email)).toEqual([]);
    } finally {
      auth.clock = () => new Date();
    }
  });
});

describe("lifting a block", () => {
  it("an administrator lifts the block: the right password signs in from the blocked address, and the lift is audited", async () => {
    const { id, email } = await newAccount();
    const from = newAddress();
    await blockFrom(email, from);
    const audited = await auditCount("auth.liftSignInThrottle");

    const admin = await t.as(DEMO.admin);
    const USERS = `query($s: String) { users(search: $s) { items { email signInBlockedUntil } } }`;
    const listed = (await admin.request(USERS, { s: email })).data!.users.items[0];
    expect(Date.parse(listed.signInBlockedUntil)).toBeGreaterThan(Date.now() + 14 * 60_000);
    // A colleague who may not lift it does not see it.
    const ale = (await t.app.db.manager.findOneByOrFail(User, { id })).organisationId;
    const colleague = await t.as(DEMO.ale);
    const seen = (
      await colleague.request(`query($o: ID, $s: String) { users(organisationId: $o, search: $s) { items { email signInBlockedUntil } } }`, {
        o: String(ale),
        s: email,
      })
    ).data!.users.items[0];
    expect(seen).toEqual({ email, signInBlockedUntil: null });

    const lifted = await admin.request(LIFT, { u: String(id) });
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.liftSignInThrottle).toBe(true);
    expect(await countersOf(email)).toEqual([]);
    expect(await auditCount("auth.liftSignInThrottle")).toBe(audited + 1);
    expect((await admin.request(USERS, { s: email })).data!.users.items[0].signInBlockedUntil).toBeNull();
    expect((await login(email, PASSWORD, from)).errors).toBeUndefined();

    // Nothing left to lift.
    expect((await admin.request(LIFT, { u: String(id) })).data!.liftSignInThrottle).toBe(false);
  });

  it("someone who does not assign roles cannot lift a block: refused, nothing changed", async () => {
    const { id, email } = await newAccount();
    const from = newAddress();
    await blockFrom(email, from);
    const before = await countersOf(email);
    const audited = await auditCount("auth.liftSignInThrottle");

    const colleague = await t.as(DEMO.ale);
    const refused = await colleague.request(LIFT, { u: String(id) });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(await countersOf(email)).toEqual(before);
    expect(await auditCount("auth.liftSignInThrottle")).toBe(audited);
    expect(isThrottled(await login(email, PASSWORD, from))).toBe(true);
  });

  it("an organisation administrator of another organisation cannot lift it (nothing changed); the account's own organisation administrator can", async () => {
    const { id, email } = await newAccount();
    const from = newAddress();
    await blockFrom(email, from);
    const before = await countersOf(email);
    const audited = await auditCount("auth.liftSignInThrottle");

    const goteborgAdmin = await newUser(t, "1480", ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"]);
    const refused = await goteborgAdmin.request(LIFT, { u: String(id) });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(await countersOf(email)).toEqual(before);
    expect(await auditCount("auth.liftSignInThrottle")).toBe(audited);
    expect(isThrottled(await login(email, PASSWORD, from))).toBe(true);

    const aleAdmin = await newUser(t, "1440", ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"]);
    const lifted = await aleAdmin.request(LIFT, { u: String(id) });
    expect(lifted.errors).toBeUndefined();
    expect(lifted.data!.liftSignInThrottle).toBe(true);
    expect(await auditCount("auth.liftSignInThrottle")).toBe(audited + 1);
    expect((await login(email, PASSWORD, from)).errors).toBeUndefined();
  });
});

describe("sign-in throttling per address", () => {
  it("after 30 failures from one address, whatever the accounts, every account is refused from it, but not from elsewhere", async () => {
    const from = newAddress();
    const results = await Promise.all(Array.from({ length: THROTTLE.perAddress }, (_, i) => login(`gissning${i}.${from}@example.se`, "x", from)));
    expect(results.every((r) => errorCode(r) === "UNAUTHENTICATED")).toBe(true);

    const blocked = await login(DEMO.nck, "samverka-demo", from);
    expect(isThrottled(blocked)).toBe(true);
    const elsewhere = await login(DEMO.nck, "samverka-demo", newAddress());
    expect(elsewhere.errors).toBeUndefined();
  });

  it("successful sign-ins from an address do not count against it", async () => {
    const from = newAddress();
    for (let i = 0; i < THROTTLE.perAddress + 2; i++) {
      const res = await login(DEMO.barnafrid, "samverka-demo", from);
      expect(res.errors, `sign-in ${i + 1}`).toBeUndefined();
    }
  });
});

describe("sign-in throttling with two server processes", () => {
  let two: { t: TestApp; second: SecondProcess };
  beforeAll(async () => {
    two = await startTwoProcesses();
  });
  afterAll(() => stopTwoProcesses(two));

  it("25 wrong passwords sent at once to two processes: only the limit are checked", async () => {
    const email = DEMO.lstAB;
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        graphql<Record<string, any>>(`${i % 2 ? two.second.baseUrl : two.t.baseUrl}/graphql`, LOGIN, { e: email, p: `fel-${i}` }),
      ),
    );
    expect(results.filter((r) => errorCode(r) === "UNAUTHENTICATED")).toHaveLength(THROTTLE.perAccountAndAddress);
    expect(results.filter(isThrottled)).toHaveLength(25 - THROTTLE.perAccountAndAddress);
    expect(await two.t.app.db.manager.count(LoginAttempt, { where: { email, succeeded: false } })).toBe(THROTTLE.perAccountAndAddress);
  });
});
