import type { MatchReason } from '@jcc/contracts';
import type { MatchProfile } from './match-profile';
import { combineDirections, isMutual } from './reciprocity';
import { scoreDirection } from './score-direction';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

export interface PairScore {
  /** Integer 0–100; scorePair(a, b).score === scorePair(b, a).score. */
  score: number;
  /** Both directional scores reach MUTUAL_THRESHOLD. */
  mutual: boolean;
  /** Why, from the viewer's side, largest contribution first. */
  reasons: MatchReason[];
}

/** The chamber matches firms across the border only, and never a firm with itself. */
export function isEligiblePair(a: MatchProfile, b: MatchProfile): boolean {
  return a.id !== b.id && a.country !== b.country;
}

/**
 * Scores candidate `b` for viewer `a`, or `null` when the pair can never be a match.
 * Deterministic and pure: same profiles and weights, same result.
 */
export function scorePair(
  a: MatchProfile,
  b: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): PairScore | null {
  if (!isEligiblePair(a, b)) {
    return null;
  }
  const forViewer = scoreDirection(a, b, weights);
  const forCandidate = scoreDirection(b, a, weights);
  return {
    score: combineDirections(forViewer.points, forCandidate.points),
    mutual: isMutual(forViewer.points, forCandidate.points),
    reasons: forViewer.contributions.map((contribution) => contribution.reason),
  };
}
