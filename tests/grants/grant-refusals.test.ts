import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { draft, FULL_APPLICATION, getApplication, openCallId, submit } from "./fixtures";

let t: TestApp;
let callId: string;
/** Each test starts on a database of its own (a copy of the run's template): none sees what another wrote. */
beforeEach(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterEach(() => t?.close());

async function countApplications(): Promise<number> {
  const sos = await t.as(DEMO.vardanalys);
  return (await sos.request(`{ grantApplications(limit: 1) { total } }`)).data!.grantApplications.total;
}

describe("who may not", () => {
  it("a kommun cannot apply, and nothing is created", async () => {
    const ale = await t.as(DEMO.ale);
    const res = await ale.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { callId, ...FULL_APPLICATION },
    });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect(res.data).toBeNull();
    const admin = await t.as(DEMO.admin);
    expect((await admin.request(`{ auditLog(entityType: "GrantApplication") { total } }`)).data!.auditLog.total).toBe(0);
  });

  it("an organisation whose kind the call does not name cannot apply, with a message that says why", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const res = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: {
        year: 2026,
        title: "Bara länsstyrelser",
        budget: 100_000,
        eligibleKinds: ["LANSSTYRELSE"],
        opensAt: new Date(Date.now() - 1000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        followUpDueDate: "2027-05-31",
      },
    });
    const nck = await t.as(DEMO.nck);
    const before = await countApplications();
    const refused = await nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { callId: res.data!.createGrantCall.id, title: "x" },
    });
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(refused.errors![0].message).toBe("Organisationer av typen nationellt kunskapscentrum kan inte söka i utlysningen ”Bara länsstyrelser”.");
    expect(await countApplications()).toBe(before);
  });

  it("NCK cannot see Barnafrid's application, in the list or by id", async () => {
    const barnafrid = await t.as(DEMO.barnafrid);
    const app = await draft(barnafrid, callId, { ...FULL_APPLICATION, title: "Barnafrids ansökan" });
    await submit(barnafrid, app.id);
    const nck = await t.as(DEMO.nck);
    const one = await getApplication(nck, app.id);
    expect(errorCode(one)).toBe("NOT_FOUND");
    expect(JSON.stringify(one)).not.toContain("Barnafrids ansökan");
    const list = await nck.request(`{ grantApplications { items { id title } } }`);
    expect(list.data!.grantApplications.items.map((a: { id: string }) => a.id)).not.toContain(app.id);
  });

  it("the consultation body sees only applications sent to it", async () => {
    const lst = await t.as(DEMO.lstAB);
    const app = await draft(lst, callId, { ...FULL_APPLICATION, title: "Stockholms ansökan" });
    await submit(lst, app.id);
    const jam = await t.as(DEMO.jam);
    expect(errorCode(await getApplication(jam, app.id))).toBe("NOT_FOUND");
    expect((await jam.request(`{ grantApplications { total } }`)).data!.grantApplications.total).toBe(0);
  });

  it("budget lines must add up to the requested amount; the draft stays a draft", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId, {
      ...FULL_APPLICATION,
      budgetLines: [
        { category: "Personal", amount: 600_000 },
        { category: "Resor", amount: 100_000 },
      ],
    });
    const res = await submit(nck, app.id);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].message).toBe("Budgetraderna summerar till 700 000 kr men sökt belopp är 900 000 kr. Summan måste vara lika med sökt belopp.");
    expect(res.errors![0].extensions!.fields[0].field).toBe("budgetLines");
    expect((await getApplication(nck, app.id)).data!.grantApplication).toMatchObject({ status: "DRAFT", diarienummer: null });
  });

  it("an incomplete draft cannot be submitted, and each missing field is named", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId, { title: "Halvfärdig" });
    const res = await submit(nck, app.id);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    const fields = res.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(["purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName"]),
    );
  });

  it("nothing can be submitted outside the application window", async () => {
    const sos = await t.as(DEMO.handlaggare);
    // A draft may be prepared before the call opens; it cannot be sent until the call is open.
    const opens = new Date(Date.now() + 3 * 86_400_000);
    const closes = new Date(Date.now() + 9 * 86_400_000);
    const created = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: { year: 2026, title: "Öppnar snart", budget: 100_000, opensAt: opens.toISOString(), closesAt: closes.toISOString(), followUpDueDate: "2027-05-31" },
    });
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, created.data!.createGrantCall.id);
    const res = await submit(nck, app.id);
    expect(errorCode(res)).toBe("CONFLICT");
    const day = (d: Date) => d.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
    expect(res.errors![0].message).toContain(`${day(opens)}–${day(closes)}`);
    expect((await getApplication(nck, app.id)).data!.grantApplication.status).toBe("DRAFT");
    expect((await getApplication(nck, app.id)).data!.grantApplication.status).toBe("DRAFT");
  });

  it("an illegal transition names the current state", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId);
    const sos = await t.as(DEMO.handlaggare);
    const res = await sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: app.id });
    // Socialstyrelsen does not see drafts at all.
    expect(errorCode(res)).toBe("NOT_FOUND");
    await submit(nck, app.id);
    const paid = await sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: app.id });
    expect(errorCode(paid)).toBe("CONFLICT");
    expect(paid.errors![0].message).toBe("Ansökan har status inskickad och kan inte gå till utbetald.");
    const withdrawn = await nck.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { status } }`, { id: app.id });
    expect(withdrawn.data!.withdrawGrantApplication.status).toBe("WITHDRAWN");
    const again = await nck.request(`mutation($id: ID!) { withdrawGrantApplication(id: $id) { status } }`, { id: app.id });
    expect(errorCode(again)).toBe("CONFLICT");
  });

  it("the list of applications costs the same number of SQL statements for 2 or 20 rows", async () => {
    const lst = await t.as(DEMO.lstO);
    for (let i = 0; i < 4; i++) {
      const app = await draft(lst, callId, { ...FULL_APPLICATION, title: `Västra Götaland ${i}`, contactEmail: DEMO.lstO });
      expect((await submit(lst, app.id)).errors).toBeUndefined();
    }
    const sos = await t.as(DEMO.handlaggare);
    const q = `query($l: Int!) { grantApplications(limit: $l) { items { diarienummer organisation { name } call { title } consultations { opinion organisation { name } } versions { version } } } }`;
    const n = async (l: number) => Number((await sos.request(q, { l })).headers.get("x-sql-statements"));
    const total = (await sos.request(`{ grantApplications { total } }`)).data!.grantApplications.total;
    expect(total).toBeGreaterThan(3);
    expect(await n(2)).toBe(await n(total - 1));
  });
});

describe("texts at their limits", () => {
  it("an application at every text limit in four-byte characters is saved, submitted and kept whole (about 100 kB per snapshot)", async () => {
    const nck = await t.as(DEMO.nck);
    const wide = (n: number) => "😀".repeat(n);
    const saved = await nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { callId, ...FULL_APPLICATION, purpose: wide(10_000), plannedActivities: wide(10_000), targetGroups: wide(5_000) },
    });
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveGrantApplication.id;
    expect((await submit(nck, id)).errors).toBeUndefined();
    const back = await nck.request(`query($id: ID!) { grantApplication(id: $id) { status purpose versions { content } } }`, { id });
    expect(back.data!.grantApplication.status).toBe("SUBMITTED");
    expect(back.data!.grantApplication.purpose).toBe(wide(10_000));
    expect(JSON.stringify(back.data!.grantApplication.versions[0].content)).toContain(wide(5_000));
  });
});

describe("what a call offers", () => {
  async function call(window: { opensAt: number; closesAt: number }, eligibleKinds = ["LANSSTYRELSE", "NATIONELLT_KUNSKAPSCENTRUM"]) {
    const sos = await t.as(DEMO.handlaggare);
    const res = await sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: {
        year: 2026,
        title: `Utlysning ${Math.random()}`,
        budget: 100_000,
        eligibleKinds,
        opensAt: new Date(Date.now() + window.opensAt).toISOString(),
        closesAt: new Date(Date.now() + window.closesAt).toISOString(),
        followUpDueDate: "2027-05-31",
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createGrantCall.id as string;
  }
  const DAY = 86_400_000;
  const offered = async (email: string, id: string) =>
    (await (await t.as(email)).request(`query($id: ID!) { grantCall(id: $id) { availableActions } }`, { id })).data!.grantCall.availableActions;
  const save = async (email: string, id: string) =>
    (await t.as(email)).request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, { i: { callId: id, title: "Försök" } });

  it("an open call offers APPLY to an eligible applicant, and a draft can then be started", async () => {
    const id = await call({ opensAt: -DAY, closesAt: DAY });
    expect(await offered(DEMO.nck, id)).toEqual(["APPLY"]);
    expect((await save(DEMO.nck, id)).errors).toBeUndefined();
  });

  it("a call that has not opened yet offers APPLY, so that a draft can be prepared", async () => {
    const notYet = await call({ opensAt: 2 * DAY, closesAt: 9 * DAY });
    expect(await offered(DEMO.nck, notYet)).toEqual(["APPLY"]);
    expect((await save(DEMO.nck, notYet)).errors).toBeUndefined();
  });

  it("a call offers nothing to a kind it does not name, to someone who does not apply, or after it has closed; each save is refused and nothing is created", async () => {
    const open = await call({ opensAt: -DAY, closesAt: DAY }, ["LANSSTYRELSE"]);
    const closed = await call({ opensAt: -9 * DAY, closesAt: -DAY });
    const before = await countApplications();
    for (const [email, id, code] of [
      [DEMO.nck, open, "FORBIDDEN"],
      [DEMO.ale, open, "FORBIDDEN"],
      [DEMO.handlaggare, open, "FORBIDDEN"],
      [DEMO.nck, closed, "CONFLICT"],
    ] as const) {
      expect(await offered(email, id), `${email} ${id}`).toEqual([]);
      expect(errorCode(await save(email, id)), `${email} ${id}`).toBe(code);
    }
    expect(await countApplications()).toBe(before);
  });
});
