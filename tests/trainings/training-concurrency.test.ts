import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, DEMO, errorCode, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { createEvent, person, publish, register } from "./fixtures";

let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

describe("seats hold under concurrency", () => {
  it("200 concurrent registrations for 30 seats on two server processes: 30 confirmed, 170 waitlisted at positions 1–170", async () => {
    const event = await createEvent(t, { capacity: 30, title: "Populär kursledarutbildning" });
    await publish(t, event.id);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    const clients = [gbg, ale, clientFor(second.baseUrl, gbg.token), clientFor(second.baseUrl, ale.token)];
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => register(clients[i % 4], event.id, [person(`c${i}`, i % 2 === 0 ? "goteborg" : "ale")])),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const regs = results.map((r) => r.data!.registerForTraining[0]);
    expect(regs.filter((r: { status: string }) => r.status === "CONFIRMED")).toHaveLength(30);
    const waitlisted = regs.filter((r: { status: string }) => r.status === "WAITLISTED");
    expect(waitlisted).toHaveLength(170);

    const lst = await t.as(DEMO.lstO);
    const view = await lst.request(
      `query($id: ID!) { trainingEvent(id: $id) { confirmedCount placesLeft waitlistCount registrations { status waitlistPosition } } }`,
      { id: event.id },
    );
    const e = view.data!.trainingEvent;
    expect(e).toMatchObject({ confirmedCount: 30, placesLeft: 0, waitlistCount: 170 });
    const positions = e.registrations
      .filter((r: { status: string }) => r.status === "WAITLISTED")
      .map((r: { waitlistPosition: number }) => r.waitlistPosition)
      .sort((a: number, b: number) => a - b);
    expect(positions).toEqual(Array.from({ length: 170 }, (_, i) => i + 1));
  });

  it("an organisation's quota holds under concurrency, and the rest of the seats stay for others", async () => {
    const event = await createEvent(t, {
      capacity: 10,
      quotaPerOrganisation: 3,
      quotaReleaseAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
      title: "Kvoterad utbildning",
    });
    await publish(t, event.id);
    const gbg = await t.as(DEMO.goteborg);
    const viaSecond = clientFor(second.baseUrl, gbg.token);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => register(i % 2 ? gbg : viaSecond, event.id, [person(`q${i}`, "goteborg")])));
    const statuses = results.map((r) => r.data!.registerForTraining[0].status);
    expect(statuses.filter((s: string) => s === "CONFIRMED")).toHaveLength(3);
    const ale = await t.as(DEMO.ale);
    const aleRes = await register(ale, event.id, [person("qa1", "ale"), person("qa2", "ale"), person("qa3", "ale"), person("qa4", "ale")]);
    expect(aleRes.data!.registerForTraining.map((r: { status: string }) => r.status)).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
  });

  it("the same person registered six times at once through both processes is registered once; the rest are told so", async () => {
    const event = await createEvent(t, { capacity: 5, title: "Dubbelklickad anmälan" });
    await publish(t, event.id);
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    const clients = [gbg, clientFor(second.baseUrl, gbg.token), ale, clientFor(second.baseUrl, ale.token)];
    for (let round = 0; round < 10; round++) {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => register(clients[i % 4], event.id, [person(`same${round}`, "goteborg")])));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(errorCode(r)).toBe("CONFLICT");
    }
    const lst = await t.as(DEMO.lstO);
    const view = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { confirmedCount waitlistCount registrations { email } } }`, { id: event.id });
    const emails = view.data!.trainingEvent.registrations.map((r: { email: string }) => r.email);
    expect(emails).toHaveLength(10);
    expect(new Set(emails).size).toBe(10);
    expect(view.data!.trainingEvent).toMatchObject({ confirmedCount: 5, waitlistCount: 5 });
  });

  it("a seat freed while others join the waitlist goes to the first in line: never a free seat with people waiting", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const ale = await t.as(DEMO.ale);
    const lst = await t.as(DEMO.lstO);
    for (let round = 0; round < 8; round++) {
      const event = await createEvent(t, { capacity: 1, title: `Sista platsen ${round}` });
      await publish(t, event.id);
      const holder = (await register(gbg, event.id, [person(`holder${round}`, "goteborg")])).data!.registerForTraining[0];
      const cancel = clientFor(second.baseUrl, gbg.token).request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { status } }`, { id: holder.id });
      const joins = Array.from({ length: 4 }, (_, i) =>
        register(i % 2 ? ale : clientFor(second.baseUrl, ale.token), event.id, [person(`w${round}-${i}`, "ale")]),
      );
      const results = await Promise.all([cancel, ...joins]);
      for (const r of results) expect(r.errors).toBeUndefined();
      const view = await lst.request(`query($id: ID!) { trainingEvent(id: $id) { confirmedCount capacity waitlistCount } }`, { id: event.id });
      const e = view.data!.trainingEvent;
      expect(e.confirmedCount).toBe(1);
      expect(e.waitlistCount).toBe(3);
    }
  });
});
