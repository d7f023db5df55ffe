import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, newUser, startTestApp, type TestApp } from "../helpers/app";

/**
 * Platform administration belongs to Socialstyrelsen's administrators; an organisation's own
 * administrator manages the people of that organisation only, with the roles they hold
 * themselves, and reads only that organisation's part of the audit log.
 */
let t: TestApp;
let ale: string;
let sos: string;
/** Ale's administrator, who is also a kommun samordnare there. */
let aleAdmin: Client;

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email roles organisation { code } } }`;
const SET_ROLES = `mutation($u: ID!, $r: [Role!]!) { setUserRoles(userId: $u, roles: $r) { id roles } }`;
const SET_ACTIVE = `mutation($u: ID!, $a: Boolean!) { setUserActive(userId: $u, active: $a) { id active } }`;

async function orgId(code: string): Promise<string> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

/** A person as the platform administrator sees them: the state an attempt must leave unchanged. */
async function person(email: string): Promise<{ id: string; email: string; roles: string[]; active: boolean } | undefined> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { users(search: $s, limit: 5) { items { id email roles active } } }`, { s: email });
  return res.data!.users.items.find((u: { email: string }) => u.email === email);
}

async function counts() {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`{ users(limit: 1) { total } outboxMails(limit: 1) { total } auditLog(limit: 1) { total } }`);
  return { users: res.data!.users.total, mails: res.data!.outboxMails.total, audit: res.data!.auditLog.total };
}

function expectRefused(res: GqlResult, code: string, messageKey?: string) {
  expect(errorCode(res), JSON.stringify(res.errors ?? res.data)).toBe(code);
  if (messageKey) expect(res.errors![0].extensions!.messageKey).toBe(messageKey);
  expect(res.data).toBeNull();
}

beforeAll(async () => {
  t = await startTestApp();
  [ale, sos] = await Promise.all([orgId("1440"), orgId("SOS")]);
  aleAdmin = await newUser(t, "1440", ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"], "it@ale.example.se");
});
afterAll(() => t?.close());

describe("an organisation administrator in Ale cannot administer the platform", () => {
  it("cannot invite a Socialstyrelsen handläggare who could decide grants, and nothing is created or sent", async () => {
    const before = await counts();
    const res = await aleAdmin.request(INVITE, {
      i: { email: "falsk.handlaggare@example.se", name: "Falsk Handläggare", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
    });
    expectRefused(res, "FORBIDDEN", "user.otherOrganisation");
    expect(await counts()).toEqual(before);
    expect(await person("falsk.handlaggare@example.se")).toBeUndefined();
  });

  it("cannot make a Socialstyrelsen user a platform administrator, and their roles stay as they were", async () => {
    const before = await person(DEMO.handlaggare);
    const res = await aleAdmin.request(SET_ROLES, { u: before!.id, r: ["SOCIALSTYRELSEN_HANDLAGGARE", "PLATFORM_ADMIN"] });
    expectRefused(res, "FORBIDDEN", "user.otherOrganisation");
    expect(await person(DEMO.handlaggare)).toEqual(before);
    expect(before!.roles).toEqual(["SOCIALSTYRELSEN_HANDLAGGARE"]);
  });

  it("cannot deactivate the platform administrator, who stays active and signed in", async () => {
    const before = await person(DEMO.admin);
    const res = await aleAdmin.request(SET_ACTIVE, { u: before!.id, a: false });
    expectRefused(res, "FORBIDDEN", "user.otherOrganisation");
    expect(await person(DEMO.admin)).toEqual({ ...before, active: true });
    expect((await (await t.as(DEMO.admin)).request(`{ me { email } }`)).data!.me.email).toBe(DEMO.admin);
  });

  it("reads only what people of Ale did in the audit log, never the whole log", async () => {
    await aleAdmin.request(SET_ROLES, { u: (await person(DEMO.ale))!.id, r: ["KOMMUN_SAMORDNARE"] });
    const own = await aleAdmin.request(`{ auditLog(limit: 200) { total items { action actorOrganisation { code } } } }`);
    expect(own.errors).toBeUndefined();
    const codes = new Set(own.data!.auditLog.items.map((e: { actorOrganisation: { code: string } | null }) => e.actorOrganisation?.code));
    expect([...codes]).toEqual(["1440"]);
    expect(own.data!.auditLog.items.map((e: { action: string }) => e.action)).toContain("user.setRoles");
    // The platform administrator invited Ale's administrator: that entry is Socialstyrelsen's.
    const all = await (await t.as(DEMO.admin)).request(`{ auditLog(action: "user.invite", limit: 200) { total } }`);
    const aleInvites = await aleAdmin.request(`{ auditLog(action: "user.invite", limit: 200) { total } }`);
    expect(all.data!.auditLog.total).toBeGreaterThan(aleInvites.data!.auditLog.total);
    expectRefused(await aleAdmin.request(`query($o: ID) { auditLog(actorOrganisationId: $o) { total } }`, { o: sos }), "FORBIDDEN");
  });

  it("cannot read the outbox", async () => {
    expectRefused(await aleAdmin.request(`{ outboxMails { total items { toAddress textBody } } }`), "FORBIDDEN");
  });

  it("cannot list every organisation's users, nor Socialstyrelsen's", async () => {
    expectRefused(await aleAdmin.request(`{ users(limit: 5) { total } }`), "FORBIDDEN");
    expectRefused(await aleAdmin.request(`query($o: ID) { users(organisationId: $o) { total } }`, { o: sos }), "FORBIDDEN");
  });

  it("is offered no roles to give in another organisation, and only its own roles in Ale", async () => {
    const res = await aleAdmin.request(`query($a: ID!, $s: ID!) { a: organisation(id: $a) { assignableRoles } s: organisation(id: $s) { assignableRoles } }`, {
      a: ale,
      s: sos,
    });
    expect(res.data).toEqual({ a: { assignableRoles: ["ORGANISATION_ADMIN", "KOMMUN_SAMORDNARE"] }, s: { assignableRoles: [] } });
    const platform = await (await t.as(DEMO.admin)).request(`query($s: ID!) { organisation(id: $s) { assignableRoles } }`, { s: sos });
    expect(platform.data!.organisation.assignableRoles).toEqual(["PLATFORM_ADMIN", "ORGANISATION_ADMIN", "SOCIALSTYRELSEN_HANDLAGGARE"]);
  });
});

describe("an organisation administrator manages its own organisation's people", () => {
  it("invites a colleague into Ale, changes their roles, deactivates and reactivates them", async () => {
    const invited = await aleAdmin.request(INVITE, {
      i: { email: "kollega@ale.example.se", name: "Kim Kollega", organisationId: ale, roles: ["KOMMUN_SAMORDNARE"] },
    });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteUser).toMatchObject({ email: "kollega@ale.example.se", roles: ["KOMMUN_SAMORDNARE"], organisation: { code: "1440" } });
    const id = invited.data!.inviteUser.id;
    const roles = await aleAdmin.request(SET_ROLES, { u: id, r: ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"] });
    expect(roles.data!.setUserRoles.roles).toEqual(["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    expect((await aleAdmin.request(SET_ACTIVE, { u: id, a: false })).data!.setUserActive.active).toBe(false);
    expect((await aleAdmin.request(SET_ACTIVE, { u: id, a: true })).data!.setUserActive.active).toBe(true);
    const list = await aleAdmin.request(`query($o: ID) { users(organisationId: $o, limit: 50) { items { email roles active } } }`, { o: ale });
    expect(list.data!.users.items).toContainEqual({ email: "kollega@ale.example.se", roles: ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"], active: true });
    const audit = await aleAdmin.request(`query($e: String) { auditLog(entityId: $e) { items { action } } }`, { e: id });
    expect(audit.data!.auditLog.items.map((e: { action: string }) => e.action)).toEqual(["user.activate", "user.deactivate", "user.setRoles", "user.invite"]);
  });

  it("cannot give a role it does not hold itself, and nothing changes", async () => {
    const onlyAdmin = await newUser(t, "1440", "ORGANISATION_ADMIN");
    const before = { ...(await counts()), person: await person(DEMO.ale) };
    const invite = await onlyAdmin.request(INVITE, {
      i: { email: "samordnare2@ale.example.se", name: "Sam Ordnare", organisationId: ale, roles: ["KOMMUN_SAMORDNARE"] },
    });
    expectRefused(invite, "FORBIDDEN", "user.roleNotGrantable");
    expectRefused(await onlyAdmin.request(SET_ROLES, { u: before.person!.id, r: ["ORGANISATION_ADMIN"] }), "FORBIDDEN", "user.roleNotGrantable");
    expectRefused(await onlyAdmin.request(SET_ACTIVE, { u: before.person!.id, a: false }), "FORBIDDEN", "user.userHasRoleNotGrantable");
    expect({ ...(await counts()), person: await person(DEMO.ale) }).toEqual(before);
    expect(before.person!.active).toBe(true);
  });

  it("in Socialstyrelsen, without the handläggare role, cannot give it, take it or make anyone a platform administrator", async () => {
    const sosAdmin = await newUser(t, "SOS", "ORGANISATION_ADMIN");
    const handlaggare = await person(DEMO.handlaggare);
    const admin = await person(DEMO.admin);
    const before = await counts();
    const attempts = [
      sosAdmin.request(INVITE, {
        i: { email: "ny.handlaggare@example.se", name: "Ny Handläggare", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
      }),
      sosAdmin.request(INVITE, { i: { email: "ny.plattform@example.se", name: "Ny Plattform", organisationId: sos, roles: ["PLATFORM_ADMIN"] } }),
      sosAdmin.request(SET_ROLES, { u: handlaggare!.id, r: ["SOCIALSTYRELSEN_HANDLAGGARE", "PLATFORM_ADMIN"] }),
      sosAdmin.request(SET_ROLES, { u: handlaggare!.id, r: ["ORGANISATION_ADMIN"] }),
      sosAdmin.request(SET_ROLES, { u: admin!.id, r: ["ORGANISATION_ADMIN"] }),
    ];
    for (const res of await Promise.all(attempts)) expectRefused(res, "FORBIDDEN", "user.roleNotGrantable");
    expectRefused(await sosAdmin.request(SET_ACTIVE, { u: admin!.id, a: false }), "FORBIDDEN", "user.userHasRoleNotGrantable");
    expectRefused(await sosAdmin.request(SET_ACTIVE, { u: handlaggare!.id, a: false }), "FORBIDDEN", "user.userHasRoleNotGrantable");
    expect(await counts()).toEqual(before);
    expect(await person(DEMO.handlaggare)).toEqual(handlaggare);
    expect(await person(DEMO.admin)).toEqual(admin);
  });
});

const PERSONAL = "email roles abilities active invitationPending lastLoginAt createdAt";
const HIDDEN = { email: null, roles: null, abilities: null, active: null, invitationPending: null, lastLoginAt: null, createdAt: null };

describe("another organisation's people show only name and organisation", () => {
  it("Göteborg reads the name and organisation of Ale's minutes approver, nothing personal; Ale's approver reads their own", async () => {
    const lst = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const aleUser = await t.as(DEMO.ale);
    const network = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
      i: { name: "Nätverk för justering", topic: "HEDERSRELATERAT_VALD", description: "Göteborg och Ale." },
    });
    const networkId = network.data!.saveNetwork.id;
    await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
      n: networkId,
      o: [ale, await orgId("1480")],
    });
    const startsAt = Date.now() + 10 * 86_400_000;
    const meeting = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId,
        title: "Träff med justering",
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 3_600_000).toISOString(),
        onlineUrl: "https://meet.example.se/j",
      },
    });
    const meetingId = meeting.data!.scheduleNetworkMeeting[0].id;

    // The convener chooses among the members' people: names and organisations only.
    const candidates = await lst.request(`query($n: ID!) { network(id: $n) { approverCandidates { id name organisation { code } ${PERSONAL} } } }`, {
      n: networkId,
    });
    expect(candidates.errors).toBeUndefined();
    const approver = candidates.data!.network.approverCandidates.find((u: { organisation: { code: string } }) => u.organisation.code === "1440");
    expect(approver).toMatchObject({ name: expect.any(String), ...HIDDEN });

    const minutes = { body: "Protokoll.", decisions: ["Beslut."], actionItems: [], approverUserId: approver.id };
    expect(
      (await lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, { m: meetingId, i: minutes }))
        .errors,
    ).toBeUndefined();
    expect(
      (await aleUser.request(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId })).data!.approveMeetingMinutes.status,
    ).toBe("PUBLISHED");

    const QUERY = `query($m: ID!) { networkMeeting(id: $m) { minutes { approver { id name organisation { code } ${PERSONAL} } } } }`;
    const seen = await gbg.request(QUERY, { m: meetingId });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.networkMeeting.minutes.approver).toEqual({ id: approver.id, name: approver.name, organisation: { code: "1440" }, ...HIDDEN });

    const self = await aleUser.request(QUERY, { m: meetingId });
    expect(self.data!.networkMeeting.minutes.approver).toMatchObject({ email: DEMO.ale, roles: ["KOMMUN_SAMORDNARE"], active: true, invitationPending: false });
    expect(self.data!.networkMeeting.minutes.approver.abilities).toContain("training.register");
  });

  it("the users of one's own organisation are shown in full, and the signed-in person always sees themselves", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const own = await gbg.request(`query($o: ID) { users(organisationId: $o) { items { email roles active lastLoginAt } } }`, { o: await orgId("1480") });
    expect(own.data!.users.items).toContainEqual(
      expect.objectContaining({ email: DEMO.goteborg, roles: ["KOMMUN_SAMORDNARE"], active: true, lastLoginAt: expect.any(String) }),
    );
    expect((await gbg.request(`{ me { email roles abilities } }`)).data!.me).toMatchObject({ email: DEMO.goteborg, roles: ["KOMMUN_SAMORDNARE"] });
    const login = await t.anonymous.request(`mutation { login(email: "${DEMO.goteborg}", password: "samverka-demo") { user { email roles } } }`);
    expect(login.data!.login.user).toEqual({ email: DEMO.goteborg, roles: ["KOMMUN_SAMORDNARE"] });
  });
});
