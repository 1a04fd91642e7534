import { PARTNERSHIP_TYPES } from '@jcc/contracts';
import {
  PARTNERSHIP_COMPATIBILITY,
  arePartnershipTypesCompatible,
} from './partnership-compatibility';
import { briefSaysCompatible } from './testing/expected-partnerships';

const allPairs = PARTNERSHIP_TYPES.flatMap((viewer) =>
  PARTNERSHIP_TYPES.map((candidate) => ({ viewer, candidate })),
);

describe('partnership compatibility table', () => {
  it.each(allPairs)('$viewer with $candidate is as the brief says', ({ viewer, candidate }) => {
    expect(arePartnershipTypesCompatible(viewer, candidate)).toBe(
      briefSaysCompatible(viewer, candidate),
    );
  });

  it.each(allPairs)(
    '$viewer with $candidate fits both ways or neither',
    ({ viewer, candidate }) => {
      expect(arePartnershipTypesCompatible(viewer, candidate)).toBe(
        arePartnershipTypesCompatible(candidate, viewer),
      );
    },
  );

  it.each([...PARTNERSHIP_TYPES])('%s has a partner type, listed once', (type) => {
    const partners = PARTNERSHIP_COMPATIBILITY[type];
    expect(partners.length).toBeGreaterThan(0);
    expect(new Set(partners).size).toBe(partners.length);
  });
});
