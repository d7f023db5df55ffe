import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, openAs } from "./browser";
import { mailedLink } from "./mailbox";

const ORGANISER = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const DAY = 86_400_000;
const RUN = Date.now().toString(36);
// This file's own training and people: other spec files share the server and its database.
const TITLE = `Grundkurs med personlig länk ${RUN}`;
const ANNA = { name: "Anna Personlänk", email: `anna.${RUN}@ale.example.se`, title: "Socionom", workplace: "Socialtjänsten" };
const BERIT = { name: "Berit Reservlista", email: `berit.${RUN}@goteborg.example.se` };

const base = {
  type: "BAS",
  title: TITLE,
  description: "En dag om våld i nära relationer.",
  national: true,
  location: "Länsstyrelsen, Göteborg",
  capacity: 1,
};

let browser: Browser;
let eventId: string;
beforeAll(async () => {
  browser = await launch();
  const organiser = await apiAs(ORGANISER);
  const start = new Date(Date.now() + 20 * DAY);
  const saved = await organiser(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: { ...base, sessions: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7 * 3_600_000).toISOString() }] },
  });
  eventId = saved.saveTrainingEvent.id;
  await organiser(`mutation ($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: eventId });
});
afterAll(() => browser?.close());

describe("the participant's link", () => {
  it("a coordinator picks a person from the staff list and registers; the person opens the mailed link, adds it to the calendar and cancels; the waitlisted person is promoted; the organiser types a check-in code", async () => {
    // The coordinator keeps a staff list: a file with a bad row is refused row by row, then a person is added by hand.
    const ale = await openAs(browser, ALE);
    await ale.goto("/utbildningar/personal");
    await ale.getByRole("heading", { level: 1, name: "Personallista" }).waitFor();
    await ale.getByLabel("CSV-fil", { exact: true }).setInputFiles({
      name: "personal.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`namn;e-post;titel\nCecilia Ek;cecilia.${RUN}@ale.example.se;Kurator\nX;inte-en-adress;\n`),
    });
    await ale.getByRole("button", { name: "Förhandsgranska" }).click();
    await ale.getByText("Förhandsgranskning: 1 rader kan importeras, 1 har fel").waitFor();
    await ale.getByText("Filen har fel på 1 rader.").waitFor();
    expect(await ale.getByRole("button", { name: /^Importera/ }).count()).toBe(0);
    await expectAccessible(ale, "staff list with an import preview");

    await ale.getByRole("textbox", { name: "Namn", exact: true }).fill(ANNA.name);
    await ale.getByRole("textbox", { name: "E-post", exact: true }).fill(ANNA.email);
    await ale.getByLabel("Titel/roll", { exact: true }).fill(ANNA.title);
    await ale.getByLabel("Arbetsplats", { exact: true }).fill(ANNA.workplace);
    await ale.getByRole("button", { name: "Spara" }).click();
    await ale.getByText(`${ANNA.name} är sparad i listan.`).waitFor();
    await ale.getByRole("row", { name: new RegExp(ANNA.name) }).waitFor();

    // … and picks her from it when registering.
    await ale.goto(`/utbildningar/${eventId}`);
    await ale.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    // The form checks itself before anything is sent.
    await ale.getByRole("button", { name: "Anmäl deltagare" }).click();
    await ale.getByRole("link", { name: "Ange namnet på deltagare 1." }).waitFor();
    await ale.getByText("Välj ur personallistan").click();
    await ale.getByLabel("Sök i listan").fill("Personlänk");
    await ale.getByRole("checkbox", { name: new RegExp(ANNA.name) }).check();
    await ale.getByRole("button", { name: /Lägg till markerade/ }).click();
    expect(await ale.getByLabel("Namn, deltagare 1").inputValue()).toBe(ANNA.name);
    expect(await ale.getByLabel("Yrke/roll, deltagare 1").inputValue()).toBe(ANNA.title);
    await expectAccessible(ale, "registration form with the staff picker");
    await ale.getByRole("button", { name: "Anmäl deltagare" }).click();
    await ale.getByText("1 bekräftad, 0 på reservlistan").waitFor();
    await ale.context().close();

    // Göteborg's person gets the waitlist.
    const gbg = await apiAs(GOTEBORG);
    const waiting = await gbg(`mutation ($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { status } }`, {
      e: eventId,
      p: [{ ...BERIT, profession: "", workplace: "" }],
    });
    expect(waiting.registerForTraining[0].status).toBe("WAITLISTED");

    // Anna opens her link without signing in.
    const anna = await newPage(browser);
    await anna.goto(await mailedLink(ANNA.email, "/anmalan"));
    await anna.getByRole("heading", { level: 1, name: "Din anmälan" }).waitFor();
    await anna.getByText(`Anmälan för ${ANNA.name}`).waitFor();
    await anna.getByText("Du har en bekräftad plats.").waitFor();
    await anna.getByText(TITLE).waitFor();
    await anna.getByRole("img", { name: /QR-kod med din incheckningskod/ }).waitFor();
    await expectAccessible(anna, "the participant's page");

    const href = await anna.getByRole("link", { name: "Lägg till i kalendern (iCal)" }).getAttribute("href");
    const ics = await fetch(new URL(href!, inject("baseUrl")));
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    expect((await ics.text()).replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:${TITLE}`);

    await anna.getByRole("button", { name: "Avboka" }).click();
    const dialog = anna.getByRole("dialog", { name: "Avboka din plats?" });
    await dialog.getByRole("button", { name: "Ja, avboka" }).click();
    await anna.getByText("Din anmälan är avbokad. Tack för att du sa till.").waitFor();
    await anna.getByText("Din anmälan är avbokad.", { exact: true }).waitFor();
    expect(await anna.getByRole("button", { name: "Avboka" }).count()).toBe(0);
    await expectAccessible(anna, "the participant's page after cancelling");

    // A link that is not valid says so, and shows nobody's data.
    await anna.goto("/anmalan?token=inte-en-giltig-lank");
    await anna
      .getByRole("alert")
      .getByText(/Länken gäller inte/)
      .waitFor();
    await anna.context().close();

    // Berit was promoted at once; her own link says so and shows her check-in code.
    const berit = await newPage(browser);
    await berit.goto(await mailedLink(BERIT.email, "/anmalan"));
    await berit.getByText("Du har en bekräftad plats.").waitFor();
    const code = (await berit.locator(".check-in-code").textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await berit.context().close();

    // The day of the training: the organiser types Berit's code at the door.
    const organiserApi = await apiAs(ORGANISER);
    const now = Date.now();
    await organiserApi(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
      i: {
        ...base,
        id: eventId,
        registrationDeadline: null,
        sessions: [{ startsAt: new Date(now).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() }],
      },
    });
    const organiser = await openAs(browser, ORGANISER);
    await organiser.goto(`/utbildningar/${eventId}`);
    await organiser.getByRole("heading", { name: "Incheckning vid dörren" }).waitFor();
    await organiser.getByRole("button", { name: "Registrera närvaro" }).click();
    await organiser.getByText("Skriv in koden.").waitFor();
    await organiser.getByLabel("Kod", { exact: true }).fill(code.toLowerCase());
    await organiser.getByRole("button", { name: "Registrera närvaro" }).click();
    await organiser.getByText(`Närvaro registrerad: ${BERIT.name} (Göteborg).`).waitFor();
    await organiser.getByLabel("Kod", { exact: true }).fill("ZZZZ-ZZZZ");
    await organiser.getByRole("button", { name: "Registrera närvaro" }).click();
    await organiser
      .getByRole("alert")
      .getByText(/Koden ZZZZ-ZZZZ finns inte/)
      .waitFor();
    await expectAccessible(organiser, "the event page with check-in");
    await organiser.context().close();
  });
});
