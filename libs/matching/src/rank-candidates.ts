import { compareCodes } from './code-lists';
import type { MatchProfile } from './match-profile';
import type { PairScore } from './score-pair';
import { scorePair } from './score-pair';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

export interface RankOptions {
  /** At most this many results (default: all). */
  limit?: number;
  /** Leave out candidates scoring below this (default 0: every recommendable candidate). */
  minScore?: number;
  weights?: MatchWeights;
}

export interface RankedCandidate<T extends MatchProfile = MatchProfile> extends PairScore {
  candidate: T;
}

/**
 * The viewer's best partners among `candidates`: score descending, then candidate id ascending,
 * so equal scores always come out in the same order (cursor pagination depends on it).
 * Ineligible candidates (same country, the viewer itself) and those without a substantive fit
 * (products, sector or joint venture: substantive-fit.ts) are left out. Generic, so the API can
 * pass its own objects and get them back.
 */
export function rankCandidates<T extends MatchProfile>(
  viewer: MatchProfile,
  candidates: readonly T[],
  { limit = Infinity, minScore = 0, weights = DEFAULT_WEIGHTS }: RankOptions = {},
): RankedCandidate<T>[] {
  if (!(limit >= 0)) {
    throw new RangeError(`limit must be ≥ 0, got ${limit}`);
  }
  const ranked: RankedCandidate<T>[] = [];
  for (const candidate of candidates) {
    const result = scorePair(viewer, candidate, weights);
    if (result !== null && result.substantive && result.score >= minScore) {
      ranked.push({ candidate, ...result });
    }
  }
  ranked.sort(byRank);
  return ranked.length > limit ? ranked.slice(0, limit) : ranked;
}

export function byRank(left: RankedCandidate, right: RankedCandidate): number {
  return right.score - left.score || compareCodes(left.candidate.id, right.candidate.id);
}
