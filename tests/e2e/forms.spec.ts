import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
const NCK = "ansokan@nck.demo.samverka.se";

// This file's own calls: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const DAY = 86_400_000;
/** An American browser: native date and time inputs would show mm/dd/yyyy and 09:00 AM. */
const US = { locale: "en-US" };

async function openCall(title: string): Promise<string> {
  const sos = await apiAs(SOCIALSTYRELSEN);
  const data = await sos(`mutation ($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
    i: {
      year: new Date().getFullYear(),
      title,
      description: "Utlysning för formulärtestet.",
      budget: 5_000_000,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      followUpDueDate: new Date(Date.now() + 400 * DAY).toISOString().slice(0, 10),
    },
  });
  return data.createGrantCall.id;
}

async function applicationStatus(id: string): Promise<string> {
  const nck = await apiAs(NCK);
  const data = await nck(`query ($id: ID!) { grantApplication(id: $id) { status } }`, { id });
  return data.grantApplication.status;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("the grant application form checks before it asks", () => {
  it("formats amounts as typed, shows the budget's sum beside the requested amount, and refuses an incomplete application without asking", async () => {
    const call = `Stimulansmedel formulär e2e ${stamp}`;
    const callId = await openCall(call);
    const nck = await openAs(browser, NCK, US);
    await nck.goto(`/stimulansmedel/ansokningar/ny?utlysning=${callId}`);
    await nck.getByRole("heading", { level: 1, name: "Ansökan om stimulansmedel" }).waitFor();

    // Required fields are marked for everyone: an asterisk, and `required` for assistive technology.
    const title = nck.getByLabel("Rubrik");
    expect(await title.getAttribute("aria-required")).toBe("true");
    expect(await nck.locator("label[for=app-title]").innerText()).toBe("Rubrik *");
    expect(await nck.getByLabel("Telefon").getAttribute("aria-required")).toBeNull();
    await nck.getByRole("group", { name: "Ändamål (obligatoriskt)" }).waitFor();

    // Typed digit by digit, the amount is grouped as it grows and the caret stays at the end.
    const requested = nck.getByLabel("Sökt belopp (kr)");
    await requested.pressSequentially("1250000");
    expect(await requested.inputValue()).toBe("1 250 000");
    // Pasted with spaces and "kr", or without, it reads the same.
    await requested.fill("1 250 000 kr");
    expect(await requested.inputValue()).toBe("1 250 000");
    await requested.fill("1250000");
    expect(await requested.inputValue()).toBe("1 250 000");

    const sum = nck.locator("#app-requestedAmount-sum");
    await nck.getByLabel("Kategori, budgetrad 1").fill("Personal");
    await nck.getByLabel("Belopp (kr), budgetrad 1").pressSequentially("1000000");
    expect(await nck.getByLabel("Belopp (kr), budgetrad 1").inputValue()).toBe("1 000 000");
    await expect.poll(() => sum.innerText()).toMatch(/^Budgetens summa: 1\s000\s000\skr\. Stämmer inte med sökt belopp \(1\s250\s000\skr\)\.$/);
    await expectAccessible(nck, "grant application form, en-US browser");

    // Without a title and with a budget that does not add up: the summary, and no question.
    await nck.getByRole("button", { name: "Skicka in ansökan" }).click();
    const summary = nck.getByRole("alert").filter({ hasText: "Det finns fel i formuläret" });
    await summary.waitFor();
    await expect.poll(() => nck.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("alert");
    await summary.getByRole("link", { name: "Ange en rubrik (minst 3 tecken)." }).waitFor();
    await summary.getByRole("link", { name: /Budgetens summa, 1\s000\s000\skr, ska vara lika med sökt belopp, 1\s250\s000\skr\./ }).waitFor();
    await summary.getByRole("link", { name: "Välj minst ett ändamål." }).waitFor();
    expect(await nck.getByRole("dialog").count()).toBe(0);
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(nck, "grant application with errors");
    await summary.getByRole("link", { name: "Ange en rubrik (minst 3 tecken)." }).click();
    expect(await focusedId(nck)).toBe("app-title");

    // The draft saved itself meanwhile; it was not submitted.
    await nck.getByText(/^Sparat \d{2}:\d{2}$/).waitFor();
    await expect.poll(() => nck.url()).toMatch(/\/stimulansmedel\/ansokningar\/\d+$/);
    const id = /(\d+)$/.exec(nck.url())![1];
    expect(await applicationStatus(id)).toBe("DRAFT");

    // A date typed the American way is refused with the format to use.
    const start = nck.getByLabel("Period från");
    expect(await start.getAttribute("type")).toBe("text");
    await start.fill("03/01/2027");
    await start.press("Tab");
    await nck.getByText("Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-24.").waitFor();

    // Completed, by keyboard: the error goes as the field is corrected, and submitting asks first.
    await title.fill(`Utbildningsinsats formulär ${stamp}`);
    await nck.getByLabel("Syfte").fill("Höja kunskapen om våld i nära relationer.");
    await nck
      .getByRole("group", { name: /^Ändamål/ })
      .getByLabel(/^Informations- och utbildningsinsatser/)
      .check();
    await nck.getByLabel("Planerade aktiviteter").fill("Tre utbildningsdagar.");
    await nck.getByLabel("Målgrupper").fill("Socialsekreterare.");
    await start.fill("");
    await start.pressSequentially("20270301");
    await start.press("Tab");
    expect(await start.inputValue()).toBe("2027-03-01");
    await nck.getByLabel("Period till").pressSequentially("2027-12-31");
    await nck.getByRole("button", { name: "Lägg till budgetrad" }).click();
    await nck.getByLabel("Kategori, budgetrad 2").fill("Resor");
    await nck.getByLabel("Belopp (kr), budgetrad 2").fill("250000");
    await expect.poll(() => sum.innerText()).toMatch(/^Budgetens summa: 1\s250\s000\skr\. Stämmer med sökt belopp\.$/);

    await nck.getByRole("button", { name: "Skicka in ansökan" }).click();
    const confirm = nck.getByRole("dialog", { name: "Skicka in ansökan?" });
    await confirm.waitFor();
    await expectAccessible(nck, "submit confirmation, en-US browser");
    await confirm.getByRole("button", { name: "Skicka in", exact: true }).click();
    await nck.getByText(/Ansökan är inskickad\. Diarienummer: SoS \d{4}-\d{4}\./).waitFor();
    expect(await applicationStatus(id)).toBe("SUBMITTED");
    await nck
      .getByRole("definition")
      .getByText(/1\s250\s000\skr/)
      .first()
      .waitFor();
    await nck.context().close();
  });
});
