import type { MatchProfile } from '../match-profile';
import { type MatchWeights, DEFAULT_WEIGHTS } from '../weights';
import { combineDirections } from '../reciprocity';
import { wantedJvSectors } from '../components/joint-venture-fit';

/** The two directional scores a partner can reach at best, each clamped to 0–100. */
export interface DirectionalMaxima {
  /** How well the partner can serve `a` (scoreDirection(a, b)), at most. */
  viewerSide: number;
  /** How well `a` can serve the partner (scoreDirection(b, a)), at most. */
  candidateSide: number;
}

/**
 * The best directional scores an eligible `b` can reach with `a` when it shares no HS chapter
 * with `a` in either direction (b neither offers what a seeks nor seeks what a offers) and, when
 * `withoutJointVenture`, no joint-venture fit either (jointVentureSectors(a, b) is empty). Such a
 * `b` earns nothing for trade (nor for the joint venture) on either side; every other component
 * is taken at its best on both sides, and only where `a` makes it possible at all:
 * - shared sector: `a` lists a sector; joint venture: `a` lists a sector (b may want a JV in it)
 *   or wants a JV in a sector (b may work in it);
 * - partnership: `a` lists a type (every type has a partner type, both ways);
 * - language: a common language if `a` speaks any, else the penalty; size: a neighbouring band;
 * - verified: `b` may be verified; on `b`'s side it is `a`'s own status that counts.
 * The terms are added in the order scoreDirection adds the components (trade first, here none):
 * float addition is monotone in each term, so the real, smaller-or-equal terms never sum higher,
 * and a component the real score leaves out adds +0 here, which changes no sum. Clamping is
 * monotone too (see libs/matching's upper-bound.ts).
 */
export function tradeFreeMaxima(
  a: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  { withoutJointVenture = false }: { withoutJointVenture?: boolean } = {},
): DirectionalMaxima {
  const sector = a.sectors.length > 0 ? Math.max(0, weights.sharedSector) : 0;
  // A JV fit needs a JV sector of `a` (if it lists the type) or a sector of `a` (b's JV sector).
  const jointVenture =
    !withoutJointVenture && (a.sectors.length > 0 || wantedJvSectors(a).length > 0)
      ? Math.max(0, weights.jointVenture)
      : 0;
  const partnership = a.partnershipTypes.length > 0 ? Math.max(0, weights.partnership) : 0;
  const language =
    a.languages.length > 0
      ? Math.max(weights.commonLanguage, weights.noCommonLanguage)
      : weights.noCommonLanguage;
  const size = Math.max(0, weights.sizeFit);
  const shared = [sector, jointVenture, partnership, language, size];
  return {
    viewerSide: sumInOrder([...shared, Math.max(0, weights.verified)]),
    candidateSide: sumInOrder([...shared, a.verification === 'verified' ? weights.verified : 0]),
  };
}

/**
 * The highest score `scorePair(a, b, weights)` can reach for an eligible `b` that shares no HS
 * chapter with `a` in either direction: the mean of the maxima above (combineDirections is
 * monotone in each side).
 */
export function upperBoundWithoutTrade(
  a: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  const { viewerSide, candidateSide } = tradeFreeMaxima(a, weights);
  return combineDirections(viewerSide, candidateSide);
}

/**
 * The highest score for a `b` that shares no HS chapter and has no joint-venture fit with `a`:
 * only a shared sector is left of what makes a fit, worth far less than a joint venture (37
 * against 65 with the default weights), so firms of that kind rarely reach a full page's last
 * score and the search can usually stop before it visits them.
 */
export function upperBoundWithoutTradeOrJointVenture(
  a: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  const { viewerSide, candidateSide } = tradeFreeMaxima(a, weights, { withoutJointVenture: true });
  return combineDirections(viewerSide, candidateSide);
}

/** Left to right from 0, as scoreDirection does, then clamped to 0–100. */
function sumInOrder(terms: readonly number[]): number {
  let total = 0;
  for (const term of terms) {
    total += term;
  }
  return Math.min(100, Math.max(0, total));
}
