import { overlaps } from './code-lists';
import type { MatchProfile } from './match-profile';
import { combineDirections } from './reciprocity';
import { clampScore } from './score-direction';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS } from './weights';

/**
 * Whether `b` shares with `a` a sector, a JV sector, or an HS chapter that one offers and the
 * other seeks (either way). This is the condition the API's SQL candidate generation must
 * cover: every firm for which it is false scores at most `upperBoundWithoutOverlap(a)`.
 */
export function hasOverlap(a: MatchProfile, b: MatchProfile): boolean {
  return (
    overlaps(a.sectors, b.sectors) ||
    overlaps(a.jvSectors, b.jvSectors) ||
    overlaps(a.offersHs, b.seeksHs) ||
    overlaps(a.seeksHs, b.offersHs)
  );
}

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
 * How the API uses it, for viewer `a` with `minScore` and `limit`: generate candidates with SQL
 * (firms of the other country with any overlap), rank them exactly with `rankCandidates`, and
 * skip the rest only when they cannot enter the answer: when the bound is below `minScore`, or
 * when `limit` candidates were found and the bound is below the last one's score. Equal is not
 * enough to skip: ties are broken by id, so a skipped firm with the same score could rank higher.
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
