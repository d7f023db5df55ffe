import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Notification } from "../../server/dist/modules/notifications/notification.entity";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { User } from "../../server/dist/modules/users/user.entity";
import { draft, openCallId, submit } from "../grants/fixtures";
import { type Client, DEMO, mailAsSent, newUser, startTestApp, type TestApp } from "../helpers/app";
import { createEvent, person, publish, register } from "../trainings/fixtures";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const DAY = 86_400_000;
const NOTES = `{ notifications(limit: 1) { items { kind title body } } }`;

interface Reader {
  client: Client;
  email: string;
}

/** Two new people of one organisation with one role: one reads Swedish (the default), one has chosen English. */
async function twoReaders(orgCode: string, role: string): Promise<{ sv: Reader; en: Reader }> {
  const tag = Math.random().toString(36).slice(2, 8);
  const svEmail = `sv.${tag}@example.se`;
  const enEmail = `en.${tag}@example.se`;
  const sv = await newUser(t, orgCode, role, svEmail);
  const en = await newUser(t, orgCode, role, enEmail);
  const chosen = await en.request(`mutation { setMyLanguage(language: EN) { language } }`);
  expect(chosen.data!.setMyLanguage.language).toBe("EN");
  return { sv: { client: sv, email: svEmail }, en: { client: en, email: enEmail } };
}

async function newestNotification(r: Reader): Promise<{ kind: string; title: string; body: string }> {
  const res = await r.client.request(NOTES);
  expect(res.errors).toBeUndefined();
  return res.data!.notifications.items[0];
}

async function newestMail(address: string): Promise<OutboxMail> {
  return t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: address }, order: { id: "DESC" } });
}

async function orgId(code: string): Promise<string> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

describe("notifications and e-mails in the reader's language", () => {
  it("grants: a submitted application reaches a Swedish and an English case officer each in their language", async () => {
    const { sv, en } = await twoReaders("SOS", "SOCIALSTYRELSEN_HANDLAGGARE");
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t));
    const submitted = await submit(nck, app.id);
    expect(submitted.errors).toBeUndefined();
    const { diarienummer, requestedAmount } = submitted.data!.submitGrantApplication;
    const amount = `${String(requestedAmount).replace(/\B(?=(\d{3})+(?!\d))/g, " ")} kr`;

    expect(await newestNotification(sv)).toMatchObject({ kind: "grant.application-submitted", title: `Ny ansökan: ${diarienummer}` });
    expect((await newestNotification(sv)).body).toContain(`har skickat in`);
    const english = await newestNotification(en);
    expect(english).toMatchObject({ kind: "grant.application-submitted", title: `New application: ${diarienummer}` });
    expect(english.body).toContain(`has submitted`);
    expect(english.body).toContain(`(${amount})`);

    expect((await newestMail(sv.email)).subject).toBe(`Ny ansökan: ${diarienummer}`);
    const mail = await newestMail(en.email);
    expect(mail.subject).toBe(`New application: ${diarienummer}`);
    expect(mail.textBody).toContain(`(${amount})`);
  });

  it("trainings: a cancelled event is told to each registering coordinator in their language", async () => {
    const { sv, en } = await twoReaders("1440", "KOMMUN_SAMORDNARE");
    const event = await createEvent(t, { title: "Grundutbildning om våld" });
    await publish(t, event.id);
    expect((await register(sv.client, event.id, [person("lang-sv")])).errors).toBeUndefined();
    expect((await register(en.client, event.id, [person("lang-en")])).errors).toBeUndefined();
    const lst = await t.as(DEMO.lstO);
    const cancelled = await lst.request(`mutation($id: ID!, $r: String!) { cancelTrainingEvent(id: $id, reason: $r) { status } }`, {
      id: event.id,
      r: "Lokalen är inte tillgänglig.",
    });
    expect(cancelled.errors).toBeUndefined();

    expect(await newestNotification(sv)).toMatchObject({ kind: "training.event-cancelled", title: "Inställd: Grundutbildning om våld" });
    const english = await newestNotification(en);
    expect(english).toMatchObject({ kind: "training.event-cancelled", title: "Cancelled: Grundutbildning om våld" });
    expect(english.body).toMatch(/^Grundutbildning om våld \(\d{4}-\d{2}-\d{2}\) is cancelled\. Reason: Lokalen är inte tillgänglig\.$/);
    expect((await newestMail(sv.email)).subject).toBe("Inställd: Grundutbildning om våld");
    expect((await newestMail(en.email)).subject).toBe("Cancelled: Grundutbildning om våld");
    // A participant without an account reads Swedish.
    expect((await newestMail("personlang-en@ale.se")).subject).toBe("Inställd: Grundutbildning om våld");
  });

  it("networks: a meeting invitation reaches each member in their language, with the time in Stockholm", async () => {
    const { sv, en } = await twoReaders("1440", "KOMMUN_SAMORDNARE");
    const lst = await t.as(DEMO.lstO);
    const created = await lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, {
      i: { name: `Språknätverket ${Math.random().toString(36).slice(2, 6)}`, topic: "HEDERSRELATERAT_VALD", description: "Ett nätverk för att pröva språken." },
    });
    const networkId = created.data!.saveNetwork.id;
    await lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
      n: networkId,
      o: [await orgId("1440")],
    });
    const startsAt = new Date(Date.UTC(2027, 0, 15, 9, 0));
    const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId,
        title: "Vinterträff",
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        location: "Ale kommunhus",
      },
    });
    expect(scheduled.errors).toBeUndefined();

    const swedish = await newestNotification(sv);
    expect(swedish).toMatchObject({ kind: "network.meeting-invitation", title: "Inbjudan: Vinterträff" });
    expect(swedish.body).toContain("bjuder in till Vinterträff 2027-01-15 10:00, Ale kommunhus.");
    const english = await newestNotification(en);
    expect(english).toMatchObject({ kind: "network.meeting-invitation", title: "Invitation: Vinterträff" });
    expect(english.body).toContain("invites you to Vinterträff 2027-01-15 10:00, Ale kommunhus.");
    expect((await newestMail(sv.email)).subject).toBe("Inbjudan: Vinterträff");
    expect((await newestMail(en.email)).subject).toBe("Invitation: Vinterträff");
  });

  it("development funds: a published allocation reaches each kommun coordinator in their language", async () => {
    const { sv, en } = await twoReaders("1440", "KOMMUN_SAMORDNARE");
    const sos = await t.as(DEMO.handlaggare);
    const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
      i: {
        year: 2020,
        opensAt: new Date(Date.now() - DAY).toISOString(),
        closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
        followUpDueDate: "2021-05-31",
      },
    });
    expect(opened.errors).toBeUndefined();
    const published = await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: opened.data!.openDevelopmentFundRound.id });
    expect(published.errors).toBeUndefined();

    expect(await newestNotification(sv)).toMatchObject({ kind: "devfunds.allotment-published", title: "Utvecklingsmedel 2020: er tilldelning" });
    const english = await newestNotification(en);
    expect(english).toMatchObject({ kind: "devfunds.allotment-published", title: "Development funds 2020: your allotment" });
    expect(english.body).toMatch(/Requisition by \d{4}-\d{2}-\d{2}\.$/);
    expect((await newestMail(sv.email)).subject).toBe("Utvecklingsmedel 2020: er tilldelning");
    expect((await newestMail(en.email)).subject).toBe("Development funds 2020: your allotment");
  });

  it("invitations: mailed in the language the invitation names, Swedish otherwise, with the link hidden in the outbox", async () => {
    const admin = await t.as(DEMO.admin);
    const ale = await orgId("1440");
    const withOrg = (email: string, language?: string) =>
      admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
        i: { email, name: "Ny Person", organisationId: ale, roles: ["KOMMUN_SAMORDNARE"], ...(language ? { language } : {}) },
      });
    expect((await withOrg("inbjuden.sv@example.se")).errors).toBeUndefined();
    expect((await withOrg("invited.en@example.se", "EN")).errors).toBeUndefined();

    const svMail = await newestMail("inbjuden.sv@example.se");
    expect(svMail.subject).toBe("Inbjudan till Samverka");
    expect(svMail.textBody).toContain("Hej Ny Person!");
    expect(svMail.textBody).toContain("/inbjudan?token=[dold]");
    const enMail = await newestMail("invited.en@example.se");
    expect(enMail.subject).toBe("Invitation to Samverka");
    expect(enMail.textBody).toContain("Hello Ny Person,");
    expect(enMail.textBody).toContain("/inbjudan?token=[dold]");
    expect(await mailAsSent(t, "invited.en@example.se")).toMatch(/\/inbjudan\?token=[A-Za-z0-9_-]{20,}/);
    const invited = await t.app.db.manager.findOneByOrFail(User, { email: "invited.en@example.se" });
    expect(invited.language).toBe("en");
  });

  it("a notification made before messages had keys keeps its stored Swedish text", async () => {
    const c = await newUser(t, "1440", "KOMMUN_SAMORDNARE", "gammal@example.se");
    await c.request(`mutation { setMyLanguage(language: EN) { id } }`);
    const user = await t.app.db.manager.findOneByOrFail(User, { email: "gammal@example.se" });
    await t.app.db.transaction((m) =>
      m.insert(Notification, {
        userId: user.id,
        kind: "user.roles-changed",
        title: "En gammal rubrik",
        body: "En gammal text.",
        link: null,
        readAt: null,
        messageKey: null,
        messageParams: null,
      }),
    );
    expect(await newestNotification({ client: c, email: "gammal@example.se" })).toMatchObject({ title: "En gammal rubrik", body: "En gammal text." });
  });
});
