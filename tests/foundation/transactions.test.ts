import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { County } from "../../server/dist/modules/organisations/county.entity";
import { startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("transactions", () => {
  it("a write that runs while another transaction is open survives that transaction's rollback", async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started!: () => void;
    const isOpen = new Promise<void>((r) => (started = r));

    const failing = t.app.db
      .transaction(async (m) => {
        await m.insert(County, { code: "X1", name: "Rolled back" });
        started();
        await held;
        throw new Error("abort");
      })
      .catch((e: Error) => e.message);

    await isOpen;
    const other = t.app.db.transaction((m) => m.insert(County, { code: "X2", name: "Kept" }));
    release();
    expect(await failing).toBe("abort");
    await other;

    const codes = (await t.app.db.manager.find(County)).map((c) => c.code);
    expect(codes).toContain("X2");
    expect(codes).not.toContain("X1");
  });
});
