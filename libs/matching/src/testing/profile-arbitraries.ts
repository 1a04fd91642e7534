import type { Country, LanguageCode, SectorCode } from '@jcc/contracts';
import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
  VERIFICATION_STATUSES,
} from '@jcc/contracts';
import fc from 'fast-check';
import type { MatchProfile } from '../match-profile';

/*
 * Arbitrary profiles built from the contracts' code lists. Half the draws come from a few
 * popular codes, so that random pairs overlap often enough to exercise every component; lists
 * are unsorted and may hold duplicates, which the matcher must tolerate.
 */

function biased<T>(all: readonly T[], popular: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(fc.constantFrom(...all), fc.constantFrom(...popular));
}

const hsChapter = biased(HS_CHAPTER_CODES, ['52', '61', '62', '63', '84', '30']);
const sector = biased<SectorCode>(SECTOR_CODES, [
  'textiles',
  'food',
  'pharmaceuticals',
  'chemicals',
]);
const language = biased<LanguageCode>(LANGUAGE_CODES, ['en', 'ru', 'tr']);
const partnershipType = fc.constantFrom(...PARTNERSHIP_TYPES);

export const countryArb: fc.Arbitrary<Country> = fc.constantFrom(...COUNTRIES);

export function otherCountry(country: Country): Country {
  return country === 'PK' ? 'AZ' : 'PK';
}

export const profileArb: fc.Arbitrary<MatchProfile> = fc.record({
  id: fc.stringMatching(/^[0-9a-f]{1,8}$/),
  country: countryArb,
  sectors: fc.array(sector, { maxLength: 4 }),
  offersHs: fc.array(hsChapter, { maxLength: 8 }),
  seeksHs: fc.array(hsChapter, { maxLength: 8 }),
  partnershipTypes: fc.array(partnershipType, { maxLength: 4 }),
  jvSectors: fc.array(sector, { maxLength: 3 }),
  sizeBand: fc.constantFrom(...SIZE_BAND_CODES),
  languages: fc.array(language, { maxLength: 3 }),
  verification: fc.constantFrom(...VERIFICATION_STATUSES),
});

/** A viewer and a candidate of the other country, with distinct ids: always eligible. */
export const eligiblePairArb: fc.Arbitrary<[MatchProfile, MatchProfile]> = fc
  .tuple(profileArb, profileArb)
  .map(([a, b]) => [
    { ...a, id: `a-${a.id}` },
    { ...b, id: `b-${b.id}`, country: otherCountry(a.country) },
  ]);

export const hsChapterArb = hsChapter;
export const languageArb = language;

/**
 * Property runs: `runs` normally; the mutation run (jest.mutation.config.js) sets PROPERTY_RUNS
 * lower, because it repeats the specs once per mutant on a shared two-core machine.
 */
export function propertyRuns(runs: number): { numRuns: number } {
  return { numRuns: Number(process.env.PROPERTY_RUNS) || runs };
}
