import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, openAs } from "./browser";

const SOCIALSTYRELSEN = "handlaggare@socialstyrelsen.demo.samverka.se";
// Stockholm's länsstyrelse: no other spec logs work for its county.
const LST = "utvecklingsledare@ab.lansstyrelsen.demo.samverka.se";
const stamp = Date.now().toString(36);
const TITLE = `Årlig uppföljning ${stamp}`;
const TODAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** Socialstyrelsen's yearly follow-up of the länsstyrelser for this year, with the questions the county's own log answers, sent out. */
async function sentFollowUp(): Promise<string> {
  const sos = await apiAs(SOCIALSTYRELSEN);
  const bank = await sos<{ questionBank: { items: { id: string; code: string }[] } }>(`{ questionBank(limit: 200) { items { id code } } }`);
  const id = (code: string) => bank.questionBank.items.find((q) => q.code === code)!.id;
  const deadline = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
  const saved = await sos(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id } }`, {
    i: {
      titleSv: TITLE,
      titleEn: `Yearly follow-up ${stamp}`,
      year: YEAR,
      targetGroup: "LANSSTYRELSER",
      deadline,
      items: [{ questionId: id("KOMMUNBESOK_COUNT") }, { questionId: id("CAMPAIGNS_COUNT") }],
    },
  });
  await sos(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id: saved.saveQuestionnaire.id });
  return saved.saveQuestionnaire.id as string;
}

describe("the yearly follow-up", () => {
  it("a länsstyrelse logs a kommunbesök and a campaign, answers the follow-up pre-filled from them, and Socialstyrelsen sees the response rate and the figure change", async () => {
    const questionnaireId = await sentFollowUp();
    const builder = await openAs(browser, SOCIALSTYRELSEN);
    await builder.goto(`/enkater/${questionnaireId}`);
    await builder.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await builder.getByText(/^0 av 21 har svarat \(0\s%\)\.$/).waitFor();

    const lst = await openAs(browser, LST);
    await lst.goto(`/lanets-arbete?year=${YEAR}`);
    await lst.getByRole("heading", { level: 1, name: "Länets arbete" }).waitFor();
    await lst.getByRole("link", { name: "Registrera kommunbesök" }).click();
    await lst.getByRole("heading", { level: 1, name: "Registrera kommunbesök" }).waitFor();
    await lst.getByLabel("Kommun (obligatoriskt)").selectOption({ label: "Botkyrka" });
    await lst.getByLabel("Datum (obligatoriskt)").fill(TODAY);
    await lst.getByLabel("Våld i nära relationer").check();
    await lst.getByLabel("Deltagare och roller (obligatoriskt)").fill(`Socialchef (${stamp})`);
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText("Kommunbesöket är registrerat.").waitFor();

    await lst.getByRole("link", { name: "Registrera kampanj" }).click();
    await lst.getByRole("heading", { level: 1, name: "Registrera kampanj eller informationsinsats" }).waitFor();
    await lst.getByLabel("Rubrik (obligatoriskt)").fill(`Kampanj ${stamp}`);
    await lst.getByLabel("Nationell", { exact: true }).check();
    await lst.getByLabel("Ämne (obligatoriskt)").selectOption({ label: "Våld i nära relationer" });
    await lst.getByLabel("Press").check();
    await lst.getByLabel("Från (obligatoriskt)").fill(`${YEAR}-01-01`);
    await lst.getByLabel("Till (obligatoriskt)").fill(`${YEAR}-12-31`);
    await lst.getByRole("button", { name: "Spara" }).click();
    await lst.getByText("Kampanjen är registrerad.").waitFor();

    // Länets arbete leads to this year's follow-up, whose answers the log has filled in.
    const surveys = lst.getByRole("region", { name: "Årets uppföljning" });
    await surveys.getByRole("link", { name: TITLE }).click();
    await lst.getByRole("heading", { level: 1, name: `Besvara: ${TITLE}` }).waitFor();
    const visits = lst.getByLabel(/Hur många kommunbesök/);
    const campaigns = lst.getByLabel(/Hur många kampanjer/);
    expect(await visits.inputValue()).toBe("1");
    expect(await campaigns.inputValue()).toBe("1");
    expect(await lst.getByText("Förifyllt från Samverka — bekräfta eller ändra").count()).toBe(2);
    await expectAccessible(lst, "the pre-filled follow-up");
    await lst.getByRole("button", { name: "Skicka in svaret" }).click();
    await lst.getByRole("dialog", { name: "Skicka in svaret?" }).getByRole("button", { name: "Skicka in svaret" }).click();
    await lst.getByRole("button", { name: "Spara rättelse" }).waitFor();

    // Socialstyrelsen: the response rate and the national figure.
    await builder.reload();
    await builder.getByText(/^1 av 21 har svarat \(5\s%\)\.$/).waitFor();
    await builder.getByRole("link", { name: "Resultat" }).click();
    await builder.getByRole("heading", { level: 1, name: `Resultat: ${TITLE}` }).waitFor();
    const visitsResult = builder.getByRole("region", { name: /Hur många kommunbesök/ });
    await visitsResult.getByText("1 har svarat på frågan.").waitFor();
    expect(await visitsResult.getByRole("definition").first().textContent()).toBe("1");
    await expectAccessible(builder, "results of the follow-up");
  });
});
