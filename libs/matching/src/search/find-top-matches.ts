import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';
import type { RankedCandidate } from '../rank-candidates';
import { scorePair } from '../score-pair';
import { compareRankKeys, comesAfter, type RankKey } from './rank-key';
import type { SearchStage } from './search-stages';

/** A firm as a stage query returns it: its profile and the SQL score of the pair. */
export interface StageRow<T extends MatchProfile> {
  candidate: T;
  /** Never below the exact score; equal to it when `exact` (the firm is regular). */
  bound: number;
  exact: boolean;
}

export interface StageRequest {
  stage: SearchStage;
  /** Only rows whose (bound, id) comes after this key: the next batch of the stage. */
  after: RankKey | null;
  limit: number;
  /**
   * The score the search already holds `count` matches at (or minScore, until it does): a row
   * whose score cannot reach it can never enter, and the query may skip it unscored.
   */
  threshold: number;
}

export type StageFetcher<T extends MatchProfile> = (
  request: StageRequest,
) => Promise<StageRow<T>[]>;

export interface TopMatchesQuery<T extends MatchProfile> {
  /** How many matches are wanted: a page and one more, to know whether another page exists. */
  count: number;
  minScore: number;
  /** Only matches after this key (the last item of the previous page). */
  cursor: RankKey | null;
  /** The filters, checked exactly here: the SQL trusts them only for regular firms. */
  accepts: (candidate: T) => boolean;
  weights: MatchWeights;
}

/** The SQL score of a regular firm differed from libs/matching: the search cannot be trusted. */
export class ScoreMismatchError extends Error {}

/**
 * The exact top `count` matches, as rankCandidates would rank every firm of the other country.
 *
 * Each stage's query returns its firms by SQL score (an upper bound of the exact score, equal to
 * it for regular firms) descending, then id, `count` at a time; every row is scored again with
 * libs/matching. Nothing is lost on the way:
 * - a query leaves out firms that cannot reach the threshold: their score is below the count-th
 *   match already held (firms that could tie with it are kept);
 * - a stage needs no further batch once the count-th match ranks at or before the last row
 *   fetched: every row not fetched has a key after that row's, and a score at most its bound;
 * - the search needs no further stage once the bound of all firms left is strictly below the
 *   count-th score (or below minScore): equal is not enough, a firm left with the same score and
 *   a smaller id would rank higher.
 */
export async function findTopMatches<T extends MatchProfile>(
  viewer: MatchProfile,
  stages: readonly SearchStage[],
  query: TopMatchesQuery<T>,
  fetch: StageFetcher<T>,
): Promise<RankedCandidate<T>[]> {
  const best: RankedCandidate<T>[] = [];
  for (const stage of stages) {
    let after: RankKey | null = null;
    for (;;) {
      const rows = await fetch({
        stage,
        after,
        limit: query.count,
        threshold: threshold(best, query),
      });
      for (const row of rows) {
        const match = rescore(viewer, row, query);
        if (match) {
          keepBest(best, match, query.count);
        }
      }
      if (rows.length < query.count) {
        break;
      }
      const last = rows[rows.length - 1];
      after = { score: last.bound, id: last.candidate.id };
      if (
        best.length === query.count &&
        compareRankKeys(keyOf(best[best.length - 1]), after) <= 0
      ) {
        break;
      }
    }
    if (stage.boundAfter < threshold(best, query)) {
      break;
    }
  }
  return best;
}

/** The score a match needs to enter: the count-th held, or minScore until there are count. */
function threshold<T extends MatchProfile>(
  best: readonly RankedCandidate<T>[],
  query: TopMatchesQuery<T>,
): number {
  return best.length === query.count ? best[best.length - 1].score : query.minScore;
}

function rescore<T extends MatchProfile>(
  viewer: MatchProfile,
  row: StageRow<T>,
  query: TopMatchesQuery<T>,
): RankedCandidate<T> | null {
  const result = scorePair(viewer, row.candidate, query.weights);
  if (result === null) {
    return null;
  }
  if (result.score > row.bound || (row.exact && result.score !== row.bound)) {
    throw new ScoreMismatchError(
      `SQL score ${row.bound} of ${viewer.id} → ${row.candidate.id}, libs/matching says ${result.score}`,
    );
  }
  const key = { score: result.score, id: row.candidate.id };
  if (
    !result.substantive ||
    result.score < query.minScore ||
    !comesAfter(key, query.cursor) ||
    !query.accepts(row.candidate)
  ) {
    return null;
  }
  return { candidate: row.candidate, ...result };
}

/** Inserts `match` in rank order and keeps the first `count`. */
function keepBest<T extends MatchProfile>(
  best: RankedCandidate<T>[],
  match: RankedCandidate<T>,
  count: number,
): void {
  best.push(match);
  best.sort((left, right) => compareRankKeys(keyOf(left), keyOf(right)));
  if (best.length > count) {
    best.length = count;
  }
}

export function keyOf(match: RankedCandidate): RankKey {
  return { score: match.score, id: match.candidate.id };
}
