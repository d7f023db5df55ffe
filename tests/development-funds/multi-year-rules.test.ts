import { describe, expect, it } from "vitest";
import { partialReportDueDate, partialReportYears, periodRunning, usableUntilRefusal } from "../../server/dist/modules/grants/multi-year";

describe("funds used over more than one year", () => {
  it("gives every year of the period but the last a partial report, due early the next year", () => {
    expect(partialReportYears({ year: 2026, usableUntil: "2027-12-31" })).toEqual([2026]);
    expect(partialReportYears({ year: 2026, usableUntil: "2028-06-30" })).toEqual([2026, 2027]);
    expect(partialReportYears({ year: 2026, usableUntil: null })).toEqual([]);
    expect(partialReportDueDate(2026)).toBe("2027-02-28");
    expect(partialReportDueDate(2027)).toBe("2028-02-29");
  });

  it("refuses a last day within the year, more than three years on, or a final report due before it ends", () => {
    expect(usableUntilRefusal(2026, "2026-12-31", "2028-03-31")?.key).toBe("grants.usableUntilAfterYear");
    expect(usableUntilRefusal(2026, "2030-01-01", "2030-03-31")?.key).toBe("grants.usableUntilTooLate");
    expect(usableUntilRefusal(2026, "2027-12-31", "2027-06-30")?.field).toBe("followUpDueDate");
    expect(usableUntilRefusal(2026, "2029-12-31", "2030-03-31")).toBeNull();
  });

  it("keeps the period running through its last day", () => {
    expect(periodRunning({ usableUntil: "2027-12-31" }, "2027-12-31")).toBe(true);
    expect(periodRunning({ usableUntil: "2027-12-31" }, "2028-01-01")).toBe(false);
    expect(periodRunning({ usableUntil: null }, "2026-01-01")).toBe(false);
  });
});
