import { describe, expect, it } from "vitest";
import { rankCandidates, SUPPORT_MISSING_BONUS } from "../../server/dist/modules/development-funds/ranking";

const at = (day: number) => new Date(Date.UTC(2026, 2, day));
const row = (id: string, averageScore: number | null, supportMissing = false, submittedAt: Date | null = at(1)) => ({
  id,
  averageScore,
  supportMissing,
  submittedAt,
});
const order = (rows: ReturnType<typeof row>[]) => rankCandidates(rows).map((r) => `${r.rank}:${r.id}`);

describe("the ranking of an NGO competition", () => {
  it("puts the best average score first and numbers the ranks from 1", () => {
    expect(order([row("a", 3.5), row("b", 4.25), row("c", 1)])).toEqual(["1:b", "2:a", "3:c"]);
  });

  it("puts applications nobody has scored last, even below a score of 0", () => {
    expect(order([row("unscored", null), row("zero", 0), row("two", 2)])).toEqual(["1:two", "2:zero", "3:unscored"]);
  });

  it("on equal ranking scores, puts support that is otherwise missing first, then the earlier submission", () => {
    expect(order([row("late", 4, false, at(3)), row("missing", 4, true, at(5)), row("early", 4, false, at(2))])).toEqual(["1:missing", "2:early", "3:late"]);
    expect(order([row("plain", 4.5, false, at(1)), row("missing", 4, true, at(9))])).toEqual(["1:missing", "2:plain"]);
  });

  it("adds the bonus for support otherwise missing to the average score, so it outranks a score up to the bonus higher", () => {
    expect(SUPPORT_MISSING_BONUS).toBe(0.5);
    expect(order([row("higher", 4.25), row("missing", 4, true)])).toEqual(["1:missing", "2:higher"]);
    expect(order([row("halfHigher", 4.5, false, at(1)), row("missing", 4, true, at(2))])).toEqual(["1:missing", "2:halfHigher"]);
    expect(order([row("wholePointHigher", 5), row("missing", 4, true)])).toEqual(["1:wholePointHigher", "2:missing"]);
  });

  it("gives each row the score it is ranked by: the average plus the bonus, or none when unscored", () => {
    const ranked = rankCandidates([row("plain", 3), row("missing", 3, true), row("unscored", null, true)]);
    expect(ranked.map((r) => [r.id, r.rankingScore])).toEqual([
      ["missing", 3.5],
      ["plain", 3],
      ["unscored", null],
    ]);
  });

  it("takes another bonus when one is given", () => {
    expect(rankCandidates([row("higher", 4.25), row("missing", 4, true)], 0.2).map((r) => r.id)).toEqual(["higher", "missing"]);
  });

  it("leaves the input as it was", () => {
    const rows = [row("a", 1), row("b", 2)];
    rankCandidates(rows);
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[0]).not.toHaveProperty("rank");
  });
});
