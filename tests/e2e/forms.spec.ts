import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs, openGrantCall } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const NCK = "ansokan@nck.demo.samverka.se";
const ORGANISER = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const NETWORK = "Kvinnofridssamordnare Västra Götaland";
/** A winter day (UTC+1 in Stockholm) a few weeks ahead. */
const WINTER_DAY = "2027-01-19";

// This file's own calls: other spec files share the server and its database.
const stamp = Date.now().toString(36);
/** An American browser: native date and time inputs would show mm/dd/yyyy and 09:00 AM. */
const US = { locale: "en-US" };

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
    const callId = await openGrantCall(call, 5_000_000);
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

describe("dates and times in an American browser", () => {
  it("a training typed by keyboard shows 2027-01-19 and 09:00, and starts at that Stockholm time", async () => {
    const title = `Grundutbildning tangentbord e2e ${stamp}`;
    const organiser = await openAs(browser, ORGANISER, US);
    await organiser.goto("/utbildningar/ny");
    await organiser.getByRole("heading", { level: 1, name: "Ny utbildning" }).waitFor();
    await organiser.getByLabel("Typ").selectOption({ label: "Kursledarutbildning" });
    await organiser.getByLabel("Rubrik").fill(title);
    await organiser.getByLabel("Beskrivning").fill("En dag om våld i nära relationer.");
    await organiser.getByLabel("Nationell (öppen för hela landet)").check();
    await organiser.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await organiser.getByLabel("Antal platser").fill("20");

    const date = organiser.getByLabel("Datum, Dag 1");
    const start = organiser.getByLabel("Starttid, Dag 1");
    const end = organiser.getByLabel("Sluttid, Dag 1");
    for (const field of [date, start, end]) expect(await field.getAttribute("type")).toBe("text");
    // Shorthands typed on the keyboard are written out in full when the field is left.
    await date.pressSequentially("20270119");
    await date.press("Tab");
    expect(await date.inputValue()).toBe(WINTER_DAY);
    await start.fill("");
    await start.pressSequentially("9");
    await start.press("Tab");
    expect(await start.inputValue()).toBe("09:00");
    await end.fill("");
    await end.pressSequentially("1630");
    await end.press("Tab");
    expect(await end.inputValue()).toBe("16:30");
    // A time on the 12-hour clock is refused with the format to use.
    const release = organiser.getByLabel("Kvoten släpps, klockan");
    await release.pressSequentially("9:00 AM");
    await release.press("Tab");
    await organiser.getByText("Ange tiden som TT:MM på 24-timmarsklockan, till exempel 09:00.").waitFor();
    await release.fill("");
    await expectAccessible(organiser, "new training form, en-US browser");

    await organiser.getByRole("button", { name: "Spara utbildning" }).click();
    await organiser.getByRole("heading", { level: 1, name: title }).waitFor();
    await organiser.getByText("Utbildningen är sparad som utkast.").waitFor();
    const id = /\/utbildningar\/(\d+)$/.exec(new URL(organiser.url()).pathname)![1];
    const api = await apiAs(ORGANISER);
    const data = await api(`query ($id: ID!) { trainingEvent(id: $id) { sessions { startsAt endsAt } } }`, { id });
    // 09:00 in Stockholm in January is 08:00 UTC.
    expect(data.trainingEvent.sessions).toEqual([{ startsAt: "2027-01-19T08:00:00.000Z", endsAt: "2027-01-19T15:30:00.000Z" }]);

    // Opened again for editing, the fields show the same date and 24-hour times.
    await organiser.goto(`/utbildningar/${id}/andra`);
    await organiser.getByLabel("Datum, Dag 1").waitFor();
    expect(await organiser.getByLabel("Datum, Dag 1").inputValue()).toBe(WINTER_DAY);
    expect(await organiser.getByLabel("Starttid, Dag 1").inputValue()).toBe("09:00");
    expect(await organiser.getByLabel("Sluttid, Dag 1").inputValue()).toBe("16:30");
    await organiser.context().close();
  });

  it("a network meeting typed by keyboard starts at the Stockholm time typed", async () => {
    const title = `Nätverksträff tangentbord e2e ${stamp}`;
    const api = await apiAs(ORGANISER);
    const networks = await api(`{ networks(convenedByMe: true, limit: 50) { items { id name } } }`);
    const networkId = networks.networks.items.find((n: { name: string }) => n.name === NETWORK).id;

    const lst = await openAs(browser, ORGANISER, US);
    await lst.goto(`/natverk/${networkId}/planera`);
    await lst.getByRole("heading", { level: 1, name: "Planera möte" }).waitFor();
    await lst.getByLabel("Mötets rubrik").fill(title);
    const date = lst.getByLabel("Datum", { exact: true });
    expect(await date.getAttribute("type")).toBe("text");
    await date.fill("");
    await date.pressSequentially(WINTER_DAY);
    await lst.getByLabel("Starttid").fill("");
    await lst.getByLabel("Starttid").pressSequentially("930");
    await lst.getByLabel("Sluttid").fill("");
    await lst.getByLabel("Sluttid").pressSequentially("12.00");
    await lst.getByLabel("Sluttid").press("Tab");
    expect(await lst.getByLabel("Starttid").inputValue()).toBe("09:30");
    expect(await lst.getByLabel("Sluttid").inputValue()).toBe("12:00");
    await lst.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await lst.getByLabel("Sista svarsdag").fill("");
    await lst.getByLabel("Sista svarsdag").pressSequentially("2027-01-12");
    await lst.getByRole("group", { name: "Dagordningspunkt 1", exact: true }).getByLabel("Rubrik").fill("Läget i kommunerna");
    await expectAccessible(lst, "plan a meeting, en-US browser");
    await lst.getByRole("button", { name: "Planera möte" }).click();

    await lst.getByRole("heading", { level: 1, name: title }).waitFor();
    const meetingId = /\/natverk\/moten\/(\d+)$/.exec(new URL(lst.url()).pathname)![1];
    const data = await api(`query ($id: ID!) { networkMeeting(id: $id) { startsAt endsAt } }`, { id: meetingId });
    expect(data.networkMeeting).toEqual({ startsAt: "2027-01-19T08:30:00.000Z", endsAt: "2027-01-19T11:00:00.000Z" });
    await lst.context().close();
  });
});
