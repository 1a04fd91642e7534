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
import type { MatchWeights } from '../weights';

/*
 * The one set of random profiles and weights for every matching spec: the library's, the search's
 * and the API's SQL-equals-library test (imported there as @jcc/matching/testing). Built from the
 * contracts' code lists; half the draws come from a few popular codes, so that random pairs overlap
 * often enough to exercise every component. Lists are unsorted, may repeat an item or be empty:
 * the matcher, its SQL twin and the search must all cope.
 */

function biased<T>(all: readonly T[], popular: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(fc.constantFrom(...all), fc.constantFrom(...popular));
}

const hsChapter = biased(HS_CHAPTER_CODES, ['52', '61', '62', '63', '84', '27', '30']);
const sector = biased<SectorCode>(SECTOR_CODES, [
  'textiles',
  'food',
  'pharmaceuticals',
  'chemicals',
  'energy',
]);
const language = biased<LanguageCode>(LANGUAGE_CODES, ['en', 'ru', 'tr', 'az', 'ur']);
const partnershipType = fc.constantFrom(...PARTNERSHIP_TYPES);

export const countryArb: fc.Arbitrary<Country> = fc.constantFrom(...COUNTRIES);
export const hsChapterArb = hsChapter;
export const languageArb = language;

export function otherCountry(country: Country): Country {
  return country === 'PK' ? 'AZ' : 'PK';
}

/** A profile without its id, for populations that number their firms themselves. */
export const profileFieldsArb: fc.Arbitrary<Omit<MatchProfile, 'id'>> = fc.record({
  country: countryArb,
  sectors: fc.array(sector, { maxLength: 4 }),
  offersHs: fc.array(hsChapter, { maxLength: 6 }),
  seeksHs: fc.array(hsChapter, { maxLength: 6 }),
  partnershipTypes: fc.array(partnershipType, { maxLength: 4 }),
  jvSectors: fc.array(sector, { maxLength: 3 }),
  sizeBand: fc.constantFrom(...SIZE_BAND_CODES),
  languages: fc.array(language, { maxLength: 3 }),
  verification: fc.constantFrom(...VERIFICATION_STATUSES),
});

export const profileArb: fc.Arbitrary<MatchProfile> = fc
  .tuple(fc.stringMatching(/^[0-9a-f]{1,8}$/), profileFieldsArb)
  .map(([id, fields]) => ({ id, ...fields }));

/** A viewer and a candidate of the other country, with distinct ids: always eligible. */
export const eligiblePairArb: fc.Arbitrary<[MatchProfile, MatchProfile]> = fc
  .tuple(profileArb, profileArb)
  .map(([a, b]) => [
    { ...a, id: `a-${a.id}` },
    { ...b, id: `b-${b.id}`, country: otherCountry(a.country) },
  ]);

/** Profiles with distinct, sortable ids: `p000`, `p001`, … */
export function populationArb(maxLength: number): fc.Arbitrary<MatchProfile[]> {
  return fc
    .array(profileFieldsArb, { minLength: 1, maxLength })
    .map((profiles) =>
      profiles.map((fields, index) => ({ id: `p${String(index).padStart(3, '0')}`, ...fields })),
    );
}

/** Weights as MatchWeights documents them: components ≥ 0, the penalty ≤ 0; halves too. */
export const weightsArb: fc.Arbitrary<MatchWeights> = fc.record({
  trade: fc.integer({ min: 0, max: 120 }).map((n) => n / 2),
  sharedSector: fc.integer({ min: 0, max: 60 }).map((n) => n / 2),
  jointVenture: fc.integer({ min: 0, max: 60 }).map((n) => n / 2),
  partnership: fc.integer({ min: 0, max: 60 }).map((n) => n / 2),
  commonLanguage: fc.integer({ min: 0, max: 40 }).map((n) => n / 2),
  noCommonLanguage: fc.integer({ min: -80, max: 0 }).map((n) => n / 2),
  sizeFit: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
  verified: fc.integer({ min: 0, max: 20 }).map((n) => n / 2),
});

/**
 * Property runs: `runs` normally; the mutation run (jest.mutation.config.js) sets PROPERTY_RUNS
 * lower, because it repeats the specs once per mutant on a shared two-core machine.
 */
export function propertyRuns(runs: number): { numRuns: number } {
  return { numRuns: Number(process.env.PROPERTY_RUNS) || runs };
}
