import {
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
} from '@jcc/contracts';
import type { MatchProfile } from '../match-profile';

const within = (codes: readonly string[], known: readonly string[]) =>
  codes.every((code) => known.includes(code));

/**
 * Whether every code of the profile is one the contracts know. The API accepts no other, but a
 * row written around it (an import, a hand fix) might hold one; the SQL score cannot encode such a
 * viewer, so its matches are found by scoring every firm (match-finder.ts).
 */
export function isRegularProfile(profile: MatchProfile): boolean {
  return (
    within(profile.sectors, SECTOR_CODES) &&
    within(profile.jvSectors, SECTOR_CODES) &&
    within(profile.offersHs, HS_CHAPTER_CODES) &&
    within(profile.seeksHs, HS_CHAPTER_CODES) &&
    within(profile.partnershipTypes, PARTNERSHIP_TYPES) &&
    within(profile.languages, LANGUAGE_CODES) &&
    SIZE_BAND_CODES.includes(profile.sizeBand)
  );
}
