import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, clientFor, errorCode, invitationToken, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
let ale: string;
let goteborg: string;
let sos: string;

const USERS = `query($o: ID) { users(organisationId: $o, limit: 200) { total items { email roles organisation { code } } } }`;
const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email name roles invitationPending active organisation { code } } }`;

async function orgId(code: string): Promise<string> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

async function userCount(): Promise<number> {
  const admin = await t.as(DEMO.admin);
  return (await admin.request(`{ users(limit: 1) { total } }`)).data!.users.total;
}

async function outboxCount(): Promise<number> {
  const admin = await t.as(DEMO.admin);
  return (await admin.request(`{ outboxMails(limit: 1) { total } }`)).data!.outboxMails.total;
}

/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
beforeEach(async () => {
  t = await startTestApp();
  [ale, goteborg, sos] = await Promise.all([orgId("1440"), orgId("1480"), orgId("SOS")]);
});
afterEach(() => t?.close());

describe("reading people", () => {
  it("a kommun samordnare lists the users of their own kommun", async () => {
    const c = await t.as(DEMO.ale);
    const res = await c.request(USERS, { o: ale });
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.items.map((u: { email: string }) => u.email)).toEqual([DEMO.ale]);
  });

  it("a kommun samordnare cannot read another kommun's user list", async () => {
    const c = await t.as(DEMO.ale);
    const res = await c.request(USERS, { o: goteborg });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(res.data?.users ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain(DEMO.goteborg);
  });

  it("a kommun samordnare cannot list every organisation's users", async () => {
    const c = await t.as(DEMO.ale);
    const res = await c.request(USERS, {});
    expect(errorCode(res)).toBe("FORBIDDEN");
  });

  it("an administrator lists everyone, across organisations", async () => {
    const c = await t.as(DEMO.admin);
    const res = await c.request(USERS, {});
    expect(res.data!.users.total).toBeGreaterThanOrEqual(12);
  });

  it("reference data: 290 kommuner, 21 regioner, 21 länsstyrelser with county and kommungrupp", async () => {
    const c = await t.as(DEMO.vardanalys);
    const count = async (kind: string) =>
      (await c.request(`query($k: [OrganisationKind!]) { organisations(kinds: $k, limit: 1) { total } }`, { k: [kind] })).data!.organisations.total;
    expect(await count("KOMMUN")).toBe(290);
    expect(await count("REGION")).toBe(21);
    expect(await count("LANSSTYRELSE")).toBe(21);
    const gbg = await c.request(`{ organisations(search: "Göteborg", kinds: [KOMMUN]) { items { name population municipalityGroupCode county { name } } } }`);
    expect(gbg.data!.organisations.items[0]).toEqual({
      name: "Göteborg",
      population: 579281,
      municipalityGroupCode: "A1",
      county: { name: "Västra Götalands län" },
    });
    expect((await c.request(`{ counties { code } }`)).data!.counties).toHaveLength(21);
  });
});

describe("inviting people", () => {
  it("an administrator invites a person, who gets an e-mail, sets a password and signs in", async () => {
    const admin = await t.as(DEMO.admin);
    const mailsBefore = await outboxCount();
    const res = await admin.request(INVITE, { i: { email: "Ny.Person@Ale.se", name: "Ny Person", organisationId: ale, roles: ["KOMMUN_SAMORDNARE"] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.inviteUser).toMatchObject({ email: "ny.person@ale.se", invitationPending: true, active: true, organisation: { code: "1440" } });
    expect(await outboxCount()).toBe(mailsBefore + 1);

    const mail = (await admin.request(`{ outboxMails(limit: 1) { items { toAddress subject textBody status } } }`)).data!.outboxMails.items[0];
    expect(mail).toMatchObject({ toAddress: "ny.person@ale.se", status: "PENDING" });
    // The outbox shows the link without its token; the person invited gets it.
    expect(mail.textBody).toMatch(/inbjudan\?token=\[dold\]/);
    const token = await invitationToken(t, "ny.person@ale.se");

    const short = await t.anonymous.request(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
      i: { token, password: "short" },
    });
    expect(errorCode(short)).toBe("BAD_USER_INPUT");
    expect(short.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field: "password", message: "Lösenordet måste ha minst 12 tecken." })]);

    const accepted = await t.anonymous.request(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token user { email } } }`, {
      i: { token, password: "ett-långt-lösenord" },
    });
    expect(accepted.errors).toBeUndefined();
    const again = await t.anonymous.request(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, {
      i: { token, password: "ett-annat-långt-lösenord" },
    });
    expect(errorCode(again)).toBe("BAD_USER_INPUT");

    const login = await t.anonymous.request(`mutation { login(email: "ny.person@ale.se", password: "ett-långt-lösenord") { user { roles } } }`);
    expect(login.data!.login.user.roles).toEqual(["KOMMUN_SAMORDNARE"]);

    const audit = await admin.request(
      `{ auditLog(entityType: "User", action: "user.invite", limit: 1) { items { action actor { email } actorOrganisation { code } after } } }`,
    );
    expect(audit.data!.auditLog.items[0]).toMatchObject({
      action: "user.invite",
      actor: { email: DEMO.admin },
      actorOrganisation: { code: "SOS" },
      after: { email: "ny.person@ale.se" },
    });
  });

  it("refuses a role that does not belong to the organisation's kind, and nothing changes", async () => {
    const admin = await t.as(DEMO.admin);
    const [users, mails] = [await userCount(), await outboxCount()];
    const res = await admin.request(INVITE, { i: { email: "fel.roll@ale.se", name: "Fel Roll", organisationId: ale, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] } });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toContain("SOCIALSTYRELSEN_HANDLAGGARE");
    expect(await userCount()).toBe(users);
    expect(await outboxCount()).toBe(mails);
  });

  it("refuses an e-mail address already in use with CONFLICT", async () => {
    const admin = await t.as(DEMO.admin);
    const users = await userCount();
    const res = await admin.request(INVITE, {
      i: { email: DEMO.goteborg.toUpperCase(), name: "Dubblett", organisationId: goteborg, roles: ["KOMMUN_SAMORDNARE"] },
    });
    expect(errorCode(res)).toBe("CONFLICT");
    expect(await userCount()).toBe(users);
  });

  it("tells which fields are wrong, field by field", async () => {
    const admin = await t.as(DEMO.admin);
    const res = await admin.request(INVITE, { i: { email: "inte-en-adress", name: "X", organisationId: ale, roles: [] } });
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    const fields = res.errors![0].extensions!.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(["email", "name", "roles"]);
    expect(JSON.stringify(res)).not.toContain("inte-en-adress");
  });

  it("a kommun samordnare cannot invite anyone, and nothing changes", async () => {
    const c = await t.as(DEMO.ale);
    const users = await userCount();
    const res = await c.request(INVITE, { i: { email: "kollega@ale.se", name: "Kollega", organisationId: ale, roles: ["KOMMUN_SAMORDNARE"] } });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
    expect(await userCount()).toBe(users);
  });
});

describe("changing roles and deactivating", () => {
  it("changing a person's roles is audited with before and after, and the person is notified", async () => {
    const admin = await t.as(DEMO.admin);
    const invited = await admin.request(INVITE, {
      i: { email: "roller@socialstyrelsen.se", name: "Rolf Roller", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
    });
    const id = invited.data!.inviteUser.id;
    const res = await admin.request(`mutation($u: ID!) { setUserRoles(userId: $u, roles: [SOCIALSTYRELSEN_HANDLAGGARE, PLATFORM_ADMIN]) { roles } }`, {
      u: id,
    });
    expect(res.data!.setUserRoles.roles).toEqual(["SOCIALSTYRELSEN_HANDLAGGARE", "PLATFORM_ADMIN"]);
    const audit = await admin.request(`query($e: String) { auditLog(entityId: $e, action: "user.setRoles") { items { before after } } }`, { e: id });
    expect(audit.data!.auditLog.items[0].before.roles).toEqual(["SOCIALSTYRELSEN_HANDLAGGARE"]);
    expect(audit.data!.auditLog.items[0].after.roles).toEqual(["SOCIALSTYRELSEN_HANDLAGGARE", "PLATFORM_ADMIN"]);
  });

  it("the person whose roles changed sees an unread notification and can mark it read", async () => {
    const admin = await t.as(DEMO.admin);
    const lst = await t.as(DEMO.lstO);
    const me = (await lst.request(`{ me { id } }`)).data!.me;
    expect((await lst.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(0);
    await admin.request(`mutation($u: ID!) { setUserRoles(userId: $u, roles: [LANSSTYRELSE_UTVECKLINGSLEDARE]) { id } }`, { u: me.id });
    expect((await lst.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(1);
    const list = await lst.request(`{ notifications { items { id title readAt } } }`);
    expect(list.data!.notifications.items[0].title).toBe("Dina roller i Samverka har ändrats");
    expect((await lst.request(`mutation { markNotificationsRead }`)).data!.markNotificationsRead).toBe(1);
    expect((await lst.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(0);
  });

  it("an administrator cannot remove their own administrator role", async () => {
    const admin = await t.as(DEMO.admin);
    const me = (await admin.request(`{ me { id } }`)).data!.me;
    const res = await admin.request(`mutation($u: ID!) { setUserRoles(userId: $u, roles: [SOCIALSTYRELSEN_HANDLAGGARE]) { id } }`, { u: me.id });
    expect(errorCode(res)).toBe("CONFLICT");
    expect((await admin.request(`{ me { roles } }`)).data!.me.roles).toEqual(["PLATFORM_ADMIN"]);
  });

  it("deactivating an account ends its sessions at once", async () => {
    const admin = await t.as(DEMO.admin);
    const login = await t.anonymous.request(`mutation { login(email: "${DEMO.vgregion}", password: "samverka-demo") { token user { id } } }`);
    const region = clientFor(t.baseUrl, login.data!.login.token);
    expect((await region.request(`{ me { email } }`)).data!.me.email).toBe(DEMO.vgregion);
    const res = await admin.request(`mutation($u: ID!) { setUserActive(userId: $u, active: false) { active } }`, { u: login.data!.login.user.id });
    expect(res.data!.setUserActive.active).toBe(false);
    expect((await region.request(`{ me { email } }`)).data!.me).toBeNull();
    const again = await t.anonymous.request(`mutation { login(email: "${DEMO.vgregion}", password: "samverka-demo") { token } }`);
    expect(errorCode(again)).toBe("UNAUTHENTICATED");
  });

  it("only administrators read the outbox; the audit log is for administrators and Socialstyrelsen", async () => {
    const ale = await t.as(DEMO.ale);
    const sosUser = await t.as(DEMO.handlaggare);
    expect(errorCode(await ale.request(`{ outboxMails { total } }`))).toBe("FORBIDDEN");
    expect(errorCode(await ale.request(`{ auditLog { total } }`))).toBe("FORBIDDEN");
    expect(errorCode(await sosUser.request(`{ outboxMails { total } }`))).toBe("FORBIDDEN");
    expect((await sosUser.request(`{ auditLog(limit: 1) { total } }`)).errors).toBeUndefined();
  });
});
