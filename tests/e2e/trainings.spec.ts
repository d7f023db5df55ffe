import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, openAs, screenshot } from "./browser";

const ORGANISER = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const ALE = "samordnare@ale.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";

// This file's own events: other spec files share the server and its database.
const stamp = Date.now().toString(36);
const EVENT = `Kursledarutbildning e2e ${stamp}`;
const DAY = 86_400_000;
const isoDate = (daysFromNow: number) => new Date(Date.now() + daysFromNow * DAY).toISOString().slice(0, 10);
const FIRST_DAY = isoDate(40);
const SECOND_DAY = isoDate(41);
/** The staff a step registers; the tag keeps each step's people apart from another step's. */
function people(tag = "") {
  const t = tag ? `${tag} ` : "";
  const e = tag ? `${tag}.` : "";
  return {
    ALE_1: { name: `Amira Ale ${t}${stamp}`, email: `amira.${e}${stamp}@ale.se`, profession: "Socionom", workplace: "Socialtjänsten Ale" },
    ALE_2: { name: `Bertil Ale ${t}${stamp}`, email: `bertil.${e}${stamp}@ale.se`, profession: "Kurator", workplace: "Ale gymnasium" },
    GBG: { name: `Greta Göteborg ${t}${stamp}`, email: `greta.${e}${stamp}@goteborg.se`, profession: "Handläggare", workplace: "Socialtjänsten Centrum" },
  };
}

/** A published national two-day kursledarutbildning with one seat, logged by the Västra Götaland utvecklingsledare. */
async function publishedEvent(title: string): Promise<string> {
  const organiser = await apiAs(ORGANISER);
  const saved = await organiser(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: {
      type: "KURSLEDARUTBILDNING",
      title,
      description: "Två dagar för blivande kursledare i grundkursen om våld i nära relationer.",
      national: true,
      location: "Länsstyrelsen, Göteborg",
      capacity: 1,
      registrationDeadline: new Date(Date.now() + 30 * DAY).toISOString(),
      sessions: [
        { startsAt: `${FIRST_DAY}T07:00:00.000Z`, endsAt: `${FIRST_DAY}T14:00:00.000Z` },
        { startsAt: `${SECOND_DAY}T07:00:00.000Z`, endsAt: `${SECOND_DAY}T13:30:00.000Z` },
      ],
    },
  });
  const id = saved.saveTrainingEvent.id as string;
  await organiser(`mutation ($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id });
  return id;
}

async function register(email: string, eventId: string, participants: Record<string, string>[]) {
  const api = await apiAs(email);
  await api(`mutation ($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`, { e: eventId, p: participants });
}

/** Presses Tab until the element has focus, as a keyboard user would move through the page. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("trainings in the browser", () => {
  it("the Västra Götaland utvecklingsledare logs and publishes a two-day kursledarutbildning with one seat", async () => {
    const organiser = await openAs(browser, ORGANISER);
    await organiser.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utbildningar" }).click();
    await organiser.getByRole("heading", { level: 1, name: "Utbildningar" }).waitFor();
    await organiser.getByRole("heading", { name: "Våra utbildningar" }).waitFor();
    await expectAccessible(organiser, "trainings, länsstyrelse");
    await screenshot(organiser, "trainings-lansstyrelse");

    await organiser.getByRole("link", { name: "Ny utbildning" }).click();
    await organiser.getByRole("heading", { level: 1, name: "Ny utbildning" }).waitFor();
    await organiser.getByLabel("Typ").selectOption({ label: "Kursledarutbildning" });
    await organiser.getByLabel("Rubrik").fill(EVENT);
    await organiser.getByLabel("Beskrivning").fill("Två dagar för blivande kursledare i grundkursen om våld i nära relationer.");
    await organiser.getByLabel("Nationell (öppen för hela landet)").check();
    await organiser.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await organiser.getByLabel("Antal platser").fill("1");
    await organiser.getByLabel("Sista anmälningsdag").fill(isoDate(30));
    await organiser.getByLabel("Datum, Dag 1").fill(FIRST_DAY);
    await organiser.getByLabel("Starttid, Dag 1").fill("09:00");
    await organiser.getByLabel("Sluttid, Dag 1").fill("16:00");
    await organiser.getByRole("button", { name: "Lägg till dag" }).click();
    // A new day follows the last one, same hours.
    expect(await organiser.getByLabel("Datum, Dag 2").inputValue()).toBe(SECOND_DAY);
    await organiser.getByLabel("Sluttid, Dag 2").fill("15:30");
    await expectAccessible(organiser, "new training form");
    await screenshot(organiser, "trainings-new-event");
    await organiser.getByRole("button", { name: "Spara utbildning" }).click();
    await organiser.getByRole("heading", { level: 1, name: EVENT }).waitFor();
    await organiser.getByText("Utbildningen är sparad som utkast.").waitFor();

    await organiser.getByRole("button", { name: "Publicera" }).click();
    await organiser.getByRole("dialog", { name: "Publicera utbildningen?" }).getByRole("button", { name: "Publicera" }).click();
    await organiser.getByText("Utbildningen är publicerad.").waitFor();
    // Shown in Swedish time, as entered.
    await organiser.getByText(`Dag 1: ${FIRST_DAY} 09:00–16:00`).waitFor();
    await organiser.getByText(`Dag 2: ${SECOND_DAY} 09:00–15:30`).waitFor();
    await organiser.getByText("1 ledig av 1").waitFor();
    await expectAccessible(organiser, "published training, organiser");
    await organiser.context().close();
  });

  it("Ale registers two staff, one is waitlisted; cancelling the confirmed one promotes the other", async () => {
    const EVENT = `Kursledarutbildning Ale e2e ${stamp}`;
    const { ALE_1, ALE_2 } = people();
    await publishedEvent(EVENT);

    const ale = await openAs(browser, ALE);
    await ale.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Utbildningar" }).click();
    await ale.getByRole("heading", { level: 1, name: "Utbildningar" }).waitFor();
    // A filter that matches nothing says so, and offers to clear the filters.
    await ale.getByLabel("Till datum").fill("2000-01-01");
    await ale.getByText("Inga utbildningar matchar filtren.", { exact: false }).waitFor();
    await ale.getByRole("button", { name: "Rensa filter" }).last().click();
    await ale.getByRole("link", { name: EVENT }).waitFor();
    await ale.getByLabel("Typ").selectOption({ label: "Kursledarutbildning" });
    await ale.getByLabel("Bara med lediga platser").check();
    await ale.getByRole("link", { name: EVENT }).waitFor();
    await expectAccessible(ale, "trainings, kommun");
    await screenshot(ale, "trainings-kommun");

    await ale.getByRole("link", { name: EVENT }).click();
    await ale.getByRole("heading", { level: 1, name: EVENT }).waitFor();
    for (const [i, p] of [ALE_1, ALE_2].entries()) {
      if (i > 0) await ale.getByRole("button", { name: "Lägg till deltagare" }).click();
      const n = i + 1;
      await ale.getByLabel(`Namn, deltagare ${n}`).fill(p.name);
      await ale.getByLabel(`E-post, deltagare ${n}`).fill(p.email);
      await ale.getByLabel(`Yrke/roll, deltagare ${n}`).fill(p.profession);
      await ale.getByLabel(`Arbetsplats, deltagare ${n}`).fill(p.workplace);
    }
    await ale.getByRole("button", { name: "Anmäl deltagare" }).click();
    const result = ale.getByRole("status").filter({ hasText: "Anmälan är registrerad" });
    await result.getByText("1 bekräftad, 1 på reservlistan").waitFor();
    await result.getByRole("listitem").filter({ hasText: ALE_1.name }).getByText("Bekräftad").waitFor();
    await result.getByRole("listitem").filter({ hasText: ALE_2.name }).getByText("Reservlista plats 1").waitFor();
    await ale.getByText("0 lediga av 1").waitFor();
    await expectAccessible(ale, "training after registering, kommun");
    await screenshot(ale, "trainings-event-kommun");

    await ale.getByRole("link", { name: "Våra anmälningar" }).click();
    await ale.getByRole("heading", { level: 1, name: "Våra anmälningar" }).waitFor();
    await ale
      .getByRole("row", { name: new RegExp(ALE_2.name) })
      .getByText("Reservlista plats 1")
      .waitFor();
    await ale.getByRole("button", { name: `Avboka ${ALE_1.name}` }).click();
    await ale
      .getByRole("dialog", { name: `Avboka ${ALE_1.name}?` })
      .getByRole("button", { name: "Avboka", exact: true })
      .click();
    await ale.getByText(`${ALE_1.name} är avbokad.`).waitFor();
    await ale
      .getByRole("row", { name: new RegExp(ALE_1.name) })
      .getByText("Avbokad")
      .waitFor();
    await ale
      .getByRole("row", { name: new RegExp(ALE_2.name) })
      .getByText("Bekräftad")
      .waitFor();
    await expectAccessible(ale, "our registrations, kommun");
    await screenshot(ale, "trainings-registrations-kommun");
    await ale.context().close();
  });

  it("Göteborg completes a registration with the keyboard alone", async () => {
    // The one seat is taken: Göteborg's registration goes to the waitlist.
    const EVENT = `Kursledarutbildning Göteborg e2e ${stamp}`;
    const { ALE_1, GBG } = people("tangentbord");
    await register(ALE, await publishedEvent(EVENT), [ALE_1]);

    const gbg = await openAs(browser, GOTEBORG);
    await gbg.goto("/utbildningar");
    const link = gbg.getByRole("link", { name: EVENT });
    await link.waitFor();
    await expectAccessible(gbg, "trainings, Göteborg");
    await tabTo(gbg, link);
    await gbg.keyboard.press("Enter");
    await gbg.getByRole("heading", { level: 1, name: EVENT }).waitFor();

    await tabTo(gbg, gbg.getByLabel("Namn, deltagare 1"));
    await gbg.keyboard.type(GBG.name);
    await gbg.keyboard.press("Tab");
    await gbg.keyboard.type(GBG.email);
    await gbg.keyboard.press("Tab");
    await gbg.keyboard.type(GBG.profession);
    await gbg.keyboard.press("Tab");
    await gbg.keyboard.type(GBG.workplace);
    await tabTo(gbg, gbg.getByRole("button", { name: "Anmäl deltagare" }));
    await gbg.keyboard.press("Enter");
    const result = gbg.getByRole("status").filter({ hasText: "Anmälan är registrerad" });
    await result.getByRole("listitem").filter({ hasText: GBG.name }).getByText("Reservlista plats 1").waitFor();
    expect(await gbg.getByLabel("E-post, deltagare 1").inputValue()).toBe("");
    await expectAccessible(gbg, "training after keyboard registration");
    await gbg.context().close();
  });

  it("the organiser sees the waitlist, adds a seat, records attendance and follows course leaders and statistics", async () => {
    // Ale's one registration holds the seat; Göteborg's waits for it.
    const EVENT = `Kursledarutbildning närvaro e2e ${stamp}`;
    const { ALE_2, GBG } = people("närvaro");
    const eventId = await publishedEvent(EVENT);
    await register(ALE, eventId, [ALE_2]);
    await register(GOTEBORG, eventId, [GBG]);

    const organiser = await openAs(browser, ORGANISER);
    await organiser.goto(`/utbildningar/${eventId}`);
    await organiser.getByRole("heading", { level: 1, name: EVENT }).waitFor();
    const registrations = organiser.getByRole("table", { name: /bekräftade? av 1 platser/ });
    await registrations
      .getByRole("row", { name: new RegExp(ALE_2.name) })
      .getByText("Bekräftad")
      .waitFor();
    await registrations
      .getByRole("row", { name: new RegExp(GBG.name) })
      .getByText("Reservlista plats 1")
      .waitFor();

    await organiser.getByLabel("Antal platser").fill("2");
    await organiser.getByRole("button", { name: "Ändra antal platser" }).click();
    await organiser.getByText("Antalet platser är nu 2.").waitFor();
    await organiser
      .getByRole("table", { name: /2 bekräftade av 2 platser/ })
      .getByRole("row", { name: new RegExp(GBG.name) })
      .getByText("Bekräftad")
      .waitFor();

    await organiser.getByLabel(`Närvaro för ${ALE_2.name}, dag 1`).selectOption({ label: "Närvarande" });
    await organiser.getByText(`${ALE_2.name}, dag 1: Närvarande.`).waitFor();
    // Attending both days of a kursledarutbildning certifies the person.
    await organiser.getByLabel(`Närvaro för ${ALE_2.name}, dag 2`).selectOption({ label: "Närvarande" });
    await organiser.getByText(`${ALE_2.name}, dag 2: Närvarande.`).waitFor();
    await expectAccessible(organiser, "training administration");
    await screenshot(organiser, "trainings-event-organiser");

    await organiser.getByRole("navigation", { name: "Utbildningar" }).getByRole("link", { name: "Kursledare" }).click();
    await organiser.getByRole("heading", { level: 1, name: "Kursledare" }).waitFor();
    await organiser
      .getByRole("table", { name: "Kommuner med kursledare per län" })
      .getByRole("row", { name: /Västra Götalands län/ })
      .getByText(/^1 av \d+$/)
      .waitFor();
    const certificate = organiser.getByRole("link", { name: `Ladda ner intyg (PDF) för ${ALE_2.name}` });
    const [download] = await Promise.all([organiser.waitForEvent("download"), certificate.click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await expectAccessible(organiser, "course leaders");
    await screenshot(organiser, "trainings-kursledare");

    await organiser.getByRole("navigation", { name: "Utbildningar" }).getByRole("link", { name: "Statistik" }).click();
    await organiser.getByRole("heading", { level: 1, name: "Utbildningsstatistik" }).waitFor();
    await organiser.getByText("Utbildningstillfällen").first().waitFor();
    await expect
      .poll(() => organiser.getByRole("link", { name: "Ladda ner statistiken (CSV)" }).getAttribute("href"))
      .toMatch(/^\/api\/training-statistics\.csv\?year=\d{4}$/);
    await expectAccessible(organiser, "training statistics");
    await screenshot(organiser, "trainings-statistik");
    await organiser.context().close();
  });
});
