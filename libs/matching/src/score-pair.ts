import type { MatchReason } from '@jcc/contracts';
import type { MatchProfile } from './match-profile';
import { combineDirections, isMutual } from './reciprocity';
import { scoreDirection } from './score-direction';
import { hasOverlap } from './substantive-fit';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

export interface PairScore {
  /** Integer 0–100; scorePair(a, b).score === scorePair(b, a).score. */
  score: number;
  /** Both directional scores reach MUTUAL_THRESHOLD. */
  mutual: boolean;
  /** Why the candidate fits the viewer ("why they fit you"), largest contribution first. */
  reasons: MatchReason[];
  /** Why the viewer fits the candidate ("why you fit them"), from the candidate's side. */
  reasonsForThem: MatchReason[];
  /**
   * The pair fits on products, a sector or a joint venture (substantive-fit.ts); without that it
   * is never recommended, whatever its score.
   */
  substantive: boolean;
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
    reasonsForThem: forCandidate.contributions.map((contribution) => contribution.reason),
    substantive: hasOverlap(a, b),
  };
}
