// The payment file for the agency's finance system: the requisitions ready to be paid and not exported
// before, in the documented column layout; each payment is exported once, and only by whoever may pay out.
import { parse } from "csv-parse/sync";
import { In } from "typeorm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";
import { Requisition } from "../../server/dist/modules/development-funds/development-fund.entities";
import { Organisation } from "../../server/dist/modules/organisations/organisation.entity";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";

const DAY = 86_400_000;
const KOMMUN_NUMBER = "212000-1520";
const HEADER = ["Mottagare", "Organisationsnummer", "Betalsätt", "Kontonummer", "Belopp (kr)", "Diarienummer", "Referens"];

let t: TestApp;
let sos: Client;
let roundId: string;
let aleId: string;

async function requisition(client: Client, paymentMethod: string, paymentNumber: string, extra: Record<string, unknown> = {}) {
  const allotment = (await client.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment
    .amount as number;
  const res = await client.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id diarienummer grantedAmount } }`, {
    i: {
      roundId,
      amount: allotment,
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
      paymentMethod,
      paymentNumber,
      organisationNumber: KOMMUN_NUMBER,
      plannedUse: [{ category: "SAMORDNING", amount: allotment }],
      ...extra,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.requisitionDevelopmentFunds as { id: string; diarienummer: string; grantedAmount: number };
}

async function paymentFile(client: Client) {
  return fetch(`${t.baseUrl}/api/development-fund-rounds/${roundId}/payment-file.csv`, { headers: { authorization: `Bearer ${client.token}` } });
}

async function rowsOf(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toContain("text/csv");
  expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="betalfil-\d+-\d{8}-\d{6}\.csv"/);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString("utf8")) as string[][];
}

const exportedAt = async (ids: string[]) => (await t.app.db.manager.findBy(GrantApplication, { id: In(ids.map(Number)) })).map((a) => a.paymentExportedAt);
const exportAudits = () => t.app.db.manager.countBy(AuditEntry, { action: "devfunds.exportPaymentFile" });

beforeAll(async () => {
  t = await startTestApp();
  sos = await t.as(DEMO.handlaggare);
});

// Each test has a round of its own (a year of its own), with Ale's requisition ready to be paid.
let year = 2046;
beforeEach(async () => {
  year += 1;
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  expect(opened.errors).toBeUndefined();
  roundId = opened.data!.openDevelopmentFundRound.id;
  expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId })).errors).toBeUndefined();
  aleId = (await requisition(await t.as(DEMO.ale), "BANKGIRO", "5050-1055")).id;
});
afterAll(() => t?.close());

describe("the payment file for the finance system", () => {
  it("is refused to a kommun, and marks nothing as exported", async () => {
    const before = { exported: await exportedAt([aleId]), audits: await exportAudits() };
    const res = await paymentFile(await t.as(DEMO.ale));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
    expect({ exported: await exportedAt([aleId]), audits: await exportAudits() }).toEqual(before);
  });

  it("is refused when a page on another site sends the payout officer there, and marks nothing as exported", async () => {
    const before = { exported: await exportedAt([aleId]), audits: await exportAudits() };
    for (const site of ["cross-site", "same-site"]) {
      const res = await fetch(`${t.baseUrl}/api/development-fund-rounds/${roundId}/payment-file.csv`, {
        headers: { authorization: `Bearer ${sos.token}`, "sec-fetch-site": site },
      });
      expect(res.status).toBe(403);
    }
    expect({ exported: await exportedAt([aleId]), audits: await exportAudits() }).toEqual(before);
  });

  it("lists each payment ready to be paid once, in the documented columns, and a second file only the new ones", async () => {
    const [aleReq] = (await sos.request(`query($r: ID!) { developmentFundRound(id: $r) { kommunPot { id } } }`, { r: roundId }).then(async (r) => {
      const callId = r.data!.developmentFundRound.kommunPot.id;
      const list = await sos.request(
        `query($c: ID!) { grantApplications(callId: $c, readyFor: MARK_PAID, offset: 0, limit: 50) { items { id diarienummer grantedAmount paymentExportedAt organisation { name } } } }`,
        { c: callId },
      );
      expect(list.errors).toBeUndefined();
      return list.data!.grantApplications.items;
    })) as { id: string; diarienummer: string; grantedAmount: number; paymentExportedAt: string | null; organisation: { name: string } }[];
    expect(aleReq.id).toBe(aleId);
    expect(aleReq.paymentExportedAt).toBeNull();
    const audits = await exportAudits();

    const first = await rowsOf(await paymentFile(sos));
    expect(first).toEqual([
      HEADER,
      [
        aleReq.organisation.name,
        KOMMUN_NUMBER,
        "BANKGIRO",
        "5050-1055",
        String(aleReq.grantedAmount),
        aleReq.diarienummer,
        `Utvecklingsmedel ${year} ${aleReq.diarienummer}`,
      ],
    ]);
    const [stamp] = await exportedAt([aleReq.id]);
    expect(stamp).toBeInstanceOf(Date);
    expect(await exportAudits()).toBe(audits + 1);
    const shown = await sos.request(`query($id: ID!) { grantApplication(id: $id) { paymentExportedAt } }`, { id: aleReq.id });
    expect(shown.data!.grantApplication.paymentExportedAt).not.toBeNull();

    // Nothing new: the file has its header and no rows, and no audit row is written.
    expect(await rowsOf(await paymentFile(sos))).toEqual([HEADER]);
    expect(await exportAudits()).toBe(audits + 1);

    // Göteborg requisitions with a plusgiro: the next file has Göteborg only, and Ale keeps its first export time.
    const gbg = await requisition(await t.as(DEMO.goteborg), "PLUSGIRO", "28 65 43-4");
    const second = await rowsOf(await paymentFile(sos));
    expect(second).toHaveLength(2);
    expect(second[1]).toEqual([
      expect.stringContaining("Göteborg"),
      KOMMUN_NUMBER,
      "PLUSGIRO",
      expect.stringMatching(/^28 ?65 ?43-4$/),
      String(gbg.grantedAmount),
      gbg.diarienummer,
      `Utvecklingsmedel ${year} ${gbg.diarienummer}`,
    ]);
    expect((await exportedAt([aleReq.id]))[0]!.getTime()).toBe(stamp!.getTime());
    expect(await exportAudits()).toBe(audits + 2);
  });

  it("includes a payment in only one of two files fetched at the same time", async () => {
    const region = await requisition(await t.as(DEMO.vgregion), "BANKGIRO", "5050-1055");
    const responses = await Promise.all([paymentFile(sos), paymentFile(sos)]);
    const included: string[] = [];
    for (const res of responses) {
      // The one that loses the race is refused (CONFLICT) and marks nothing, or runs after and finds nothing new.
      if (res.status === 409) continue;
      for (const row of (await rowsOf(res)).slice(1)) included.push(row[5]);
    }
    expect(included.filter((d) => d === region.diarienummer)).toHaveLength(1);
    expect(await exportedAt([region.id])).toEqual([expect.any(Date)]);
  });

  it("has the organisation number given with a requisition, kept on the kommun, and refuses one whose check digit does not match", async () => {
    // A kommun no other test of this file requisitions for, so its kept number is this test's alone.
    const harryda = await newUser(t, "1401", "KOMMUN_SAMORDNARE");
    const kept = () => t.app.db.manager.findOneByOrFail(Organisation, { code: "1401" }).then((o) => o.organisationNumber);
    const before = { requisitions: await t.app.db.manager.count(Requisition), number: await kept() };
    const refused = await harryda.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
      i: {
        roundId,
        amount: 1,
        contactName: "Samordnare",
        contactEmail: "samordnare@example.se",
        paymentMethod: "BANKGIRO",
        paymentNumber: "5050-1055",
        organisationNumber: "212000-9995",
        plannedUse: [{ category: "SAMORDNING", amount: 1 }],
      },
    });
    expect(errorCode(refused)).toBe("BAD_USER_INPUT");
    expect(refused.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: "organisationNumber", message: "Kontrollsiffran stämmer inte. Kontrollera organisationsnumret." }),
    ]);
    expect({ requisitions: await t.app.db.manager.count(Requisition), number: await kept() }).toEqual(before);

    const req = await requisition(harryda, "BANKGIRO", "5050-1055", { organisationNumber: "2120009994" });
    expect(await kept()).toBe("212000-9994");
    const rows = await rowsOf(await paymentFile(sos));
    expect(rows.find((r) => r[5] === req.diarienummer)).toEqual([
      expect.stringContaining("Härryda"),
      "212000-9994",
      "BANKGIRO",
      "5050-1055",
      String(req.grantedAmount),
      req.diarienummer,
      `Utvecklingsmedel ${year} ${req.diarienummer}`,
    ]);
  });

  it("has an NGO's organisation number and the account it gave in its application once the grant is decided", async () => {
    const ngo = await t.as("ansokan@kvinnojouren-goteborg.demo.samverka.se");
    const applied = await ngo.request(`mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`, {
      i: {
        roundId,
        title: "Stödsamtal i Angered",
        organisationNumber: "8020000017",
        legalForm: "STIFTELSE",
        activeLocally: true,
        paymentMethod: "PLUSGIRO",
        paymentNumber: "2865434",
        activityArea: "VALDSUTSATTA_KVINNOR",
        description: "Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.",
        countyCode: "14",
        supportMissing: false,
        targetGroups: "Våldsutsatta kvinnor",
        periodStart: `${year}-01-01`,
        periodEnd: `${year}-12-31`,
        requestedAmount: 120_000,
        budgetLines: [{ category: "Personal", amount: 120_000 }],
        contactName: "Kim",
        contactEmail: "kim@example.se",
      },
    });
    expect(applied.errors).toBeUndefined();
    const id = applied.data!.submitNgoApplication.id as string;
    const decided = await sos.request(`mutation($id: ID!, $i: DecisionInput!) { decideGrantApplication(id: $id, input: $i) { diarienummer grantedAmount } }`, {
      id,
      i: { outcome: "APPROVED", motivation: "Prioriterad verksamhet." },
    });
    expect(decided.errors).toBeUndefined();
    const { diarienummer } = decided.data!.decideGrantApplication as { diarienummer: string };
    const rows = await rowsOf(await paymentFile(sos));
    expect(rows.find((r) => r[5] === diarienummer)).toEqual([
      expect.stringContaining("Kvinnojour"),
      "802000-0017",
      "PLUSGIRO",
      "286543-4",
      "120000",
      diarienummer,
      `Utvecklingsmedel ${year} ${diarienummer}`,
    ]);
  });
});
