import fs from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrantCall, submittedStimulusApplication } from "./api";
import { expectAccessible, expectNoSidewaysScroll, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";

// This file's own call and application: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const CALL = `Stimulansmedel ärende e2e ${stamp}`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the case thread of an application", () => {
  it("the applicant writes and attaches a file, the officer answers with an internal note the applicant never sees, downloads the attachment and removes it, and both see the removal in the thread", async () => {
    const callId = await openGrantCall(CALL);
    const { id } = await submittedStimulusApplication(callId, `Ärende ${stamp}`);

    const nck = await openAs(browser, NCK);
    await nck.goto(`/stimulansmedel/ansokningar/${id}`);
    const thread = nck.getByRole("region", { name: "Ärendet / Meddelanden" });
    await thread.getByText("Inga meddelanden ännu.", { exact: false }).waitFor();
    await expectAccessible(nck, "empty case thread");

    // An empty message is refused with a clear message, before anything is sent.
    await thread.getByRole("button", { name: "Skicka meddelande" }).click();
    await thread.getByText("Skriv ett meddelande.").first().waitFor();
    await thread.getByLabel("Meddelande", { exact: true }).fill("Vi undrar om resor får ingå i budgeten.");
    await thread.getByRole("button", { name: "Skicka meddelande" }).click();
    await nck.getByText("Meddelandet har skickats.").waitFor();
    await thread.getByText("Vi undrar om resor får ingå i budgeten.").waitFor();
    expect(await thread.getByLabel(/Intern anteckning/).count()).toBe(0);

    // A file of a type not allowed is refused with a message; a PDF is uploaded.
    await thread.getByLabel("Fil", { exact: true }).setInputFiles({ name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await thread.getByRole("button", { name: "Ladda upp" }).click();
    await thread.getByText("Filtypen tillåts inte.", { exact: false }).first().waitFor();
    await expectAccessible(nck, "attachment refused");
    await thread.getByLabel("Fil", { exact: true }).setInputFiles({ name: "Budgetbilaga.pdf", mimeType: "application/pdf", buffer: PDF });
    await thread.getByRole("button", { name: "Ladda upp" }).click();
    await nck.getByText("Budgetbilaga.pdf har laddats upp.").waitFor();
    await thread.getByRole("link", { name: "Budgetbilaga.pdf" }).waitFor();

    const sos = await openAs(browser, SOCIALSTYRELSEN);
    await sos.goto(`/stimulansmedel/ansokningar/${id}`);
    const officerThread = sos.getByRole("region", { name: "Ärendet / Meddelanden" });
    await officerThread.getByText("Vi undrar om resor får ingå i budgeten.").waitFor();
    await officerThread.getByLabel("Meddelande", { exact: true }).fill("Stäm av resorna med enhetschefen.");
    await officerThread.getByLabel("Intern anteckning (syns bara för Socialstyrelsen)").check();
    await officerThread.getByRole("button", { name: "Spara intern anteckning" }).click();
    await sos.getByText("Den interna anteckningen har sparats.").waitFor();
    await officerThread.getByText("Stäm av resorna med enhetschefen.").waitFor();
    await officerThread.getByLabel("Meddelande", { exact: true }).fill("Ja, resor får ingå.");
    await officerThread.getByRole("button", { name: "Skicka meddelande" }).click();
    await officerThread.getByText("Ja, resor får ingå.").waitFor();
    await expectAccessible(sos, "case thread with an internal note");

    const [download] = await Promise.all([sos.waitForEvent("download"), officerThread.getByRole("link", { name: "Budgetbilaga.pdf" }).click()]);
    expect(download.suggestedFilename()).toBe("Budgetbilaga.pdf");
    expect(fs.readFileSync((await download.path())!).equals(PDF)).toBe(true);

    // The officer removes the attachment after confirming: the thread says who removed which file.
    await officerThread.getByRole("button", { name: "Ta bort Budgetbilaga.pdf" }).click();
    const confirm = sos.getByRole("dialog", { name: "Ta bort bilagan?" });
    await confirm.waitFor();
    await confirm.getByRole("button", { name: "Ta bort" }).click();
    await sos.getByText("Budgetbilaga.pdf har tagits bort.").waitFor();
    await officerThread.getByText("Bilagan Budgetbilaga.pdf togs bort av Sara Handläggare.").waitFor();
    expect(await officerThread.getByRole("link", { name: "Budgetbilaga.pdf" }).count()).toBe(0);
    await expectAccessible(sos, "case thread after an attachment is removed");

    await nck.reload();
    await thread.getByText("Ja, resor får ingå.").waitFor();
    expect(await thread.getByText("Stäm av resorna med enhetschefen.").count()).toBe(0);
    await thread.getByText("Bilagan Budgetbilaga.pdf togs bort av Sara Handläggare.").waitFor();
    await thread.getByText("Bilaga borttagen", { exact: true }).waitFor();
    await expectNoSidewaysScroll(nck, "case thread");
    await nck.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(nck, "case thread at 390 px");
  });
});
