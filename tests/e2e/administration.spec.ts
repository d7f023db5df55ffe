import type { Browser, Page } from "playwright-core";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, launch, newPage, openAs } from "./browser";

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

/** The invitation link in the newest mail that reached `email`'s inbox (the outbox shows such links hidden). */
async function invitationLink(email: string): Promise<string> {
  const mailbox = inject("mailbox");
  const newest = () =>
    fs
      .readFileSync(mailbox, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string[]; data: string })
      .filter((m) => m.to.includes(email))
      .at(-1)?.data;
  await expect.poll(newest, { timeout: 15_000 }).toBeTruthy();
  // Quoted-printable soft line breaks ("=\r\n") may split the link.
  const body = newest()!
    .replace(/=\r?\n/g, "")
    .replace(/=3D/g, "=");
  const url = new URL(/https?:\/\/\S+\/inbjudan\?token=[A-Za-z0-9_-]+/.exec(body)![0]);
  return url.pathname + url.search;
}

describe("administration", () => {
  it("the platform administrator invites an organisation administrator to Ale with the roles the server offers; they manage Ale's people only", async () => {
    const admin = await openAs(browser, "admin@demo.samverka.se");
    await admin.goto("/admin/anvandare");
    await admin.getByRole("heading", { level: 2, name: "Alla användare" }).waitFor();
    await admin.getByLabel("E-postadress").fill("it@ale.example.se");
    await admin.getByLabel("Namn", { exact: true }).fill("Ida IT");
    await admin.getByRole("combobox", { name: "Organisation" }).fill("Ale");
    await admin.getByRole("option", { name: /^Ale/ }).first().click();
    await admin.getByLabel("Organisationsadministratör").waitFor();
    expect(await offeredRoles(admin)).toEqual(["Organisationsadministratör", "Samordnare, kommun"]);
    await admin.getByLabel("Organisationsadministratör").check();
    await admin.getByLabel("Samordnare, kommun").check();
    await expectAccessible(admin, "administration: invitation form, platform administrator");
    await admin.getByRole("button", { name: "Bjud in användare" }).click();
    await admin.getByText("Inbjudan skickad till it@ale.example.se.").waitFor();

    const link = await invitationLink("it@ale.example.se");
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
    await page.getByLabel("Namn", { exact: true }).fill("Kim Kollega");
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
