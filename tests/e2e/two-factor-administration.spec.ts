import { generate } from "otplib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, openAs, signIn } from "./browser";
import { mailedLink } from "./mailbox";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const PASSWORD = "ett-långt-lösenord-för-tvåsteg";
const code = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function gql(query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(`${inject("baseUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, any>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A coordinator in Ale with two-factor sign-in turned on; returns the address, the name and the app's secret. */
async function enrolledPerson(): Promise<{ email: string; name: string; secret: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const email = `tvasteg.${suffix}@ale.example.se`;
  const name = `Tove Tvåsteg ${suffix}`;
  const admin = await apiAs("admin@demo.samverka.se");
  const orgs = await admin<{ organisations: { items: { id: string; code: string }[] } }>(
    `query { organisations(search: "1440", limit: 50) { items { id code } } }`,
  );
  const ale = orgs.organisations.items.find((o) => o.code === "1440")!;
  await admin(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, { i: { email, name, organisationId: ale.id, roles: ["KOMMUN_SAMORDNARE"] } });
  const token = new URLSearchParams((await mailedLink(email, "/inbjudan")).split("?")[1]).get("token");
  const session = (await gql(`mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`, { i: { token, password: PASSWORD } }))
    .acceptInvitation.token;
  const secret = (await gql(`mutation { startTwoFactorEnrolment { secret } }`, {}, session)).startTwoFactorEnrolment.secret;
  // The code of the step before: the sign-in below uses the current one.
  await gql(`mutation($k: String!) { confirmTwoFactorEnrolment(code: $k) }`, { k: await code(secret, -1) }, session);
  return { email, name, secret };
}

describe("two-factor administration", () => {
  it("a person turns two-factor sign-in off under Mitt konto with the password and a code, checked before it is sent", async () => {
    const person = await enrolledPerson();
    const page = await newPage(browser);
    await page.goto("/");
    await signIn(page, person.email, PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Tvåstegsinloggning" }).waitFor();
    await page.getByRole("textbox", { name: "Kod", exact: true }).fill(await code(person.secret));
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();

    await page.getByRole("link", { name: "Mitt konto" }).click();
    const form = page.getByRole("form", { name: "Stäng av tvåstegsinloggning" });
    await form.waitFor();
    await expectAccessible(page, "my account: turning two-factor off");
    await form.getByRole("button", { name: "Stäng av tvåstegsinloggning" }).click();
    await page.getByRole("link", { name: "Ange ditt lösenord." }).waitFor();
    await form.getByLabel("Lösenord").fill(PASSWORD);
    await form.getByLabel("Kod från appen").fill(await code(person.secret, 1));
    await form.getByRole("button", { name: "Stäng av tvåstegsinloggning" }).click();
    await page.getByText("Tvåstegsinloggning är avstängd.").waitFor();
    await page.getByRole("button", { name: "Aktivera tvåstegsinloggning" }).waitFor();
    await page.context().close();
  });

  it("the platform administrator resets a person's two-factor sign-in on the users page, after a confirmation", async () => {
    const person = await enrolledPerson();
    const page = await openAs(browser, "admin@demo.samverka.se");
    await page.goto("/admin/anvandare");
    await page.getByLabel("Sök användare").fill(person.email);
    await page.getByRole("search", { name: "Sök bland användare" }).getByRole("button", { name: "Sök" }).click();
    const row = page.getByRole("row", { name: new RegExp(person.name) });
    await row.waitFor();
    await row.getByRole("button", { name: /Återställ tvåstegsinloggning/ }).click();
    const dialog = page.getByRole("dialog", { name: `Återställa tvåstegsinloggningen för ${person.name}?` });
    await dialog.waitFor();
    await expectAccessible(page, "users: reset two-factor");
    await dialog.getByRole("button", { name: "Återställ", exact: true }).click();
    await page.getByText(`Tvåstegsinloggningen för ${person.name} är återställd.`).waitFor();
    await row.getByRole("button", { name: /Återställ tvåstegsinloggning/ }).waitFor({ state: "detached" });
    const admin = await apiAs("admin@demo.samverka.se");
    const mails = await admin<{ outboxMails: { items: { toAddress: string; subject: string }[] } }>(
      `{ outboxMails(limit: 20) { items { toAddress subject } } }`,
    );
    expect(mails.outboxMails.items).toContainEqual({ toAddress: person.email, subject: "Din tvåstegsinloggning har återställts" });
    await page.context().close();
  });
});
