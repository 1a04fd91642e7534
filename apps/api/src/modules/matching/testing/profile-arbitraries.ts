import fc from 'fast-check';
import {
  COUNTRIES,
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
  VERIFICATION_STATUSES,
  type Country,
  type LanguageCode,
  type SectorCode,
} from '@jcc/contracts';
import type { MatchProfile, MatchWeights } from '@jcc/matching';

/*
 * Random profiles for the matching specs, from the contracts' code lists. Half the draws come
 * from a few popular codes so that random pairs overlap often; lists are unsorted, may repeat an
 * item or be empty: the matcher, its SQL twin and the search must all cope.
 */
function biased<T>(all: readonly T[], popular: readonly T[]): fc.Arbitrary<T> {
  return fc.oneof(fc.constantFrom(...all), fc.constantFrom(...popular));
}

const hsChapter = biased(HS_CHAPTER_CODES, ['52', '61', '63', '84', '27', '30']);
const sector = biased<SectorCode>(SECTOR_CODES, ['textiles', 'food', 'chemicals', 'energy']);

export const profileFieldsArb: fc.Arbitrary<Omit<MatchProfile, 'id'>> = fc.record({
  country: fc.constantFrom<Country>(...COUNTRIES),
  sectors: fc.array(sector, { maxLength: 4 }),
  offersHs: fc.array(hsChapter, { maxLength: 6 }),
  seeksHs: fc.array(hsChapter, { maxLength: 6 }),
  partnershipTypes: fc.array(fc.constantFrom(...PARTNERSHIP_TYPES), { maxLength: 4 }),
  jvSectors: fc.array(sector, { maxLength: 3 }),
  sizeBand: fc.constantFrom(...SIZE_BAND_CODES),
  languages: fc.array(biased<LanguageCode>(LANGUAGE_CODES, ['en', 'ru', 'az', 'ur']), {
    maxLength: 3,
  }),
  verification: fc.constantFrom(...VERIFICATION_STATUSES),
});

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
