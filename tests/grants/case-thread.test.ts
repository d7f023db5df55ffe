import fs from "node:fs";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, newUser, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, openCallId, opinion, submit } from "./fixtures";

let t: TestApp;
let callId: string;
beforeAll(async () => {
  // 10 kB at most per file, so a refusal for size needs no large upload.
  t = await startTestApp({ env: { DOCUMENT_MAX_MB: "0.01" } });
  callId = await openCallId(t);
});
afterAll(() => t?.close());

const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5a4d9b50000000049454e44ae426082",
  "hex",
);

const THREAD = `query($id: ID!, $limit: Int) { grantCaseThread(applicationId: $id) {
  canWrite canWriteInternal attachmentMaxBytes
  entries(limit: $limit) { total hasMore items { id kind internal fromApplicant body text authorName } }
  attachments { id filename contentType size url canRemove }
} }`;
const REMOVE = `mutation($id: ID!) { removeGrantAttachment(id: $id) { id filename removedAt } }`;
const POST = `mutation($id: ID!, $b: String!, $i: Boolean) { postGrantCaseMessage(applicationId: $id, body: $b, internal: $i) { id kind internal fromApplicant body } }`;

function upload(c: Client, applicationId: string, name: string, type: string, bytes: Buffer) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  return fetch(`${t.baseUrl}/api/grant-applications/${applicationId}/attachments`, {
    method: "POST",
    headers: { authorization: `Bearer ${c.token}`, "apollo-require-preflight": "true" },
    body: form,
  });
}
const download = (c: Client, url: string) => fetch(`${t.baseUrl}${url}`, { headers: { authorization: `Bearer ${c.token}` } });
const stored = () => fs.readdirSync(t.config.documentsDir).sort();

/** A submitted application of NCK's, its own for each test. */
async function submitted(): Promise<string> {
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, callId, { ...FULL_APPLICATION, title: `Ärende ${Math.random().toString(36).slice(2, 8)}` });
  ok(await submit(nck, app.id));
  return app.id as string;
}

async function thread(c: Client, id: string, language = "sv") {
  return ok(await c.request(THREAD, { id }, { "accept-language": language })).data!.grantCaseThread;
}

describe("the case thread of an application", () => {
  it("carries messages both ways and keeps Socialstyrelsen's internal notes from the applicant", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    ok(await nck.request(POST, { id, b: "Vi har en fråga om budgeten." }));
    ok(await sos.request(POST, { id, b: "Kontrollera personalkostnaden.", i: true }));
    ok(await sos.request(POST, { id, b: "Budgeten ser bra ut." }));

    const officer = await thread(sos, id);
    expect(officer.canWriteInternal).toBe(true);
    expect(officer.entries.items.map((e: { body: string; internal: boolean }) => [e.body, e.internal])).toEqual([
      ["Budgeten ser bra ut.", false],
      ["Kontrollera personalkostnaden.", true],
      ["Vi har en fråga om budgeten.", false],
    ]);

    const applicant = await thread(nck, id);
    expect(applicant.canWriteInternal).toBe(false);
    expect(applicant.entries.total).toBe(2);
    expect(applicant.entries.items.map((e: { body: string }) => e.body)).toEqual(["Budgeten ser bra ut.", "Vi har en fråga om budgeten."]);
    expect(JSON.stringify(applicant)).not.toContain("personalkostnaden");
  });

  it("pages the thread with a bounded limit", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    for (const b of ["Ett", "Två", "Tre"]) ok(await nck.request(POST, { id, b }));
    const page = ok(await nck.request(THREAD, { id, limit: 2 })).data!.grantCaseThread.entries;
    expect(page).toMatchObject({ total: 3, hasMore: true });
    expect(page.items.map((e: { body: string }) => e.body)).toEqual(["Tre", "Två"]);
    const tooMany = await nck.request(THREAD, { id, limit: 10_000 });
    expect(errorCode(tooMany)).toBe("BAD_USER_INPUT");
  });

  it("refuses an internal note from the applicant and writes nothing", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const res = await nck.request(POST, { id, b: "Hemlig anteckning", i: true });
    expect(errorCode(res)).toBe("FORBIDDEN");
    expect((await thread(nck, id)).entries.total).toBe(0);
    expect((await thread(await t.as(DEMO.handlaggare), id)).entries.total).toBe(0);
  });

  it("notifies the other side of a message, but no one of an internal note", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const NOTES = `{ notifications(limit: 50) { items { title body link } } }`;
    const titles = async (c: Client) =>
      (ok(await c.request(NOTES)).data!.notifications.items as { title: string; body: string }[]).filter((n) => /meddelande/i.test(n.title));
    const applicantBefore = (await titles(nck)).length;
    ok(await sos.request(POST, { id, b: "Bara internt.", i: true }));
    expect((await titles(nck)).length).toBe(applicantBefore);
    ok(await sos.request(POST, { id, b: "Hej från Socialstyrelsen." }));
    const after = await titles(nck);
    expect(after.length).toBe(applicantBefore + 1);
    expect(after[0].title).toMatch(/^Nytt meddelande från Socialstyrelsen/);

    const officerBefore = (await titles(sos)).length;
    ok(await nck.request(POST, { id, b: "Tack!" }));
    expect((await titles(sos)).length).toBe(officerBefore + 1);

    const audit = ok(await (await t.as(DEMO.admin)).request(`{ auditLog(limit: 200) { items { action entityId } } }`))
      .data!.auditLog.items.filter((e: { entityId: string }) => e.entityId === id)
      .map((e: { action: string }) => e.action);
    expect(audit).toEqual(expect.arrayContaining(["grantApplication.internalNote", "grantApplication.message"]));
  });

  it("is closed to another organisation and to the consultation body, and says nothing of the application", async () => {
    const id = await submitted();
    const barnafrid = await t.as(DEMO.barnafrid);
    const other = await barnafrid.request(THREAD, { id });
    expect(errorCode(other)).toBe("NOT_FOUND");
    expect(other.data?.grantCaseThread ?? null).toBeNull();
    expect(errorCode(await barnafrid.request(POST, { id, b: "Intrång" }))).toBe("NOT_FOUND");
    const analyst = await t.as(DEMO.vardanalys);
    expect(errorCode(await analyst.request(THREAD, { id }))).toBe("FORBIDDEN");
    expect((await thread(await t.as(DEMO.handlaggare), id)).entries.total).toBe(0);
  });

  it("shows the completion request and the applicant's answer in the thread", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    ok(
      await sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Förtydliga målgrupperna.", dueDate: $d) { id } }`, {
        id,
        d: inAWeek(),
      }),
    );
    ok(await submit(nck, id));
    const entries = (await thread(nck, id)).entries.items;
    expect(entries.map((e: { kind: string; fromApplicant: boolean; body: string }) => [e.kind, e.fromApplicant, e.body])).toEqual([
      ["COMPLETION_ANSWER", true, ""],
      ["COMPLETION_REQUEST", false, "Förtydliga målgrupperna."],
    ]);
  });
});

describe("attachments of an application", () => {
  it("are uploaded by the applicant, downloaded by Socialstyrelsen and refused to another organisation", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const res = await upload(nck, id, "Budgetbilaga.pdf", "application/pdf", PDF);
    expect(res.status).toBe(201);
    const image = await upload(sos, id, "skiss.png", "image/png", PNG);
    expect(image.status).toBe(201);
    const [pdf, png] = (await thread(nck, id)).attachments;
    expect(pdf).toMatchObject({ filename: "Budgetbilaga.pdf", contentType: "application/pdf", size: PDF.length });
    expect(png).toMatchObject({ filename: "skiss.png", contentType: "image/png" });

    const got = await download(sos, pdf.url);
    expect(got.status).toBe(200);
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    expect(got.headers.get("content-disposition")).toContain("Budgetbilaga.pdf");

    const barnafrid = await t.as(DEMO.barnafrid);
    const refused = await download(barnafrid, pdf.url);
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain("Budgetbilaga");
    const before = stored();
    const intruder = await upload(barnafrid, id, "intrång.pdf", "application/pdf", PDF);
    expect(intruder.status).toBe(404);
    expect(stored()).toEqual(before);
  });

  it("refuses a file whose bytes are not of its type, a file of another type and a file too large, storing nothing", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const before = stored();
    const disguised = await upload(nck, id, "faktura.pdf", "application/pdf", Buffer.from("MZ this is a program, not a PDF"));
    expect(disguised.status).toBe(400);
    expect((await disguised.json()).error.code).toBe("BAD_USER_INPUT");
    const exe = await upload(nck, id, "program.exe", "application/octet-stream", Buffer.from("MZ"));
    expect(exe.status).toBe(400);
    const text = await upload(nck, id, "anteckning.txt", "text/plain", Buffer.from("Hej"));
    expect(text.status).toBe(400);
    const big = Buffer.concat([PDF, Buffer.alloc(20_000, 65)]);
    const large = await upload(nck, id, "stor.pdf", "application/pdf", big);
    expect(large.status).toBe(400);
    expect((await large.json()).error).toEqual({ code: "BAD_USER_INPUT", message: "Filen är för stor. Största tillåtna storlek är 10 kB." });
    expect(stored()).toEqual(before);
    expect((await thread(nck, id)).attachments).toEqual([]);
  });

  it("go into the case file with the thread, internal notes included", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    expect((await upload(nck, id, "Budgetbilaga.pdf", "application/pdf", PDF)).status).toBe(201);
    ok(await nck.request(POST, { id, b: "Bilagan visar budgeten." }));
    ok(await sos.request(POST, { id, b: "Intern: stäm av med enheten.", i: true }));
    const res = await download(sos, `/api/grant-applications/${id}/case-file.zip`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const names = Object.keys(zip.files);
    expect(names).toContain("bilagor/01-Budgetbilaga.pdf");
    expect(Buffer.from(await zip.file("bilagor/01-Budgetbilaga.pdf")!.async("uint8array")).equals(PDF)).toBe(true);
    const parser = new PDFParse({ data: await zip.file("00-innehall.pdf")!.async("uint8array") });
    const index = (await parser.getText()).text.replace(/\s+/g, "");
    await parser.destroy();
    expect(index).toContain("bilagor/01-Budgetbilaga.pdf");
    expect(index).toContain("arendet/meddelanden.json");
    expect(index).not.toContain("Ansökanharingabilagor");
    const messages = JSON.parse(await zip.file("arendet/meddelanden.json")!.async("string")) as { body: string; internal: boolean }[];
    expect(messages.map((m) => [m.body, m.internal])).toEqual([
      ["Bilagan visar budgeten.", false],
      ["Intern: stäm av med enheten.", true],
    ]);
  });
});

describe("removing an attachment", () => {
  const uploaded = async (c: Client, id: string, name: string) => {
    const res = await upload(c, id, name, "application/pdf", PDF);
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; url: string };
  };
  const auditActions = async (id: string) =>
    ok(await (await t.as(DEMO.admin)).request(`{ auditLog(limit: 200) { items { action entityId } } }`))
      .data!.auditLog.items.filter((e: { entityId: string }) => e.entityId === id)
      .map((e: { action: string }) => e.action);

  it("lets the applicant remove its own upload of a draft: the file leaves the store, the audit keeps who and what", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId, { ...FULL_APPLICATION, title: `Utkast ${Math.random().toString(36).slice(2, 8)}` });
    const before = stored();
    const file = await uploaded(nck, app.id, "fel-bilaga.pdf");
    expect((await thread(nck, app.id)).attachments).toEqual([expect.objectContaining({ id: file.id, canRemove: true })]);
    const removed = ok(await nck.request(REMOVE, { id: file.id })).data!.removeGrantAttachment;
    expect(removed).toMatchObject({ id: file.id, filename: "fel-bilaga.pdf" });
    expect(removed.removedAt).toBeTruthy();
    expect(stored()).toEqual(before);
    expect((await thread(nck, app.id)).attachments).toEqual([]);
    expect((await download(nck, file.url)).status).toBe(404);
    expect(await auditActions(app.id)).toEqual(expect.arrayContaining(["grantApplication.attachment", "grantApplication.attachmentRemoved"]));
    expect(errorCode(await nck.request(REMOVE, { id: file.id }))).toBe("NOT_FOUND");
  });

  it("refuses the applicant once the application is submitted, and Socialstyrelsen's upload, changing nothing", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const own = await uploaded(nck, id, "budget.pdf");
    const officers = await uploaded(sos, id, "tjänsteanteckning.pdf");
    const before = stored();
    const listed = (await thread(nck, id)).attachments;
    expect(listed.map((a: { canRemove: boolean }) => a.canRemove)).toEqual([false, false]);
    expect(errorCode(await nck.request(REMOVE, { id: own.id }))).toBe("CONFLICT");
    expect(errorCode(await nck.request(REMOVE, { id: officers.id }))).toBe("CONFLICT");
    expect((await thread(nck, id)).attachments).toEqual(listed);
    expect(stored()).toEqual(before);
    expect((await download(sos, own.url)).status).toBe(200);
    expect(await auditActions(id)).not.toContain("grantApplication.attachmentRemoved");
  });

  it("lets the applicant remove its own upload while a completion is requested", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const own = await uploaded(nck, id, "gammal-budget.pdf");
    ok(
      await sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Ny budget.", dueDate: $d) { id } }`, { id, d: inAWeek() }),
    );
    expect((await thread(nck, id)).attachments[0].canRemove).toBe(true);
    ok(await nck.request(REMOVE, { id: own.id }));
    expect((await thread(sos, id)).attachments).toEqual([]);
  });

  it("refuses another organisation without saying anything of the attachment", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const file = await uploaded(nck, id, "hemlig.pdf");
    const before = stored();
    const res = await (await t.as(DEMO.barnafrid)).request(REMOVE, { id: file.id });
    expect(errorCode(res)).toBe("NOT_FOUND");
    expect(JSON.stringify(res)).not.toContain("hemlig");
    expect(stored()).toEqual(before);
    expect((await thread(nck, id)).attachments).toHaveLength(1);
  });

  type Note = { title: string; body: string; link: string };
  const removalNotes = async (c: Client, diarienummer: string) =>
    (ok(await c.request(`{ notifications(limit: 50) { items { title body link } } }`)).data!.notifications.items as Note[]).filter(
      (n) => /Bilaga borttagen|Attachment removed/.test(n.title) && n.title.includes(diarienummer),
    );
  /** A new person of the organisation who reads Samverka in English. */
  const englishReader = async (orgCode: string, role: string) => {
    const c = await newUser(t, orgCode, role);
    ok(await c.request(`mutation { setMyLanguage(language: EN) { language } }`));
    return c;
  };
  const diarienummerOf = async (id: string) =>
    ok(await (await t.as(DEMO.handlaggare)).request(`query($id: ID!) { grantApplication(id: $id) { diarienummer } }`, { id })).data!.grantApplication
      .diarienummer as string;
  const titleOf = async (id: string) =>
    ok(await (await t.as(DEMO.nck)).request(`query($id: ID!) { grantApplication(id: $id) { title } }`, { id })).data!.grantApplication.title as string;
  type Entry = { kind: string; fromApplicant: boolean; text: string; authorName: string };
  const removals = (entries: { items: Entry[] }) => entries.items.filter((e) => e.kind === "ATTACHMENT_REMOVED");

  it("writes the applicant's removal in the thread and tells the officers, each in the reader's language", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const officerEn = await englishReader("SOS", "SOCIALSTYRELSEN_HANDLAGGARE");
    const own = await uploaded(nck, id, "gammal-budget.pdf");
    ok(
      await sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Ny budget.", dueDate: $d) { id } }`, { id, d: inAWeek() }),
    );
    const diarienummer = await diarienummerOf(id);
    ok(await nck.request(REMOVE, { id: own.id }));

    const [entry] = removals((await thread(sos, id)).entries);
    expect(entry).toMatchObject({ fromApplicant: true, text: `Bilagan gammal-budget.pdf togs bort av ${entry.authorName}.` });
    expect(entry.authorName).toBeTruthy();
    expect(removals((await thread(nck, id, "en")).entries)).toEqual([
      expect.objectContaining({ text: `The attachment gammal-budget.pdf was removed by ${entry.authorName}.` }),
    ]);
    const [note] = await removalNotes(sos, diarienummer);
    expect(note).toMatchObject({ title: `Bilaga borttagen: ${diarienummer}` });
    expect(note.body).toContain(`Bilagan ”gammal-budget.pdf” togs bort av ${entry.authorName}`);
    expect((await removalNotes(officerEn, diarienummer))[0].title).toBe(`Attachment removed: ${diarienummer}`);
    expect(await removalNotes(nck, diarienummer)).toEqual([]);
  });

  it("writes an officer's removal in the thread and tells the applicant organisation, in its language", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const applicantEn = await englishReader("NCK", "NATIONELLT_KUNSKAPSCENTRUM");
    const wrong = await uploaded(nck, id, "Personuppgifter.pdf");
    const diarienummer = await diarienummerOf(id);
    ok(await sos.request(REMOVE, { id: wrong.id }));

    const [entry] = removals((await thread(nck, id)).entries);
    expect(entry).toMatchObject({ fromApplicant: false, text: `Bilagan Personuppgifter.pdf togs bort av ${entry.authorName}.` });
    expect((await removalNotes(nck, diarienummer))[0].title).toBe(`Bilaga borttagen av Socialstyrelsen: ${diarienummer}`);
    const [note] = await removalNotes(applicantEn, diarienummer);
    expect(note.title).toBe(`Attachment removed by Socialstyrelsen: ${diarienummer}`);
    expect(note.body).toBe(`The attachment “Personuppgifter.pdf” was removed by ${entry.authorName}, Socialstyrelsen, in the case “${await titleOf(id)}”.`);
    expect(await removalNotes(sos, diarienummer)).toEqual([]);
  });

  it("writes neither a thread entry nor a notification when a removal is refused", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const own = await uploaded(nck, id, "budget.pdf");
    const diarienummer = await diarienummerOf(id);
    const before = {
      entries: (await thread(sos, id)).entries.total,
      officers: await removalNotes(sos, diarienummer),
      applicant: await removalNotes(nck, diarienummer),
    };
    expect(errorCode(await nck.request(REMOVE, { id: own.id }))).toBe("CONFLICT");
    expect(errorCode(await (await t.as(DEMO.barnafrid)).request(REMOVE, { id: own.id }))).toBe("NOT_FOUND");
    expect({
      entries: (await thread(sos, id)).entries.total,
      officers: await removalNotes(sos, diarienummer),
      applicant: await removalNotes(nck, diarienummer),
    }).toEqual(before);
    expect(before.entries).toBe(0);
  });

  it("lets Socialstyrelsen remove until the decision, and lists the removed attachment in the case file as removed", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const sos = await t.as(DEMO.handlaggare);
    const kept = await uploaded(nck, id, "Budget.pdf");
    const wrong = await uploaded(nck, id, "Personnummerlista.pdf");
    expect((await thread(sos, id)).attachments.map((a: { canRemove: boolean }) => a.canRemove)).toEqual([true, true]);
    ok(await sos.request(REMOVE, { id: wrong.id }));

    const res = await download(sos, `/api/grant-applications/${id}/case-file.zip`);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    expect(Object.keys(zip.files)).toContain("bilagor/01-Budget.pdf");
    expect(Object.keys(zip.files)).not.toContain("bilagor/02-Personnummerlista.pdf");
    const parser = new PDFParse({ data: await zip.file("00-innehall.pdf")!.async("uint8array") });
    const index = (await parser.getText()).text.replace(/\s+/g, "");
    await parser.destroy();
    expect(index).toContain("bilagor/02-Personnummerlista.pdf");
    expect(index).toMatch(/borttagen\d{4}-\d{2}-\d{2}av/);

    ok(await consult(t, [id]));
    ok(await opinion(t, id, "SUPPORTS"));
    ok(await decide(sos, id, { outcome: "APPROVED", motivation: "Väl underbyggd ansökan." }));
    expect((await thread(sos, id)).attachments.map((a: { canRemove: boolean }) => a.canRemove)).toEqual([false]);
    const before = stored();
    expect(errorCode(await sos.request(REMOVE, { id: kept.id }))).toBe("CONFLICT");
    expect(stored()).toEqual(before);
    expect((await download(sos, kept.url)).status).toBe(200);
  });
});

describe("the attachment cap", () => {
  it("holds under concurrent uploads: of three at once for the last place, one is kept and nothing else is stored", async () => {
    const id = await submitted();
    const nck = await t.as(DEMO.nck);
    const { attachmentsMax } = ok(await nck.request(`query($id: ID!) { grantCaseThread(applicationId: $id) { attachmentsMax } }`, { id })).data!
      .grantCaseThread;
    for (let i = 1; i < attachmentsMax; i++) expect((await upload(nck, id, `bilaga-${i}.pdf`, "application/pdf", PDF)).status).toBe(201);
    const before = stored().length;
    const statuses = (await Promise.all([1, 2, 3].map((n) => upload(nck, id, `samtidig-${n}.pdf`, "application/pdf", PDF)))).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409, 409]);
    expect((await thread(nck, id)).attachments).toHaveLength(attachmentsMax);
    expect(stored().length).toBe(before + 1);
  });
});
