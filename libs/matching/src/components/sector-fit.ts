import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import { countDistinct, coverage, sortedIntersection } from '../code-lists';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';
import { SATURATION } from '../weights';

/** Sectors both firms work in, as a share of the viewer's sectors. */
export function sharedSector(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const sectors = sortedIntersection(candidate.sectors, viewer.sectors);
  if (sectors.length === 0) {
    return NO_CONTRIBUTION;
  }
  const share = coverage(sectors.length, countDistinct(viewer.sectors), SATURATION.sectors);
  return [
    {
      points: weights.sharedSector * share,
      reason: { code: 'shared_sector', params: { sectors } },
    },
  ];
}
