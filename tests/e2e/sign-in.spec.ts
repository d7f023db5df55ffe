import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newPage, screenshot, signIn, workQueueLoaded } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const ACCOUNTS = [
  { email: "admin@demo.samverka.se", name: "Alva Admin", org: "Socialstyrelsen", card: "Administration", shot: "start-admin" },
  {
    email: "handlaggare@socialstyrelsen.demo.samverka.se",
    name: "Sara Handläggare",
    org: "Socialstyrelsen",
    card: "Stimulansmedel",
    shot: "start-socialstyrelsen",
  },
  {
    email: "remiss@jamstalldhetsmyndigheten.demo.samverka.se",
    name: "Jonas Remiss",
    org: "Jämställdhetsmyndigheten",
    card: "Stimulansmedel",
    shot: "start-jamstalldhetsmyndigheten",
  },
  {
    email: "utvecklingsledare@o.lansstyrelsen.demo.samverka.se",
    name: "Olivia Utvecklingsledare",
    org: "Länsstyrelsen Västra Götaland",
    card: "Utbildningar",
    shot: "start-lansstyrelse",
  },
  {
    email: "utvecklingsledare@ab.lansstyrelsen.demo.samverka.se",
    name: "Anders Utvecklingsledare",
    org: "Länsstyrelsen i Stockholms län",
    card: "Utbildningar",
    shot: null,
  },
  { email: "ansokan@nck.demo.samverka.se", name: "Nora NCK", org: "NCK", card: "Stimulansmedel", shot: "start-nck" },
  { email: "ansokan@barnafrid.demo.samverka.se", name: "Bo Barnafrid", org: "Barnafrid", card: "Stimulansmedel", shot: null },
  { email: "samordnare@goteborg.demo.samverka.se", name: "Greta Samordnare", org: "Göteborg", card: "Utbildningar", shot: null },
  { email: "samordnare@ale.demo.samverka.se", name: "Alex Samordnare", org: "Ale", card: "Utbildningar", shot: "start-kommun" },
  { email: "samordnare@vgregion.demo.samverka.se", name: "Vera Samordnare", org: "Västra Götalandsregionen", card: "Utvecklingsmedel", shot: null },
  {
    email: "analys@vardanalys.demo.samverka.se",
    name: "Vilhelm Analys",
    org: "Myndigheten för vård- och omsorgsanalys",
    card: "Statistik",
    shot: "start-vardanalys",
  },
];

describe("signing in", () => {
  it("the login page is accessible and refuses a wrong password with a readable message", async () => {
    const page = await newPage(browser);
    await page.goto("/");
    await expect.poll(() => page.url()).toContain("/logga-in");
    await expectAccessible(page, "login");
    await screenshot(page, "login");
    await signIn(page, "admin@demo.samverka.se", "fel-lösenord");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Fel e-postadress eller lösenord");
    await page.context().close();
  });

  for (const account of ACCOUNTS) {
    it(`${account.email} signs in and sees the start page of their role`, async () => {
      const page = await newPage(browser);
      await signIn(page, account.email);
      await page.getByRole("heading", { level: 1, name: `Välkommen, ${account.name}` }).waitFor();
      expect(await page.getByRole("main").textContent()).toContain(account.org);
      await page
        .getByRole("main")
        .getByRole("link", { name: new RegExp(account.card) })
        .first()
        .waitFor();
      await workQueueLoaded(page);
      await expectAccessible(page, `start page of ${account.email}`);
      if (account.shot) await screenshot(page, account.shot);
      await page.getByRole("button", { name: "Logga ut" }).click();
      await page.getByRole("button", { name: "Logga in" }).waitFor();
      await page.context().close();
    });
  }

  it("keeps the language a person chooses and applies it at the next sign-in", async () => {
    const first = await newPage(browser);
    await signIn(first, "ansokan@barnafrid.demo.samverka.se");
    await first.getByRole("heading", { level: 1, name: "Välkommen, Bo Barnafrid" }).waitFor();
    const saved = (page: typeof first) =>
      page.waitForResponse((r) => r.url().endsWith("/graphql") && !!r.request().postData()?.includes(`"operationName":"SetMyLanguage"`));
    await Promise.all([saved(first), first.getByRole("button", { name: "English" }).click()]);
    await first.getByRole("heading", { level: 1, name: "Welcome, Bo Barnafrid" }).waitFor();
    await first.getByRole("button", { name: "Svenska" }).waitFor();
    await first.context().close();

    // Another browser, with nothing remembered: the stored choice applies after sign-in.
    const second = await newPage(browser);
    await signIn(second, "ansokan@barnafrid.demo.samverka.se");
    await second.getByRole("heading", { level: 1, name: "Welcome, Bo Barnafrid" }).waitFor();
    await expectAccessible(second, "start page in English");
    await Promise.all([saved(second), second.getByRole("button", { name: "Svenska" }).click()]);
    await second.getByRole("heading", { level: 1, name: "Välkommen, Bo Barnafrid" }).waitFor();
    await second.context().close();

    const third = await newPage(browser);
    await signIn(third, "ansokan@barnafrid.demo.samverka.se");
    await third.getByRole("heading", { level: 1, name: "Välkommen, Bo Barnafrid" }).waitFor();
    await third.context().close();
  });

  it("the login page follows the browser's language before anyone has chosen one", async () => {
    const context = await browser.newContext({ baseURL: inject("baseUrl"), locale: "en-GB", timezoneId: "Europe/Stockholm" });
    const page = await context.newPage();
    await page.goto("/logga-in");
    await page.getByRole("heading", { level: 1, name: "Sign in to Samverka" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByLabel("E-mail address").waitFor();
    await context.close();
    // A Swedish browser gets Swedish.
    const sv = await newPage(browser);
    await sv.goto("/logga-in");
    await sv.getByRole("heading", { level: 1, name: "Logga in i Samverka" }).waitFor();
    await sv.context().close();
  });

  it("signs in with the keyboard alone", async () => {
    const page = await newPage(browser);
    await page.goto("/logga-in");
    await page.getByLabel("E-postadress").focus();
    await page.keyboard.type("samordnare@ale.demo.samverka.se");
    await page.keyboard.press("Tab");
    await page.keyboard.type("samverka-demo");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Välkommen, Alex Samordnare" }).waitFor();
    await page.context().close();
  });
});
