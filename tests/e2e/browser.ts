import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const DEMO_PASSWORD = "samverka-demo";
export const SCREENSHOT_DIR = path.resolve(__dirname, "../../docs/screenshots");

/** Debian's Chromium, headless, with a fresh profile and no background traffic. */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * How the browser is set up. `locale` is the browser's own language and region (Swedish by
 * default); with another one, Samverka's own language is still Swedish, as a person who chose it.
 */
export interface BrowserOptions {
  locale?: string;
}

export async function newPage(browser: Browser, { locale = "sv-SE" }: BrowserOptions = {}): Promise<Page> {
  // bypassCSP lets the test inject axe-core; the app itself runs under its normal policy.
  const context = await browser.newContext({
    bypassCSP: true,
    baseURL: inject("baseUrl"),
    locale,
    timezoneId: "Europe/Stockholm",
    viewport: { width: 1280, height: 900 },
  });
  if (!locale.startsWith("sv")) await context.addInitScript(() => window.localStorage.setItem("samverka.language", "sv"));
  return context.newPage();
}

const AXE = fs.readFileSync(path.resolve(__dirname, "../../node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page as it is now; fails on any moderate, serious or critical violation. */
export async function expectAccessible(page: Page, label = page.url()) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    // Headings that skip a level confuse navigation by headings: checked too, though axe files it under best practice.
    // @ts-expect-error axe is injected above
    const order = await window.axe.run(document, { runOnly: { type: "rule", values: ["heading-order"] } });
    r.violations.push(...order.violations);
    return r.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  const serious = result.filter((v: { impact: string }) => v.impact === "moderate" || v.impact === "serious" || v.impact === "critical");
  expect(serious, `accessibility violations on ${label}`).toEqual([]);
  await expectNoSidewaysScroll(page, label);
}

/** The widths every checked page is shown at: a phone, a tablet and a laptop. */
export const WIDTHS = [390, 768, 1280] as const;

/**
 * At each of WIDTHS the page needs no sideways scrolling (WCAG 1.4.10 Reflow): the window cannot be
 * scrolled sideways; a wide table scrolls inside its own region. When it can, the message names the
 * width and the chain of elements down to the one whose removal ends it. The window is then given
 * back its size.
 */
export async function expectNoSidewaysScroll(page: Page, label = page.url()) {
  const before = page.viewportSize();
  const found: { width: number; scroll: number; path: string }[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 844 });
    const overflow = await page.evaluate(() => {
      const y = window.scrollY;
      window.scrollTo(10_000, y);
      const scroll = window.scrollX;
      window.scrollTo(0, y);
      const path: string[] = [];
      if (scroll > 0) {
        const fits = () => document.documentElement.scrollWidth <= document.documentElement.clientWidth;
        for (let node: Element | null = document.body; node;) {
          const next: HTMLElement | undefined = ([...node.children] as HTMLElement[]).find((c) => {
            const display = c.style.display;
            c.style.display = "none";
            const ok = fits();
            c.style.display = display;
            return ok;
          });
          if (next)
            path.push(
              `${next.tagName.toLowerCase()}${next.id ? `#${next.id}` : ""}${typeof next.className === "string" && next.className ? `.${next.className.split(" ")[0]}` : ""}`,
            );
          node = next ?? null;
        }
      }
      return { scroll, path: path.join(" > ") };
    });
    if (overflow.scroll > 0) found.push({ width, ...overflow });
  }
  if (before) await page.setViewportSize(before);
  expect(found, `sideways scrolling on ${label}`).toEqual([]);
}

/** Signs in through the login page, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

export async function screenshot(page: Page, name: string) {
  if (!process.env.SAMVERKA_SCREENSHOTS) return;
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** A fresh browser context signed in as the account, once its (accessible) start page shows. */
export async function openAs(browser: Browser, email: string, options: BrowserOptions = {}): Promise<Page> {
  const page = await newPage(browser, options);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  await workQueueLoaded(page);
  await expectAccessible(page, `start page of ${email}`);
  return page;
}

/** Waits until the start page's work queue has loaded (its list or its empty state). */
export async function workQueueLoaded(page: Page) {
  await page.waitForFunction(() => document.querySelector(".work-queue")?.getAttribute("aria-busy") === "false");
}
