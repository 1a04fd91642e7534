/**
 * Where a match stands in a list: score descending, then company id ascending — the order of
 * `rankCandidates` in libs/matching, so that equal scores always come out the same way and a
 * keyset cursor resumes exactly after the last item of a page. Postgres orders uuids the same
 * way as this code-point comparison of their lower-case text.
 */
export interface RankKey {
  score: number;
  id: string;
}

/** Negative when `left` comes first. */
export function compareRankKeys(left: RankKey, right: RankKey): number {
  return right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}

/** Whether `key` comes strictly after `cursor` (everything does when there is no cursor). */
export function comesAfter(key: RankKey, cursor: RankKey | null): boolean {
  return cursor === null || compareRankKeys(cursor, key) < 0;
}
