import type { MatchProfile } from '../match-profile';

/** A bare profile (PK, small, pending, nothing listed) with the given fields, for hand-written cases. */
export function buildProfile(
  fields: Partial<MatchProfile> & Pick<MatchProfile, 'id'>,
): MatchProfile {
  return {
    country: 'PK',
    sectors: [],
    offersHs: [],
    seeksHs: [],
    partnershipTypes: [],
    jvSectors: [],
    sizeBand: 'small',
    languages: [],
    verification: 'pending',
    ...fields,
  };
}
