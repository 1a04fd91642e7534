import fc from 'fast-check';
import type { MatchProfile } from './match-profile';
import { PARTNERSHIP_COMPATIBILITY } from './partnership-compatibility';
import { rankCandidates } from './rank-candidates';
import { scorePair } from './score-pair';
import { buildProfile } from './testing/profile-builder';
import { eligiblePairArb, otherCountry, profileArb } from './testing/profile-arbitraries';
import { hasOverlap, upperBoundWithoutOverlap } from './upper-bound';
import type { MatchWeights } from './weights';

const RUNS = { numRuns: 1000 };

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

/** `b` with everything it shares with `a` (sectors, JV sectors, complementary chapters) removed. */
function withoutOverlap(a: MatchProfile, b: MatchProfile): MatchProfile {
  return {
    ...b,
    sectors: b.sectors.filter((sector) => !a.sectors.includes(sector)),
    jvSectors: b.jvSectors.filter((sector) => !a.jvSectors.includes(sector)),
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
    // partnership 15 + language 8 + size 4 + verified 3 on both sides
    { name: 'a verified firm with types and a language', viewer: textileExporter, bound: 30 },
    // its own side 30, the candidate's 27: 2/(1/30+1/27) = 28.4
    {
      name: 'the same firm, pending',
      viewer: { ...textileExporter, verification: 'pending' as const },
      bound: 28,
    },
    // 15 − 20 + 4 + 3 = 2 on both sides
    {
      name: 'a firm that lists no language',
      viewer: { ...textileExporter, languages: [] },
      bound: 2,
    },
    // −20 + 4 + 3 < 0, clamped
    {
      name: 'a firm with neither types nor languages',
      viewer: { ...textileExporter, languages: [], partnershipTypes: [] },
      bound: 0,
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

  it('is reached, so it is as tight as it can be', () => {
    fc.assert(
      fc.property(profileArb, (a) => {
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
      name: 'a shared JV sector',
      b: { ...other, jvSectors: ['chemicals' as const] },
      overlap: false,
    },
  ])('$name → $overlap', ({ b, overlap }) => {
    expect(hasOverlap(textileExporter, b)).toBe(overlap);
  });

  it('sees JV sectors and the seeking side too', () => {
    const a = { ...textileExporter, jvSectors: ['chemicals' as const], seeksHs: ['27'] };
    expect(hasOverlap(a, { ...other, jvSectors: ['chemicals'] })).toBe(true);
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

describe('two-stage search (overlap candidates, then the bound) loses nothing against brute force', () => {
  const populationArb = fc
    .array(profileArb, { maxLength: 60 })
    .map((profiles) => profiles.map((profile, index) => ({ ...profile, id: `c${index}` })));

  it('returns exactly the brute-force answer whenever the bound says the rest can be skipped', () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        profileArb,
        populationArb,
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 60 }),
        (viewer, population, limit, minScore) => {
          const bruteForce = rankCandidates(viewer, population, { limit, minScore });
          const overlapping = population.filter((candidate) => hasOverlap(viewer, candidate));
          const firstStage = rankCandidates(viewer, overlapping, { limit, minScore });
          const bound = upperBoundWithoutOverlap(viewer);
          const canSkip =
            bound < minScore ||
            (firstStage.length === limit && bound < firstStage[limit - 1].score);
          if (canSkip) {
            skipped += 1;
            expect(firstStage).toEqual(bruteForce);
          }
        },
      ),
      RUNS,
    );
    // the property must not hold vacuously
    expect(skipped).toBeGreaterThan(RUNS.numRuns / 4);
  });

  it('has a population where skipping at the bound itself would lose a tied firm', () => {
    // why "below", not "at most": a firm without overlap that reaches the bound and has a
    // smaller id outranks an overlapping firm with the same score
    const viewer = textileExporter;
    const noOverlap = { ...bestCandidateWithoutOverlap(viewer), id: 'a-no-overlap' };
    const bound = upperBoundWithoutOverlap(viewer);
    const overlapping = buildProfile({
      id: 'z-overlap',
      country: 'AZ',
      sectors: ['textiles'],
      languages: ['en'],
      verification: 'verified',
    });
    expect(scorePair(viewer, overlapping)!.score).toBe(bound);
    const [top] = rankCandidates(viewer, [overlapping, noOverlap], { limit: 1 });
    expect(top.candidate.id).toBe('a-no-overlap');
  });
});
