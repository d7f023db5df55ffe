import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { draft, FULL_APPLICATION, openCallId, submit } from "../grants/fixtures";
import { createEvent, publish } from "../trainings/fixtures";

const SEARCH = `query($term: String!) { search(term: $term) { term groups { kind total hits { title detail link } } } }`;

interface Hit {
  title: string;
  detail: string | null;
  link: string;
}

async function hits(c: Client, term: string, kind: string): Promise<Hit[]> {
  const res = await c.request(SEARCH, { term });
  expect(res.errors).toBeUndefined();
  return res.data!.search.groups.find((g: { kind: string }) => g.kind === kind).hits;
}

async function must<T extends { errors?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

let t: TestApp;
let callId: string;
beforeEach(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterEach(() => t?.close());

/** Barnafrid's submitted application, with its diarienummer. */
async function barnafridsApplication(title = "Barnahus och skolans elevhälsa") {
  const barnafrid = await t.as(DEMO.barnafrid);
  const app = await draft(barnafrid, callId, { ...FULL_APPLICATION, title });
  const submitted = await must(submit(barnafrid, app.id));
  return { id: app.id as string, diarienummer: submitted.data!.submitGrantApplication.diarienummer as string };
}

describe("searching applications", () => {
  it("Socialstyrelsen finds an application by its diarienummer, by its title and by the organisation's name", async () => {
    const app = await barnafridsApplication();
    const sos = await t.as(DEMO.handlaggare);
    const expected = [
      {
        title: "Barnahus och skolans elevhälsa",
        detail: `${app.diarienummer} · Barnafrid, Linköpings universitet`,
        link: `/stimulansmedel/ansokningar/${app.id}`,
      },
    ];
    const found = await hits(sos, app.diarienummer, "APPLICATION");
    expect(found.map((h) => h.link)).toEqual(expected.map((h) => h.link));
    expect(found[0].detail).toContain(app.diarienummer);
    expect((await hits(sos, "skolans elevhälsa", "APPLICATION")).map((h) => h.link)).toEqual([`/stimulansmedel/ansokningar/${app.id}`]);
    expect((await hits(sos, "BARNAHUS", "APPLICATION")).map((h) => h.link)).toEqual([`/stimulansmedel/ansokningar/${app.id}`]);
    expect((await hits(sos, "Barnafrid", "APPLICATION")).map((h) => h.link)).toContain(`/stimulansmedel/ansokningar/${app.id}`);
  });

  it("another organisation finds nothing of it, by diarienummer or title, and the consultation body only once it is sent there", async () => {
    const app = await barnafridsApplication();
    for (const email of [DEMO.nck, DEMO.goteborg, DEMO.lstO, DEMO.jam]) {
      const c = await t.as(email);
      for (const term of [app.diarienummer, "skolans elevhälsa"]) {
        const res = await c.request(SEARCH, { term });
        expect(res.errors).toBeUndefined();
        expect(JSON.stringify(res.data!.search.groups)).not.toContain("elevhälsa");
      }
    }
    const sos = await t.as(DEMO.handlaggare);
    await must(sos.request(`mutation($ids: [ID!]!) { requestConsultation(applicationIds: $ids) { id } }`, { ids: [app.id] }));
    expect((await hits(await t.as(DEMO.jam), app.diarienummer, "APPLICATION")).map((h) => h.title)).toEqual(["Barnahus och skolans elevhälsa"]);
  });

  it("the own organisation finds its draft; nobody else does", async () => {
    const barnafrid = await t.as(DEMO.barnafrid);
    await draft(barnafrid, callId, { ...FULL_APPLICATION, title: "Utkast om traumamedveten omsorg" });
    expect((await hits(barnafrid, "traumamedveten", "APPLICATION")).map((h) => h.title)).toEqual(["Utkast om traumamedveten omsorg"]);
    expect(await hits(await t.as(DEMO.handlaggare), "traumamedveten", "APPLICATION")).toEqual([]);
  });

  it("matches å, ä and ö whatever their case, on every database", async () => {
    await barnafridsApplication("Öppna mottagningar för våldsutsatta");
    const officer = await t.as(DEMO.handlaggare);
    expect((await hits(officer, "öppna mottagningar", "APPLICATION")).map((h) => h.title)).toEqual(["Öppna mottagningar för våldsutsatta"]);
    expect((await hits(officer, "VÅLDSUTSATTA", "APPLICATION")).map((h) => h.title)).toEqual(["Öppna mottagningar för våldsutsatta"]);
  });

  it("wildcards in the term are searched for as characters", async () => {
    await barnafridsApplication();
    expect(await hits(await t.as(DEMO.handlaggare), "%%%", "APPLICATION")).toEqual([]);
    expect(await hits(await t.as(DEMO.handlaggare), "___", "APPLICATION")).toEqual([]);
  });
});

describe("searching trainings, networks and meetings", () => {
  it("finds a published training for everyone, and a draft only for its organiser", async () => {
    const published = await createEvent(t, { title: "FREDA-utbildning för socialtjänsten" });
    await publish(t, published.id);
    await createEvent(t, { title: "FREDA-utkast som inte är publicerat" });
    const gbg = await t.as(DEMO.goteborg);
    expect((await hits(gbg, "freda", "TRAINING")).map((h) => h.title)).toEqual(["FREDA-utbildning för socialtjänsten"]);
    expect((await hits(await t.as(DEMO.lstO), "freda", "TRAINING")).map((h) => h.title).sort()).toEqual([
      "FREDA-utbildning för socialtjänsten",
      "FREDA-utkast som inte är publicerat",
    ]);
    expect((await hits(gbg, "freda", "TRAINING"))[0].link).toBe(`/utbildningar/${published.id}`);
  });

  it("finds a network and its meetings for members only", async () => {
    const lst = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const gbgOrg = (await gbg.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
    const network = await must(
      lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name: "Hedersnätverket väst", topic: "OTHER" } }),
    );
    const networkId = network.data!.saveNetwork.id;
    await must(lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, { n: networkId, o: [gbgOrg] }));
    const startsAt = new Date(Date.now() + 10 * 86_400_000);
    const meeting = await must(
      lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
        i: {
          networkId,
          title: "Hedersträff om skolan",
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
          location: "Göteborg",
          invite: false,
        },
      }),
    );
    const meetingId = meeting.data!.scheduleNetworkMeeting[0].id;
    expect(await hits(gbg, "heders", "NETWORK")).toEqual([{ title: "Hedersnätverket väst", detail: null, link: `/natverk/${networkId}` }]);
    expect((await hits(gbg, "heders", "MEETING")).map((h) => h.link)).toEqual([`/natverk/moten/${meetingId}`]);
    const ale = await t.as(DEMO.ale);
    const res = await ale.request(SEARCH, { term: "heders" });
    expect(res.data!.search.groups.map((g: { total: number }) => g.total)).toEqual([0, 0, 0, 0]);
    expect(JSON.stringify(res.data)).not.toContain("Heders");
  });
});

describe("bounds", () => {
  it("refuses a term shorter than three characters with a message, and asks to be signed in", async () => {
    const sos = await t.as(DEMO.handlaggare);
    for (const term of ["ab", "  a  "]) {
      const res = await sos.request(SEARCH, { term });
      expect(errorCode(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0].extensions!.fields[0].message).toBe("Skriv minst 3 och högst 100 tecken att söka efter.");
    }
    expect(errorCode(await t.anonymous.request(SEARCH, { term: "webbkurs" }))).toBe("UNAUTHENTICATED");
  });

  it("lists at most ten hits of a kind with the full count, in a number of statements that does not grow with the hits", async () => {
    const lst = await t.as(DEMO.lstO);
    const statements = async () => Number((await lst.request(SEARCH, { term: "Länskurs" })).headers.get("x-sql-statements"));
    for (let i = 0; i < 11; i++) await createEvent(t, { title: `Länskurs ${i}` });
    const eleven = await statements();
    for (let i = 11; i < 22; i++) await createEvent(t, { title: `Länskurs ${i}` });
    const res = await lst.request(SEARCH, { term: "Länskurs" });
    const group = res.data!.search.groups.find((g: { kind: string }) => g.kind === "TRAINING");
    expect(group.total).toBe(22);
    expect(group.hits).toHaveLength(10);
    expect(await statements()).toBe(eleven);
  });
});
