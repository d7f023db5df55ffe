import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, newUser, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { draft, FULL_APPLICATION, openCallId, submit } from "../grants/fixtures";

/**
 * Live notifications: a page listens to /api/notifications/events on one server process, and a
 * notification written through another process reaches it, with nothing but counts in the event.
 */
let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

interface Event {
  event: string;
  data: { unread: number; arrived?: number };
}

/** An open event stream: `next()` waits for the next event (the test's timeout bounds the wait). */
async function listen(baseUrl: string, token: string | undefined) {
  const abort = new AbortController();
  const res = await fetch(`${baseUrl}/api/notifications/events`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: abort.signal });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  async function next(): Promise<Event> {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) as Event["data"] };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("the stream ended");
      buffer += decoder.decode(value, { stream: true });
    }
  }
  return { res, next, close: () => abort.abort() };
}

const unread = async (c: Client) => (await c.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount as number;

describe("live notifications", () => {
  it("a notification written through one process reaches a page listening to the other, with the reader's unread count", async () => {
    const officer = await t.as(DEMO.handlaggare);
    const stream = await listen(second.baseUrl, officer.token);
    try {
      expect(stream.res.status).toBe(200);
      expect(stream.res.headers.get("content-type")).toContain("text/event-stream");
      const first = await stream.next();
      expect(first).toEqual({ event: "unread", data: { unread: await unread(officer) } });

      // NCK submits through the first process; Socialstyrelsen's officers are notified.
      const nck = await t.as(DEMO.nck);
      const app = await draft(nck, await openCallId(t), FULL_APPLICATION);
      expect((await submit(nck, app.id)).errors).toBeUndefined();
      const arrived = await stream.next();
      expect(arrived.event).toBe("notification");
      expect(arrived.data.arrived).toBeGreaterThan(0);
      expect(arrived.data.unread).toBe(await unread(officer));
      expect(Object.keys(arrived.data).sort()).toEqual(["arrived", "unread"]);
    } finally {
      stream.close();
    }
  });

  it("each page hears only of its own reader's notifications", async () => {
    const officer = await t.as(DEMO.handlaggare);
    const kommun = await newUser(t, "1440", "KOMMUN_SAMORDNARE");
    const officerStream = await listen(second.baseUrl, officer.token);
    const kommunStream = await listen(second.baseUrl, kommun.token);
    try {
      await officerStream.next();
      const kommunFirst = await kommunStream.next();
      const nck = await t.as(DEMO.nck);
      const app = await draft(nck, await openCallId(t), FULL_APPLICATION);
      expect((await submit(nck, app.id)).errors).toBeUndefined();
      expect((await officerStream.next()).event).toBe("notification");
      // The kommun was not told of the application; the next event on its page is of its own new role.
      const id = (await kommun.request(`{ me { id } }`)).data!.me.id;
      const admin = await t.as(DEMO.admin);
      const changed = await admin.request(`mutation($id: ID!) { setUserRoles(userId: $id, roles: [KOMMUN_SAMORDNARE, ORGANISATION_ADMIN]) { id } }`, { id });
      expect(changed.errors).toBeUndefined();
      const own = await kommunStream.next();
      expect(own.event).toBe("notification");
      expect(own.data.unread).toBe(await unread(kommun));
      expect(own.data.unread).toBe(kommunFirst.data.unread + own.data.arrived!);
    } finally {
      officerStream.close();
      kommunStream.close();
    }
  });

  it("refuses a page that is not signed in, with the same coded error as /graphql", async () => {
    const res = await fetch(`${second.baseUrl}/api/notifications/events`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
  });
});
