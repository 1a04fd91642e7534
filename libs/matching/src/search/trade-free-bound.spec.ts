import fc from 'fast-check';
import { DEFAULT_WEIGHTS } from '../weights';
import { scorePair } from '../score-pair';
import { upperBoundWithoutOverlap } from '../upper-bound';
import type { MatchProfile } from '../match-profile';
import { profileFieldsArb, propertyRuns, weightsArb } from '../testing/profile-arbitraries';
import { scoreDirection } from '../score-direction';
import { jointVentureSectors, wantedJvSectors } from '../components/joint-venture-fit';
import {
  tradeFreeMaxima,
  upperBoundWithoutTrade,
  upperBoundWithoutTradeOrJointVenture,
} from './trade-free-bound';

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

/** …and with every joint-venture fit removed as well: what is left fits on a sector at most. */
const pairWithoutTradeOrJvArb = pairWithoutTradeArb.map(([a, b]) => {
  const aJv = wantedJvSectors(a);
  const candidate: MatchProfile = {
    ...b,
    sectors: b.sectors.filter((sector) => !aJv.includes(sector)),
    jvSectors: b.jvSectors.filter((sector) => !aJv.includes(sector) && !a.sectors.includes(sector)),
  };
  return [a, candidate] as const;
});

describe('upperBoundWithoutTrade', () => {
  it('is never exceeded by a partner sharing no HS chapter (default weights)', () => {
    fc.assert(
      fc.property(pairWithoutTradeArb, ([a, b]) => {
        expect(scorePair(a, b)!.score).toBeLessThanOrEqual(upperBoundWithoutTrade(a));
      }),
      propertyRuns(3000),
    );
  });

  it('is never exceeded by a partner sharing no HS chapter (any documented weights)', () => {
    fc.assert(
      fc.property(pairWithoutTradeArb, weightsArb, ([a, b], weights) => {
        expect(scorePair(a, b, weights)!.score).toBeLessThanOrEqual(
          upperBoundWithoutTrade(a, weights),
        );
      }),
      propertyRuns(3000),
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

describe('tradeFreeMaxima', () => {
  it('bounds each side of a partner sharing no HS chapter, and without a JV fit the JV-free maxima', () => {
    fc.assert(
      fc.property(
        fc.oneof(pairWithoutTradeArb, pairWithoutTradeOrJvArb),
        weightsArb,
        ([a, b], weights) => {
          const viewerSide = scoreDirection(a, b, weights).points;
          const candidateSide = scoreDirection(b, a, weights).points;
          const maxima = tradeFreeMaxima(a, weights);
          expect(viewerSide).toBeLessThanOrEqual(maxima.viewerSide);
          expect(candidateSide).toBeLessThanOrEqual(maxima.candidateSide);
          if (jointVentureSectors(a, b).length === 0) {
            const jvFree = tradeFreeMaxima(a, weights, { withoutJointVenture: true });
            expect(viewerSide).toBeLessThanOrEqual(jvFree.viewerSide);
            expect(candidateSide).toBeLessThanOrEqual(jvFree.candidateSide);
          }
        },
      ),
      propertyRuns(3000),
    );
  });

  it("counts the viewer's own verification on the partner's side only", () => {
    const base: MatchProfile = {
      id: 'a',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: [],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    };
    expect(tradeFreeMaxima(base)).toEqual({ viewerSide: 65, candidateSide: 65 });
    expect(tradeFreeMaxima({ ...base, verification: 'pending' })).toEqual({
      viewerSide: 65,
      candidateSide: 61,
    });
    // No sector, no JV wish, no type, no language: size and verification only, minus the penalty.
    const bare: MatchProfile = { ...base, sectors: [], partnershipTypes: [], languages: [] };
    expect(tradeFreeMaxima(bare)).toEqual({ viewerSide: 7, candidateSide: 7 });
  });
});

describe('upperBoundWithoutTradeOrJointVenture', () => {
  it('is never exceeded by a partner sharing no HS chapter and no joint-venture fit', () => {
    fc.assert(
      fc.property(pairWithoutTradeOrJvArb, weightsArb, ([a, b], weights) => {
        expect(jointVentureSectors(a, b)).toEqual([]);
        expect(scorePair(a, b, weights)!.score).toBeLessThanOrEqual(
          upperBoundWithoutTradeOrJointVenture(a, weights),
        );
        expect(scorePair(a, b)!.score).toBeLessThanOrEqual(upperBoundWithoutTradeOrJointVenture(a));
      }),
      propertyRuns(3000),
    );
  });

  it('is reached by a partner sharing a sector and everything else but trade and a joint venture', () => {
    const maker: MatchProfile = {
      id: 'pk',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'medium',
      languages: ['en'],
      verification: 'verified',
    };
    const partner: MatchProfile = {
      ...maker,
      id: 'az',
      country: 'AZ',
      offersHs: [],
      partnershipTypes: ['import'],
    };
    // 12 sector + 10 partnership + 6 language + 5 size + 4 verified, both sides
    expect(upperBoundWithoutTradeOrJointVenture(maker)).toBe(37);
    expect(scorePair(maker, partner)!.score).toBe(37);
    // A JV wish changes nothing for partners without a JV fit, but lifts the trade-free bound.
    const jvMaker: MatchProfile = {
      ...maker,
      partnershipTypes: ['export', 'joint_venture'],
      jvSectors: ['pharmaceuticals'],
    };
    expect(upperBoundWithoutTradeOrJointVenture(jvMaker)).toBe(37);
    expect(upperBoundWithoutTrade(jvMaker)).toBe(65);
  });

  it('is at most the trade-free bound and at least the bound of partners sharing nothing', () => {
    fc.assert(
      fc.property(profileFieldsArb, weightsArb, (fields, weights) => {
        const a: MatchProfile = { id: 'a', ...fields };
        const bound = upperBoundWithoutTradeOrJointVenture(a, weights);
        expect(bound).toBeLessThanOrEqual(upperBoundWithoutTrade(a, weights));
        expect(bound).toBeGreaterThanOrEqual(upperBoundWithoutOverlap(a, weights));
      }),
    );
  });
});
