import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecoveryCode } from "../../server/dist/auth/account-token.entity";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  // The environment does not require two-factor sign-in: the platform setting decides.
  t = await startTestApp();
});
afterAll(() => t?.close());

const PASSWORD = "ett-långt-testlösenord";
const STATUS = `{ myTwoFactor { enabled required recoveryCodesLeft } }`;
const SETTINGS = `mutation($i: PlatformSettingsInput!) { updatePlatformSettings(input: $i) { requireTotpForMoney } }`;
const DISABLE = `mutation($p: String!, $k: String!) { disableTwoFactor(password: $p, code: $k) }`;
const RESET = `mutation($id: ID!) { resetUserTwoFactor(userId: $id) { id twoFactorEnabled } }`;
const ME = `{ me { id } }`;
/** A decision on an application that does not exist: refused for want of two-factor sign-in before anything is looked up, otherwise not found. */
const DECIDE = `mutation { decideGrantApplication(id: "999999", input: { outcome: APPROVED, grantedAmount: 1, motivation: "Beviljas." }) { id } }`;
const withheld = async (c: Client) => (await c.request(DECIDE)).errors?.[0]?.extensions?.messageKey === "auth.twoFactorEnrolmentRequired";

const codeAt = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function enrol(c: Client): Promise<string> {
  const { secret } = (await c.request(`mutation { startTwoFactorEnrolment { secret } }`)).data!.startTwoFactorEnrolment;
  const confirmed = await c.request(`mutation($k: String!) { confirmTwoFactorEnrolment(code: $k) }`, { k: await codeAt(secret) });
  expect(confirmed.errors).toBeUndefined();
  return secret;
}

async function userOf(c: Client): Promise<User> {
  const id = Number((await c.request(ME)).data!.me.id);
  return t.app.db.manager.findOneByOrFail(User, { id });
}

describe("the requirement of two-factor sign-in for money is a platform setting", () => {
  it("is changed by the platform administrator and applies at once; nobody else may change it", async () => {
    const admin = await t.as(DEMO.admin);
    const officer = await newUser(t, "SOS", "SOCIALSTYRELSEN_HANDLAGGARE");
    expect((await officer.request(STATUS)).data!.myTwoFactor.required).toBe(false);
    expect(await withheld(officer)).toBe(false);

    const orgAdmin = await newUser(t, "SOS", ["SOCIALSTYRELSEN_HANDLAGGARE", "ORGANISATION_ADMIN"]);
    expect(errorCode(await orgAdmin.request(SETTINGS, { i: { requireTotpForMoney: true } }))).toBe("FORBIDDEN");
    expect((await officer.request(STATUS)).data!.myTwoFactor.required).toBe(false);

    expect((await admin.request(SETTINGS, { i: { requireTotpForMoney: true } })).data!.updatePlatformSettings.requireTotpForMoney).toBe(true);
    // The same session: the money abilities are withheld until the officer enrols.
    expect((await officer.request(STATUS)).data!.myTwoFactor.required).toBe(true);
    expect(await withheld(officer)).toBe(true);
    const secret = await enrol(officer);
    expect(await withheld(officer)).toBe(false);

    // Required: the officer cannot turn it off.
    const refused = await officer.request(DISABLE, { p: PASSWORD, k: await codeAt(secret, 1) });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect((await officer.request(STATUS)).data!.myTwoFactor.enabled).toBe(true);

    await admin.request(SETTINGS, { i: { requireTotpForMoney: false } });
    expect((await officer.request(STATUS)).data!.myTwoFactor.required).toBe(false);
  });
});

describe("turning two-factor sign-in off", () => {
  it("needs the password and a current code; a wrong one changes nothing; then the secret and recovery codes go and the person is mailed", async () => {
    const email = `tvasteg.${Math.random().toString(36).slice(2, 8)}@example.se`;
    const kommun = await newUser(t, "1440", "KOMMUN_SAMORDNARE", email);
    const secret = await enrol(kommun);
    const id = (await userOf(kommun)).id;

    expect(errorCode(await kommun.request(DISABLE, { p: "fel-lösenord-helt-och-hållet", k: await codeAt(secret, 1) }))).toBe("BAD_USER_INPUT");
    const wrongCode = (await codeAt(secret, 1)) === "000000" ? "111111" : "000000";
    expect(errorCode(await kommun.request(DISABLE, { p: PASSWORD, k: wrongCode }))).toBe("UNAUTHENTICATED");
    expect((await kommun.request(STATUS)).data!.myTwoFactor).toEqual({ enabled: true, required: false, recoveryCodesLeft: 10 });

    const off = await kommun.request(DISABLE, { p: PASSWORD, k: await codeAt(secret, 1) });
    expect(off.errors).toBeUndefined();
    expect((await kommun.request(STATUS)).data!.myTwoFactor).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    const user = await t.app.db.manager.findOneByOrFail(User, { id });
    expect([user.totpSecretSealed, user.totpEnabledAt]).toEqual([null, null]);
    expect(await t.app.db.manager.countBy(RecoveryCode, { userId: id })).toBe(0);
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: email }, order: { id: "DESC" } });
    expect(mail.subject).toBe("Tvåstegsinloggning är avstängd");
    expect(errorCode(await kommun.request(DISABLE, { p: PASSWORD, k: await codeAt(secret, 2) }))).toBe("CONFLICT");
  });
});

describe("an administrator resets a person's two-factor sign-in", () => {
  it("the organisation's administrator resets it: the person's sessions end, the audit log and an e-mail tell of it", async () => {
    const email = `aterstalls.${Math.random().toString(36).slice(2, 8)}@example.se`;
    const person = await newUser(t, "1440", "KOMMUN_SAMORDNARE", email);
    await enrol(person);
    const id = (await userOf(person)).id;
    const aleAdmin = await newUser(t, "1440", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);

    const users = await aleAdmin.request(`query($o: ID!) { users(organisationId: $o, limit: 100) { items { id twoFactorEnabled } } }`, {
      o: String((await t.app.db.manager.findOneByOrFail(User, { id })).organisationId),
    });
    expect(users.data!.users.items.find((u: { id: string }) => Number(u.id) === id).twoFactorEnabled).toBe(true);

    const reset = await aleAdmin.request(RESET, { id: String(id) });
    expect(reset.errors).toBeUndefined();
    expect(reset.data!.resetUserTwoFactor.twoFactorEnabled).toBe(false);
    expect((await t.app.db.manager.findOneByOrFail(User, { id })).totpEnabledAt).toBeNull();
    expect(await t.app.db.manager.countBy(RecoveryCode, { userId: id })).toBe(0);
    // The person's sign-ins ended.
    expect((await person.request(`{ me { id } }`)).data?.me ?? null).toBeNull();
    const entry = await t.app.db.manager.findOneOrFail(AuditEntry, { where: { action: "user.resetTwoFactor", entityId: String(id) }, order: { id: "DESC" } });
    expect(entry.after).toMatchObject({ twoFactor: false });
    const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: email }, order: { id: "DESC" } });
    expect(mail.subject).toBe("Din tvåstegsinloggning har återställts");
  });

  it("is refused to another organisation's administrator and to a person without administration, with nothing changed", async () => {
    const person = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    await enrol(person);
    const id = (await userOf(person)).id;
    const gbgAdmin = await newUser(t, "1480", ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    const colleague = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    const audits = await t.app.db.manager.countBy(AuditEntry, { action: "user.resetTwoFactor" });

    expect(errorCode(await gbgAdmin.request(RESET, { id: String(id) }))).toBe("FORBIDDEN");
    expect(errorCode(await colleague.request(RESET, { id: String(id) }))).toBe("FORBIDDEN");
    expect((await t.app.db.manager.findOneByOrFail(User, { id })).totpEnabledAt).not.toBeNull();
    expect((await person.request(STATUS)).data!.myTwoFactor.enabled).toBe(true);
    expect(await t.app.db.manager.countBy(AuditEntry, { action: "user.resetTwoFactor" })).toBe(audits);
  });

  it("the platform administrator resets it in any organisation", async () => {
    const person = await newUser(t, "1480", "KOMMUN_SAMORDNARE");
    await enrol(person);
    const id = (await userOf(person)).id;
    const reset = await (await t.as(DEMO.admin)).request(RESET, { id: String(id) });
    expect(reset.errors).toBeUndefined();
    expect((await t.app.db.manager.findOneByOrFail(User, { id })).totpEnabledAt).toBeNull();
  });
});
