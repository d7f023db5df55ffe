import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Client, clientFor, graphql } from "../helpers/app";
import { DEMO_PASSWORD, expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const LST = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const NETWORK = "Kvinnofridssamordnare Västra Götaland";
const DAY = 86_400_000;

// Other spec files share the database: everything this spec creates carries its own title.
const TITLE = `Nätverksträff ${Date.now().toString(36)}`;
const DECISION = `Nästa träff hålls i Borås (${TITLE}).`;
const HELD_TITLE = `Nätverksträff i efterhand ${Date.now().toString(36)}`;
const RETURNED_TITLE = `Nätverksträff med rättelser ${Date.now().toString(36)}`;

/** A date in Swedish time as the date inputs want it: `2026-12-08`. */
function stockholmDate(ms: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}
const MEETING_DATE = stockholmDate(Date.now() + 14 * DAY);
const RSVP_DATE = stockholmDate(Date.now() + 7 * DAY);
const DUE_DATE = stockholmDate(Date.now() + 60 * DAY);
const LAST_WEEK = stockholmDate(Date.now() - 7 * DAY);

let browser: Browser;
let lst: Page;
let goteborg: Page;
let ale: Page;
let meetingPath = "";

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("networks: a meeting from invitation to published minutes", () => {
  it("the utvecklingsledare opens the seeded network and plans a meeting with two agenda items", async () => {
    lst = await signedIn(LST);
    await lst.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Nätverk", exact: true }).click();
    await lst.getByRole("heading", { level: 1, name: "Mina nätverk" }).waitFor();
    await lst.getByRole("link", { name: "Nytt nätverk" }).waitFor();
    await lst.getByRole("heading", { name: "Prenumerera på kalender" }).waitFor();
    await expectAccessible(lst, "network list (convener)");
    await screenshot(lst, "networks-list");

    await lst.getByRole("link", { name: NETWORK }).first().click();
    await lst.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
    await lst.getByText("49 medlemsorganisationer").waitFor();
    // Every kommun of the county is a member already: adding them all again adds nobody.
    await lst.getByRole("button", { name: "Lägg till alla kommuner i länet" }).click();
    await lst.getByText("Alla kommuner i länet är redan medlemmar.").waitFor();
    await expectAccessible(lst, "network page (convener)");
    await screenshot(lst, "networks-network");

    await lst.getByRole("link", { name: "Planera möte" }).click();
    await lst.getByRole("heading", { level: 1, name: "Planera möte" }).waitFor();
    await lst.getByLabel("Mötets rubrik").fill(TITLE);
    await lst.getByLabel("Datum", { exact: true }).fill(MEETING_DATE);
    await lst.getByLabel("Starttid").fill("09:30");
    await lst.getByLabel("Sluttid").fill("12:00");
    await lst.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await lst.getByLabel("Sista svarsdag").fill(RSVP_DATE);
    const first = lst.getByRole("group", { name: "Dagordningspunkt 1", exact: true });
    await first.getByLabel("Rubrik").fill("Läget i kommunerna");
    await first.getByLabel("Föredragande").fill("Alla");
    await first.getByLabel("Minuter").fill("60");
    await lst.getByRole("button", { name: "Lägg till dagordningspunkt" }).click();
    const second = lst.getByRole("group", { name: "Dagordningspunkt 2", exact: true });
    await second.getByLabel("Rubrik").fill("Nytt metodstöd");
    await second.getByLabel("Föredragande").fill("Länsstyrelsen");
    await expectAccessible(lst, "plan a meeting");
    await screenshot(lst, "networks-schedule");
    await lst.getByRole("button", { name: "Planera möte" }).click();

    await lst.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await lst.getByText("Mötet är planerat och medlemmarna har bjudits in.").waitFor();
    meetingPath = new URL(lst.url()).pathname;
    expect(meetingPath).toMatch(/^\/natverk\/moten\/\d+$/);
    const agenda = lst.getByRole("region", { name: "Dagordning", exact: true });
    expect(await agenda.textContent()).toContain("Läget i kommunerna");
    expect(await agenda.textContent()).toContain("Nytt metodstöd");
    expect(await lst.getByRole("main").textContent()).toContain("09:30–12:00");
  });

  it("the convener shares a document and sees a refused one explained", async () => {
    await lst.getByLabel("Välj fil").setInputFiles({ name: "dagordning.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n% Samverka e2e\n") });
    await lst.getByLabel("Dagordningspunkt (frivilligt)").selectOption({ label: "1. Läget i kommunerna" });
    await lst.getByRole("button", { name: "Ladda upp" }).click();
    await lst.getByText("dagordning.pdf är uppladdat.").waitFor();
    await lst.getByRole("link", { name: "dagordning.pdf" }).first().waitFor();

    await lst.getByLabel("Välj fil").setInputFiles({ name: "program.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
    await lst.getByRole("button", { name: "Ladda upp" }).click();
    await expect.poll(() => lst.getByRole("alert").first().textContent()).toContain("Filtypen tillåts inte");
    await expectAccessible(lst, "meeting page (convener, refused upload)");
    await screenshot(lst, "networks-meeting-convener");
  });

  it("Göteborg follows the invitation and answers with two names; Ale declines", async () => {
    goteborg = await signedIn(GOTEBORG);
    await goteborg.goto("/aviseringar");
    await goteborg.getByRole("link", { name: `Inbjudan: ${TITLE}` }).click();
    await goteborg.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await goteborg.getByText("Ni har inte svarat på inbjudan ännu.").waitFor();
    expect(await goteborg.getByRole("group", { name: "Person 1", exact: true }).getByLabel("Namn").inputValue()).toBe("Greta Samordnare");
    await goteborg.getByRole("button", { name: "Lägg till person" }).click();
    await goteborg.getByRole("group", { name: "Person 2", exact: true }).getByLabel("Namn").fill("Kalle Kollega");
    await goteborg.getByRole("button", { name: "Vi kommer", exact: true }).click();
    await goteborg.getByText("Ni har svarat att ni kommer: Greta Samordnare, Kalle Kollega.").waitFor();
    await expectAccessible(goteborg, "meeting page (member)");
    await screenshot(goteborg, "networks-meeting-member");

    ale = await signedIn(ALE);
    await ale.goto(meetingPath);
    await ale.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await ale.getByRole("button", { name: "Vi kommer inte" }).click();
    await ale.getByText("Ni har svarat att ni inte kommer.").waitFor();
    await expectAccessible(ale, "meeting page (member who declined)");
  });

  it("the convener sees both answers arrive, records attendance and sends the minutes to Göteborg", async () => {
    // The open page asks for answers every ten seconds.
    const answers = lst.getByRole("region", { name: "2 svar", exact: true });
    await answers.waitFor();
    expect(await answers.textContent()).toContain("Greta Samordnare, Kalle Kollega");
    expect(await answers.textContent()).toContain("Kommer inte");

    await lst.getByLabel("Närvaro, Göteborg", { exact: true }).selectOption({ label: "Närvarande" });
    await lst.getByLabel("Antal personer, Göteborg", { exact: true }).fill("2");
    await lst.getByLabel("Närvaro, Ale", { exact: true }).selectOption({ label: "Anmält förhinder" });
    await lst.getByRole("button", { name: "Spara närvaro" }).click();
    await lst.getByText("Närvaron är sparad: 1 organisation deltog.", { exact: false }).waitFor();

    await lst
      .getByRole("textbox", { name: "Protokoll", exact: true })
      .fill("# Läget i kommunerna\nKommunerna berättade om läget.\n\n- Göteborg har en ny rutin\n- Ale planerar en utbildning");
    await lst.getByRole("button", { name: "Lägg till beslut" }).click();
    await lst.getByLabel("Beslut 1").fill(DECISION);
    await lst.getByRole("button", { name: "Lägg till åtgärd" }).click();
    const action = lst.getByRole("group", { name: "Åtgärd 1", exact: true });
    await action.getByLabel("Beskrivning").fill("Skicka ut metodstödet");
    await action.getByLabel("Ansvarig").fill("Länsstyrelsen");
    await action.getByLabel("Klart senast").fill(DUE_DATE);
    await lst.getByLabel("Justerare").selectOption({ label: "Greta Samordnare (Göteborg)" });
    await lst.getByRole("button", { name: "Skicka för justering" }).click();
    await lst.getByText("Protokollet har skickats för justering till Greta Samordnare.").waitFor();
    await lst.getByText("Skickat för justering till Greta Samordnare (Göteborg).").waitFor();
    await expectAccessible(lst, "meeting page (convener, minutes sent)");
  });

  it("Göteborg's coordinator approves and publishes the minutes", async () => {
    await goteborg.goto("/aviseringar");
    await goteborg.getByRole("link", { name: `Protokoll att justera: ${TITLE}` }).click();
    await goteborg.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await goteborg.getByText("Du är justerare").waitFor();
    await goteborg.getByText(DECISION).waitFor();
    await expectAccessible(goteborg, "meeting page (approver)");
    await goteborg.getByRole("button", { name: "Justera och publicera" }).click();
    const dialog = goteborg.getByRole("dialog", { name: "Justera och publicera protokollet?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Justera och publicera" }).click();
    await goteborg.getByText("Protokollet är justerat och publicerat.").waitFor();
    await expectAccessible(goteborg, "meeting page (approved)");
  });

  it("Ale reads the published minutes and their version history", async () => {
    await ale.goto(meetingPath);
    await ale.getByRole("heading", { level: 2, name: "Protokoll" }).waitFor();
    await ale.getByText(DECISION).first().waitFor();
    await ale.getByRole("heading", { name: "Läget i kommunerna", level: 4 }).first().waitFor();
    await ale.getByText("Skicka ut metodstödet").first().waitFor();
    await ale.getByRole("heading", { name: "Versioner" }).waitFor();
    await ale.getByText(/Version 1 – publicerad/).waitFor();
    await expectAccessible(ale, "meeting page (published minutes)");
    await screenshot(ale, "networks-minutes");
  });

  it("the statistics show the meeting held, and a calendar address can be created", async () => {
    await lst.goto(meetingPath);
    await lst.getByRole("link", { name: NETWORK }).click();
    await lst.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
    await lst.getByRole("main").getByRole("link", { name: "Statistik", exact: true }).click();
    await lst.getByRole("heading", { level: 1, name: /Statistik/ }).waitFor();
    await lst.getByLabel("År", { exact: true }).selectOption(MEETING_DATE.slice(0, 4));
    await lst.getByRole("link", { name: TITLE }).waitFor();
    await lst.getByRole("link", { name: /Ladda ner \d{4} som CSV/ }).waitFor();
    await expectAccessible(lst, "network statistics");
    await screenshot(lst, "networks-statistics");

    await ale.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Nätverk", exact: true }).click();
    await ale.getByRole("heading", { level: 1, name: "Mina nätverk" }).waitFor();
    await ale.getByRole("button", { name: "Skapa kalenderadress" }).click();
    const dialog = ale.getByRole("dialog", { name: "Skapa en ny kalenderadress?" });
    await dialog.getByRole("button", { name: "Skapa kalenderadress" }).click();
    const address = ale.getByLabel("Din kalenderadress");
    await address.waitFor();
    expect(await address.inputValue()).toMatch(/\/api\/calendar\/[^/]+\.ics$/);
    await expectAccessible(ale, "network list (member, calendar address)");
  });

  it("the convener records a meeting held last week: the form says nobody is invited, and the meeting shows as held", async () => {
    await lst.goto("/natverk");
    await lst.getByRole("link", { name: NETWORK }).first().click();
    await lst.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
    await lst.getByRole("link", { name: "Planera möte" }).click();
    await lst.getByRole("heading", { level: 1, name: "Planera möte" }).waitFor();
    await lst.getByLabel("Mötets rubrik").fill(HELD_TITLE);
    await lst.getByLabel("Datum", { exact: true }).fill(LAST_WEEK);
    await lst.getByLabel("Starttid").fill("13:00");
    await lst.getByLabel("Sluttid").fill("15:00");
    await lst.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await lst.getByText("Mötet registreras som genomfört", { exact: true }).waitFor();
    await lst.getByText("Ingen bjuds in och ingen får någon avisering.", { exact: false }).waitFor();
    // Nobody answers an invitation that is not sent, and a past meeting is no series.
    expect(await lst.getByLabel("Sista svarsdag").count()).toBe(0);
    expect(await lst.getByLabel("Antal möten").count()).toBe(0);
    await lst.getByRole("group", { name: "Dagordningspunkt 1", exact: true }).getByLabel("Rubrik").fill("Erfarenhetsutbyte");
    await expectAccessible(lst, "plan a meeting (already held)");
    await screenshot(lst, "networks-schedule-held");
    await lst.getByRole("button", { name: "Registrera genomfört möte" }).click();

    await lst.getByRole("heading", { level: 1, name: HELD_TITLE }).waitFor();
    await lst.getByText("Mötet är registrerat som genomfört. Ingen har bjudits in.").waitFor();
    await lst
      .getByRole("definition")
      .filter({ hasText: /^Genomfört$/ })
      .waitFor();
    await expectAccessible(lst, "meeting page (recorded as held)");

    // Göteborg was invited to the first meeting, but to this one not.
    await goteborg.goto("/aviseringar");
    await goteborg
      .getByRole("link", { name: `Inbjudan: ${TITLE}` })
      .first()
      .waitFor();
    expect(await goteborg.getByRole("link", { name: `Inbjudan: ${HELD_TITLE}` }).count()).toBe(0);
  });

  it("the justerare sends the minutes back with comments, and the convener reads them beside the draft", async () => {
    // Its own meeting, held yesterday, with minutes sent to Göteborg's coordinator, set up through the API.
    const api = async (email: string): Promise<Client> => {
      const res = await graphql<{ login: { token: string } }>(
        `${inject("baseUrl")}/graphql`,
        `
          mutation ($e: String!, $p: String!) {
            login(email: $e, password: $p) {
              token
            }
          }
        `,
        { e: email, p: DEMO_PASSWORD },
      );
      return clientFor(inject("baseUrl"), res.data!.login.token);
    };
    const [convener, approver] = await Promise.all([api(LST), api(GOTEBORG)]);
    const networks = (await convener.request(`{ networks(convenedByMe: true, limit: 50) { items { id name } } }`)).data!.networks.items;
    const networkId = networks.find((n: { name: string }) => n.name === NETWORK).id;
    const startsAt = new Date(Date.now() - DAY);
    const scheduled = await convener.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId,
        title: RETURNED_TITLE,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        location: "Länsstyrelsen, Göteborg",
        invite: false,
      },
    });
    const meetingId = scheduled.data!.scheduleNetworkMeeting[0].id;
    const approverUserId = (await approver.request(`{ me { id } }`)).data!.me.id;
    const sent = await convener.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: { body: "Kommunerna berättade om läget.", decisions: ["Nästa träff hålls i Borås."], approverUserId },
    });
    expect(sent.data!.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");

    const gbg = await signedIn(GOTEBORG);
    await gbg.goto(`/natverk/moten/${meetingId}`);
    await gbg.getByRole("heading", { level: 1, name: RETURNED_TITLE }).waitFor();
    await gbg.getByText("Du är justerare").waitFor();
    await gbg.getByRole("button", { name: "Skicka tillbaka med kommentarer" }).click();
    const comment = gbg.getByRole("textbox", { name: "Kommentarer till den som sammankallar" });
    await comment.waitFor();
    // The field has focus: the form is usable from the keyboard. An empty comment is refused at the field.
    expect(await comment.evaluate((el) => el === document.activeElement)).toBe(true);
    await gbg.keyboard.press("Tab");
    await gbg.keyboard.press("Enter");
    await gbg.locator("#nw-send-back-comment-error").getByText("Skriv vad som behöver ändras i protokollet.").waitFor();
    expect(await comment.getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(gbg, "meeting page (approver, send back refused)");
    await comment.fill("Beslutet saknar datum.\nLägg till vem som äger uppföljningen.");
    await gbg.getByRole("button", { name: "Skicka tillbaka", exact: true }).click();
    await gbg.getByText("Protokollet har skickats tillbaka till den som sammankallar.").waitFor();
    expect(await gbg.getByText("Du är justerare").count()).toBe(0);
    await expectAccessible(gbg, "meeting page (approver, sent back)");

    const convenerPage = await signedIn(LST);
    await convenerPage.goto("/aviseringar");
    await convenerPage
      .getByRole("link", { name: `Protokoll tillbaka med kommentarer: ${RETURNED_TITLE}` })
      .first()
      .click();
    await convenerPage.getByRole("heading", { level: 1, name: RETURNED_TITLE }).waitFor();
    await convenerPage.getByText("Justeraren har skickat tillbaka protokollet").waitFor();
    await convenerPage.getByText("Beslutet saknar datum.", { exact: false }).waitFor();
    await convenerPage.getByText("Utkastet syns bara för sammankallande.").waitFor();
    await expectAccessible(convenerPage, "meeting page (convener, minutes sent back)");
    await screenshot(convenerPage, "networks-minutes-sent-back");
    await gbg.context().close();
    await convenerPage.context().close();
  });
});
