/**
 * What "support for the target group is otherwise missing" weighs in the NGO ranking: points added to
 * the assessors' average score (scores are 1–5). An application with that priority thus ranks above
 * one scored up to this much higher without it; on equal ranking scores it still comes first.
 */
export const SUPPORT_MISSING_BONUS = 0.5;

/** What the ranking of NGO applications weighs. */
export interface RankCandidate {
  /** The mean of the assessors' scores, or null when nobody has scored the application yet. */
  averageScore: number | null;
  /** Support for this kind of work is otherwise missing in the county: adds SUPPORT_MISSING_BONUS to the score. */
  supportMissing: boolean;
  submittedAt: Date | null;
}

/** The score an application is ranked by: its average score plus the bonus for support otherwise missing; null when unscored. */
export function rankingScore(c: Pick<RankCandidate, "averageScore" | "supportMissing">, bonus = SUPPORT_MISSING_BONUS): number | null {
  return c.averageScore === null ? null : c.averageScore + (c.supportMissing ? bonus : 0);
}

/**
 * The order of an NGO competition: the best ranking score (average score plus the bonus for support
 * otherwise missing) first; unscored applications last; on equal ranking scores an application whose
 * kind of support is otherwise missing first, then the one sent earlier. Returns new rows with their
 * rank, 1 for the first, and their ranking score; the input is left as it was.
 */
export function rankCandidates<T extends RankCandidate>(
  rows: readonly T[],
  bonus = SUPPORT_MISSING_BONUS,
): (T & { rank: number; rankingScore: number | null })[] {
  return rows
    .map((r) => ({ ...r, rankingScore: rankingScore(r, bonus) }))
    .sort(
      (x, y) =>
        (y.rankingScore ?? -1) - (x.rankingScore ?? -1) ||
        Number(y.supportMissing) - Number(x.supportMissing) ||
        (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
