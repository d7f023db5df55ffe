import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountToken, AccountTokenKind } from "../../server/dist/auth/account-token.entity";
import { Session } from "../../server/dist/auth/session.entity";
import { tokenDigest } from "../../server/dist/auth/tokens";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { clientFor, errorCode, graphql, invitationToken, newUser, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;

const REQUEST = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const CHANGE = `mutation($i: ChangePasswordInput!) { changePassword(input: $i) }`;
const OLD_PASSWORD = "ett-långt-testlösenord";
const NEW_PASSWORD = "Nya vägar till trygghet 2027";

/** Requests from one address are limited: each request comes from an address of its own. */
let address = 0;
const from = () => ({ "x-forwarded-for": `10.9.${Math.floor(++address / 250)}.${address % 250}` });

beforeAll(async () => {
  t = await startTestApp({ env: { TRUST_PROXY: "true" } });
});
afterAll(() => t?.close());

async function person() {
  const email = `glomt.${Math.random().toString(36).slice(2, 8)}@example.se`;
  const client = await newUser(t, "1440", "KOMMUN_SAMORDNARE", email);
  return { email, client };
}

function login(email: string, password: string) {
  return t.anonymous.request(LOGIN, { e: email, p: password }, from());
}

describe("forgotten password", () => {
  it("mails a link whose token is stored only as a digest and shown hidden in the outbox; the link sets a new password once and ends every session", async () => {
    const { email, client } = await person();
    const res = await t.anonymous.request(REQUEST, { e: email.toUpperCase() }, from());
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestPasswordReset).toBe(true);

    const token = await invitationToken(t, email);
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: email }, order: { id: "DESC" } });
    expect(mail.subject).toBe("Nytt lösenord till Samverka");
    expect(mail.textBody).toContain("/nytt-losenord?token=[dold]");
    expect(mail.textBody).not.toContain(token);
    const rows = await t.app.db.manager.find(AccountToken, { where: { kind: AccountTokenKind.PASSWORD_RESET } });
    expect(rows.map((r) => r.id)).toContain(tokenDigest(token, t.config.sessionSecret));
    expect(JSON.stringify(rows)).not.toContain(token);

    const done = await t.anonymous.request(RESET, { i: { token, password: NEW_PASSWORD } });
    expect(done.errors).toBeUndefined();
    // The session opened before is over; the new password signs in, the old one no longer.
    expect((await client.request(`{ me { id } }`)).data!.me).toBeNull();
    expect(errorCode(await login(email, OLD_PASSWORD))).toBe("UNAUTHENTICATED");
    expect((await login(email, NEW_PASSWORD)).data!.login.token).toBeTruthy();

    const again = await t.anonymous.request(RESET, { i: { token, password: "Ett helt annat lösenord 9" } });
    expect(errorCode(again)).toBe("BAD_USER_INPUT");
    expect(again.errors![0].message).toContain("redan använts eller gått ut");
    expect(errorCode(await login(email, "Ett helt annat lösenord 9"))).toBe("UNAUTHENTICATED");
    const user = await t.app.db.manager.findOneByOrFail(User, { email });
    expect(await t.app.db.manager.countBy(AuditEntry, { action: "user.resetPassword", entityId: String(user.id) })).toBe(1);
  });

  it("answers an unknown address exactly as a known one and mails nothing", async () => {
    const before = await t.app.db.manager.count(OutboxMail);
    const tokens = await t.app.db.manager.count(AccountToken);
    const res = await t.anonymous.request(REQUEST, { e: "ingen.sadan@example.se" }, from());
    expect(res).toMatchObject({ data: { requestPasswordReset: true } });
    expect(res.errors).toBeUndefined();
    expect(await t.app.db.manager.count(OutboxMail)).toBe(before);
    expect(await t.app.db.manager.count(AccountToken)).toBe(tokens);
  });

  it("refuses an expired link with a clear message and leaves the password as it was", async () => {
    const { email } = await person();
    await t.anonymous.request(REQUEST, { e: email }, from());
    const token = await invitationToken(t, email);
    await t.app.db.manager.update(AccountToken, { id: tokenDigest(token, t.config.sessionSecret) }, { expiresAt: new Date(Date.now() - 1000) });
    const res = await t.anonymous.request(RESET, { i: { token, password: NEW_PASSWORD } });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.messageKey).toBe("auth.resetLinkInvalid");
    expect((await login(email, OLD_PASSWORD)).data!.login.token).toBeTruthy();
  });

  it("expires an hour after it was asked for (the clock moved forward)", async () => {
    const { email } = await person();
    const auth = t.app.services.auth;
    try {
      auth.clock = () => new Date(Date.now() - 61 * 60_000);
      await t.anonymous.request(REQUEST, { e: email }, from());
    } finally {
      auth.clock = () => new Date();
    }
    const token = await invitationToken(t, email);
    expect(errorCode(await t.anonymous.request(RESET, { i: { token, password: NEW_PASSWORD } }))).toBe("BAD_USER_INPUT");
  });

  it("refuses a weak new password and keeps the link usable", async () => {
    const { email } = await person();
    await t.anonymous.request(REQUEST, { e: email }, from());
    const token = await invitationToken(t, email);
    const weak = await t.anonymous.request(RESET, { i: { token, password: "aaaaaaaaaaaaaaaa" } });
    expect(errorCode(weak)).toBe("BAD_USER_INPUT");
    expect(weak.errors![0].extensions!.messageKey).toBe("auth.weakPassword");
    expect((await t.anonymous.request(RESET, { i: { token, password: NEW_PASSWORD } })).errors).toBeUndefined();
  });

  it("is limited per e-mail address: the fourth request within the window is refused and mails nothing", async () => {
    const { email } = await person();
    for (let i = 0; i < 3; i++) expect((await t.anonymous.request(REQUEST, { e: email }, from())).errors).toBeUndefined();
    const mails = await t.app.db.manager.countBy(OutboxMail, { toAddress: email });
    const refused = await t.anonymous.request(REQUEST, { e: email }, from());
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].extensions!.messageKey).toBe("auth.tooManyResetRequests");
    expect(await t.app.db.manager.countBy(OutboxMail, { toAddress: email })).toBe(mails);
  });
});

describe("changing one's password", () => {
  it("needs the current password: a wrong one is refused and nothing changes", async () => {
    const { email, client } = await person();
    const res = await client.request(CHANGE, { i: { currentPassword: "inte-det-rätta-lösenordet", newPassword: NEW_PASSWORD } });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.messageKey).toBe("auth.wrongCurrentPassword");
    expect((await login(email, OLD_PASSWORD)).data!.login.token).toBeTruthy();
  });

  it("refuses a password built on the e-mail address", async () => {
    const { email, client } = await person();
    const res = await client.request(CHANGE, { i: { currentPassword: OLD_PASSWORD, newPassword: `${email.split("@")[0]}-2027!` } });
    expect(res.errors![0].extensions!.messageKey).toBe("auth.weakPassword");
    expect((await login(email, OLD_PASSWORD)).data!.login.token).toBeTruthy();
  });

  it("sets the new password, keeps this session, ends the others and writes an audit row", async () => {
    const { email, client } = await person();
    const other = clientFor(t.baseUrl, (await login(email, OLD_PASSWORD)).data!.login.token);
    const res = await client.request(CHANGE, { i: { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD } });
    expect(res.errors).toBeUndefined();
    expect((await client.request(`{ me { id } }`)).data!.me).not.toBeNull();
    expect((await other.request(`{ me { id } }`)).data!.me).toBeNull();
    expect((await login(email, NEW_PASSWORD)).data!.login.token).toBeTruthy();
    const user = await t.app.db.manager.findOneByOrFail(User, { email });
    expect(await t.app.db.manager.countBy(AuditEntry, { action: "user.changePassword", entityId: String(user.id) })).toBe(1);
  });

  it("cannot be done without signing in", async () => {
    expect(errorCode(await t.anonymous.request(CHANGE, { i: { currentPassword: OLD_PASSWORD, newPassword: NEW_PASSWORD } }))).toBe("UNAUTHENTICATED");
  });
});

describe("one's sessions", () => {
  const SESSIONS = `{ mySessions { id createdAt lastUsedAt userAgent current } }`;

  it("are stored as digests, listed with the browser and this session marked, and ended one at a time or all others", async () => {
    const { email, client } = await person();
    const firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    const res = await graphql<{ login: { token: string } }>(`${t.baseUrl}/graphql`, LOGIN, { e: email, p: OLD_PASSWORD }, { "user-agent": firefox, ...from() });
    const second = clientFor(t.baseUrl, res.data!.login.token);
    const third = clientFor(t.baseUrl, (await login(email, OLD_PASSWORD)).data!.login.token);

    const user = await t.app.db.manager.findOneByOrFail(User, { email });
    const stored = await t.app.db.manager.findBy(Session, { userId: user.id });
    expect(stored).toHaveLength(3);
    expect(stored.map((s) => s.id)).toContain(tokenDigest(second.token!, t.config.sessionSecret));
    expect(stored.map((s) => s.id)).not.toContain(second.token);

    const listed = (await second.request(SESSIONS)).data!.mySessions as { id: string; current: boolean; userAgent: string | null }[];
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(listed.find((s) => s.current)!.userAgent).toBe("Firefox, Windows");

    // Another person's session id is not found, and nothing ends.
    const stranger = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    const foreign = await stranger.request(`mutation($id: String!) { endSession(id: $id) }`, { id: listed[0].id });
    expect(errorCode(foreign)).toBe("NOT_FOUND");
    expect(await t.app.db.manager.countBy(Session, { userId: user.id })).toBe(3);

    const thirdId = listed.find(
      (s) => !s.current && s.userAgent !== "Firefox, Windows" && s.id !== tokenDigest(client.token!, t.config.sessionSecret).slice(0, 16),
    )!.id;
    expect((await second.request(`mutation($id: String!) { endSession(id: $id) }`, { id: thirdId })).data!.endSession).toBe(true);
    expect((await third.request(`{ me { id } }`)).data!.me).toBeNull();

    const ended = await second.request(`mutation { endOtherSessions }`);
    expect(ended.data!.endOtherSessions).toBe(1);
    expect((await client.request(`{ me { id } }`)).data!.me).toBeNull();
    expect((await second.request(SESSIONS)).data!.mySessions).toHaveLength(1);
  });
});
