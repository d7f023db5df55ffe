import { generate } from "otplib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, signIn } from "./browser";
import { mailedLink } from "./mailbox";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const EMAIL = "konto.e2e@ale.example.se";
const FIRST_PASSWORD = "det-första-lösenordet-i-ale";
const NEW_PASSWORD = "Ett nytt lösenord för Ale 2027";

/** An account in Ale with a password: invited by the platform administrator, the invitation accepted. */
async function account() {
  const admin = await apiAs("admin@demo.samverka.se");
  const orgs = await admin<{ organisations: { items: { id: string; code: string }[] } }>(
    `query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`,
    { s: "1440" },
  );
  const ale = orgs.organisations.items.find((o) => o.code === "1440")!;
  await admin(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
    i: { email: EMAIL, name: "Konto Kontosson", organisationId: ale.id, roles: ["KOMMUN_SAMORDNARE"] },
  });
  const token = new URLSearchParams((await mailedLink(EMAIL, "/inbjudan")).split("?")[1]).get("token");
  const res = await fetch(`${inject("baseUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }`,
      variables: { i: { token, password: FIRST_PASSWORD } },
    }),
  });
  expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
}

describe("one's account", () => {
  it("a forgotten password is reset by the mailed link, then two-factor sign-in is turned on and used", async () => {
    await account();
    const page = await newPage(browser);

    // Glömt lösenord: the link arrives by e-mail.
    await page.goto("/logga-in");
    await page.getByRole("link", { name: "Glömt lösenord?" }).click();
    await page.getByRole("heading", { level: 1, name: "Glömt lösenord" }).waitFor();
    await page.getByLabel("E-postadress").fill(EMAIL);
    await page.getByRole("button", { name: "Skicka länk" }).click();
    await page.getByText("Om adressen hör till ett konto i Samverka har vi skickat en länk dit.").waitFor();
    await expectAccessible(page, "forgot password");

    await page.goto(await mailedLink(EMAIL, "/nytt-losenord"));
    await page.getByRole("heading", { level: 1, name: "Välj nytt lösenord" }).waitFor();
    await expectAccessible(page, "reset password");
    await page.getByLabel("Nytt lösenord").fill(NEW_PASSWORD);
    await page.getByLabel("Upprepa lösenord").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Spara nytt lösenord" }).click();
    await page.getByText("Ditt nya lösenord är sparat. Logga in med det.").waitFor();
    await page.getByRole("link", { name: "Till inloggningen" }).click();

    await signIn(page, EMAIL, NEW_PASSWORD);
    await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();

    // Mitt konto: turn on two-factor sign-in with a code computed as the app would.
    await page.getByRole("link", { name: "Mitt konto" }).click();
    await page.getByRole("heading", { level: 1, name: "Mitt konto" }).waitFor();
    await page.getByRole("table").getByText("Den här inloggningen").waitFor();
    await expectAccessible(page, "my account");
    await page.getByRole("button", { name: "Aktivera tvåstegsinloggning" }).click();
    await page.getByRole("img", { name: "QR-kod för att lägga till Samverka i autentiseringsappen" }).waitFor();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await expectAccessible(page, "two-factor enrolment");
    await page.getByLabel("Kod från appen").fill(await generate({ secret }));
    await page.getByRole("button", { name: "Bekräfta och aktivera" }).click();
    await page.getByRole("heading", { level: 3, name: "Dina reservkoder" }).waitFor();
    expect(await page.getByRole("list", { name: "Reservkoder" }).getByRole("listitem").count()).toBe(10);
    await expectAccessible(page, "recovery codes");

    // Signing in now asks for a code after the password (the next one the app shows).
    await page.getByRole("button", { name: "Logga ut", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Logga in i Samverka" }).waitFor();
    await signIn(page, EMAIL, NEW_PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Tvåstegsinloggning" }).waitFor();
    await expectAccessible(page, "second step of sign-in");
    await page.getByRole("textbox", { name: "Kod", exact: true }).fill("000000");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("alert").getByText("Koden stämmer inte.", { exact: false }).first().waitFor();
    await page.getByRole("textbox", { name: "Kod", exact: true }).fill(await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
    await page.context().close();
  });
});
