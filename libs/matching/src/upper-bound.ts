import type { MatchProfile } from './match-profile';
import { combineDirections } from './reciprocity';
import { clampScore } from './score-direction';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

/**
 * The highest score `scorePair(a, b, weights)` can reach for any eligible `b` with
 * `hasOverlap(a, b) === false`. Such a `b` earns nothing for trade, sectors or joint ventures,
 * so only partnership, language, size and verification are left; the bound takes each one's
 * best case on both sides:
 * - partnership: full on both sides if `a` lists any type (every type has a partner type, and a
 *   `b` listing only types that answer `a`'s is fully answered back); 0 if `a` lists none;
 * - language: a shared language if `a` speaks any, else the penalty (nobody can share one);
 * - size: some band is equal or adjacent to `a`'s;
 * - verified: `b` may be verified; on `b`'s side it is `a`'s own status that counts.
 * The bound is reached (a `b` built that way scores exactly it), so it is as tight as it can be.
 *
 * Such firms are never recommended (substantive-fit.ts), so the API's search no longer visits
 * them; the bound still caps what generic fit alone could earn, which the ordering properties
 * use: every joint-venture or trade fit they check must beat it.
 */
export function upperBoundWithoutOverlap(
  a: MatchProfile,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  const partnership = a.partnershipTypes.length > 0 ? Math.max(0, weights.partnership) : 0;
  const language =
    a.languages.length > 0
      ? Math.max(weights.commonLanguage, weights.noCommonLanguage)
      : weights.noCommonLanguage;
  const size = Math.max(0, weights.sizeFit);
  const viewerSide = sumInComponentOrder(
    partnership,
    language,
    size,
    Math.max(0, weights.verified),
  );
  const candidateSide = sumInComponentOrder(
    partnership,
    language,
    size,
    a.verification === 'verified' ? weights.verified : 0,
  );
  return combineDirections(viewerSide, candidateSide);
}

/** Same order of addition as scoreDirection (trade, sectors and JV are 0 here), then clamped. */
function sumInComponentOrder(
  partnership: number,
  language: number,
  size: number,
  verified: number,
): number {
  let total = 0;
  total += partnership;
  total += language;
  total += size;
  total += verified;
  return clampScore(total);
}
