import { describe, expect, it } from "vitest";
import { addMonths, grantFollowUpDueDate } from "../../server/dist/modules/grants/follow-up-date";

describe("the follow-up date of a grant", () => {
  it("is the call's date when the funded period ends before it", () => {
    expect(grantFollowUpDueDate("2027-05-31", "2027-03-31")).toBe("2027-05-31");
  });

  it("comes two months after the period when the call's date falls inside or on the period's end", () => {
    expect(grantFollowUpDueDate("2027-05-31", "2027-12-31")).toBe("2028-02-29");
    expect(grantFollowUpDueDate("2027-12-31", "2027-12-31")).toBe("2028-02-29");
    expect(grantFollowUpDueDate("2027-05-31", "2027-06-15")).toBe("2027-08-15");
  });

  it("is always after the period's end", () => {
    for (const end of ["2026-01-31", "2026-11-30", "2027-02-28", "2028-12-31"]) expect(grantFollowUpDueDate("2026-06-30", end) > end).toBe(true);
  });

  it("keeps the call's date when no period is written", () => {
    expect(grantFollowUpDueDate("2027-05-31", null)).toBe("2027-05-31");
  });

  it("adds months on the last day of a shorter month", () => {
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28");
    expect(addMonths("2027-10-31", 2)).toBe("2027-12-31");
    expect(addMonths("2027-11-30", 3)).toBe("2028-02-29");
  });
});
