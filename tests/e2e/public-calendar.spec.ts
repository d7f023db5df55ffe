import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage } from "./browser";

const ORGANISER = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const DAY = 86_400_000;
// This file's own training: other spec files share the server and its database.
const TITLE = `Öppen grundkurs e2e ${Date.now().toString(36)}`;
const DAY_OF_COURSE = new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10);
const START = new Date(`${DAY_OF_COURSE}T07:00:00.000Z`);
const END = new Date(`${DAY_OF_COURSE}T14:00:00.000Z`);
/** The time as Stockholm's clocks show it, summer time included. */
const stockholm = (d: Date) => d.toLocaleTimeString("sv-SE", { timeZone: "Europe/Stockholm", hour: "2-digit", minute: "2-digit" });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  const organiser = await apiAs(ORGANISER);
  const saved = await organiser(`mutation ($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: {
      type: "BAS",
      title: TITLE,
      description: "En dag om våld i nära relationer för socialtjänstens personal.",
      national: true,
      location: "Länsstyrelsen, Göteborg",
      capacity: 12,
      registrationDeadline: new Date(Date.now() + DAY).toISOString(),
      sessions: [{ startsAt: START.toISOString(), endsAt: END.toISOString() }],
    },
  });
  await organiser(`mutation ($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: saved.saveTrainingEvent.id });
});
afterAll(() => browser?.close());

describe("the public training calendar", () => {
  it("an anonymous visitor opens it from the sign-in page, sees a training with places left and can subscribe", async () => {
    const page = await newPage(browser);
    await page.goto("/logga-in");
    await page.getByRole("link", { name: "Se kalendern med öppna utbildningar" }).click();
    await page.getByRole("heading", { level: 1, name: "Öppna utbildningar" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/kalender");

    // Soonest first; older specs' trainings may come before it: show more until it is there.
    const card = page.locator("li.card", { has: page.getByRole("heading", { level: 2, name: TITLE }) });
    for (let i = 0; i < 10 && !(await card.isVisible()); i++) {
      const more = page.getByRole("button", { name: "Visa fler utbildningar" });
      await Promise.race([card.waitFor(), more.waitFor()]);
      if (await card.isVisible()) break;
      await more.click();
    }
    await expect.poll(() => card.isVisible()).toBe(true);
    await expect.poll(() => card.textContent()).toContain("12 platser kvar");
    await expect.poll(() => card.textContent()).toContain("Länsstyrelsen, Göteborg");
    await expect.poll(() => card.textContent()).toContain(`${DAY_OF_COURSE} ${stockholm(START)}–${stockholm(END)}`);

    // Registering needs a coordinator's sign-in: the page says so and links to it.
    const signIn = page.getByRole("link", { name: "Logga in för att anmäla" });
    expect(await signIn.getAttribute("href")).toBe("/logga-in");

    // The iCal link gives a calendar with the training.
    const href = await page.getByRole("link", { name: "Prenumerera på kalendern (iCal)" }).getAttribute("href");
    const res = await fetch(new URL(href!, inject("baseUrl")));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const ics = (await res.text()).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("BEGIN:VEVENT");
    expect(ics).toContain(`SUMMARY:${TITLE}`);

    await expectAccessible(page, "public calendar");
    await page.context().close();
  });
});
