import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, type TestApp, startTestApp } from "../helpers/app";

/** Each test starts on a database of its own (a copy of the run's template). */
let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

/** A year without meetings in the demo data; meetings recorded afterwards are held at once. */
const YEAR = 2019;
const BY_TOPIC = `query($y: Int!) { networksByTopic(year: $y) { year lansstyrelser topics { topic lansstyrelser share meetingsHeld organisations countyCodes } } }`;

async function orgId(code: string): Promise<string> {
  const admin = await t.as(DEMO.admin);
  const res = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: code });
  return res.data!.organisations.items.find((o: { code: string }) => o.code === code).id;
}

/** A network of the convener with the given members, and meetings held on the given days of YEAR. */
async function network(convener: Client, name: string, topic: string, members: string[], heldOn: string[]): Promise<string> {
  const saved = await convener.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name, topic } });
  expect(saved.errors).toBeUndefined();
  const id = saved.data!.saveNetwork.id;
  if (members.length) {
    const added = await convener.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
      n: id,
      o: members,
    });
    expect(added.errors).toBeUndefined();
  }
  for (const day of heldOn) {
    const res = await convener.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { status } }`, {
      i: { networkId: id, title: "Nätverksträff", startsAt: `${day}T08:00:00Z`, endsAt: `${day}T11:00:00Z`, location: "Länsstyrelsen", invite: false },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.scheduleNetworkMeeting[0].status).toBe("HELD");
  }
  return id;
}

describe("networks by topic, nationally", () => {
  it("counts the länsstyrelser convening each topic, their meetings and the organisations represented, each once", async () => {
    const [lstO, lstAB] = await Promise.all([t.as(DEMO.lstO), t.as(DEMO.lstAB)]);
    const [gbg, ale] = await Promise.all([orgId("1480"), orgId("1440")]);
    await network(lstO, "Hedersnätverket Västra Götaland", "HEDERSRELATERAT_VALD", [gbg, ale], [`${YEAR}-03-12`]);
    await network(lstO, "Hedersnätverket Göteborgsregionen", "HEDERSRELATERAT_VALD", [gbg], [`${YEAR}-04-09`, `${YEAR}-10-15`]);
    await network(lstAB, "Hedersnätverket Stockholm", "HEDERSRELATERAT_VALD", [ale], [`${YEAR}-05-14`]);
    // A network that met only the year before, and one that never met, do not count.
    await network(lstAB, "Prostitutionsnätverket Stockholm", "PROSTITUTION_MANNISKOHANDEL", [gbg], [`${YEAR - 1}-11-20`]);
    await network(lstO, "Våld i nära relationer, nytt", "VALD_I_NARA_RELATIONER", [ale], []);

    const res = await (await t.as(DEMO.handlaggare)).request(BY_TOPIC, { y: YEAR });
    expect(res.errors).toBeUndefined();
    const figures = res.data!.networksByTopic;
    expect(figures.lansstyrelser).toBe(21);
    const topic = (name: string) => figures.topics.find((x: { topic: string }) => x.topic === name);
    expect(topic("HEDERSRELATERAT_VALD")).toEqual({
      topic: "HEDERSRELATERAT_VALD",
      lansstyrelser: 2,
      share: 2 / 21,
      meetingsHeld: 4,
      organisations: 2,
      countyCodes: ["01", "14"],
    });
    expect(topic("PROSTITUTION_MANNISKOHANDEL")).toMatchObject({ lansstyrelser: 0, share: 0, meetingsHeld: 0, organisations: 0 });
    expect(topic("VALD_I_NARA_RELATIONER")).toMatchObject({ lansstyrelser: 0, meetingsHeld: 0 });
    expect(figures.topics).toHaveLength(6);
  });

  it("Socialstyrelsen, Vårdanalys and Jämställdhetsmyndigheten see the aggregate and its chart, never a network's name, and still cannot open the network", async () => {
    const lstO = await t.as(DEMO.lstO);
    const id = await network(lstO, "Hemliga nätverket", "HEDERSRELATERAT_VALD", [await orgId("1480")], [`${YEAR}-03-12`]);
    for (const who of [DEMO.handlaggare, DEMO.vardanalys, DEMO.jam]) {
      const c = await t.as(who);
      const res = await c.request(`query($y: Int!) { networksByTopic(year: $y) { topics { topic lansstyrelser } chart } }`, { y: YEAR });
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toContain("Hemliga");
      const chart = res.data!.networksByTopic.chart;
      expect(chart.mark.type).toBe("bar");
      expect(chart.data.values.find((v: { category: string }) => v.category === "Hedersrelaterat våld och förtryck").value).toBe(1 / 21);
      const opened = await c.request(`query($id: ID!) { network(id: $id) { name } }`, { id });
      expect(opened.data?.network ?? null).toBeNull();
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCode(opened));
      const stats = await c.request(`query($id: ID!, $y: Int!) { networkStatistics(networkId: $id, year: $y) { members } }`, { id, y: YEAR });
      expect(["FORBIDDEN", "NOT_FOUND"]).toContain(errorCode(stats));
    }
  });

  it("a kommun and a national centre are refused the national aggregate", async () => {
    for (const who of [DEMO.ale, DEMO.nck]) expect(errorCode(await (await t.as(who)).request(BY_TOPIC, { y: YEAR }))).toBe("FORBIDDEN");
  });

  it("costs the same number of SQL statements for one network as for three, and refuses a year out of range", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const lstO = await t.as(DEMO.lstO);
    const gbg = await orgId("1480");
    await network(lstO, "Nätverk 1", "BARN", [gbg], [`${YEAR}-02-01`]);
    const small = await sos.request(BY_TOPIC, { y: YEAR });
    await network(lstO, "Nätverk 2", "VALDSFOREBYGGANDE", [gbg], [`${YEAR}-02-02`, `${YEAR}-02-03`]);
    await network(await t.as(DEMO.lstAB), "Nätverk 3", "OTHER", [gbg], [`${YEAR}-02-04`]);
    const large = await sos.request(BY_TOPIC, { y: YEAR });
    const count = (r: typeof small) => Number(r.headers.get("x-sql-statements"));
    expect(large.data!.networksByTopic.topics.filter((x: { meetingsHeld: number }) => x.meetingsHeld > 0)).toHaveLength(3);
    expect(count(large)).toBe(count(small));
    expect(errorCode(await sos.request(BY_TOPIC, { y: 2100 }))).toBe("BAD_USER_INPUT");
  });
});
