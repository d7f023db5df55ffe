import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type TestProvider, startTestProvider } from "../helpers/oidc-provider";
import { type Api, apiAs } from "./api";
import type { Page } from "playwright-core";
import { expectAccessible, expectNoSidewaysScroll, launch, newPage, openAs } from "./browser";

/**
 * Single sign-on in the browser: a real OpenID Connect provider (oidc-provider) is Alingsås's
 * identity provider for the length of this spec; a person invited to Alingsås signs in through it.
 */

const ORG = "1489";
const EMAIL = "sam.singel@alingsas.example.se";

let browser: Browser;
let provider: TestProvider;
let admin: Api;
let organisationId: string;

beforeAll(async () => {
  browser = await launch();
  admin = await apiAs("admin@demo.samverka.se");
  provider = await startTestProvider(inject("baseUrl"));
  const orgs = await admin<{ organisations: { items: { id: string; code: string }[] } }>(
    `query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`,
    { s: "Alingsås" },
  );
  organisationId = orgs.organisations.items.find((o) => o.code === ORG)!.id;
  await admin(`mutation($i: IdentityProviderInput!) { setIdentityProvider(input: $i) { id } }`, {
    i: { organisationId, issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
  });
  await admin(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
    i: { email: EMAIL, name: "Sam Singel", organisationId, roles: ["KOMMUN_SAMORDNARE"] },
  });
  provider.people.set("sam", { email: EMAIL, email_verified: true, name: "Sam Singel" });
}, 60_000);

afterAll(async () => {
  // The other specs see the sign-in page without it.
  await admin?.(`mutation($o: ID!) { removeIdentityProvider(organisationId: $o) }`, { o: organisationId }).catch(() => undefined);
  await provider?.close();
  await browser?.close();
});

/** Signs in at the provider's own page as the subject, from Samverka's sign-in page. */
async function throughProvider(page: Page, subject: string) {
  await page.goto("/logga-in");
  await page.getByRole("link", { name: "Logga in via Alingsås" }).click();
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill("anything");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

describe("single sign-on", () => {
  it("the sign-in page offers 'Logga in via Alingsås', which signs the invited person in and out through the provider", async () => {
    const page = await newPage(browser);
    await page.goto("/logga-in");
    const via = page.getByRole("link", { name: "Logga in via Alingsås" });
    await via.waitFor();
    await expectAccessible(page, "sign-in page with single sign-on");
    await expectNoSidewaysScroll(page, "sign-in page with single sign-on");

    await via.click();
    // The provider's own sign-in page.
    await page.locator('input[name="login"]').fill("sam");
    await page.locator('input[name="password"]').fill("anything");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByRole("heading", { level: 1, name: "Välkommen, Sam Singel" }).waitFor();

    await page.getByRole("button", { name: "Logga ut" }).click();
    // Signed out of Samverka, the browser signs out at the provider too, which sends it back to the sign-in page.
    await expect.poll(() => page.url()).toContain(`${provider.issuer}/session/end`);
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect.poll(() => page.url()).toContain("/logga-in");
    await page.getByRole("heading", { level: 1, name: "Logga in i Samverka" }).waitFor();
    await page.context().close();
  });

  it("tells a person without an account that the organisation's administrator has to approve them", async () => {
    provider.people.set("okand", { email: "okand@alingsas.example.se", email_verified: true, name: "Okänd Person" });
    const page = await newPage(browser);
    await page.goto("/logga-in");
    await page.getByRole("link", { name: "Logga in via Alingsås" }).click();
    await page.locator('input[name="login"]').fill("okand");
    await page.locator('input[name="password"]').fill("anything");
    await page.getByRole("button", { name: "Sign-in" }).click();
    await page.getByText("Väntar på godkännande").waitFor();
    expect(page.url()).toContain("/logga-in?sso=pending");
    await expectAccessible(page, "sign-in page waiting for approval");
    await page.context().close();
  });

  it("the platform administrator sees the provider's settings without the secret and approves a first sign-in, after which the person signs in", async () => {
    provider.people.set("nykomling", { email: "nykomling@alingsas.example.se", email_verified: true, name: "Nina Nykomling" });
    const person = await newPage(browser);
    await throughProvider(person, "nykomling");
    await person.getByText("Väntar på godkännande").waitFor();

    const page = await openAs(browser, "admin@demo.samverka.se");
    await page.goto("/admin/inloggning");
    await page.getByRole("combobox", { name: "Organisation" }).fill("Alingsås");
    await page
      .getByRole("option", { name: /^Alingsås/ })
      .first()
      .click();
    await page.getByText("Angiven. Lämna tomt för att behålla den").waitFor();
    expect(await page.getByLabel("Klienthemlighet").inputValue()).toBe("");
    expect(await page.getByLabel("Klient-id").inputValue()).toBe(provider.clientId);
    await page.getByRole("row", { name: /Nina Nykomling/ }).waitFor();
    await expectAccessible(page, "single sign-on administration");
    await expectNoSidewaysScroll(page, "single sign-on administration");

    await page.getByRole("button", { name: "Godkänn Nina Nykomling" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Godkänn" }).click();
    await dialog.getByText("Välj minst en roll.").waitFor();
    await dialog.getByLabel("Samordnare, kommun").check();
    await dialog.getByRole("button", { name: "Godkänn" }).click();
    await page.getByText("Nina Nykomling är godkänd och kan logga in.").waitFor();
    await page.context().close();

    // Still signed in at the provider: the sign-in goes straight through.
    await person.goto("/logga-in");
    await person.getByRole("link", { name: "Logga in via Alingsås" }).click();
    await person.getByRole("heading", { level: 1, name: "Välkommen, Nina Nykomling" }).waitFor();
    await person.context().close();
  });
});
