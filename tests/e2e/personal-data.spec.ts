import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, expectNoSidewaysScroll, launch, openAs } from "./browser";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const DAY = 86_400_000;

/** A person from Ale registered for a training of Västra Götaland, with an address of their own. */
async function registeredParticipant(): Promise<{ name: string; email: string }> {
  const suffix = Math.random().toString(36).slice(2, 8);
  const participant = { name: `Rut Registerutdrag ${suffix}`, email: `rut.${suffix}@ale.example.se`, profession: "Socionom", workplace: "Socialtjänsten" };
  const lst = await apiAs("utvecklingsledare@o.lansstyrelsen.demo.samverka.se");
  const start = new Date(Date.now() + 40 * DAY);
  start.setUTCHours(7, 0, 0, 0);
  const saved = await lst<{ saveTrainingEvent: { id: string } }>(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
    i: {
      type: "BAS",
      title: `Grundutbildning för registerutdrag ${suffix}`,
      description: "En dag om våld i nära relationer.",
      national: true,
      location: "Länsstyrelsen, Göteborg",
      capacity: 20,
      registrationDeadline: new Date(Date.now() + 30 * DAY).toISOString(),
      sessions: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString() }],
    },
  });
  const id = saved.saveTrainingEvent.id;
  await lst(`mutation($id: ID!) { publishTrainingEvent(id: $id) { status } }`, { id });
  const ale = await apiAs("samordnare@ale.demo.samverka.se");
  await ale(`mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`, { e: id, p: [participant] });
  return participant;
}

describe("personal data", () => {
  it("the platform administrator finds everything held about an e-mail address, downloads the extract and erases it on request, after checking the reason and confirming", async () => {
    const participant = await registeredParticipant();
    const page = await openAs(browser, "admin@demo.samverka.se");
    await page.goto("/admin/personuppgifter");
    await page.getByRole("heading", { level: 1, name: "Personuppgifter" }).waitFor();
    await expectAccessible(page, "personal data: empty");

    // Checked before anything is asked of the server.
    await page.getByLabel("E-postadress").fill("inte en adress");
    await page.getByRole("button", { name: "Visa uppgifter" }).click();
    await page.getByRole("link", { name: "Ange en giltig e-postadress." }).waitFor();

    await page.getByLabel("E-postadress").fill(participant.email);
    await page.getByRole("button", { name: "Visa uppgifter" }).click();
    await page.getByRole("heading", { level: 2, name: `Uppgifter om ${participant.email}` }).waitFor();
    const row = page.getByRole("row", { name: /Anmälningar till utbildningar/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("1 raderas.");
    await expectAccessible(page, "personal data: extract");
    await expectNoSidewaysScroll(page, "personal data: extract");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Registerutdrag (JSON)" }).click()]);
    expect(download.suggestedFilename()).toBe("registerutdrag.json");
    const json = JSON.parse(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8")));
    expect(JSON.stringify(json)).toContain(participant.name);
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Registerutdrag (PDF)" }).click()]);
    expect(pdf.suggestedFilename()).toBe("registerutdrag.pdf");

    // A reason is needed before the confirmation is asked for.
    await page.getByRole("button", { name: "Radera uppgifterna" }).click();
    await page.getByRole("link", { name: /Ange skälet till raderingen/ }).waitFor();
    expect(await page.getByRole("dialog").count()).toBe(0);
    await page.getByLabel("Skäl till raderingen").fill("Personen begärde radering i ett e-postmeddelande.");
    await page.getByRole("button", { name: "Radera uppgifterna" }).click();
    const dialog = page.getByRole("dialog", { name: `Radera uppgifterna om ${participant.email}?` });
    await dialog.waitFor();
    await expectAccessible(page, "personal data: confirm erasure");
    await dialog.getByRole("button", { name: "Radera", exact: true }).click();
    await page.getByText("Uppgifterna är raderade.").waitFor();
    await page.getByText(`Samverka har inga uppgifter om ${participant.email}.`).waitFor();
    await expectAccessible(page, "personal data: erased");
    await page.context().close();
  });

  it("the platform administrator changes the retention period; a wrong value is explained at the field; erasing now asks first", async () => {
    const page = await openAs(browser, "admin@demo.samverka.se");
    await page.goto("/admin/installningar");
    await page.getByRole("heading", { level: 1, name: "Inställningar" }).waitFor();
    const months = page.getByLabel("Gallringstid för personuppgifter (månader)");
    expect(await months.inputValue()).toBe("24");
    await expectAccessible(page, "platform settings");
    await expectNoSidewaysScroll(page, "platform settings");

    await months.fill("0");
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    await page.getByRole("link", { name: "Ange ett helt antal månader, mellan 1 och 240." }).waitFor();
    await months.fill("30");
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    await page.getByText("Inställningarna är sparade.").waitFor();
    await page.reload();
    expect(await page.getByLabel("Gallringstid för personuppgifter (månader)").inputValue()).toBe("30");

    // Erasing now is confirmed first; cancelling changes nothing.
    await page.getByRole("button", { name: "Gallra nu" }).click();
    const dialog = page.getByRole("dialog", { name: "Gallra personuppgifter nu?" });
    await dialog.waitFor();
    await expectAccessible(page, "platform settings: confirm erasure");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await dialog.waitFor({ state: "detached" });

    // Back to the default, for the other specs.
    await page.getByLabel("Gallringstid för personuppgifter (månader)").fill("24");
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    await page.getByText("Inställningarna är sparade.").waitFor();
    await page.context().close();
  });

  it("a coordinator without administration gets neither page", async () => {
    const page = await openAs(browser, "samordnare@ale.demo.samverka.se");
    await page.goto("/admin/personuppgifter");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1, name: "Personuppgifter" }).count()).toBe(0);
    expect(await page.getByLabel("E-postadress").count()).toBe(0);
    await page.context().close();
  });
});
