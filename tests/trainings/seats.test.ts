import { describe, expect, it } from "vitest";
import { activeQuota, promotionOrder } from "../../server/dist/modules/trainings/seats";

const reg = (id: number, organisationId: number) => ({ id, organisationId });
const ids = (regs: { id: number }[]) => regs.map((r) => r.id);

describe("promotion from the waitlist", () => {
  it("promotes first come first served until the free seats are gone", () => {
    const waiting = [reg(1, 10), reg(2, 20), reg(3, 10), reg(4, 30)];
    expect(ids([...promotionOrder(waiting, { free: 2, quota: null, used: new Map() })])).toEqual([1, 2]);
    expect(ids([...promotionOrder(waiting, { free: 10, quota: null, used: new Map() })])).toEqual([1, 2, 3, 4]);
  });

  it("promotes nobody without a free seat or without anyone waiting", () => {
    expect([...promotionOrder([reg(1, 10)], { free: 0, quota: null, used: new Map() })]).toEqual([]);
    expect([...promotionOrder([reg(1, 10)], { free: -3, quota: null, used: new Map() })]).toEqual([]);
    expect([...promotionOrder([], { free: 5, quota: 1, used: new Map() })]).toEqual([]);
  });

  it("passes over a person whose organisation's quota is used up, and the next one takes the seat", () => {
    const waiting = [reg(1, 10), reg(2, 10), reg(3, 20), reg(4, 10), reg(5, 30)];
    // Organisation 10 already holds one of its two seats.
    const order = [...promotionOrder(waiting, { free: 3, quota: 2, used: new Map([[10, 1]]) })];
    expect(ids(order)).toEqual([1, 3, 5]);
  });

  it("counts the seats it gives towards the quota", () => {
    const waiting = [reg(1, 10), reg(2, 10), reg(3, 10), reg(4, 20)];
    expect(ids([...promotionOrder(waiting, { free: 4, quota: 2, used: new Map() })])).toEqual([1, 2, 4]);
  });

  it("leaves the given seat counts as they were", () => {
    const used = new Map([[10, 1]]);
    Array.from(promotionOrder([reg(1, 10), reg(2, 10)], { free: 2, quota: 5, used }));
    expect([...used]).toEqual([[10, 1]]);
  });

  it("a seat that could not be taken uses neither a seat nor quota: the next in line gets it", () => {
    const waiting = [reg(1, 10), reg(2, 10), reg(3, 20)];
    const order = promotionOrder(waiting, { free: 1, quota: 1, used: new Map() });
    const first = order.next();
    expect(first.value).toEqual(reg(1, 10));
    // Taken by nobody: organisation 10 still has its quota and the seat is still free.
    const second = order.next(false);
    expect(second.value).toEqual(reg(2, 10));
    expect(order.next(true).done).toBe(true);
  });
});

describe("quota per organisation", () => {
  const now = new Date("2026-03-01T12:00:00Z");

  it("applies until its release time", () => {
    expect(activeQuota({ quotaPerOrganisation: 3, quotaReleaseAt: null }, now)).toBe(3);
    expect(activeQuota({ quotaPerOrganisation: 3, quotaReleaseAt: new Date("2026-03-02T00:00:00Z") }, now)).toBe(3);
    expect(activeQuota({ quotaPerOrganisation: 3, quotaReleaseAt: now }, now)).toBeNull();
    expect(activeQuota({ quotaPerOrganisation: 3, quotaReleaseAt: new Date("2026-02-01T00:00:00Z") }, now)).toBeNull();
  });

  it("is none when the event has none", () => {
    expect(activeQuota({ quotaPerOrganisation: null, quotaReleaseAt: null }, now)).toBeNull();
    expect(activeQuota({ quotaPerOrganisation: null, quotaReleaseAt: new Date("2026-04-01T00:00:00Z") }, now)).toBeNull();
  });
});
