import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, launch, newPage, openAs } from "./browser";
import { mailedLink } from "./mailbox";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Role checkboxes offered in the invitation form, by their labels. */
async function offeredRoles(page: Page): Promise<string[]> {
  const group = page.locator("#invite-roles");
  return (await group.locator("label").allTextContents()).map((s) => s.trim());
}

describe("administration", () => {
  it("the platform administrator invites an organisation administrator to Ale with the roles the server offers; they manage Ale's people only", async () => {
    const admin = await openAs(browser, "admin@demo.samverka.se");
    await admin.goto("/admin/anvandare");
    await admin.getByRole("heading", { level: 2, name: "Alla användare" }).waitFor();
    await admin.getByLabel("E-postadress").fill("it@ale.example.se");
    await admin.getByRole("textbox", { name: "Namn", exact: true }).fill("Ida IT");
    await admin.getByRole("combobox", { name: "Organisation" }).fill("Ale");
    await admin.getByRole("option", { name: /^Ale/ }).first().click();
    await admin.getByLabel("Organisationsadministratör").waitFor();
    expect(await offeredRoles(admin)).toEqual(["Organisationsadministratör", "Samordnare, kommun"]);
    await admin.getByLabel("Organisationsadministratör").check();
    await admin.getByLabel("Samordnare, kommun").check();
    await expectAccessible(admin, "administration: invitation form, platform administrator");
    await admin.getByRole("button", { name: "Bjud in användare" }).click();
    await admin.getByText("Inbjudan skickad till it@ale.example.se.").waitFor();

    const link = await mailedLink("it@ale.example.se", "/inbjudan");
    await admin.context().close();

    const page = await newPage(browser);
    await page.goto(link);
    await page.getByLabel("Välj lösenord").fill("ett-långt-lösenord-för-ale");
    await page.getByLabel("Upprepa lösenord").fill("ett-långt-lösenord-för-ale");
    await page.getByRole("button", { name: "Spara lösenord och logga in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();

    await page.goto("/admin/anvandare");
    await page.getByRole("heading", { level: 2, name: "Användare i Ale" }).waitFor();
    // No organisation to choose, no outbox; only the roles Ale's administrator holds.
    expect(await page.getByRole("combobox", { name: "Organisation" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: "Utskick" }).count()).toBe(0);
    await page.getByText("Personen blir användare i Ale.").waitFor();
    await page.getByLabel("Samordnare, kommun").waitFor();
    expect(await offeredRoles(page)).toEqual(["Organisationsadministratör", "Samordnare, kommun"]);
    const rows = page.getByRole("table").getByRole("row");
    await rows.filter({ hasText: "samordnare@ale.demo.samverka.se" }).waitFor();
    const text = (await page.getByRole("table").textContent()) ?? "";
    expect(text).not.toContain("admin@demo.samverka.se");
    expect(text).not.toContain("goteborg");
    await expectAccessible(page, "administration: organisation administrator");

    await page.getByLabel("E-postadress").fill("kollega@ale.example.se");
    await page.getByRole("textbox", { name: "Namn", exact: true }).fill("Kim Kollega");
    await page.getByLabel("Samordnare, kommun").check();
    await page.getByRole("button", { name: "Bjud in användare" }).click();
    await page.getByText("Inbjudan skickad till kollega@ale.example.se.").waitFor();
    await rows.filter({ hasText: "kollega@ale.example.se" }).waitFor();

    await page.goto("/admin/utskick");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("main").textContent()).not.toContain("kollega@ale.example.se");
    await page.context().close();
  });
});
