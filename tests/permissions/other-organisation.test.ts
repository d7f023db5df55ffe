import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { draft, FULL_APPLICATION, openCallId, submit } from "../grants/fixtures";
import { createEvent, person, publish, register } from "../trainings/fixtures";

/** Reading or changing another organisation's things by id: NOT_FOUND or FORBIDDEN, and nothing changes. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const REFUSED = ["NOT_FOUND", "FORBIDDEN"];

describe("another organisation's things, by id", () => {
  it("a grant application: Barnafrid can neither read nor change NCK's", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t), FULL_APPLICATION);
    const other = await t.as(DEMO.barnafrid);
    const attempts = [
      other.request(`query($id: ID!) { grantApplication(id: $id) { title } }`, { id: app.id }),
      other.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, { i: { id: app.id, title: "Kapad" } }),
      other.request(`mutation($id: ID!) { submitGrantApplication(id: $id) { id } }`, { id: app.id }),
      other.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { id } }`, { id: app.id }),
      other.request(`mutation($id: ID!) { submitGrantFollowUp(id: $id, input: { report: "x", usedAmount: 0 }) { id } }`, { id: app.id }),
    ];
    for (const res of await Promise.all(attempts)) expect(REFUSED).toContain(errorCode(res));
    const after = await nck.request(`query($id: ID!) { grantApplication(id: $id) { title status } }`, { id: app.id });
    expect(after.data!.grantApplication).toEqual({ title: FULL_APPLICATION.title, status: "DRAFT" });
    expect((await submit(nck, app.id)).errors).toBeUndefined();
  });

  it("a training event and a registration: another county board and another kommun are refused", async () => {
    const event = await createEvent(t, { capacity: 5, title: "Egen utbildning" });
    const lstAB = await t.as(DEMO.lstAB);
    expect(errorCode(await lstAB.request(`query($id: ID!) { trainingEvent(id: $id) { id } }`, { id: event.id }))).toBe("NOT_FOUND");
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: event.id })));
    await publish(t, event.id);
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { cancelTrainingEvent(id: $id, reason: "x") { id } }`, { id: event.id })));
    const gbg = await t.as(DEMO.goteborg);
    const reg = (await register(gbg, event.id, [person("x1", "goteborg")])).data!.registerForTraining[0];
    const ale = await t.as(DEMO.ale);
    expect(REFUSED).toContain(errorCode(await ale.request(`mutation($id: ID!) { cancelTrainingRegistration(id: $id) { id } }`, { id: reg.id })));
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { markAttendance(registrationId: $id, sessionIds: [], attended: ATTENDED) { id } }`, { id: reg.id })));
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { moveTrainingRegistration(id: $id, status: WAITLISTED) { id } }`, { id: reg.id })));
    const mine = await gbg.request(`{ myTrainingRegistrations { id status } }`);
    expect(mine.data!.myTrainingRegistrations.find((r: { id: string }) => r.id === reg.id).status).toBe("CONFIRMED");
  });

  it("a network and its meetings: a county board that is no member is refused", async () => {
    const lstO = await t.as(DEMO.lstO);
    const vg = (await lstO.request(`{ networks(convenedByMe: true) { items { id name } } }`)).data!.networks.items[0];
    const lstAB = await t.as(DEMO.lstAB);
    expect(errorCode(await lstAB.request(`query($id: ID!) { network(id: $id) { name } }`, { id: vg.id }))).toBe("NOT_FOUND");
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { addNetworkMembers(networkId: $id, organisationIds: ["1"]) { id } }`, { id: vg.id })));
    expect(REFUSED).toContain(errorCode(await lstAB.request(`mutation($id: ID!) { saveNetwork(input: { id: $id, name: "Kapat", topic: OTHER }) { id } }`, { id: vg.id })));
    expect((await lstO.request(`query($id: ID!) { network(id: $id) { name } }`, { id: vg.id })).data!.network.name).toBe(vg.name);
  });

  it("another person's notifications cannot be marked read", async () => {
    // Socialstyrelsen was notified of NCK's application above.
    const sos = await t.as(DEMO.handlaggare);
    const nck = await t.as(DEMO.nck);
    const theirs = (await sos.request(`{ notifications { items { id readAt } } }`)).data!.notifications.items;
    expect(theirs.length).toBeGreaterThan(0);
    expect((await nck.request(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: theirs.map((n: { id: string }) => n.id) })).data!.markNotificationsRead).toBe(0);
    expect((await sos.request(`{ unreadNotificationCount }`)).data!.unreadNotificationCount).toBe(theirs.filter((n: { readAt: string | null }) => !n.readAt).length);
  });
});
