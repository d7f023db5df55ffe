import { describe, expect, it } from "vitest";
import { parseDateText, parseTimeText, stockholmParts, stockholmToIso } from "./stockholmTime";

describe("dates typed as YYYY-MM-DD", () => {
  it("reads the ISO form and the usual variants of it", () => {
    expect(parseDateText("2026-11-24")).toBe("2026-11-24");
    expect(parseDateText(" 2026-11-24 ")).toBe("2026-11-24");
    expect(parseDateText("2026-1-4")).toBe("2026-01-04");
    expect(parseDateText("20261124")).toBe("2026-11-24");
    expect(parseDateText("2026/11/24")).toBe("2026-11-24");
    expect(parseDateText("2026.11.24")).toBe("2026-11-24");
    expect(parseDateText("")).toBe("");
  });

  it("refuses other orders and days that do not exist", () => {
    expect(parseDateText("11/24/2026")).toBeNull();
    expect(parseDateText("24-11-2026")).toBeNull();
    expect(parseDateText("2026-02-30")).toBeNull();
    expect(parseDateText("2026-13-01")).toBeNull();
    expect(parseDateText("2028-02-29")).toBe("2028-02-29");
    expect(parseDateText("igår")).toBeNull();
  });
});

describe("times typed on the 24-hour clock", () => {
  it("reads HH:MM and the usual shorthands", () => {
    expect(parseTimeText("09:00")).toBe("09:00");
    expect(parseTimeText("9:00")).toBe("09:00");
    expect(parseTimeText("9.30")).toBe("09:30");
    expect(parseTimeText("0930")).toBe("09:30");
    expect(parseTimeText("17")).toBe("17:00");
    expect(parseTimeText("23:59")).toBe("23:59");
    expect(parseTimeText("")).toBe("");
  });

  it("refuses times that are not on the 24-hour clock", () => {
    expect(parseTimeText("24:00")).toBeNull();
    expect(parseTimeText("9:75")).toBeNull();
    expect(parseTimeText("9:00 AM")).toBeNull();
    expect(parseTimeText("noon")).toBeNull();
  });

  it("turns a Stockholm date and time into UTC and back, summer and winter", () => {
    expect(stockholmToIso("2026-11-24", "09:00")).toBe("2026-11-24T08:00:00.000Z");
    expect(stockholmToIso("2026-06-24", "09:00")).toBe("2026-06-24T07:00:00.000Z");
    expect(stockholmParts("2026-11-24T08:00:00.000Z")).toEqual({ date: "2026-11-24", time: "09:00" });
  });
});
