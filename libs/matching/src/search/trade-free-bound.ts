import type { MatchProfile } from '../match-profile';
import { type MatchWeights, DEFAULT_WEIGHTS } from '../weights';
import { combineDirections } from '../reciprocity';
import { wantedJvSectors } from '../components/joint-venture-fit';

/**
 * The highest score `scorePair(a, b, weights)` can reach for an eligible `b` that shares no HS
 * chapter with `a` in either direction (b neither offers what a seeks nor seeks what a offers).
 * Such a `b` earns nothing for trade on either side; every other component is taken at its best
 * on both sides, and only where `a` makes it possible at all:
 * - shared sector: `a` lists a sector; joint venture: `a` lists a sector (b may want a JV in it)
 *   or wants a JV in a sector (b may work in it);
 * - partnership: `a` lists a type (every type has a partner type, both ways);
 * - language: a common language if `a` speaks any, else the penalty; size: a neighbouring band;
 * - verified: `b` may be verified; on `b`'s side it is `a`'s own status that counts.
 * The terms are added in the order scoreDirection adds the components (trade first, here none):
 * float addition is monotone in each term, so the real, smaller-or-equal terms never sum higher;
 * clamping and combineDirections are monotone too (see libs/matching's upper-bound.ts).
 */
export function upperBoundWithoutTrade(
  a: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  const sector = a.sectors.length > 0 ? Math.max(0, weights.sharedSector) : 0;
  // A JV fit needs a JV sector of `a` (if it lists the type) or a sector of `a` (b's JV sector).
  const jointVenture =
    a.sectors.length > 0 || wantedJvSectors(a).length > 0 ? Math.max(0, weights.jointVenture) : 0;
  const partnership = a.partnershipTypes.length > 0 ? Math.max(0, weights.partnership) : 0;
  const language =
    a.languages.length > 0
      ? Math.max(weights.commonLanguage, weights.noCommonLanguage)
      : weights.noCommonLanguage;
  const size = Math.max(0, weights.sizeFit);
  const shared = [sector, jointVenture, partnership, language, size];
  const viewerSide = sumInOrder([...shared, Math.max(0, weights.verified)]);
  const candidateSide = sumInOrder([
    ...shared,
    a.verification === 'verified' ? weights.verified : 0,
  ]);
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
