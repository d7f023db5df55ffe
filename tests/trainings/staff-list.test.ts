import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { StaffMember } from "../../server/dist/modules/trainings/training.entities";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t?.close());

const LIST = `query($s: String) { staffMembers(search: $s, limit: 100) { total items { id name email title workplace } } }`;
const SAVE = `mutation($i: StaffMemberInput!) { saveStaffMember(input: $i) { id name email title workplace } }`;
const REMOVE = `mutation($id: ID!) { removeStaffMember(id: $id) }`;
const PREVIEW = `query($csv: String!) { previewStaffImport(csv: $csv) { line name email title errors existing } }`;
const IMPORT = `mutation($csv: String!) { importStaffMembers(csv: $csv) { added updated } }`;

describe("the organisation's staff list", () => {
  it("is added to, changed and removed from by the coordinator, and shown to no other organisation", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const added = await gbg.request(SAVE, {
      i: { name: " Anna  Andersson ", email: "Anna.Andersson@goteborg.se", title: "Socionom", workplace: "Socialtjänsten" },
    });
    expect(added.errors).toBeUndefined();
    const anna = added.data!.saveStaffMember;
    expect(anna).toMatchObject({ name: "Anna Andersson", email: "anna.andersson@goteborg.se", title: "Socionom" });
    expect(errorCode(await gbg.request(SAVE, { i: { name: "Anna A", email: "anna.andersson@goteborg.se" } }))).toBe("CONFLICT");
    const changed = await gbg.request(SAVE, { i: { id: anna.id, name: "Anna Berg", email: anna.email, title: "Enhetschef" } });
    expect(changed.data!.saveStaffMember).toMatchObject({ name: "Anna Berg", title: "Enhetschef" });
    expect((await gbg.request(LIST, { s: "berg" })).data!.staffMembers).toMatchObject({ total: 1, items: [{ name: "Anna Berg" }] });

    // Another organisation sees nothing of it and can change nothing.
    const ale = await t.as(DEMO.ale);
    expect((await ale.request(LIST, {})).data!.staffMembers.total).toBe(0);
    expect(errorCode(await ale.request(SAVE, { i: { id: anna.id, name: "Kapad", email: "x@ale.se" } }))).toBe("NOT_FOUND");
    expect(errorCode(await ale.request(REMOVE, { id: anna.id }))).toBe("NOT_FOUND");
    expect((await t.app.db.manager.findOneByOrFail(StaffMember, { id: Number(anna.id) })).name).toBe("Anna Berg");
    // Nor those who do not register staff.
    expect(errorCode(await (await t.as(DEMO.vardanalys)).request(LIST, {}))).toBe("FORBIDDEN");

    expect((await gbg.request(REMOVE, { id: anna.id })).data!.removeStaffMember).toBe(true);
    expect((await gbg.request(LIST, {})).data!.staffMembers.total).toBe(0);
  });

  it("refuses a person without a valid name or e-mail address", async () => {
    const gbg = await t.as(DEMO.goteborg);
    expect(errorCode(await gbg.request(SAVE, { i: { name: "A", email: "a@goteborg.se" } }))).toBe("BAD_USER_INPUT");
    expect(errorCode(await gbg.request(SAVE, { i: { name: "Anna", email: "inte-en-adress" } }))).toBe("BAD_USER_INPUT");
    expect(await t.app.db.manager.count(StaffMember, {})).toBe(0);
  });

  it("previews a CSV file row by row and imports it, updating people already in the list", async () => {
    const gbg = await t.as(DEMO.goteborg);
    await gbg.request(SAVE, { i: { name: "Bo Berg", email: "bo@goteborg.se" } });
    const csv = "\uFEFFNamn;E-post;Titel;Arbetsplats\nAnna Andersson;anna@goteborg.se;Socionom;Socialtjänsten\nBo Berg;BO@goteborg.se;Enhetschef;\n";
    const preview = await gbg.request(PREVIEW, { csv });
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.previewStaffImport).toEqual([
      { line: 2, name: "Anna Andersson", email: "anna@goteborg.se", title: "Socionom", errors: [], existing: false },
      { line: 3, name: "Bo Berg", email: "bo@goteborg.se", title: "Enhetschef", errors: [], existing: true },
    ]);
    expect(await t.app.db.manager.count(StaffMember, {})).toBe(1);
    expect((await gbg.request(IMPORT, { csv })).data!.importStaffMembers).toEqual({ added: 1, updated: 1 });
    const list = (await gbg.request(LIST, {})).data!.staffMembers.items;
    expect(list.map((s: { email: string; title: string }) => [s.email, s.title])).toEqual([
      ["anna@goteborg.se", "Socionom"],
      ["bo@goteborg.se", "Enhetschef"],
    ]);
  });

  it("shows each bad row's errors and stores nothing from a file with any", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const csv = "name,email,title\nAnna Andersson,anna@goteborg.se,Socionom\nB,not-an-address,\nCecilia Ek,anna@goteborg.se,\n";
    const rows = (await gbg.request(PREVIEW, { csv })).data!.previewStaffImport;
    expect(rows.map((r: { line: number; errors: string[] }) => [r.line, r.errors.length])).toEqual([
      [2, 0],
      [3, 2],
      [4, 1],
    ]);
    expect(rows[2].errors[0]).toContain("rad 2");
    const imported = await gbg.request(IMPORT, { csv });
    expect(errorCode(imported)).toBe("BAD_USER_INPUT");
    expect(imported.errors![0].message).toContain("2 rader");
    expect(errorCode(await gbg.request(PREVIEW, { csv: "förnamn;telefon\nAnna;123\n" }))).toBe("BAD_USER_INPUT");
    expect(await t.app.db.manager.count(StaffMember, {})).toBe(0);
  });
});

describe("the staff list's cost", () => {
  it("is read in the same number of SQL statements for one person as for thirty", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const rows = Array.from({ length: 30 }, (_, i) => `Person ${i};person${i}@goteborg.se;Socionom`).join("\n");
    expect((await gbg.request(IMPORT, { csv: `namn;e-post;titel\n${rows}\n` })).data!.importStaffMembers.added).toBe(30);
    const page = (limit: number) => gbg.request(`query($l: Int!) { staffMembers(limit: $l) { total items { id name email title } } }`, { l: limit });
    const one = await page(1);
    const thirty = await page(30);
    expect(thirty.data!.staffMembers.items).toHaveLength(30);
    expect(Number(thirty.headers.get("x-sql-statements"))).toBe(Number(one.headers.get("x-sql-statements")));
  });
});
