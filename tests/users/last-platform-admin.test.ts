import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, clientFor, DEMO, errorCode, graphql, invitationToken, startTestApp, type TestApp } from "../helpers/app";

/** There is always one active platform administrator: neither demotion nor deactivation, nor two at once, removes the last. */
let t: TestApp;
let sos: string;
/** Every platform administrator created here, with a signed-in client. */
const admins: { id: string; email: string; client: Client }[] = [];

const SET_ROLES = `mutation($u: ID!, $r: [Role!]!) { setUserRoles(userId: $u, roles: $r) { id roles } }`;
const SET_ACTIVE = `mutation($u: ID!, $a: Boolean!) { setUserActive(userId: $u, active: $a) { id active } }`;

/** The platform administrators as the database has them: id, roles, active. */
async function platformAdmins(): Promise<{ id: string; email: string; roles: string[]; active: boolean }[]> {
  const rows = await t.app.db.manager.query("SELECT id, email, roles, active FROM `user` WHERE roles LIKE '%PLATFORM_ADMIN%' ORDER BY id");
  return rows.map((r: { id: number; email: string; roles: string; active: number | boolean }) => ({
    id: String(r.id),
    email: r.email,
    roles: r.roles.split(","),
    active: !!Number(r.active),
  }));
}

const activeAdmins = async () => (await platformAdmins()).filter((a) => a.active);

/** The one active platform administrator who remains, with their client. */
async function survivor() {
  const [one, ...more] = await activeAdmins();
  expect(more).toEqual([]);
  return admins.find((a) => a.id === one.id)!;
}

/** A second platform administrator, invited by `by` and signed in. */
async function secondAdmin(by: Client, n: number) {
  const email = `plattform${n}@socialstyrelsen.example.se`;
  const invited = await by.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
    i: { email, name: `Plattform ${n}`, organisationId: sos, roles: ["PLATFORM_ADMIN"] },
  });
  expect(invited.errors).toBeUndefined();
  const token = await invitationToken(t, email);
  const accepted = await graphql<{ acceptInvitation: { token: string } }>(
    `${t.baseUrl}/graphql`,
    `
      mutation ($i: AcceptInvitationInput!) {
        acceptInvitation(input: $i) {
          token
        }
      }
    `,
    {
      i: { token, password: "ett-långt-testlösenord" },
    },
  );
  const admin = { id: invited.data!.inviteUser.id as string, email, client: clientFor(t.baseUrl, accepted.data!.acceptInvitation.token) };
  admins.push(admin);
  return admin;
}

beforeAll(async () => {
  t = await startTestApp();
  const demo = await t.as(DEMO.admin);
  sos = (await demo.request(`{ organisations(search: "SOS", limit: 5) { items { id code } } }`)).data!.organisations.items.find(
    (o: { code: string }) => o.code === "SOS",
  ).id;
  admins.push({ id: (await demo.request(`{ me { id } }`)).data!.me.id, email: DEMO.admin, client: demo });
});
afterAll(() => t?.close());

describe("the last platform administrator", () => {
  it("cannot remove their own platform administration or deactivate themselves, and stays as they were", async () => {
    const me = await survivor();
    const before = await platformAdmins();
    expect(errorCode(await me.client.request(SET_ROLES, { u: me.id, r: ["SOCIALSTYRELSEN_HANDLAGGARE"] }))).toBe("CONFLICT");
    expect(errorCode(await me.client.request(SET_ACTIVE, { u: me.id, a: false }))).toBe("CONFLICT");
    expect(await platformAdmins()).toEqual(before);
  });

  it("two administrators demoting each other at the same moment leave exactly one", async () => {
    const a = await survivor();
    const b = await secondAdmin(a.client, 1);
    const [ab, ba] = await Promise.all([
      a.client.request(SET_ROLES, { u: b.id, r: ["SOCIALSTYRELSEN_HANDLAGGARE"] }),
      b.client.request(SET_ROLES, { u: a.id, r: ["SOCIALSTYRELSEN_HANDLAGGARE"] }),
    ]);
    const refused = [ab, ba].filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(["CONFLICT", "FORBIDDEN"]).toContain(errorCode(refused[0]));
    const left = await activeAdmins();
    expect(left).toHaveLength(1);
    expect([a.id, b.id]).toContain(left[0].id);
  });

  it("two administrators deactivating each other at the same moment leave exactly one", async () => {
    const a = await survivor();
    const b = await secondAdmin(a.client, 2);
    const [ab, ba] = await Promise.all([a.client.request(SET_ACTIVE, { u: b.id, a: false }), b.client.request(SET_ACTIVE, { u: a.id, a: false })]);
    const refused = [ab, ba].filter((r) => r.errors);
    expect(refused).toHaveLength(1);
    expect(["CONFLICT", "UNAUTHENTICATED"]).toContain(errorCode(refused[0]));
    const left = await activeAdmins();
    expect(left).toHaveLength(1);
    expect([a.id, b.id]).toContain(left[0].id);
  });
});
