import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, expectAccessible, launch, newPage, openAs } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** The app's own scripts a page fetched, by file name (e.g. "GrantsHome-<hash>.js"). */
function scriptsOf(page: Awaited<ReturnType<typeof newPage>>): string[] {
  const scripts: string[] = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.match(/^\/assets\/([^/]+\.js)$/)?.[1];
    if (name) scripts.push(name);
  });
  return scripts;
}

describe("loading the web app", () => {
  it("the sign-in page fetches no portal's code; a portal's page fetches its own when opened", async () => {
    const page = await newPage(browser);
    const scripts = scriptsOf(page);
    await page.goto("/logga-in");
    await page.getByRole("button", { name: "Logga in" }).waitFor();
    expect(scripts.filter((s) => /^(StartPage|GrantsHome|charts|geo)-/.test(s))).toEqual([]);
    await page.getByLabel("E-postadress").fill("handlaggare@socialstyrelsen.demo.samverka.se");
    await page.getByLabel("Lösenord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
    expect(scripts.some((s) => s.startsWith("GrantsHome-"))).toBe(false);
    await page.getByRole("link", { name: "Stimulansmedel" }).first().click();
    await expect.poll(() => scripts.some((s) => s.startsWith("GrantsHome-"))).toBe(true);
    await expect.poll(() => new URL(page.url()).pathname).toBe("/stimulansmedel");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).not.toMatch(/^Välkommen/);
    await page.context().close();
  });

  it("a page whose code cannot be fetched says so and offers a reload that works", async () => {
    const page = await openAs(browser, "handlaggare@socialstyrelsen.demo.samverka.se");
    await page.route(/\/assets\/AccountPage-[^/]+\.js$/, (route) => route.abort());
    await page.goto("/konto");
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Sidan kunde inte laddas");
    await expectAccessible(page, "a page whose code could not be fetched");
    await page.unroute(/\/assets\/AccountPage-[^/]+\.js$/);
    await page.getByRole("button", { name: "Ladda om sidan" }).click();
    await page.getByRole("heading", { level: 1, name: "Mitt konto" }).waitFor();
    await page.context().close();
  });
});
