import fc from 'fast-check';
import { DEFAULT_WEIGHTS } from '../weights';
import { scorePair } from '../score-pair';
import { upperBoundWithoutOverlap } from '../upper-bound';
import type { MatchProfile } from '../match-profile';
import { profileFieldsArb, weightsArb } from '../testing/profile-arbitraries';
import { upperBoundWithoutTrade } from './trade-free-bound';

/** An eligible pair: `b` of the other country, with every HS chapter it shares with `a` removed. */
const pairWithoutTradeArb = fc.tuple(profileFieldsArb, profileFieldsArb).map(([a, b]) => {
  const viewer: MatchProfile = { id: 'a', ...a };
  const candidate: MatchProfile = {
    id: 'b',
    ...b,
    country: a.country === 'PK' ? 'AZ' : 'PK',
    offersHs: b.offersHs.filter((chapter) => !a.seeksHs.includes(chapter)),
    seeksHs: b.seeksHs.filter((chapter) => !a.offersHs.includes(chapter)),
  };
  return [viewer, candidate] as const;
});

describe('upperBoundWithoutTrade', () => {
  it('is never exceeded by a partner sharing no HS chapter (default weights)', () => {
    fc.assert(
      fc.property(pairWithoutTradeArb, ([a, b]) => {
        expect(scorePair(a, b)!.score).toBeLessThanOrEqual(upperBoundWithoutTrade(a));
      }),
      { numRuns: 3000 },
    );
  });

  it('is never exceeded by a partner sharing no HS chapter (any documented weights)', () => {
    fc.assert(
      fc.property(pairWithoutTradeArb, weightsArb, ([a, b], weights) => {
        expect(scorePair(a, b, weights)!.score).toBeLessThanOrEqual(
          upperBoundWithoutTrade(a, weights),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('is reached by a partner sharing sectors, a joint venture and everything else but trade', () => {
    const exporter: MatchProfile = {
      id: 'pk',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export', 'joint_venture'],
      jvSectors: ['textiles'],
      sizeBand: 'medium',
      languages: ['en'],
      verification: 'verified',
    };
    const partner: MatchProfile = {
      ...exporter,
      id: 'az',
      country: 'AZ',
      offersHs: [],
      partnershipTypes: ['import', 'joint_venture'],
    };
    // 12 sector + 28 joint venture + 10 partnership + 6 language + 5 size + 4 verified, both sides
    expect(upperBoundWithoutTrade(exporter)).toBe(65);
    expect(scorePair(exporter, partner)!.score).toBe(65);
  });

  it('is at least the bound of partners sharing nothing at all', () => {
    fc.assert(
      fc.property(profileFieldsArb, (fields) => {
        const a: MatchProfile = { id: 'a', ...fields };
        expect(upperBoundWithoutTrade(a)).toBeGreaterThanOrEqual(
          upperBoundWithoutOverlap(a, DEFAULT_WEIGHTS),
        );
      }),
    );
  });
});
