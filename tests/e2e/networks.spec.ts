import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const LST = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const NETWORK = "Kvinnofridssamordnare Västra Götaland";
const DAY = 86_400_000;

// Other spec files share the database: everything this spec creates carries its own title.
const stamp = Date.now().toString(36);
const TITLE = `Nätverksträff ${stamp}`;
const HELD_TITLE = `Nätverksträff i efterhand ${stamp}`;
const RETURNED_TITLE = `Nätverksträff med rättelser ${stamp}`;
const decision = (title: string) => `Nästa träff hålls i Borås (${title}).`;

/** A date in Swedish time as the date inputs want it: `2026-12-08`. */
function stockholmDate(ms: number): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(ms));
}
const MEETING_DATE = stockholmDate(Date.now() + 14 * DAY);
const RSVP_DATE = stockholmDate(Date.now() + 7 * DAY);
const DUE_DATE = stockholmDate(Date.now() + 60 * DAY);
const LAST_WEEK = stockholmDate(Date.now() - 7 * DAY);

let browser: Browser;

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

async function networkId(): Promise<string> {
  const convener = await apiAs(LST);
  const data = await convener(`{ networks(convenedByMe: true, limit: 50) { items { id name } } }`);
  return data.networks.items.find((n: { name: string }) => n.name === NETWORK).id;
}

/** A meeting of the seeded network in two weeks with two agenda items; the members are invited unless told otherwise. */
async function plannedMeeting(title: string, invite = true): Promise<string> {
  const convener = await apiAs(LST);
  const startsAt = Date.now() + 14 * DAY;
  const data = await convener(`mutation ($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId: await networkId(),
      title,
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + 150 * 60_000).toISOString(),
      location: "Länsstyrelsen, Göteborg",
      rsvpDeadline: new Date(Date.now() + 7 * DAY).toISOString(),
      agenda: [
        { title: "Läget i kommunerna", presenter: "Alla", durationMinutes: 60 },
        { title: "Nytt metodstöd", presenter: "Länsstyrelsen" },
      ],
      invite,
    },
  });
  return data.scheduleNetworkMeeting[0].id;
}

/** The member's answer to the invitation: who comes (nobody declines). */
async function respond(email: string, meetingId: string, names: string[]) {
  const member = await apiAs(email);
  await member(`mutation ($m: ID!, $a: [AttendeeInput!]!) { respondToMeetingInvitation(meetingId: $m, attendees: $a) { attendees { name } } }`, {
    m: meetingId,
    a: names.map((name) => ({ name })),
  });
}

/** The minutes of the meeting, sent to Göteborg's coordinator for approval. */
async function minutesSentToGoteborg(meetingId: string, title: string) {
  const convener = await apiAs(LST);
  const approverUserId = (await (await apiAs(GOTEBORG))(`{ me { id } }`)).me.id;
  const sent = await convener(`mutation ($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
    m: meetingId,
    i: {
      body: "# Läget i kommunerna\nKommunerna berättade om läget.\n\n- Göteborg har en ny rutin\n- Ale planerar en utbildning",
      decisions: [decision(title)],
      actionItems: [{ text: "Skicka ut metodstödet", owner: "Länsstyrelsen", dueDate: DUE_DATE }],
      approverUserId,
    },
  });
  expect(sent.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("networks: a meeting from invitation to published minutes", () => {
  it("the utvecklingsledare opens the seeded network and plans a meeting with two agenda items", async () => {
    const lst = await signedIn(LST);
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
    const meetingPath = new URL(lst.url()).pathname;
    expect(meetingPath).toMatch(/^\/natverk\/moten\/\d+$/);
    const agenda = lst.getByRole("region", { name: "Dagordning", exact: true });
    expect(await agenda.textContent()).toContain("Läget i kommunerna");
    expect(await agenda.textContent()).toContain("Nytt metodstöd");
    expect(await lst.getByRole("main").textContent()).toContain("09:30–12:00");
    await lst.context().close();
  });

  it("the convener shares a document and sees a refused one explained", async () => {
    const title = `Nätverksträff med dokument ${stamp}`;
    const meetingId = await plannedMeeting(title);
    const lst = await signedIn(LST);
    await lst.goto(`/natverk/moten/${meetingId}`);
    await lst.getByRole("heading", { level: 1, name: title }).waitFor();
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
    await lst.context().close();
  });

  it("Göteborg follows the invitation and answers with two names; Ale declines", async () => {
    const title = `Nätverksträff med inbjudan ${stamp}`;
    const meetingPath = `/natverk/moten/${await plannedMeeting(title)}`;

    const goteborg = await signedIn(GOTEBORG);
    await goteborg.goto("/aviseringar");
    await goteborg.getByRole("link", { name: `Inbjudan: ${title}` }).click();
    await goteborg.getByRole("heading", { level: 1, name: title }).waitFor();
    await goteborg.getByText("Ni har inte svarat på inbjudan ännu.").waitFor();
    expect(await goteborg.getByRole("group", { name: "Person 1", exact: true }).getByLabel("Namn").inputValue()).toBe("Greta Samordnare");
    await goteborg.getByRole("button", { name: "Lägg till person" }).click();
    await goteborg.getByRole("group", { name: "Person 2", exact: true }).getByLabel("Namn").fill("Kalle Kollega");
    await goteborg.getByRole("button", { name: "Vi kommer", exact: true }).click();
    await goteborg.getByText("Ni har svarat att ni kommer: Greta Samordnare, Kalle Kollega.").waitFor();
    await expectAccessible(goteborg, "meeting page (member)");
    await screenshot(goteborg, "networks-meeting-member");

    await goteborg.context().close();

    const ale = await signedIn(ALE);
    await ale.goto(meetingPath);
    await ale.getByRole("heading", { level: 1, name: title }).waitFor();
    await ale.getByRole("button", { name: "Vi kommer inte" }).click();
    await ale.getByText("Ni har svarat att ni inte kommer.").waitFor();
    await expectAccessible(ale, "meeting page (member who declined)");
    await ale.context().close();
  });

  it("the convener sees both answers arrive, records attendance and sends the minutes to Göteborg", async () => {
    const title = `Nätverksträff med svar ${stamp}`;
    const meetingId = await plannedMeeting(title);
    const lst = await signedIn(LST);
    await lst.goto(`/natverk/moten/${meetingId}`);
    await lst.getByRole("heading", { level: 1, name: title }).waitFor();
    // Göteborg answers with two names and Ale declines while the convener has the page open.
    await respond(GOTEBORG, meetingId, ["Greta Samordnare", "Kalle Kollega"]);
    await respond(ALE, meetingId, []);

    // The open page asks for answers every ten seconds.
    const answers = lst.getByRole("region", { name: "2 svar", exact: true });
    await answers.waitFor();
    expect(await answers.textContent()).toContain("Greta Samordnare, Kalle Kollega");
    expect(await answers.textContent()).toContain("Kommer inte");

    // The 49 kommuner are one group, closed to keep the page short.
    await lst.locator("summary", { hasText: /^Kommun: 49 organisationer/ }).click();
    await lst.getByLabel("Närvaro, Göteborg", { exact: true }).selectOption({ label: "Närvarande" });
    await lst.getByLabel("Antal personer, Göteborg", { exact: true }).fill("2");
    await lst.getByLabel("Närvaro, Ale", { exact: true }).selectOption({ label: "Anmält förhinder" });
    await lst.getByRole("button", { name: "Spara närvaro" }).click();
    await lst.getByText("Närvaron är sparad: 1 organisation deltog.", { exact: false }).waitFor();

    await lst
      .getByRole("textbox", { name: "Protokoll", exact: true })
      .fill("# Läget i kommunerna\nKommunerna berättade om läget.\n\n- Göteborg har en ny rutin\n- Ale planerar en utbildning");
    await lst.getByRole("button", { name: "Lägg till beslut" }).click();
    await lst.getByRole("group", { name: "Beslut 1", exact: true }).getByLabel("Beslut", { exact: true }).fill(decision(title));
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
    await lst.context().close();
  });

  it("Göteborg's coordinator approves and publishes the minutes", async () => {
    const title = `Nätverksträff att justera ${stamp}`;
    await minutesSentToGoteborg(await plannedMeeting(title), title);

    const goteborg = await signedIn(GOTEBORG);
    await goteborg.goto("/aviseringar");
    await goteborg.getByRole("link", { name: `Protokoll att justera: ${title}` }).click();
    await goteborg.getByRole("heading", { level: 1, name: title }).waitFor();
    await goteborg.getByText("Du är justerare").waitFor();
    await goteborg.getByText(decision(title)).waitFor();
    await expectAccessible(goteborg, "meeting page (approver)");
    await goteborg.getByRole("button", { name: "Justera och publicera" }).click();
    const dialog = goteborg.getByRole("dialog", { name: "Justera och publicera protokollet?" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "Justera och publicera" }).click();
    await goteborg.getByText("Protokollet är justerat och publicerat.").waitFor();
    await expectAccessible(goteborg, "meeting page (approved)");
    await goteborg.context().close();
  });

  it("Ale reads the published minutes and their version history", async () => {
    const title = `Nätverksträff med protokoll ${stamp}`;
    const meetingId = await plannedMeeting(title);
    await minutesSentToGoteborg(meetingId, title);
    await (
      await apiAs(GOTEBORG)
    )(`mutation ($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: meetingId });

    const ale = await signedIn(ALE);
    await ale.goto(`/natverk/moten/${meetingId}`);
    await ale.getByRole("heading", { level: 2, name: "Protokoll" }).waitFor();
    await ale.getByText(decision(title)).first().waitFor();
    await ale.getByRole("heading", { name: "Läget i kommunerna", level: 3 }).first().waitFor();
    await ale.getByText("Skicka ut metodstödet").first().waitFor();
    await ale.getByRole("heading", { name: "Versioner" }).waitFor();
    await ale.getByText(/Version 1 – publicerad/).waitFor();
    await expectAccessible(ale, "meeting page (published minutes)");
    await screenshot(ale, "networks-minutes");
    await ale.context().close();
  });

  it("the statistics show the meeting held, and a calendar address can be created", async () => {
    // Göteborg's attendance makes the meeting held.
    const title = `Nätverksträff med närvaro ${stamp}`;
    const meetingId = await plannedMeeting(title);
    const goteborgId = (await (await apiAs(GOTEBORG))(`{ me { organisation { id } } }`)).me.organisation.id;
    await (
      await apiAs(LST)
    )(`mutation ($m: ID!, $i: [AttendanceInput!]!) { recordMeetingAttendance(meetingId: $m, input: $i) { id } }`, {
      m: meetingId,
      i: [{ organisationId: goteborgId, status: "ATTENDED", people: 2 }],
    });

    const lst = await signedIn(LST);
    await lst.goto(`/natverk/moten/${meetingId}`);
    await lst.getByRole("link", { name: NETWORK }).click();
    await lst.getByRole("heading", { level: 1, name: NETWORK }).waitFor();
    await lst.getByRole("main").getByRole("link", { name: "Statistik", exact: true }).click();
    await lst.getByRole("heading", { level: 1, name: /Statistik/ }).waitFor();
    await lst.getByLabel("År", { exact: true }).selectOption(MEETING_DATE.slice(0, 4));
    await lst.getByRole("link", { name: title }).waitFor();
    await lst.getByRole("link", { name: /Ladda ner \d{4} som CSV/ }).waitFor();
    await expectAccessible(lst, "network statistics");
    await screenshot(lst, "networks-statistics");

    await lst.context().close();

    const ale = await signedIn(ALE);
    await ale.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Nätverk", exact: true }).click();
    await ale.getByRole("heading", { level: 1, name: "Mina nätverk" }).waitFor();
    await ale.getByRole("button", { name: "Skapa kalenderadress" }).click();
    const dialog = ale.getByRole("dialog", { name: "Skapa en ny kalenderadress?" });
    await dialog.getByRole("button", { name: "Skapa kalenderadress" }).click();
    const address = ale.getByLabel("Din kalenderadress");
    await address.waitFor();
    expect(await address.inputValue()).toMatch(/\/api\/calendar\/[^/]+\.ics$/);
    await expectAccessible(ale, "network list (member, calendar address)");
    await ale.context().close();
  });

  it("the convener records a meeting held last week: the form says nobody is invited, and the meeting shows as held", async () => {
    // Göteborg is invited to a meeting planned before this one.
    const invited = `Nätverksträff med kallelse ${stamp}`;
    await plannedMeeting(invited);

    const lst = await signedIn(LST);
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
    await lst.context().close();
    const goteborg = await signedIn(GOTEBORG);
    await goteborg.goto("/aviseringar");
    await goteborg
      .getByRole("link", { name: `Inbjudan: ${invited}` })
      .first()
      .waitFor();
    expect(await goteborg.getByRole("link", { name: `Inbjudan: ${HELD_TITLE}` }).count()).toBe(0);
    await goteborg.context().close();
  });

  it("the justerare sends the minutes back with comments, and the convener reads them beside the draft", async () => {
    // Its own meeting, held yesterday, with minutes sent to Göteborg's coordinator, set up through the API.
    const [convener, approver] = await Promise.all([apiAs(LST), apiAs(GOTEBORG)]);
    const startsAt = new Date(Date.now() - DAY);
    const scheduled = await convener(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: {
        networkId: await networkId(),
        title: RETURNED_TITLE,
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        location: "Länsstyrelsen, Göteborg",
        invite: false,
      },
    });
    const meetingId = scheduled.scheduleNetworkMeeting[0].id;
    const approverUserId = (await approver(`{ me { id } }`)).me.id;
    const sent = await convener(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: { body: "Kommunerna berättade om läget.", decisions: ["Nästa träff hålls i Borås."], approverUserId },
    });
    expect(sent.publishMeetingMinutes.status).toBe("AWAITING_APPROVAL");

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
