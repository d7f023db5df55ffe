import fs from "node:fs";
import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openGrantCall, submittedStimulusApplication } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";

// This file's own call and applications: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const CALL = `Stimulansmedel urval e2e ${stamp}`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("an officer acts on several applications at once", () => {
  it("selects two applications, sends them on consultation in one step, exports the selection and downloads one's case file", async () => {
    const callId = await openGrantCall(CALL);
    const titles = [`Urval A ${stamp}`, `Urval B ${stamp}`, `Urval C ${stamp}`];
    const apps = [];
    for (const title of titles) apps.push(await submittedStimulusApplication(callId, title));

    const sos = await openAs(browser, SOCIALSTYRELSEN);
    await sos.goto(`/stimulansmedel/utlysningar/${callId}`);
    await sos.getByRole("heading", { level: 1, name: CALL }).waitFor();
    await sos.getByRole("checkbox", { name: new RegExp(`^Välj ${titles[0]}`) }).check();
    await sos.getByRole("checkbox", { name: new RegExp(`^Välj ${titles[1]}`) }).check();
    const bar = sos.getByRole("region", { name: "2 valda ansökningar" });
    await bar.waitFor();
    // Only what the server offers for both: consultation and completion, not reminding of a completion.
    await bar.getByRole("button", { name: "Begär komplettering (2 valda)" }).waitFor();
    expect(await bar.getByRole("button", { name: /Påminn/ }).count()).toBe(0);
    await expectAccessible(sos, "call page with two applications selected");

    await bar.getByRole("button", { name: "Skicka på remiss (2 valda)" }).click();
    const dialog = sos.getByRole("dialog", { name: "Skicka 2 ansökningar på remiss" });
    await dialog.waitFor();
    await expectAccessible(sos, "confirming consultation of two applications");
    await dialog.getByRole("button", { name: "Skicka på remiss (2 valda)" }).click();
    await sos.getByText("2 ansökningar är skickade på remiss.").waitFor();
    for (const title of titles.slice(0, 2)) {
      await sos
        .getByRole("row", { name: new RegExp(title) })
        .getByText("På remiss")
        .waitFor();
    }
    await sos
      .getByRole("row", { name: new RegExp(titles[2]) })
      .getByText("Inskickad")
      .waitFor();

    // Select all on the page, then leave out the third: the export holds exactly the two.
    await sos.getByRole("checkbox", { name: "Välj alla på sidan" }).check();
    await sos.getByRole("checkbox", { name: new RegExp(`^Välj ${titles[2]}`) }).uncheck();
    await sos
      .getByRole("region", { name: "2 valda ansökningar" })
      .getByText(/ingen åtgärd som kan göras för alla/)
      .waitFor();
    const [csv] = await Promise.all([sos.waitForEvent("download"), sos.getByRole("link", { name: "Exportera urvalet (CSV)" }).click()]);
    expect(csv.suggestedFilename()).toMatch(/-urval\.csv$/);
    const text = fs.readFileSync((await csv.path())!, "utf8");
    expect(text).toContain(apps[0].diarienummer);
    expect(text).toContain(apps[1].diarienummer);
    expect(text).not.toContain(apps[2].diarienummer);

    // The case file of one of them, with progress while it is compiled.
    await sos.getByRole("link", { name: titles[0] }).click();
    await sos.getByRole("heading", { level: 1, name: titles[0] }).waitFor();
    await sos.getByRole("heading", { level: 2, name: "Akt" }).waitFor();
    await expectAccessible(sos, "application with its case file");
    const [zip] = await Promise.all([sos.waitForEvent("download"), sos.getByRole("button", { name: "Ladda ner akt" }).click()]);
    expect(zip.suggestedFilename()).toBe(`akt-${apps[0].diarienummer.replace(/\s+/g, "-")}.zip`);
    const archive = await JSZip.loadAsync(fs.readFileSync((await zip.path())!));
    expect(Object.keys(archive.files)).toContain("00-innehall.pdf");
    expect(Object.keys(archive.files)).toContain("remiss/remiss-1.json");
    await sos.getByText("Akten är nedladdad.").waitFor();
    await sos.context().close();

    // The applicant is not offered the case file.
    const nck = await openAs(browser, NCK);
    await nck.goto(`/stimulansmedel/ansokningar/${apps[0].id}`);
    await nck.getByRole("heading", { level: 1, name: titles[0] }).waitFor();
    expect(await nck.getByRole("button", { name: "Ladda ner akt" }).count()).toBe(0);
    await nck.context().close();
  });
});
