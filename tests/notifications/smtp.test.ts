import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import { DEMO, startTestApp, type TestApp } from "../helpers/app";

/** A real SMTP server on loopback that keeps what it receives. */
const received: { to: string[]; data: string }[] = [];
let up = true;
const smtp = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  authOptional: true,
  onRcptTo(address, _session, cb) {
    cb(up ? undefined : Object.assign(new Error("Mailbox unavailable, try later"), { responseCode: 451 }));
  },
  onData(stream, session, cb) {
    let data = "";
    stream.on("data", (c: Buffer) => (data += c.toString()));
    stream.on("end", () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
      cb();
    });
  },
});

let t: TestApp;
beforeAll(async () => {
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", r));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await startTestApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}` }, mailTransport: undefined });
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((r) => smtp.close(r));
});

describe("e-mail through SMTP", () => {
  it("sends an invitation through the SMTP server; while the server refuses, the mail waits in the outbox and goes out once later", async () => {
    expect(t.app.worker).toBeTruthy();
    const admin = await t.as(DEMO.admin);
    const sos = (await admin.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
    up = false;
    await admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
      i: { email: "ny@socialstyrelsen.se", name: "Ny Person", organisationId: sos, roles: ["SOCIALSTYRELSEN_HANDLAGGARE"] },
    });
    expect(await t.app.worker!.runOnce()).toBe(0);
    const waiting = await admin.request(`{ outboxMails(status: PENDING) { items { toAddress attempts lastError } } }`);
    expect(waiting.data!.outboxMails.items[0]).toMatchObject({ toAddress: "ny@socialstyrelsen.se", attempts: 1 });
    expect(waiting.data!.outboxMails.items[0].lastError).toMatch(/451/);
    expect(received).toHaveLength(0);

    up = true;
    await t.app.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(OutboxMail)
        .set({ nextAttemptAt: new Date(Date.now() - 1000) })
        .execute(),
    );
    expect(await t.app.worker!.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await t.app.worker!.runOnce()).toBe(0);
    const mine = received.filter((r) => r.to.includes("ny@socialstyrelsen.se"));
    expect(mine).toHaveLength(1);
    expect(mine[0].data).toContain("Subject: Inbjudan till Samverka");
  });
});
