import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';

/** The candidate was checked by chamber staff (pending and rejected firms earn nothing). */
export function candidateVerified(
  _viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  if (candidate.verification !== 'verified') {
    return NO_CONTRIBUTION;
  }
  return [{ points: weights.verified, reason: { code: 'verified', params: {} } }];
}
