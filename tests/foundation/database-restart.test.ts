import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type GqlResult, startTestApp, type TestApp } from "../helpers/app";
import { canRunPrivateMariadb, type PrivateMariadb, privateMariadb } from "../helpers/private-mariadb";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/**
 * MySQL/MariaDB only: the test crashes a MariaDB server of its own (SIGKILL) in the middle of a
 * registration burst and starts it again. The embedded SQLite database has no server to lose.
 */
const runs = !!process.env.SAMVERKA_TEST_MYSQL_URL && canRunPrivateMariadb();

let db: PrivateMariadb;
let t: TestApp;
beforeAll(async () => {
  if (!runs) return;
  db = await privateMariadb();
  process.env.SAMVERKA_TEST_MYSQL_URL = db.url;
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
  await db?.remove();
});

const PEOPLE = 60;
const CAPACITY = 20;

describe.skipIf(!runs)("the database crashes and restarts in the middle of a burst", () => {
  it("clients get a clear retryable error (or, if the commit was cut, an outcome-unknown error), the server reconnects, nothing is half-applied and nothing confirmed is lost", async () => {
    const event = await createEvent(t, { capacity: CAPACITY, title: "Utbildning under driftstörning" });
    await publish(t, event.id);
    const clients: Client[] = [await t.as(DEMO.goteborg), await t.as(DEMO.ale)];
    const org = (i: number) => (i % 2 === 0 ? "goteborg" : "ale");
    const attempt = (i: number) => register(clients[i % 2], event.id, [person(`r${i}`, org(i))]);

    // The burst: at most 8 requests at a time. After 15 answers the database is killed; after 5
    // refusals it is started again; the burst goes on throughout.
    const first: GqlResult[] = new Array(PEOPLE);
    let answered = 0;
    let refused = 0;
    let crash: Promise<void> | null = null;
    let restart: Promise<void> | null = null;
    let healthWhileDown: number | null = null;
    let next = 0;
    async function worker() {
      while (next < PEOPLE) {
        const i = next++;
        if (crash) await crash;
        first[i] = await attempt(i);
        answered++;
        if (first[i].errors) refused++;
        if (answered === 15 && !crash) crash = db.crash();
        if (refused === 5 && !restart) {
          healthWhileDown = (await fetch(`${t.baseUrl}/healthz`)).status;
          restart = db.start();
        }
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker));
    // Assigned inside the workers above, so the type checker only sees its initial null here.
    await Promise.resolve(restart);

    const failures = first.filter((r) => r.errors);
    expect(failures.length).toBeGreaterThanOrEqual(5);
    expect(healthWhileDown).toBe(503);
    for (const f of failures) {
      expect(errorCode(f)).toBe("SERVICE_UNAVAILABLE");
      // A request whose COMMIT was cut says that its outcome is unknown instead of inviting a retry.
      if (f.errors![0].extensions!.retryable === false) expect(f.errors![0].message).toMatch(/vi vet inte om den kom med/);
      else {
        expect(f.errors![0].extensions!.retryable).toBe(true);
        expect(f.errors![0].message).toMatch(/Försök igen/);
      }
      expect(JSON.stringify(f)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|at .*\.js|SELECT|INSERT/);
    }
    const confirmedBefore = first.flatMap((r, i) => (r.data?.registerForTraining?.[0]?.status === "CONFIRMED" ? [`person${`r${i}`}@${org(i)}.se`] : []));
    expect(confirmedBefore.length).toBeGreaterThan(0);

    // The server reconnects by itself: each refused person tries again until the answer is final.
    // A repeat of a registration whose commit went through is refused as a duplicate, never doubled.
    expect((await fetch(`${t.baseUrl}/healthz`)).status).toBe(200);
    for (const [i, r] of first.entries()) {
      if (!r.errors) continue;
      let again = await attempt(i);
      for (let tries = 1; errorCode(again) === "SERVICE_UNAVAILABLE" && tries < 20; tries++) again = await attempt(i);
      expect(again.errors === undefined || errorCode(again) === "CONFLICT", JSON.stringify(again.errors)).toBe(true);
    }

    const lst = await t.as(DEMO.lstO);
    const view = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { confirmedCount registrations { email status waitlistPosition } } }`, {
      id: event.id,
    });
    const regs = view.data!.trainingEvent.registrations as { email: string; status: string; waitlistPosition: number | null }[];
    // Everyone exactly once; seats as counted; the waitlist without gaps.
    expect(regs).toHaveLength(PEOPLE);
    expect(new Set(regs.map((r) => r.email)).size).toBe(PEOPLE);
    const confirmed = regs.filter((r) => r.status === "CONFIRMED");
    expect(confirmed).toHaveLength(CAPACITY);
    expect(view.data!.trainingEvent.confirmedCount).toBe(CAPACITY);
    const positions = regs
      .filter((r) => r.status === "WAITLISTED")
      .map((r) => r.waitlistPosition!)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: PEOPLE - CAPACITY }, (_, k) => k + 1));
    // Nothing confirmed before the crash was lost.
    const nowConfirmed = new Set(confirmed.map((r) => r.email));
    for (const email of confirmedBefore) expect(nowConfirmed.has(email), email).toBe(true);
    // Nothing half-applied: every registration row came with its audit row, in the same transaction.
    const audited = (await t.app.ds.query(`SELECT \`after\` AS a FROM audit_entry WHERE action = 'trainingRegistration.create' AND entityId = ?`, [
      String(event.id),
    ])) as { a: string | object }[];
    const auditedIds = audited.flatMap((row) => (typeof row.a === "string" ? JSON.parse(row.a) : row.a).registrations.map((x: { id: number }) => Number(x.id)));
    const [{ n }] = (await t.app.ds.query(`SELECT COUNT(*) AS n FROM training_registration WHERE eventId = ?`, [Number(event.id)])) as { n: number }[];
    expect(Number(n)).toBe(PEOPLE);
    expect(new Set(auditedIds).size).toBe(PEOPLE);
  });
});
