import type { SectorCode } from '@jcc/contracts';
import type { Contribution } from './contribution';
import { NO_CONTRIBUTION } from './contribution';
import { countDistinct, coverage, sortedIntersection } from '../code-lists';
import type { MatchProfile } from '../match-profile';
import type { MatchWeights } from '../weights';
import { SATURATION } from '../weights';

/** The JV sectors a firm really asks for: none unless it lists `joint_venture` (old leftovers). */
export function wantedJvSectors(profile: MatchProfile): readonly SectorCode[] {
  return profile.partnershipTypes.includes('joint_venture') ? profile.jvSectors : [];
}

/**
 * The sectors in which the two firms fit for a joint venture, sorted, without duplicates:
 * a JV sector both want, a sector where one wants a JV and the other works, either way.
 * Symmetric: the same set from either firm's side.
 */
export function jointVentureSectors(a: MatchProfile, b: MatchProfile): SectorCode[] {
  const aJv = wantedJvSectors(a);
  const bJv = wantedJvSectors(b);
  if (aJv.length === 0 && bJv.length === 0) {
    return [];
  }
  const found = [
    ...sortedIntersection(aJv, bJv),
    ...sortedIntersection(aJv, b.sectors),
    ...sortedIntersection(bJv, a.sectors),
  ];
  return sortedIntersection(found, found);
}

/** A JV sector both firms want: the only case where joint_venture answers joint_venture. */
export function sharesJvSector(a: MatchProfile, b: MatchProfile): boolean {
  const bJv = wantedJvSectors(b);
  return wantedJvSectors(a).some((sector) => bJv.includes(sector));
}

/**
 * Joint-venture fit, a first-class component: a Pakistani surgical-instrument maker that wants a
 * pharmaceutical JV fits an Azerbaijani pharmaceutical firm, whether or not that firm listed the
 * JV itself. Pays by the fitting sectors over the viewer's own JV sectors (at least one, so a
 * viewer without JV wishes is paid in full when the candidate wants a JV in its sector).
 */
export function jointVentureFit(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
): readonly Contribution[] {
  const sectors = jointVentureSectors(viewer, candidate);
  if (sectors.length === 0) {
    return NO_CONTRIBUTION;
  }
  const wished = Math.max(1, countDistinct(wantedJvSectors(viewer)));
  const share = coverage(sectors.length, wished, SATURATION.jvSectors);
  return [
    {
      points: weights.jointVenture * share,
      reason: { code: 'joint_venture_interest', params: { sectors } },
    },
  ];
}
