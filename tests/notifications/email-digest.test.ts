import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addDays, stockholmDate, stockholmInstant } from "../../server/dist/shared/dates";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

/**
 * How a person hears of notifications by e-mail: one mail each (the default), a daily digest of
 * what is unread, or none. The in-app notifications are the same whatever they choose.
 */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

interface Person {
  client: Client;
  id: string;
  email: string;
}

async function person(): Promise<Person> {
  const client = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
  const me = (await client.request(`{ me { id email } }`)).data!.me;
  return { client, id: me.id, email: me.email };
}

/** The platform administrator changes the person's roles; the person is notified (in Samverka and, as chosen, by e-mail). */
async function notifyOf(p: Person, roles: string[]) {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`mutation($id: ID!, $r: [Role!]!) { setUserRoles(userId: $id, roles: $r) { id } }`, { id: p.id, r: roles });
  expect(res.errors).toBeUndefined();
}

const mailsTo = (email: string) => t.app.ds.getRepository(OutboxMail).find({ where: { toAddress: email }, order: { id: "ASC" } });
const unread = async (p: Person) => (await p.client.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount as number;
const choose = (p: Person, frequency: string) =>
  p.client.request(`mutation($f: EmailFrequency!) { setMyEmailFrequency(frequency: $f) { emailFrequency } }`, { f: frequency });

/** Tomorrow at the given Stockholm time, when the day's digests are due from 07:00. */
const tomorrowAt = (time: string) => stockholmInstant(addDays(stockholmDate(), 1), time);

describe("e-mail about notifications", () => {
  it("sends one e-mail per notification by default", async () => {
    const p = await person();
    expect((await p.client.request(`{ me { emailFrequency } }`)).data!.me.emailFrequency).toBe("IMMEDIATE");
    const before = (await mailsTo(p.email)).length;
    await notifyOf(p, ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    expect((await mailsTo(p.email)).length).toBe(before + 1);
  });

  it("with a daily digest: no mail per notification, then one digest from 07:00 listing what is unread, once however often the job runs", async () => {
    const p = await person();
    expect((await choose(p, "DAILY")).data!.setMyEmailFrequency.emailFrequency).toBe("DAILY");
    const before = (await mailsTo(p.email)).length;
    await notifyOf(p, ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    await notifyOf(p, ["KOMMUN_SAMORDNARE"]);
    expect(await unread(p)).toBeGreaterThanOrEqual(2);
    expect((await mailsTo(p.email)).length).toBe(before);

    // Before 07:00 nothing is due; from 07:00 one digest, and running the job again (or at once from two places) adds none.
    expect(await t.app.services.notifications.sendDigests(tomorrowAt("06:30"))).toBe(0);
    const at = tomorrowAt("07:30");
    const runs = await Promise.all([t.app.services.notifications.sendDigests(at), t.app.services.notifications.sendDigests(at)]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const mails = (await mailsTo(p.email)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Samverka: 2 olästa aviseringar sedan förra sammanfattningen");
    expect(mails[0].textBody).toContain("• Dina roller i Samverka har ändrats");
    expect(mails[0].textBody).toContain("/aviseringar");
    expect(await t.app.services.notifications.sendDigests(tomorrowAt("09:00"))).toBe(0);
    expect(await mailsTo(p.email)).toHaveLength(before + 1);
  });

  it("writes the digest in the reader's language", async () => {
    const p = await person();
    await p.client.request(`mutation { setMyLanguage(language: EN) { id } }`);
    await choose(p, "DAILY");
    await notifyOf(p, ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    await t.app.services.notifications.sendDigests(tomorrowAt("07:30"));
    const [mail] = (await mailsTo(p.email)).slice(-1);
    expect(mail.subject).toBe("Samverka: 1 unread notifications since the last digest");
    expect(mail.textBody).toContain("• Your roles in Samverka have changed");
  });

  it("sends no digest when nothing new is unread, and no e-mail at all to someone who turned it off", async () => {
    const quiet = await person();
    await choose(quiet, "DAILY");
    const before = (await mailsTo(quiet.email)).length;
    await t.app.services.notifications.sendDigests(tomorrowAt("07:30"));
    expect(await mailsTo(quiet.email)).toHaveLength(before);

    const off = await person();
    await choose(off, "OFF");
    const offBefore = (await mailsTo(off.email)).length;
    await notifyOf(off, ["KOMMUN_SAMORDNARE", "ORGANISATION_ADMIN"]);
    await t.app.services.notifications.sendDigests(tomorrowAt("07:30"));
    expect(await mailsTo(off.email)).toHaveLength(offBefore);
    // The notification itself is there, in Samverka.
    expect(await unread(off)).toBeGreaterThan(0);
  });

  it("is one's own choice: nobody else reads it, and an unknown choice is refused with nothing changed", async () => {
    const p = await person();
    await choose(p, "DAILY");
    const admin = await t.as(DEMO.admin);
    const listed = await admin.request(`query($s: String) { users(search: $s, limit: 200) { items { id emailFrequency } } }`, { s: "Test 1440" });
    expect(listed.errors, JSON.stringify(listed.errors)).toBeUndefined();
    expect(listed.data!.users.items).toContainEqual({ id: p.id, emailFrequency: null });
    expect(errorCode(await choose(p, "HOURLY"))).toBe("BAD_USER_INPUT");
    expect((await p.client.request(`{ me { emailFrequency } }`)).data!.me.emailFrequency).toBe("DAILY");
  });
});
