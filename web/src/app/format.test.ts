import { describe, expect, it } from "vitest";
import { caretAfterGrouping, groupKronorText, kronorText, parseKronor } from "./format";

describe("amounts typed in whole kronor", () => {
  it("reads grouped, ungrouped and 'kr'-suffixed amounts as the same integer", () => {
    expect(parseKronor("1 250 000 kr")).toBe(1_250_000);
    expect(parseKronor("1250000")).toBe(1_250_000);
    expect(parseKronor("1\u00a0250\u00a0000\u00a0kr")).toBe(1_250_000);
    expect(parseKronor("")).toBeNull();
    expect(parseKronor("12,50")).toBeNaN();
    expect(parseKronor("tio")).toBeNaN();
  });

  it("groups the digits in threes as they are typed or pasted", () => {
    expect(groupKronorText("1250000")).toBe("1 250 000");
    expect(groupKronorText("1 250 000 kr")).toBe("1 250 000");
    expect(groupKronorText("12500 00")).toBe("1 250 000");
    expect(groupKronorText("999")).toBe("999");
    expect(groupKronorText("0050")).toBe("50");
    expect(groupKronorText("   ")).toBe("");
  });

  it("leaves text that is not whole kronor as typed, so the field can say what is wrong", () => {
    expect(groupKronorText("12,50")).toBe("12,50");
    expect(groupKronorText("abc")).toBe("abc");
  });

  it("shows a stored amount grouped, and nothing for none", () => {
    expect(kronorText(600_000)).toBe("600 000");
    expect(kronorText(0)).toBe("0");
    expect(kronorText(null)).toBe("");
  });

  it("keeps the caret behind the same digits when the spaces move", () => {
    // "125000|" + "0" typed at the end → "1 250 000|"
    expect(caretAfterGrouping("1250000", 7, "1 250 000")).toBe(9);
    // "1 2|50" + "9" → "1 29|50" → regrouped "12 950", caret after "129" digits → "12 9|50"
    expect(caretAfterGrouping("1 2950", 4, "12 950")).toBe(4);
    // Deleting the first digit: caret at the start stays at the start.
    expect(caretAfterGrouping(" 250 000", 0, "250 000")).toBe(0);
    // Pasting into an empty field puts the caret at the end.
    expect(caretAfterGrouping("1250000 kr", 10, "1 250 000")).toBe(9);
    // Unchanged text keeps the caret where it is.
    expect(caretAfterGrouping("12,5", 2, "12,5")).toBe(2);
  });
});
