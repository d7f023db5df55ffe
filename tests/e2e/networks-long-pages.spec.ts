import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiAs } from "./api";
import { expectAccessible, launch, newPage, signIn } from "./browser";

const LST = "utvecklingsledare@o.lansstyrelsen.demo.samverka.se";
const GOTEBORG = "samordnare@goteborg.demo.samverka.se";
const DAY = 86_400_000;

// Other spec files share the database: everything this spec creates carries its own name.
const stamp = Date.now().toString(36);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, email);
  await page.getByRole("heading", { level: 1, name: /^Välkommen/ }).waitFor();
  return page;
}

/** A network of Länsstyrelsen Västra Götaland with the county's 49 kommuner as members, created through the API. */
async function networkOf49(name: string): Promise<{ networkId: string; members: { id: string; name: string }[] }> {
  const lst = await apiAs(LST);
  const created = await lst(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name, topic: "OTHER" } });
  const networkId = created.saveNetwork.id as string;
  const orgs = await lst(`{ organisations(kinds: [KOMMUN], countyCode: "14", limit: 60) { items { id name } } }`);
  const members = orgs.organisations.items as { id: string; name: string }[];
  expect(members).toHaveLength(49);
  await lst(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, { n: networkId, o: members.map((m) => m.id) });
  return { networkId, members };
}

async function heldMeeting(networkId: string, title: string, daysAgo: number): Promise<string> {
  const lst = await apiAs(LST);
  const startsAt = new Date(Date.now() - daysAgo * DAY);
  const data = await lst(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: "Göteborg",
      invite: false,
    },
  });
  return data.scheduleNetworkMeeting[0].id;
}

describe("networks: long pages stay short, with one step for many rows", () => {
  it("the meeting page groups 49 attendance rows, and marks all of them present in one step", async () => {
    const { networkId } = await networkOf49(`Långa sidan ${stamp}`);
    const title = `Möte med 49 kommuner ${stamp}`;
    const meetingId = await heldMeeting(networkId, title, 1);
    const lst = await signedIn(LST);
    await lst.goto(`/natverk/moten/${meetingId}`);
    await lst.getByRole("heading", { level: 1, name: title }).waitFor();
    const group = lst.locator("details.nw-group", { has: lst.locator("summary", { hasText: /^Kommun: 49 organisationer/ }) });
    await group.waitFor();
    // The 49 rows start folded away, so the page is short.
    expect(await group.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
    expect(await lst.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000);
    await expectAccessible(lst, "meeting page with 49 members (convener)");

    // Nothing selected: the step explains itself instead of doing nothing.
    await lst.getByRole("button", { name: "Markera närvaro" }).click();
    await lst.getByText("Välj minst en organisation först.").waitFor();
    await lst.getByLabel("Välj alla organisationer").check();
    await lst.getByText("49 av 49 organisationer valda").waitFor();
    await lst.getByRole("button", { name: "Markera närvaro" }).click();
    await lst.getByText("49 organisationer är markerade som närvarande.").waitFor();

    const api = await apiAs(LST);
    const data = await api(`query($id: ID!) { networkMeeting(id: $id) { status attendance { status } } }`, { id: meetingId });
    expect(data.networkMeeting.status).toBe("HELD");
    expect(data.networkMeeting.attendance.map((a: { status: string }) => a.status)).toEqual(Array(49).fill("ATTENDED"));

    // Opened, the group can be used row by row: one organisation marked absent.
    await group.locator("summary").click();
    await lst.getByLabel("Välj Ale", { exact: true }).check();
    await lst.getByRole("button", { name: "Markera frånvaro" }).click();
    await lst.getByText("1 organisation är markerad som frånvarande.").waitFor();
    expect(await lst.getByLabel("Närvaro, Ale", { exact: true }).inputValue()).toBe("ABSENT");
    await expectAccessible(lst, "meeting page with 49 members, group open");
    await lst.context().close();
  });

  it("the network page shows the members a page at a time and removes the selected ones after a confirmation naming how many", async () => {
    const name = `Medlemssidan ${stamp}`;
    const { networkId, members } = await networkOf49(name);
    const lst = await signedIn(LST);
    await lst.goto(`/natverk/${networkId}`);
    await lst.getByRole("heading", { level: 1, name }).waitFor();
    await lst.getByRole("caption").filter({ hasText: "49 medlemsorganisationer" }).waitFor();
    // No row of red buttons: one step for the selected members.
    expect(await lst.getByRole("button", { name: /^Ta bort [A-ZÅÄÖ]/ }).count()).toBe(0);
    expect(await lst.getByRole("checkbox", { name: /^Välj (?!alla)/ }).count()).toBe(20);
    await lst.getByRole("navigation", { name: "Sidor i medlemslistan" }).waitFor();
    await expectAccessible(lst, "network page with 49 members (convener)");

    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, "sv"));
    await lst.getByLabel(`Välj ${sorted[0].name}`, { exact: true }).check();
    await lst.getByLabel(`Välj ${sorted[1].name}`, { exact: true }).check();
    await lst.getByLabel(`Välj ${sorted[2].name}`, { exact: true }).check();
    await lst.getByRole("button", { name: "Ta bort valda" }).click();
    const dialog = lst.getByRole("dialog", { name: "Ta bort 3 medlemmar ur nätverket?" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(sorted[2].name);
    await expectAccessible(lst, "network page, confirming the removal of 3 members");
    await dialog.getByRole("button", { name: "Ta bort 3 medlemmar" }).click();
    await lst.getByText("3 medlemmar är borttagna ur nätverket.").waitFor();
    await lst.getByRole("caption").filter({ hasText: "46 medlemsorganisationer" }).waitFor();

    const api = await apiAs(LST);
    const data = await api(`query($id: ID!) { network(id: $id) { members { organisation { id } } } }`, { id: networkId });
    const left = data.network.members.map((m: { organisation: { id: string } }) => m.organisation.id);
    expect(left).toHaveLength(46);
    for (const removed of sorted.slice(0, 3)) expect(left).not.toContain(removed.id);
    await lst.context().close();
  });

  it("the justerare sends the minutes back, the convener revises and resubmits them, and approved decisions reach the register", async () => {
    const name = `Protokollkedjan ${stamp}`;
    const { networkId } = await networkOf49(name);
    const [convener, approver] = await Promise.all([apiAs(LST), apiAs(GOTEBORG)]);
    const approverUserId = (await approver(`{ me { id } }`)).me.id;
    const earlierTitle = `Vårträffen ${stamp}`;
    const title = `Höstträffen ${stamp}`;
    const earlier = await heldMeeting(networkId, earlierTitle, 30);
    const meetingId = await heldMeeting(networkId, title, 2);
    await convener(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: earlier,
      i: { body: "Våren.", decisionItems: [{ text: "Ta fram en handlingsplan." }], approverUserId },
    });
    await approver(`mutation($m: ID!) { approveMeetingMinutes(meetingId: $m) { status } }`, { m: earlier });
    await convener(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
      m: meetingId,
      i: { body: "Hösten.", decisionItems: [{ text: "Anta handlingsplanen." }], approverUserId },
    });

    const gbg = await signedIn(GOTEBORG);
    await gbg.goto(`/natverk/moten/${meetingId}`);
    await gbg.getByText("Du är justerare").waitFor();
    await gbg.getByRole("button", { name: "Skicka tillbaka med kommentarer" }).click();
    await gbg.getByRole("textbox", { name: "Kommentarer till den som sammankallar" }).fill("Beslutet saknar ansvarig och datum.");
    await gbg.getByRole("button", { name: "Skicka tillbaka", exact: true }).click();
    await gbg.getByText("Protokollet har skickats tillbaka till den som sammankallar.").waitFor();

    const lst = await signedIn(LST);
    await lst.goto(`/natverk/moten/${meetingId}`);
    await lst.getByText("Beslutet saknar ansvarig och datum.", { exact: false }).waitFor();
    const decision = lst.getByRole("group", { name: "Beslut 1", exact: true });
    await decision.getByLabel("Ansvarig (valfritt)").fill("Länsstyrelsen");
    await decision.getByLabel("Klart senast (valfritt)").fill("2027-03-01");
    await lst.getByLabel("Justerare").selectOption({ label: "Greta Samordnare (Göteborg)" });
    await lst.getByRole("button", { name: "Skicka för justering" }).click();
    await lst.getByText("Protokollet har skickats för justering till Greta Samordnare.").waitFor();
    await expectAccessible(lst, "meeting page (convener, minutes resubmitted)");

    await gbg.reload();
    await gbg.getByText("Du är justerare").waitFor();
    await gbg.getByText("Ansvarig: Länsstyrelsen · klart senast 2027-03-01").waitFor();
    await gbg.getByRole("button", { name: "Justera och publicera" }).click();
    await gbg.getByRole("dialog", { name: "Justera och publicera protokollet?" }).getByRole("button", { name: "Justera och publicera" }).click();
    await gbg.getByText("Protokollet är justerat och publicerat.").waitFor();

    // Consecutive minutes link to each other, and the register lists both decisions, the latest first.
    const nav = gbg.getByRole("navigation", { name: "Föregående och nästa protokoll i nätverket" });
    await nav.getByRole("link", { name: new RegExp(`^Föregående protokoll: ${earlierTitle}`) }).click();
    await gbg.getByRole("heading", { level: 1, name: earlierTitle }).waitFor();
    await nav.getByRole("link", { name: new RegExp(`Nästa protokoll: ${title}`) }).waitFor();
    await gbg.getByRole("link", { name: "Nätverkets beslutsregister" }).click();
    await gbg.getByRole("heading", { level: 1, name: /^Beslutsregister/ }).waitFor();
    const rows = gbg.getByRole("table").getByRole("row");
    await rows.nth(1).getByText("Anta handlingsplanen.").waitFor();
    expect(await rows.nth(1).textContent()).toContain("Länsstyrelsen");
    expect(await rows.nth(2).textContent()).toContain("Ta fram en handlingsplan.");
    await expectAccessible(gbg, "register of decisions");
    await rows
      .nth(1)
      .getByRole("link", { name: new RegExp(title) })
      .click();
    await gbg.getByRole("heading", { level: 1, name: title }).waitFor();
    await gbg.context().close();
    await lst.context().close();
  });
});

describe("trainings: the filter bar", () => {
  it("lays its fields out in one row at 1280 px and wraps them at 390 px; 'nothing matches' only with a filter set, with a button that clears it", async () => {
    const ale = await signedIn("samordnare@ale.demo.samverka.se");
    await ale.setViewportSize({ width: 1280, height: 900 });
    await ale.goto("/utbildningar");
    await ale.getByRole("heading", { level: 1, name: "Utbildningar" }).waitFor();
    const bar = ale.getByRole("search", { name: /filtr/i });
    const controls = [
      ale.getByLabel("Typ", { exact: true }),
      ale.getByLabel("Län", { exact: true }),
      ale.getByLabel("Från datum"),
      ale.getByLabel("Till datum"),
    ];
    const bottoms = async () => Promise.all(controls.map(async (c) => Math.round((await c.boundingBox())!.y + (await c.boundingBox())!.height)));
    const wide = await bottoms();
    expect(Math.max(...wide) - Math.min(...wide)).toBeLessThanOrEqual(2);
    const checkbox = (await ale.getByLabel("Bara med lediga platser").boundingBox())!;
    expect(checkbox.y).toBeLessThan(Math.max(...wide));
    expect(await bar.count()).toBe(1);

    await ale.setViewportSize({ width: 390, height: 844 });
    const narrow = await bottoms();
    expect(Math.max(...narrow) - Math.min(...narrow)).toBeGreaterThan(20);
    await ale.setViewportSize({ width: 1280, height: 900 });

    expect(await ale.getByText("Inga utbildningar matchar filtren.", { exact: false }).count()).toBe(0);
    await ale.getByLabel("Till datum").fill("2000-01-01");
    await ale.getByText("Inga utbildningar matchar filtren.", { exact: false }).waitFor();
    await expectAccessible(ale, "trainings, a filter that matches nothing");
    await ale.getByRole("button", { name: "Rensa filter" }).last().click();
    expect(await ale.getByLabel("Till datum").inputValue()).toBe("");
    await ale.getByText("Inga utbildningar matchar filtren.", { exact: false }).waitFor({ state: "detached" });
    await ale.context().close();
  });
});

describe("networks: the meeting form checks itself before sending", () => {
  it("lists what is missing in a summary, on the fields, and creates nothing until it is put right", async () => {
    const lst = await apiAs(LST);
    const name = `Formulärnätverket ${stamp}`;
    const networkId = (await lst(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name, topic: "OTHER" } })).saveNetwork.id;
    const page = await signedIn(LST);
    await page.goto(`/natverk/${networkId}/planera`);
    await page.getByRole("heading", { level: 1, name: "Planera möte" }).waitFor();
    await page.getByRole("group", { name: "Dagordningspunkt 1", exact: true }).getByLabel("Minuter").fill("700");
    await page.getByRole("button", { name: "Planera möte" }).click();
    const summary = page.locator(".error-summary__list");
    await summary.getByRole("link", { name: "Ange en rubrik för mötet (3–200 tecken)." }).waitFor();
    await summary.getByRole("link", { name: "Ange plats eller länk till ett digitalt möte." }).waitFor();
    expect(await page.getByLabel("Mötets rubrik").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "plan a meeting, refused before sending");
    const meetings = async () => (await lst(`query($n: ID!) { networkMeetings(networkId: $n) { total } }`, { n: networkId })).networkMeetings.total;
    expect(await meetings()).toBe(0);

    const title = `Formulärmötet ${stamp}`;
    await page.getByLabel("Mötets rubrik").fill(title);
    await page.getByLabel("Plats", { exact: true }).fill("Länsstyrelsen, Göteborg");
    await page.getByRole("group", { name: "Dagordningspunkt 1", exact: true }).getByLabel("Minuter").fill("");
    await page.getByRole("button", { name: "Planera möte" }).click();
    await page.getByRole("heading", { level: 1, name: title }).waitFor();
    expect(await meetings()).toBe(1);
    await page.context().close();
  });
});
