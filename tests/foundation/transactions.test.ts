import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { County } from "../../server/dist/modules/organisations/county.entity";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

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

describe("a connection lost during COMMIT", () => {
  it("is answered as an unknown outcome, not as safe to repeat: the client is told to check first", async () => {
    const lst = await t.as(DEMO.lstO);
    // The next COMMIT goes through, then the connection breaks before the server hears so.
    const proto = Object.getPrototypeOf(t.app.ds.createQueryRunner()) as { commitTransaction: () => Promise<void> };
    const own = Object.prototype.hasOwnProperty.call(proto, "commitTransaction");
    const commit = proto.commitTransaction;
    proto.commitTransaction = async function (this: unknown) {
      await commit.call(this);
      if (own) proto.commitTransaction = commit;
      else delete (proto as Partial<typeof proto>).commitTransaction;
      throw Object.assign(new Error("Connection lost: The server closed the connection."), { code: "PROTOCOL_CONNECTION_LOST" });
    };
    const res = await lst.request(`mutation { saveNetwork(input: { name: "Nätverk vid avbrott", topic: OTHER }) { id } }`);
    expect(errorCode(res)).toBe("SERVICE_UNAVAILABLE");
    expect(res.errors![0].extensions!.retryable).toBe(false);
    expect(res.errors![0].message).toMatch(/vet inte om den kom med.*kontrollera/i);
    // It was in fact saved: which is why the client must look before repeating it.
    const list = await lst.request(`{ networks(convenedByMe: true, limit: 50) { items { name } } }`);
    expect(list.data!.networks.items.map((n: { name: string }) => n.name)).toContain("Nätverk vid avbrott");
    // Later commits are normal again.
    expect((await lst.request(`mutation { saveNetwork(input: { name: "Nätverk efter avbrott", topic: OTHER }) { id } }`)).errors).toBeUndefined();
  });
});
