import { describe, expect, it } from "vitest";
import { rankCandidates } from "../../server/dist/modules/development-funds/ranking";

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

  it("on equal scores, puts support that is otherwise missing first, then the earlier submission", () => {
    expect(order([row("late", 4, false, at(3)), row("missing", 4, true, at(5)), row("early", 4, false, at(2))])).toEqual(["1:missing", "2:early", "3:late"]);
  });

  it("leaves the input as it was", () => {
    const rows = [row("a", 1), row("b", 2)];
    rankCandidates(rows);
    expect(rows.map((r) => r.id)).toEqual(["a", "b"]);
    expect(rows[0]).not.toHaveProperty("rank");
  });
});
