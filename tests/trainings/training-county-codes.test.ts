import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";
import { rowCounts } from "../helpers/database";
import { futureSessions } from "./fixtures";

let t: TestApp;
let lst: Client;
beforeAll(async () => {
  t = await startTestApp();
  lst = await t.as(DEMO.lstO);
});
afterAll(() => t?.close());

const TABLES = ["training_event", "training_session", "audit_entry"];

async function save(eligibleCountyCodes: string[]) {
  return lst.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id eligibleCountyCodes } }`, {
    i: { type: "BAS", title: "Grundkurs för två län", location: "Göteborg", capacity: 20, eligibleCountyCodes, sessions: futureSessions(1) },
  });
}

describe("a training's eligible counties are län of the reference data", () => {
  it("an unknown county code is refused on eligibleCountyCodes, naming it, and nothing is written", async () => {
    const before = await rowCounts(t.app.ds, TABLES);
    const res = await save(["14", "99"]);
    expect(errorCode(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0].extensions!.fields[0]).toMatchObject({ field: "eligibleCountyCodes", message: "Okänd länskod: 99. Ange länskoder som 14 eller 01." });
    expect(errorCode(await save(["O"]))).toBe("BAD_USER_INPUT");
    expect(await rowCounts(t.app.ds, TABLES)).toEqual(before);
  });

  it("known county codes are kept", async () => {
    const res = await save(["14", "13"]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveTrainingEvent.eligibleCountyCodes).toEqual(["14", "13"]);
  });
});
