import { Writable } from "node:stream";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { clientFor, DEMO, graphql, startTestApp, type TestApp } from "../helpers/app";

/** Every line the application logs, at the most talkative level. */
const lines: string[] = [];
const memory = new Writable({
  write(chunk: Buffer, _enc, done) {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    done();
  },
});

/** The mails the worker hands to the mail server. */
const sent: { to: string; subject: string; text: string }[] = [];

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const NEW_PASSWORD = "mitt-hemliga-lösenord-123";
const INVITED = "ny.handlaggare@socialstyrelsen.example.se";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ logger: pino({ level: "trace" }, memory), mailTransport: { sendMail: async (m) => void sent.push(m) } });
});
afterAll(() => t?.close());

let requests = 0;
/** A request id of our own, to find the request's log line. */
function rid(): string {
  requests++;
  return `test-request-${requests}`;
}

function requestLines(id: string) {
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.reqId === id);
}

describe("secrets in the logs and the outbox", () => {
  it("a sign-in, an invitation and its acceptance, and a calendar feed leave no secret in any log line; the outbox shows no usable link while the mail sent has one", async () => {
    const ids: string[] = [];
    const send = (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const id = rid();
      ids.push(id);
      return graphql<Record<string, any>>(`${t.baseUrl}/graphql`, query, variables, { "x-request-id": id, ...headers });
    };

    // Sign-in: a bearer token and a session cookie, each used on a later request.
    const signedIn = await send(LOGIN, { e: DEMO.admin, p: DEMO_PASSWORD });
    const bearer = signedIn.data!.login.token as string;
    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0];
    const cookieValue = cookie.split("=")[1];
    expect(cookieValue.length).toBeGreaterThan(20);
    expect((await send(`{ me { email } }`, {}, { cookie })).data!.me.email).toBe(DEMO.admin);
    const me = await send(`{ me { organisation { id } } }`, {}, { authorization: `Bearer ${bearer}` });
    const sos = me.data!.me.organisation.id;
    await send(LOGIN, { e: DEMO.admin, p: "ett-felaktigt-lösenord" });

    // The invitation: the outbox shows the link without its token.
    const invited = await send(
      `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`,
      { i: { email: INVITED, name: "Ny Handläggare", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] } },
      { authorization: `Bearer ${bearer}` },
    );
    expect(invited.errors).toBeUndefined();
    const outbox = await send(`{ outboxMails(limit: 5) { items { toAddress subject textBody status lastError } } }`, {}, { authorization: `Bearer ${bearer}` });
    const shown = outbox.data!.outboxMails.items.find((m: { toAddress: string }) => m.toAddress === INVITED);
    expect(shown.textBody).toContain(`${t.config.publicUrl}/inbjudan?token=[dold]`);
    expect(shown.textBody).not.toMatch(/token=[A-Za-z0-9_-]{10,}/);

    // The mail sent has the working link; after sending, the database keeps no copy of it.
    await t.app.worker!.runOnce();
    const mail = sent.find((m) => m.to === INVITED)!;
    const link = /https?:\/\/\S+\/inbjudan\?token=([A-Za-z0-9_-]+)/.exec(mail.text)!;
    expect(link).toBeTruthy();
    const invitationToken = link[1];
    expect(JSON.stringify(outbox.data)).not.toContain(invitationToken);
    const row = await t.app.db.manager.findOneByOrFail(OutboxMail, { toAddress: INVITED });
    expect(row.status).toBe("SENT");
    expect(row.sealedBody).toBeNull();
    expect(row.textBody).not.toContain(invitationToken);

    // Following the link (the web app's page) and accepting through it.
    const pageId = rid();
    ids.push(pageId);
    await fetch(link[0].replace(t.config.publicUrl, t.baseUrl), { headers: { "x-request-id": pageId, accept: "text/html" } });
    const accepted = await send(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token user { email } } }`, {
      i: { token: invitationToken, password: NEW_PASSWORD },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptInvitation.user.email).toBe(INVITED);
    const invitedBearer = accepted.data!.acceptInvitation.token as string;
    expect((await send(LOGIN, { e: INVITED, p: NEW_PASSWORD })).errors).toBeUndefined();

    // A calendar feed: its secret is in the address.
    const feedUrl = (await send(`mutation { createCalendarFeed }`, {}, { authorization: `Bearer ${invitedBearer}` })).data!.createCalendarFeed as string;
    const feedSecret = /\/api\/calendar\/([^/]+)\.ics$/.exec(feedUrl)![1];
    const feedId = rid();
    ids.push(feedId);
    const feed = await fetch(feedUrl.replace(t.config.publicUrl, t.baseUrl), { headers: { "x-request-id": feedId } });
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    const secrets = { cookieValue, bearer, invitationToken, invitedBearer, feedSecret, NEW_PASSWORD, DEMO_PASSWORD, wrong: "ett-felaktigt-lösenord" };
    expect(lines.length).toBeGreaterThan(ids.length);
    for (const line of lines) {
      for (const [name, secret] of Object.entries(secrets)) expect(line.includes(secret), `${name} in ${line}`).toBe(false);
    }

    // One short line per request: what was asked, how it ended, nothing else.
    for (const id of ids) {
      const logged = requestLines(id);
      expect(logged, id).toHaveLength(1);
      const { level: _l, time: _t, pid: _p, hostname: _h, ...line } = logged[0];
      expect(Object.keys(line).sort()).toEqual(["method", "ms", "msg", "path", "reqId", "status"]);
      expect(JSON.stringify(logged[0]).length).toBeLessThan(300);
    }
    expect(requestLines(pageId)[0].path).toBe("/inbjudan?token=[redacted]");
    expect(requestLines(feedId)[0]).toMatchObject({ method: "GET", path: "/api/calendar/[redacted].ics", status: 200 });
  });

  it("an administrator reading the outbox cannot take over an invited account: the shown text does not accept", async () => {
    const admin = clientFor(
      t.baseUrl,
      (await graphql<{ login: { token: string } }>(`${t.baseUrl}/graphql`, LOGIN, { e: DEMO.admin, p: DEMO_PASSWORD })).data!.login.token,
    );
    const email = "ytterligare@socialstyrelsen.example.se";
    const sos = (await admin.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
    await admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
      i: { email, name: "Ytterligare", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
    });
    const shown = (await admin.request(`{ outboxMails(limit: 5) { items { toAddress textBody } } }`)).data!.outboxMails.items.find(
      (m: { toAddress: string }) => m.toAddress === email,
    );
    const fromOutbox = /token=(\S+)/.exec(shown.textBody)![1];
    const attempt = await graphql(
      `${t.baseUrl}/graphql`,
      `
        mutation ($i: AcceptInvitationInput!) {
          acceptInvitation(input: $i) {
            token
          }
        }
      `,
      { i: { token: fromOutbox, password: "inkräktarens-lösenord" } },
    );
    expect(attempt.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const pending = (await admin.request(`query($s: String) { users(search: $s) { items { email invitationPending } } }`, { s: email })).data!.users.items[0];
    expect(pending).toEqual({ email, invitationPending: true });
  });
});
