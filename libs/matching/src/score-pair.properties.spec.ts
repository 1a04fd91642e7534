import type { MatchReason, MatchReasonCode } from '@jcc/contracts';
import { MATCH_REASON_CODES, SIZE_BAND_CODES } from '@jcc/contracts';
import fc from 'fast-check';
import type { MatchProfile } from './match-profile';
import { clampScore, scoreDirection } from './score-direction';
import { scorePair } from './score-pair';
import { briefSaysCompatible } from './testing/expected-partnerships';
import {
  eligiblePairArb,
  hsChapterArb,
  languageArb,
  otherCountry,
  profileArb,
  propertyRuns,
} from './testing/profile-arbitraries';
import type { MatchWeights } from './weights';
import { DEFAULT_WEIGHTS, MUTUAL_THRESHOLD } from './weights';

const RUNS = propertyRuns(1000);

/** Any weights of the documented shape: components ≥ 0, the language penalty ≤ 0. */
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

function score(a: MatchProfile, b: MatchProfile, weights?: MatchWeights): number {
  const result = scorePair(a, b, weights);
  if (result === null) {
    throw new Error(`expected ${a.id} and ${b.id} to be eligible`);
  }
  return result.score;
}

/** Independent oracle: distinct common codes, sorted, with Sets. */
function common<T extends string>(left: readonly T[], right: readonly T[]): T[] {
  const rightSet = new Set(right);
  return [...new Set(left)].filter((item) => rightSet.has(item)).sort();
}

function reasonOf<C extends MatchReasonCode>(
  reasons: MatchReason[],
  code: C,
): Extract<MatchReason, { code: C }> | undefined {
  return reasons.find(
    (reason): reason is Extract<MatchReason, { code: C }> => reason.code === code,
  );
}

describe('scorePair properties', () => {
  it('is symmetric: the same score and mutuality whichever firm asks', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const ab = scorePair(a, b);
        const ba = scorePair(b, a);
        expect(ab?.score).toBe(ba?.score);
        expect(ab?.mutual).toBe(ba?.mutual);
      }),
      RUNS,
    );
  });

  it('gives an integer 0–100, with the default and with any documented weights', () => {
    fc.assert(
      fc.property(eligiblePairArb, weightsArb, ([a, b], weights) => {
        for (const value of [score(a, b), score(a, b, weights)]) {
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it('never pairs firms of the same country, nor a firm with itself', () => {
    fc.assert(
      fc.property(profileArb, profileArb, (a, b) => {
        expect(scorePair(a, { ...b, country: a.country })).toBeNull();
        expect(scorePair(a, { ...b, id: a.id, country: otherCountry(a.country) })).toBeNull();
        expect(scorePair(a, a)).toBeNull();
      }),
      RUNS,
    );
  });

  it('is deterministic and ignores the order of codes in the lists', () => {
    const reversed = (p: MatchProfile): MatchProfile => ({
      ...p,
      sectors: [...p.sectors].reverse(),
      offersHs: [...p.offersHs].reverse(),
      seeksHs: [...p.seeksHs].reverse(),
      partnershipTypes: [...p.partnershipTypes].reverse(),
      jvSectors: [...p.jvSectors].reverse(),
      languages: [...p.languages].reverse(),
    });
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        expect(scorePair(reversed(a), reversed(b))).toEqual(scorePair(a, b));
      }),
      RUNS,
    );
  });

  it('mutual means both directional scores reach the threshold', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const both =
          scoreDirection(a, b).points >= MUTUAL_THRESHOLD &&
          scoreDirection(b, a).points >= MUTUAL_THRESHOLD;
        expect(scorePair(a, b)?.mutual).toBe(both);
      }),
      RUNS,
    );
  });
});

describe('adding a complementary HS chapter never lowers a score', () => {
  const check = (before: [MatchProfile, MatchProfile], after: [MatchProfile, MatchProfile]) => {
    expect(score(...after)).toBeGreaterThanOrEqual(score(...before));
    // stronger: neither side loses, so mutuality cannot be lost either
    expect(scoreDirection(after[0], after[1]).points).toBeGreaterThanOrEqual(
      scoreDirection(before[0], before[1]).points,
    );
    expect(scoreDirection(after[1], after[0]).points).toBeGreaterThanOrEqual(
      scoreDirection(before[1], before[0]).points,
    );
  };

  it('the candidate starts offering a chapter the viewer seeks', () => {
    fc.assert(
      fc.property(eligiblePairArb, fc.nat(), ([a, b], pick) => {
        fc.pre(a.seeksHs.length > 0);
        const chapter = a.seeksHs[pick % a.seeksHs.length];
        check([a, b], [a, { ...b, offersHs: [...b.offersHs, chapter] }]);
      }),
      RUNS,
    );
  });

  it('the candidate starts seeking a chapter the viewer offers', () => {
    fc.assert(
      fc.property(eligiblePairArb, fc.nat(), ([a, b], pick) => {
        fc.pre(a.offersHs.length > 0);
        const chapter = a.offersHs[pick % a.offersHs.length];
        check([a, b], [a, { ...b, seeksHs: [chapter, ...b.seeksHs] }]);
      }),
      RUNS,
    );
  });

  it('the viewer starts seeking, and the candidate offering, the same chapter', () => {
    fc.assert(
      fc.property(eligiblePairArb, hsChapterArb, ([a, b], chapter) => {
        check(
          [a, b],
          [
            { ...a, seeksHs: [...a.seeksHs, chapter] },
            { ...b, offersHs: [chapter, ...b.offersHs] },
          ],
        );
      }),
      RUNS,
    );
  });

  it('the viewer starts offering, and the candidate seeking, the same chapter', () => {
    fc.assert(
      fc.property(eligiblePairArb, hsChapterArb, ([a, b], chapter) => {
        check(
          [a, b],
          [
            { ...a, offersHs: [chapter, ...a.offersHs] },
            { ...b, seeksHs: [...b.seeksHs, chapter] },
          ],
        );
      }),
      RUNS,
    );
  });
});

describe('language', () => {
  it('a pair without a common language is told so and scores no more than with one', () => {
    fc.assert(
      fc.property(eligiblePairArb, languageArb, ([a, b], shared) => {
        const mute: MatchProfile = {
          ...b,
          languages: b.languages.filter((l) => !a.languages.includes(l)),
        };
        const talking: [MatchProfile, MatchProfile] = [
          { ...a, languages: [...a.languages, shared] },
          { ...mute, languages: [...mute.languages, shared] },
        ];
        const codes = scorePair(a, mute)?.reasons.map((reason) => reason.code);
        expect(codes).toContain('interpreter_may_be_needed');
        expect(codes).not.toContain('common_language');
        expect(score(...talking)).toBeGreaterThanOrEqual(score(a, mute));
        // unless the viewer's side sits at 0 anyway, the missing language really costs points
        if (scoreDirection(...talking).points > 0) {
          expect(scoreDirection(...talking).points).toBeGreaterThan(scoreDirection(a, mute).points);
        }
      }),
      RUNS,
    );
  });
});

describe('reasons agree with the profiles', () => {
  it('each reason is present exactly when its component applies, with exact parameters', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const reasons = scorePair(a, b)!.reasons;

        const supplied = common(b.offersHs, a.seeksHs);
        expect(reasonOf(reasons, 'offers_what_you_seek')?.params.hs).toEqual(
          supplied.length > 0 ? supplied : undefined,
        );
        const bought = common(b.seeksHs, a.offersHs);
        expect(reasonOf(reasons, 'seeks_what_you_offer')?.params.hs).toEqual(
          bought.length > 0 ? bought : undefined,
        );
        const sectors = common(b.sectors, a.sectors);
        expect(reasonOf(reasons, 'shared_sector')?.params.sectors).toEqual(
          sectors.length > 0 ? sectors : undefined,
        );
        // JV fit: a JV sector both want, or one's JV sector being the other's sector; a firm's
        // JV sectors count only if it lists joint_venture.
        const aJv = a.partnershipTypes.includes('joint_venture') ? a.jvSectors : [];
        const bJv = b.partnershipTypes.includes('joint_venture') ? b.jvSectors : [];
        const sharedJv = common(aJv, bJv);
        const jvSectors = [
          ...new Set([...sharedJv, ...common(aJv, b.sectors), ...common(bJv, a.sectors)]),
        ].sort();
        expect(reasonOf(reasons, 'joint_venture_interest')?.params.sectors).toEqual(
          jvSectors.length > 0 ? jvSectors : undefined,
        );

        // joint_venture answers joint_venture only with a JV sector both want.
        const pairs = [...new Set(a.partnershipTypes)]
          .flatMap((mine) => [...new Set(b.partnershipTypes)].map((theirs) => [mine, theirs]))
          .filter(([mine, theirs]) => briefSaysCompatible(mine, theirs))
          .filter(([mine]) => mine !== 'joint_venture' || sharedJv.length > 0)
          // code-point order of "viewer candidate"; the space sorts before any code character
          .sort((x, y) => (`${x[0]} ${x[1]}` < `${y[0]} ${y[1]}` ? -1 : 1));
        expect(reasonOf(reasons, 'compatible_partnership')?.params.pairs).toEqual(
          pairs.length > 0 ? pairs : undefined,
        );

        const languages = common(a.languages, b.languages);
        expect(reasonOf(reasons, 'common_language')?.params.languages).toEqual(
          languages.length > 0 ? languages : undefined,
        );
        expect(reasonOf(reasons, 'interpreter_may_be_needed') !== undefined).toBe(
          languages.length === 0,
        );

        const distance = Math.abs(
          SIZE_BAND_CODES.indexOf(a.sizeBand) - SIZE_BAND_CODES.indexOf(b.sizeBand),
        );
        expect(reasonOf(reasons, 'size_fit')?.params).toEqual(
          distance <= 1 ? { viewer: a.sizeBand, candidate: b.sizeBand } : undefined,
        );
        expect(reasonOf(reasons, 'verified') !== undefined).toBe(b.verification === 'verified');

        const codes = reasons.map((reason) => reason.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes.every((code) => MATCH_REASON_CODES.includes(code))).toBe(true);
      }),
      RUNS,
    );
  });

  it('are ordered by contribution, and the contributions add up to the directional score', () => {
    fc.assert(
      fc.property(eligiblePairArb, ([a, b]) => {
        const direction = scoreDirection(a, b);
        const points = direction.contributions.map((contribution) => contribution.points);
        expect(scorePair(a, b)!.reasons).toEqual(
          direction.contributions.map((contribution) => contribution.reason),
        );
        points.forEach((value, index) => {
          if (index > 0) {
            expect(value).toBeLessThanOrEqual(points[index - 1]);
          }
        });
        expect(points.filter((value) => value <= 0).length).toBeLessThanOrEqual(1);
        const total = points.reduce((sum, value) => sum + value, 0);
        expect(direction.points).toBeCloseTo(clampScore(total), 9);
      }),
      RUNS,
    );
  });

  it('the default weights add up to 100, with the language penalty the only negative one', () => {
    const values = Object.values(DEFAULT_WEIGHTS);
    expect(values.filter((value) => value > 0).reduce((sum, value) => sum + value, 0)).toBe(100);
    expect(values.filter((value) => value < 0)).toEqual([DEFAULT_WEIGHTS.noCommonLanguage]);
  });
});
