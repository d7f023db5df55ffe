import { describe, expect, it } from "vitest";
import { ERASED, erasedEmail, isErasedEmail, redact } from "../../server/dist/modules/personal-data/erasure";

describe("erasure of values", () => {
  it("replaces every string that is an erased value, without regard to case or surrounding space, anywhere in a snapshot", () => {
    const erased = new Set(["anna@ale.se", "anna andersson"]);
    const { value, changed } = redact(
      { attendees: [{ name: "Anna Andersson ", email: "ANNA@ale.se" }, { name: "Bo" }], count: 2, note: "Anna Andersson kom" },
      erased,
    );
    expect(changed).toBe(true);
    expect(value).toEqual({ attendees: [{ name: ERASED, email: ERASED }, { name: "Bo" }], count: 2, note: "Anna Andersson kom" });
  });

  it("reports no change when nothing matches", () => {
    expect(redact({ a: ["x", 1, null] }, new Set(["y"]))).toEqual({ value: { a: ["x", 1, null] }, changed: false });
  });

  it("gives each erased person an address of their own that names nobody", () => {
    const a = erasedEmail();
    expect(a).toMatch(/^gallrad-[0-9a-f]{18}@gallrad\.invalid$/);
    expect(erasedEmail()).not.toBe(a);
    expect(isErasedEmail(a)).toBe(true);
    expect(isErasedEmail("anna@ale.se")).toBe(false);
  });
});
