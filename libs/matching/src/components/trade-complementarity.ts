import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import { countDistinct, coverage, sortedIntersection } from '../code-lists';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';
import { SATURATION } from '../weights';

/**
 * Export ↔ import fit on HS chapters, from the viewer's side: the candidate supplies chapters
 * the viewer seeks, and/or buys chapters the viewer offers. `weights.trade` is shared between
 * the sides the viewer actually uses (a pure exporter's whole trade score is about buyers), so
 * a firm is not punished for having only one side.
 */
export function tradeComplementarity(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const seeks = countDistinct(viewer.seeksHs);
  const offers = countDistinct(viewer.offersHs);
  const sidesUsed = (seeks > 0 ? 1 : 0) + (offers > 0 ? 1 : 0);
  if (sidesUsed === 0) {
    return NO_CONTRIBUTION;
  }
  const perSide = weights.trade / sidesUsed;
  const supplied = sortedIntersection(candidate.offersHs, viewer.seeksHs);
  const bought = sortedIntersection(candidate.seeksHs, viewer.offersHs);
  const contributions: Contribution[] = [];
  if (supplied.length > 0) {
    contributions.push({
      points: perSide * coverage(supplied.length, seeks, SATURATION.hsChapters),
      reason: { code: 'offers_what_you_seek', params: { hs: supplied } },
    });
  }
  if (bought.length > 0) {
    contributions.push({
      points: perSide * coverage(bought.length, offers, SATURATION.hsChapters),
      reason: { code: 'seeks_what_you_offer', params: { hs: bought } },
    });
  }
  return contributions;
}
