import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, screenshot, signIn } from "./browser";

const LST = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const ANALYST = "analys@vardanalys.demo.samverka.se";
const ADMIN = "admin@demo.samverka.se";

// Other spec files share the database: everything this spec creates carries its own stamp.
const stamp = Date.now().toString(36);
const PARTICIPANTS = `Socialchef och samordnare (${stamp})`;
const CAMPAIGN = `Kampanj mot våld ${stamp}`;
const TODAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));

let browser: Browser;

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

/** No sideways scrolling at the current width. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe("Länets arbete", () => {
  it("the utvecklingsledare logs a kommunbesök and a campaign, sees them on Länets arbete and downloads them as CSV", async () => {
    const lst = await signedIn(LST);
    await lst.getByRole("navigation").getByRole("link", { name: "Länets arbete" }).first().click();
    await lst.getByRole("heading", { level: 1, name: "Länets arbete" }).waitFor();
    await expectAccessible(lst, "Länets arbete");

    await lst.getByRole("link", { name: "Registrera kommunbesök" }).click();
    await lst.getByRole("heading", { level: 1, name: "Registrera kommunbesök" }).waitFor();
    // Sent empty: the required fields say what is missing.
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText("Välj minst ett ämne.").first().waitFor();
    await expectAccessible(lst, "kommunbesök form with errors");
    await lst.getByLabel("Kommun (obligatoriskt)").selectOption({ label: "Ale" });
    await lst.getByLabel("Datum (obligatoriskt)").fill(TODAY);
    await lst.getByLabel("Barn som upplever våld").check();
    await lst.getByLabel("Deltagare och roller (obligatoriskt)").fill(PARTICIPANTS);
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText("Kommunbesöket är registrerat.").waitFor();
    await lst.getByText(PARTICIPANTS).waitFor();

    // Corrected afterwards.
    await lst
      .getByRole("link", { name: `Ändra Kommunbesöket i Ale ${TODAY}` })
      .first()
      .click();
    await lst.getByRole("heading", { level: 1, name: "Ändra kommunbesök" }).waitFor();
    await lst.getByLabel("Anteckningar").fill(`Uppföljning om ett halvår (${stamp})`);
    await expectAccessible(lst, "kommunbesök form (editing)");
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText(`Uppföljning om ett halvår (${stamp})`).waitFor();

    await lst.getByRole("link", { name: "Registrera kampanj" }).click();
    await lst.getByRole("heading", { level: 1, name: "Registrera kampanj eller informationsinsats" }).waitFor();
    await lst.getByLabel("Rubrik (obligatoriskt)").fill(CAMPAIGN);
    await lst.getByLabel("Regional", { exact: true }).check();
    await lst.getByLabel("Ämne (obligatoriskt)").selectOption({ label: "Våld i nära relationer" });
    await lst.getByLabel("Press").check();
    await lst.getByLabel("Sociala medier").check();
    await lst.getByLabel("Från (obligatoriskt)").fill(`${YEAR}-01-01`);
    await lst.getByLabel("Till (obligatoriskt)").fill(`${YEAR}-12-31`);
    await lst.getByLabel("Artiklar").fill("28");
    await lst.getByLabel("Läsare").fill("276500");
    await lst.getByLabel("MVP").check();
    await expectAccessible(lst, "campaign form");
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText("Kampanjen är registrerad.").waitFor();
    await lst.getByRole("heading", { level: 3, name: CAMPAIGN }).waitFor();
    await lst.getByText("276 500 läsare", { exact: false }).first().waitFor();
    await screenshot(lst, "county-work");
    await expectAccessible(lst, "Länets arbete with the new records");

    const [download] = await Promise.all([lst.waitForEvent("download"), lst.getByRole("link", { name: `Kommunbesök ${YEAR} som CSV` }).click()]);
    expect(download.suggestedFilename()).toBe(`kommunbesok-${YEAR}.csv`);
    const path = await download.path();
    const csv = (await import("node:fs")).readFileSync(path!, "utf8");
    expect(csv).toContain(PARTICIPANTS);
    expect(csv).toContain("Ale");
    const [networks] = await Promise.all([lst.waitForEvent("download"), lst.getByRole("link", { name: `Nätverk och länssamverkan ${YEAR} som CSV` }).click()]);
    expect(networks.suggestedFilename()).toBe(`natverk-${YEAR}.csv`);
    expect((await import("node:fs")).readFileSync((await networks.path())!, "utf8")).toContain("Länsstyrelsen Västra Götaland");

    // The topic filter narrows the visits and campaigns.
    await lst.getByLabel("Ämne", { exact: true }).selectOption({ label: "Barn som upplever våld" });
    await lst.getByRole("heading", { level: 3, name: CAMPAIGN }).waitFor({ state: "detached" });
    await lst.getByText(PARTICIPANTS).waitFor();
    await lst.getByLabel("Ämne", { exact: true }).selectOption({ label: "Alla ämnen" });
    await lst.getByRole("heading", { level: 3, name: CAMPAIGN }).waitFor();

    // A year without records says so.
    await lst.getByLabel("År", { exact: true }).selectOption(String(YEAR - 6));
    await lst.getByText(`Inga kommunbesök registrerade för ${YEAR - 6}.`).waitFor();

    await lst.setViewportSize({ width: 390, height: 844 });
    await lst.getByLabel("År", { exact: true }).selectOption(String(YEAR));
    await lst.getByRole("heading", { level: 3, name: CAMPAIGN }).waitFor();
    await expectAccessible(lst, "Länets arbete at 390 px");
    await expectNoSidewaysScroll(lst);
    await lst.context().close();
  });

  it("Vårdanalys reads every county's work, filters by county, and is offered no forms", async () => {
    const analyst = await signedIn(ANALYST);
    await analyst.goto(`/lanets-arbete?year=${YEAR}`);
    await analyst.getByRole("heading", { level: 1, name: "Länets arbete" }).waitFor();
    await analyst.getByLabel("Län", { exact: true }).selectOption({ label: "Länsstyrelsen Västra Götaland" });
    await analyst.getByRole("heading", { level: 2, name: "Kommunbesök" }).waitFor();
    expect(await analyst.getByRole("link", { name: "Registrera kommunbesök" }).count()).toBe(0);
    expect(await analyst.getByRole("button", { name: /^Ta bort/ }).count()).toBe(0);
    await expectAccessible(analyst, "Länets arbete (national reader)");
    await analyst.context().close();
  });

  it("the platform administrator adds a method, which the utvecklingsledare can then choose", async () => {
    const admin = await signedIn(ADMIN);
    await admin.goto("/admin/metoder");
    await admin.getByRole("heading", { level: 1, name: "Metoder och material" }).waitFor();
    const form = admin.getByRole("form", { name: "Lägg till metod eller material" });
    await form.getByLabel("Namn (obligatoriskt)").fill(`Våga fråga ${stamp}`);
    await form.getByRole("button", { name: "Lägg till" }).click();
    await admin.getByText(`Våga fråga ${stamp} är sparad.`).waitFor();
    await admin.getByRole("form", { name: `Våga fråga ${stamp}` }).waitFor();
    await expectAccessible(admin, "methods and materials (administrator)");
    await admin.context().close();

    const lst = await signedIn(LST);
    await lst.goto(`/lanets-arbete/ny/metodspridning?year=${YEAR}`);
    await lst.getByLabel("Metod eller material (obligatoriskt)").selectOption({ label: `Våga fråga ${stamp}` });
    await lst.context().close();
  });
});
