/** What the ranking of NGO applications weighs. */
export interface RankCandidate {
  /** The mean of the assessors' scores, or null when nobody has scored the application yet. */
  averageScore: number | null;
  /** Support for this kind of work is otherwise missing in the county (a tie-breaker in the call). */
  supportMissing: boolean;
  submittedAt: Date | null;
}

/**
 * The order of an NGO competition: the best average score first; unscored applications last; on
 * equal scores an application whose kind of support is otherwise missing first, then the one sent
 * earlier. Returns new rows with their rank, 1 for the first; the input is left as it was.
 */
export function rankCandidates<T extends RankCandidate>(rows: readonly T[]): (T & { rank: number })[] {
  return [...rows]
    .sort(
      (x, y) =>
        (y.averageScore ?? -1) - (x.averageScore ?? -1) ||
        Number(y.supportMissing) - Number(x.supportMissing) ||
        (x.submittedAt?.getTime() ?? 0) - (y.submittedAt?.getTime() ?? 0),
    )
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
