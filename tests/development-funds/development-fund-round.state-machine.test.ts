import { describe, expect, it } from "vitest";
import {
  allotmentMachine,
  AllotmentStatus as A,
  allotmentStatus,
  DevelopmentFundRoundPhase as P,
  developmentFundRoundMachine,
  roundPhase,
} from "../../server/dist/modules/development-funds/development-fund-round.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("development-fund round state machine", () => {
  it("allows exactly: preparing → (advance notice →) published → closed → redistributed", () => {
    walkMachine(developmentFundRoundMachine, {
      PREPARING: [P.NOTICE_PUBLISHED, P.PUBLISHED],
      NOTICE_PUBLISHED: [P.PUBLISHED],
      PUBLISHED: [P.CLOSED],
      CLOSED: [P.REDISTRIBUTED],
      REDISTRIBUTED: [],
    });
  });

  it("derives the phase from the round's dates", () => {
    const now = new Date("2020-06-01T10:00:00Z");
    const later = new Date("2020-06-30T21:59:59Z");
    const earlier = new Date("2020-05-01T00:00:00Z");
    expect(roundPhase({ allocationPublishedAt: null, closesAt: later, redistributedAt: null }, now)).toBe(P.PREPARING);
    expect(roundPhase({ allocationPublishedAt: null, closesAt: earlier, redistributedAt: null }, now)).toBe(P.PREPARING);
    expect(roundPhase({ allocationPublishedAt: null, noticePublishedAt: earlier, closesAt: later, redistributedAt: null }, now)).toBe(P.NOTICE_PUBLISHED);
    expect(roundPhase({ allocationPublishedAt: earlier, closesAt: later, redistributedAt: null }, now)).toBe(P.PUBLISHED);
    expect(roundPhase({ allocationPublishedAt: earlier, noticePublishedAt: earlier, closesAt: later, redistributedAt: null }, now)).toBe(P.PUBLISHED);
    expect(roundPhase({ allocationPublishedAt: earlier, closesAt: now, redistributedAt: null }, now)).toBe(P.CLOSED);
    expect(roundPhase({ allocationPublishedAt: earlier, closesAt: earlier, redistributedAt: null }, now)).toBe(P.CLOSED);
    expect(roundPhase({ allocationPublishedAt: earlier, closesAt: earlier, redistributedAt: now }, now)).toBe(P.REDISTRIBUTED);
  });

  it("lets an allotment be declined or requisitioned, and a decline be withdrawn", () => {
    walkMachine(allotmentMachine, {
      OPEN: [A.DECLINED, A.REQUISITIONED],
      DECLINED: [A.OPEN],
      REQUISITIONED: [],
    });
    expect(allotmentStatus({ declinedAt: null }, false)).toBe(A.OPEN);
    expect(allotmentStatus({ declinedAt: new Date() }, false)).toBe(A.DECLINED);
    expect(allotmentStatus({ declinedAt: null }, true)).toBe(A.REQUISITIONED);
  });
});
