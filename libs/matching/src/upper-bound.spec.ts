import fc from 'fast-check';
import type { MatchProfile } from './match-profile';
import { PARTNERSHIP_COMPATIBILITY } from './partnership-compatibility';
import { rankCandidates } from './rank-candidates';
import { scorePair } from './score-pair';
import { buildProfile } from './testing/profile-builder';
import {
  eligiblePairArb,
  otherCountry,
  profileArb,
  propertyRuns,
} from './testing/profile-arbitraries';
import { hasOverlap } from './substantive-fit';
import { upperBoundWithoutOverlap } from './upper-bound';
import type { MatchWeights } from './weights';

const RUNS = propertyRuns(1000);

const weightsArb: fc.Arbitrary<MatchWeights> = fc.record({
  trade: fc.integer({ min: 0, max: 60 }),
  sharedSector: fc.integer({ min: 0, max: 30 }),
  jointVenture: fc.integer({ min: 0, max: 30 }),
  partnership: fc.integer({ min: 0, max: 30 }),
  commonLanguage: fc.integer({ min: 0, max: 20 }),
  noCommonLanguage: fc.integer({ min: -40, max: 0 }),
  sizeFit: fc.integer({ min: 0, max: 10 }),
  verified: fc.integer({ min: 0, max: 10 }),
});

/**
 * `b` with everything it shares with `a` removed: sectors, complementary chapters, and any JV fit
 * (its sectors and JV sectors that are a's sectors or JV sectors).
 */
function withoutOverlap(a: MatchProfile, b: MatchProfile): MatchProfile {
  const aAll = [...a.sectors, ...a.jvSectors];
  return {
    ...b,
    sectors: b.sectors.filter((sector) => !aAll.includes(sector)),
    jvSectors: b.jvSectors.filter((sector) => !aAll.includes(sector)),
    offersHs: b.offersHs.filter((chapter) => !a.seeksHs.includes(chapter)),
    seeksHs: b.seeksHs.filter((chapter) => !a.offersHs.includes(chapter)),
  };
}

/** The best candidate without overlap the bound's documentation describes. */
function bestCandidateWithoutOverlap(a: MatchProfile): MatchProfile {
  return buildProfile({
    id: `best-for-${a.id}`,
    country: otherCountry(a.country),
    partnershipTypes: [...new Set(a.partnershipTypes.flatMap((t) => PARTNERSHIP_COMPATIBILITY[t]))],
    languages: a.languages.slice(0, 1),
    sizeBand: a.sizeBand,
    verification: 'verified',
  });
}

const textileExporter = buildProfile({
  id: 'pk-1',
  sectors: ['textiles'],
  offersHs: ['52'],
  partnershipTypes: ['export'],
  languages: ['en'],
  verification: 'verified',
});

describe('upperBoundWithoutOverlap', () => {
  it.each([
    // partnership 10 + language 6 + size 5 + verified 4 on both sides
    { name: 'a verified firm with types and a language', viewer: textileExporter, bound: 25 },
    // its own side 25, the candidate's 21: 2/(1/25+1/21) = 22.8
    {
      name: 'the same firm, pending',
      viewer: { ...textileExporter, verification: 'pending' as const },
      bound: 23,
    },
    // 10 − 2 + 5 + 4 = 17 on both sides
    {
      name: 'a firm that lists no language',
      viewer: { ...textileExporter, languages: [] },
      bound: 17,
    },
    // −2 + 5 + 4 = 7
    {
      name: 'a firm with neither types nor languages',
      viewer: { ...textileExporter, languages: [], partnershipTypes: [] },
      bound: 7,
    },
  ])('$name → $bound', ({ viewer, bound }) => {
    expect(upperBoundWithoutOverlap(viewer)).toBe(bound);
  });

  it('is never exceeded by a candidate without overlap (default weights)', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const candidate = withoutOverlap(a, b);
        expect(hasOverlap(a, candidate)).toBe(false);
        expect(scorePair(a, candidate)!.score).toBeLessThanOrEqual(upperBoundWithoutOverlap(a));
      }),
      RUNS,
    );
  });

  it('is never exceeded by a candidate without overlap (any documented weights)', () => {
    fc.assert(
      fc.property(eligiblePairArb, weightsArb, ([a, b], weights) => {
        const candidate = withoutOverlap(a, b);
        expect(scorePair(a, candidate, weights)!.score).toBeLessThanOrEqual(
          upperBoundWithoutOverlap(a, weights),
        );
      }),
      RUNS,
    );
  });

  it('is reached, so it is as tight as it can be (for a firm not seeking a joint venture)', () => {
    // joint_venture is answered only with a shared JV sector, which is an overlap
    const noJvArb = profileArb.filter((a) => !a.partnershipTypes.includes('joint_venture'));
    fc.assert(
      fc.property(noJvArb, (a) => {
        const best = bestCandidateWithoutOverlap(a);
        expect(hasOverlap(a, best)).toBe(false);
        expect(scorePair(a, best)!.score).toBe(upperBoundWithoutOverlap(a));
      }),
      RUNS,
    );
  });
});

describe('hasOverlap', () => {
  const other = buildProfile({ id: 'az-1', country: 'AZ' });
  it.each([
    { name: 'nothing shared', b: other, overlap: false },
    { name: 'a shared sector', b: { ...other, sectors: ['textiles' as const] }, overlap: true },
    { name: 'it seeks what a offers', b: { ...other, seeksHs: ['52'] }, overlap: true },
    { name: 'it offers what a offers', b: { ...other, offersHs: ['52'] }, overlap: false },
    {
      name: 'JV sectors without the joint_venture type',
      b: { ...other, jvSectors: ['textiles' as const] },
      overlap: false,
    },
    {
      name: 'a JV wanted in a’s sector',
      b: {
        ...other,
        partnershipTypes: ['joint_venture' as const],
        jvSectors: ['textiles' as const],
      },
      overlap: true,
    },
  ])('$name → $overlap', ({ b, overlap }) => {
    expect(hasOverlap(textileExporter, b)).toBe(overlap);
  });

  it('sees JV sectors and the seeking side too', () => {
    const a = {
      ...textileExporter,
      partnershipTypes: ['joint_venture' as const],
      jvSectors: ['chemicals' as const],
      seeksHs: ['27'],
    };
    const jv = ['joint_venture' as const];
    expect(hasOverlap(a, { ...other, partnershipTypes: jv, jvSectors: ['chemicals'] })).toBe(true);
    expect(hasOverlap(a, { ...other, sectors: ['chemicals'] })).toBe(true);
    expect(hasOverlap(a, { ...other, offersHs: ['27'] })).toBe(true);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(profileArb, profileArb, (a, b) => {
        expect(hasOverlap(a, b)).toBe(hasOverlap(b, a));
      }),
      RUNS,
    );
  });
});

describe('no recommendation without a substantive reason', () => {
  const populationArb = fc
    .array(profileArb, { maxLength: 60 })
    .map((profiles) => profiles.map((profile, index) => ({ ...profile, id: `c${index}` })));

  it('ranks only firms that fit on products, a sector or a joint venture, whatever else they share', () => {
    fc.assert(
      fc.property(profileArb, populationArb, (viewer, population) => {
        const ranked = rankCandidates(viewer, population);
        const fitting = population.filter((candidate) => hasOverlap(viewer, candidate));
        expect(ranked).toEqual(rankCandidates(viewer, fitting));
        const substantive = [
          'offers_what_you_seek',
          'seeks_what_you_offer',
          'shared_sector',
          'joint_venture_interest',
        ];
        for (const { reasons } of ranked) {
          expect(reasons.some((reason) => substantive.includes(reason.code))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('leaves out the best firm sharing only partnership, language, size and verification', () => {
    const generic = bestCandidateWithoutOverlap(textileExporter);
    expect(scorePair(textileExporter, generic)!.score).toBe(
      upperBoundWithoutOverlap(textileExporter),
    );
    expect(rankCandidates(textileExporter, [generic])).toEqual([]);
  });
});
