import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIELD_MESSAGES, fieldMessage as ref, localiseConstraint, renderFieldMessage, validationMessage } from "../../server/dist/shared/field-messages";
import { DEMO, errorCode, startTestApp, type Client, type GqlResult, type TestApp } from "../helpers/app";
import { futureSessions } from "../trainings/fixtures";

const SOURCE = path.join(__dirname, "../../server/src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "migrations" ? [] : sourceFiles(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

const parameterNames = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe("the field message catalogue", () => {
  it("has a Swedish and an English text for every key, filling in the same parameters", () => {
    expect(Object.keys(FIELD_MESSAGES).length).toBeGreaterThan(100);
    for (const [key, texts] of Object.entries(FIELD_MESSAGES)) {
      expect(texts.sv.trim(), key).not.toBe("");
      expect(texts.en.trim(), key).not.toBe("");
      expect(texts.en, key).not.toBe(texts.sv);
      expect(parameterNames(texts.en), key).toEqual(parameterNames(texts.sv));
    }
  });

  it("keeps no message that the code no longer uses", () => {
    const code = sourceFiles(SOURCE)
      .map((f) => fs.readFileSync(f, "utf8"))
      .join("\n");
    expect(Object.keys(FIELD_MESSAGES).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });

  it("renders a key with its parameters in either language", () => {
    expect(renderFieldMessage(ref("trainings.sessionEndsBeforeItStarts", { number: 2 }), "sv")).toBe("Tillfälle 2 slutar innan det börjar.");
    expect(renderFieldMessage(ref("trainings.sessionEndsBeforeItStarts", { number: 2 }), "en")).toBe("Session 2 ends before it starts.");
    expect(renderFieldMessage(ref("grants.sumShouldBe", { sum: "1 000 kr", requested: "2 000 kr" }), "en")).toBe("The sum 1 000 kr should be 2 000 kr.");
    expect(renderFieldMessage(ref("developmentFunds.invalidPaymentNumber", { method: "bankgiro" }), "sv")).toBe(
      "Kontrollsiffran stämmer inte. Kontrollera bankgironumret.",
    );
  });

  it("reads class-validator messages as keys, says class-validator's own plainly, and leaves other texts as they are", () => {
    expect(localiseConstraint(validationMessage("common.limitAtMost", { max: 200 }), "sv")).toBe("limit får vara högst 200");
    expect(localiseConstraint(validationMessage("common.limitAtMost", { max: 200 }), "en")).toBe("limit may be at most 200");
    expect(localiseConstraint(validationMessage("common.invalidId"), "en")).toBe("Invalid id.");
    expect(localiseConstraint("purpose must be shorter than or equal to 10000 characters", "sv")).toBe("Högst 10 000 tecken.");
    expect(localiseConstraint("title must be longer than 3 characters", "en")).toBe("title must be longer than 3 characters");
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

function fieldMessage(res: GqlResult, field: string): string | undefined {
  return (res.errors?.[0]?.extensions?.fields as { field: string; message: string }[] | undefined)?.find((f) => f.field === field)?.message;
}

async function inBothLanguages(client: Client, query: string, variables: Record<string, unknown>, code = "BAD_USER_INPUT") {
  const sv = await client.request(query, variables, { "accept-language": "sv-SE,sv;q=0.9,en;q=0.8" });
  const en = await client.request(query, variables, { "accept-language": "en-GB,en;q=0.9" });
  expect(errorCode(sv), JSON.stringify(sv.errors)).toBe(code);
  expect(errorCode(en), JSON.stringify(en.errors)).toBe(code);
  return { sv, en };
}

describe("field messages follow Accept-Language", () => {
  it("class-validator messages (a grant call's title)", async () => {
    const handlaggare = await t.as(DEMO.handlaggare);
    const { sv, en } = await inBothLanguages(handlaggare, `mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
      i: { title: "x", year: 2026, budget: 1_000_000, opensAt: "2026-01-01T00:00:00Z", closesAt: "2026-02-01T00:00:00Z", followUpDueDate: "2027-05-31" },
    });
    expect(fieldMessage(sv, "title")).toBe("Ange en rubrik (3–200 tecken).");
    expect(fieldMessage(en, "title")).toBe("Enter a title (3–200 characters).");
    expect(sv.errors![0].message).toBe("Några fält behöver rättas. Se meddelandena vid fälten.");
    expect(en.errors![0].message).toBe("Some fields need correcting. See the messages next to them.");
  });

  it("rules given without a message of ours are said plainly in either language, not as class-validator's English", async () => {
    const nck = await t.as(DEMO.nck);
    const calls = await nck.request(`{ grantCalls(programme: SARSKILDA_STIMULANSMEDEL) { id isOpen } }`);
    const callId = calls.data!.grantCalls.find((c: { isOpen: boolean }) => c.isOpen).id;
    const { sv, en } = await inBothLanguages(nck, `mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { callId, title: "Ansökan med för långt syfte", purpose: "x".repeat(10_001), requestedAmount: 2_000_000_000 },
    });
    expect(fieldMessage(sv, "purpose")).toBe("Högst 10 000 tecken.");
    expect(fieldMessage(en, "purpose")).toBe("At most 10,000 characters.");
    expect(fieldMessage(sv, "requestedAmount")).toBe("Får vara högst 1 000 000 000.");
    expect(fieldMessage(en, "requestedAmount")).toBe("May be at most 1,000,000,000.");
  });

  const SAVE_EVENT = `mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`;
  const event = { type: "KURSLEDARUTBILDNING", title: "Kursledarutbildning", capacity: 20, sessions: futureSessions(1) };

  it("a service's invalid(field, reason): field message, top-level message and its reason", async () => {
    const lst = await t.as(DEMO.lstO);
    const { sv, en } = await inBothLanguages(lst, SAVE_EVENT, { i: event });
    expect(fieldMessage(sv, "location")).toBe("Ange plats eller länk till mötet.");
    expect(sv.errors![0].message).toBe("Ange plats eller länk till mötet.");
    expect(sv.errors![0].extensions!.params).toEqual({ reason: "Ange plats eller länk till mötet." });
    expect(fieldMessage(en, "location")).toBe("Enter a place or a link to the meeting.");
    expect(en.errors![0].message).toBe("Enter a place or a link to the meeting.");
    expect(en.errors![0].extensions!.params).toEqual({ reason: "Enter a place or a link to the meeting." });
  });

  it("a reason built from a template literal", async () => {
    const lst = await t.as(DEMO.lstO);
    const [first] = futureSessions(1);
    const backwards = { startsAt: first.endsAt, endsAt: first.startsAt };
    const { sv, en } = await inBothLanguages(lst, SAVE_EVENT, { i: { ...event, location: "Göteborg", sessions: [backwards] } });
    expect(fieldMessage(sv, "sessions")).toBe("Tillfälle 1 slutar innan det börjar.");
    expect(sv.errors![0].message).toBe("Tillfälle 1 slutar innan det börjar.");
    expect(fieldMessage(en, "sessions")).toBe("Session 1 ends before it starts.");
    expect(en.errors![0].message).toBe("Session 1 ends before it starts.");
  });

  it("a class-validator message from the users module (an invitation to an address that is not one)", async () => {
    const admin = await t.as(DEMO.admin);
    const orgs = await admin.request(`{ organisations(limit: 1) { items { id } } }`);
    const organisationId = orgs.data!.organisations.items[0].id;
    const { sv, en } = await inBothLanguages(admin, `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
      i: { email: "inte-en-adress", name: "Ny Person", organisationId, roles: ["KOMMUN_SAMORDNARE"] },
    });
    expect(fieldMessage(sv, "email")).toBe("Ange en giltig e-postadress.");
    expect(fieldMessage(en, "email")).toBe("Enter a valid e-mail address.");
  });

  it("a class-validator message with a parameter (a page larger than the largest)", async () => {
    const lst = await t.as(DEMO.lstO);
    const { sv, en } = await inBothLanguages(lst, `{ notifications(limit: 500) { items { id } } }`, {});
    expect(fieldMessage(sv, "limit")).toBe("limit får vara högst 200");
    expect(fieldMessage(en, "limit")).toBe("limit may be at most 200");
  });

  it("a network service's invalid(field, key): a meeting that ends before it starts", async () => {
    const lst = await t.as(DEMO.lstO);
    const networkId = (await lst.request(`{ networks(convenedByMe: true) { items { id } } }`)).data!.networks.items[0].id;
    const [session] = futureSessions(1);
    const { sv, en } = await inBothLanguages(lst, `mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
      i: { networkId, title: "Nätverksmöte", location: "Göteborg", startsAt: session.endsAt, endsAt: session.startsAt },
    });
    expect(fieldMessage(sv, "endsAt")).toBe("Mötet måste sluta efter att det börjat.");
    expect(sv.errors![0].message).toBe("Mötet måste sluta efter att det börjat.");
    expect(fieldMessage(en, "endsAt")).toBe("The meeting must end after it starts.");
    expect(en.errors![0].message).toBe("The meeting must end after it starts.");
    expect(en.errors![0].extensions!.params).toEqual({ reason: "The meeting must end after it starts." });
  });

  it("hand-built field messages (a meeting for a network id that cannot exist)", async () => {
    const lst = await t.as(DEMO.lstO);
    const [session] = futureSessions(1);
    const { sv, en } = await inBothLanguages(
      lst,
      `mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`,
      { i: { networkId: "0x10", title: "Nätverksmöte", location: "Göteborg", ...session } },
      "NOT_FOUND",
    );
    expect(fieldMessage(sv, "networkId")).toBe("Ogiltigt id.");
    expect(fieldMessage(en, "networkId")).toBe("Invalid id.");
    expect(en.errors![0].message).toBe("Nothing has that id.");
  });
});
