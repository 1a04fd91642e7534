import type { PartnershipType } from '@jcc/contracts';
import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import { compareCodes, countDistinct, coverage } from '../code-lists';
import { sharesJvSector } from './joint-venture-fit';
import type { MatchProfile } from '../match-profile';
import { arePartnershipTypesCompatible } from '../partnership-compatibility';
import type { MatchWeights } from '../weights';
import { SATURATION } from '../weights';

type TypePair = [PartnershipType, PartnershipType];

/**
 * Partnership types that fit together (see partnership-compatibility.ts). Pays by the share of
 * the viewer's types the candidate answers, so one good fit is enough for a firm that wants one
 * kind of partnership. Two firms that both want a joint venture fit only with a JV sector in
 * common: a textile JV and a pharmaceutical JV are not a partnership.
 */
export function partnershipCompatibility(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const pairs: TypePair[] = [];
  let answeredTypes = 0;
  const jointVenture = sharesJvSector(viewer, candidate);
  viewer.partnershipTypes.forEach((viewerType, index) => {
    if (viewer.partnershipTypes.indexOf(viewerType) !== index) {
      return; // a duplicate of a type already handled
    }
    const before = pairs.length;
    for (const candidateType of candidate.partnershipTypes) {
      if (
        arePartnershipTypesCompatible(viewerType, candidateType) &&
        (viewerType !== 'joint_venture' || jointVenture) &&
        !pairs.some(([v, c]) => v === viewerType && c === candidateType)
      ) {
        pairs.push([viewerType, candidateType]);
      }
    }
    if (pairs.length > before) {
      answeredTypes += 1;
    }
  });
  if (answeredTypes === 0) {
    return NO_CONTRIBUTION;
  }
  pairs.sort((left, right) => compareCodes(left[0], right[0]) || compareCodes(left[1], right[1]));
  const share = coverage(
    answeredTypes,
    countDistinct(viewer.partnershipTypes),
    SATURATION.partnershipTypes,
  );
  return [
    {
      points: weights.partnership * share,
      reason: { code: 'compatible_partnership', params: { pairs } },
    },
  ];
}
