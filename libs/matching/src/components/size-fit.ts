import { SIZE_BAND_CODES } from '@jcc/contracts';
import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';

/** Equal or adjacent size bands: firms of very different sizes rarely deal on equal terms. */
export function sizeFit(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  // SIZE_BAND_CODES runs from micro to large, so the index is the band's rank.
  const distance =
    SIZE_BAND_CODES.indexOf(viewer.sizeBand) - SIZE_BAND_CODES.indexOf(candidate.sizeBand);
  if (Math.abs(distance) > 1) {
    return NO_CONTRIBUTION;
  }
  return [
    {
      points: weights.sizeFit,
      reason: {
        code: 'size_fit',
        params: { viewer: viewer.sizeBand, candidate: candidate.sizeBand },
      },
    },
  ];
}
