import type { MatchReason } from '@jcc/contracts';
import type { MatchProfile } from './match-profile';
import { combineDirections } from './reciprocity';
import { scoreDirection } from './score-direction';
import { isEligiblePair, scorePair } from './score-pair';
import { buildProfile } from './testing/profile-builder';
import { DEFAULT_WEIGHTS } from './weights';

// Hand-written cases. Expected scores are worked out in the comments with DEFAULT_WEIGHTS
// (trade 35, sector 12, JV 28, partnership 10, language 6 / −2, size 5, verified 4), so a change
// of weights or formula shows up here and has to be argued for.

const pkTextileExporter = buildProfile({
  id: 'pk-textile-exporter',
  country: 'PK',
  sectors: ['textiles'],
  offersHs: ['52', '61', '62', '63'],
  partnershipTypes: ['export'],
  languages: ['en', 'ur'],
  verification: 'verified',
});

const azTextileImporter = buildProfile({
  id: 'az-textile-importer',
  country: 'AZ',
  sectors: ['textiles'],
  seeksHs: ['63', '52'],
  partnershipTypes: ['import'],
  languages: ['az', 'en', 'ru'],
  verification: 'verified',
});

const pkTwoWayTrader = buildProfile({
  id: 'pk-two-way',
  country: 'PK',
  sectors: ['textiles'],
  offersHs: ['52'],
  seeksHs: ['27'],
  partnershipTypes: ['import', 'export'],
  sizeBand: 'medium',
  languages: ['en'],
});

const azFuelTrader = buildProfile({
  id: 'az-fuel',
  country: 'AZ',
  sectors: ['energy'],
  offersHs: ['27'],
  seeksHs: ['52'],
  partnershipTypes: ['export', 'import'],
  sizeBand: 'large',
  languages: ['en'],
  verification: 'verified',
});

const pkPharmaJv = buildProfile({
  id: 'pk-pharma-jv',
  country: 'PK',
  sectors: ['pharmaceuticals'],
  partnershipTypes: ['joint_venture'],
  jvSectors: ['pharmaceuticals', 'chemicals'],
  sizeBand: 'large',
  languages: ['en', 'ur'],
  verification: 'verified',
});

const azChemicalsInvestor = buildProfile({
  id: 'az-chem-investor',
  country: 'AZ',
  sectors: ['chemicals'],
  partnershipTypes: ['joint_venture', 'investing'],
  jvSectors: ['pharmaceuticals'],
  sizeBand: 'micro',
  languages: ['en', 'az'],
  verification: 'verified',
});

const azTextileExporter = buildProfile({
  id: 'az-textile-exporter',
  country: 'AZ',
  sectors: ['textiles'],
  offersHs: ['52'],
  partnershipTypes: ['export'],
  languages: ['en'],
  verification: 'verified',
});

interface Case {
  name: string;
  viewer: MatchProfile;
  candidate: MatchProfile;
  score: number;
  mutual: boolean;
  reasons: MatchReason[];
}

const cases: Case[] = [
  {
    // exporter's side: buyer of 2 of its 4 chapters 35·2/3 = 23.3, +12 +10 +6 +5 +4 = 60.3;
    // importer's side: both its chapters supplied 35, +12 +10 +6 +5 +4 = 72; 2/(1/60.3+1/72) = 65.7
    name: 'a PK textile exporter and an AZ textile importer, seen by the exporter',
    viewer: pkTextileExporter,
    candidate: azTextileImporter,
    score: 66,
    mutual: true,
    reasons: [
      { code: 'seeks_what_you_offer', params: { hs: ['52', '63'] } },
      { code: 'shared_sector', params: { sectors: ['textiles'] } },
      { code: 'compatible_partnership', params: { pairs: [['export', 'import']] } },
      { code: 'common_language', params: { languages: ['en'] } },
      { code: 'size_fit', params: { viewer: 'small', candidate: 'small' } },
      { code: 'verified', params: {} },
    ],
  },
  {
    name: 'the same pair seen by the importer',
    viewer: azTextileImporter,
    candidate: pkTextileExporter,
    score: 66,
    mutual: true,
    reasons: [
      { code: 'offers_what_you_seek', params: { hs: ['52', '63'] } },
      { code: 'shared_sector', params: { sectors: ['textiles'] } },
      { code: 'compatible_partnership', params: { pairs: [['import', 'export']] } },
      { code: 'common_language', params: { languages: ['en'] } },
      { code: 'size_fit', params: { viewer: 'small', candidate: 'small' } },
      { code: 'verified', params: {} },
    ],
  },
  {
    // the same pair without English: 60.3 − 6 − 2 = 52.3 and 72 − 8 = 64; 2/(1/52.3+1/64) = 57.6:
    // lowered a little (the chamber arranges interpreters), never vetoed
    name: 'the same pair with no common language',
    viewer: pkTextileExporter,
    candidate: { ...azTextileImporter, languages: ['az', 'ru'] },
    score: 58,
    mutual: true,
    reasons: [
      { code: 'seeks_what_you_offer', params: { hs: ['52', '63'] } },
      { code: 'shared_sector', params: { sectors: ['textiles'] } },
      { code: 'compatible_partnership', params: { pairs: [['export', 'import']] } },
      { code: 'size_fit', params: { viewer: 'small', candidate: 'small' } },
      { code: 'verified', params: {} },
      { code: 'interpreter_may_be_needed', params: {} },
    ],
  },
  {
    // PK side: 17.5 + 17.5 (both trade sides) + 10 + 6 + 5 (medium/large) + 4 = 60;
    // AZ side: the same but the PK firm is pending: 56; 2/(1/60+1/56) = 57.9
    name: 'two-way traders in different sectors: cotton one way, fuel the other',
    viewer: pkTwoWayTrader,
    candidate: azFuelTrader,
    score: 58,
    mutual: true,
    reasons: [
      { code: 'offers_what_you_seek', params: { hs: ['27'] } },
      { code: 'seeks_what_you_offer', params: { hs: ['52'] } },
      {
        code: 'compatible_partnership',
        params: {
          pairs: [
            ['export', 'import'],
            ['import', 'export'],
          ],
        },
      },
      { code: 'common_language', params: { languages: ['en'] } },
      { code: 'size_fit', params: { viewer: 'medium', candidate: 'large' } },
      { code: 'verified', params: {} },
    ],
  },
  {
    // JV fit in pharmaceuticals (both want one) and chemicals (the PK firm wants one, the AZ
    // firm works in it). PK side: 2 of its 2 JV sectors 28, JV↔JV 10, 6, no size fit
    // (large/micro), 4 = 48; AZ side: JV 28 (its one JV sector), 1 of its 2 types answered 5, 6, 4
    // = 43; 2/(1/48+1/43) = 45.4
    name: 'joint-venture seekers in pharmaceuticals, sizes too far apart',
    viewer: pkPharmaJv,
    candidate: azChemicalsInvestor,
    score: 45,
    mutual: true,
    reasons: [
      { code: 'joint_venture_interest', params: { sectors: ['chemicals', 'pharmaceuticals'] } },
      { code: 'compatible_partnership', params: { pairs: [['joint_venture', 'joint_venture']] } },
      { code: 'common_language', params: { languages: ['en'] } },
      { code: 'verified', params: {} },
    ],
  },
  {
    // competitors: same sector, both export cotton, nobody buys: 12 + 6 + 5 + 4 = 27 each way
    name: 'two textile exporters are competitors, not partners',
    viewer: pkTextileExporter,
    candidate: azTextileExporter,
    score: 27,
    mutual: false,
    reasons: [
      { code: 'shared_sector', params: { sectors: ['textiles'] } },
      { code: 'common_language', params: { languages: ['en'] } },
      { code: 'size_fit', params: { viewer: 'small', candidate: 'small' } },
      { code: 'verified', params: {} },
    ],
  },
  {
    // nothing in common, no language: −2 + 5 each way; not substantive, so never recommended
    name: 'two empty profiles',
    viewer: buildProfile({ id: 'pk-empty', country: 'PK' }),
    candidate: buildProfile({ id: 'az-empty', country: 'AZ' }),
    score: 3,
    mutual: false,
    reasons: [
      { code: 'size_fit', params: { viewer: 'small', candidate: 'small' } },
      { code: 'interpreter_may_be_needed', params: {} },
    ],
  },
];

describe('scorePair, hand-written cases', () => {
  it.each(cases)('$name', ({ viewer, candidate, score, mutual, reasons }) => {
    expect(scorePair(viewer, candidate)).toMatchObject({ score, mutual, reasons });
  });

  it('a common language scores higher than none, all else equal', () => {
    const mute = scorePair(pkTextileExporter, { ...azTextileImporter, languages: ['az'] });
    const talking = scorePair(pkTextileExporter, azTextileImporter);
    expect(mute?.reasons.map((reason) => reason.code)).toContain('interpreter_may_be_needed');
    expect(talking?.reasons.map((reason) => reason.code)).not.toContain(
      'interpreter_may_be_needed',
    );
    expect(mute!.score).toBeLessThan(talking!.score);
  });

  it('duplicated and unsorted codes count once', () => {
    const messy: MatchProfile = {
      ...azTextileImporter,
      seeksHs: ['63', '52', '63', '52'],
      languages: ['en', 'en'],
    };
    const tidy: MatchProfile = { ...azTextileImporter, languages: ['en'] };
    expect(scorePair(pkTextileExporter, messy)).toEqual(scorePair(pkTextileExporter, tidy));
    expect(scorePair(messy, pkTextileExporter)).toEqual(scorePair(tidy, pkTextileExporter));
  });

  it('JV sectors count only for a firm that lists joint_venture', () => {
    const leftover = {
      ...azChemicalsInvestor,
      sectors: ['textiles' as const],
      partnershipTypes: ['investing' as const],
    };
    const codes = scorePair(pkPharmaJv, leftover)?.reasons.map((reason) => reason.code);
    expect(codes).not.toContain('joint_venture_interest');
    expect(scorePair(pkPharmaJv, leftover)?.substantive).toBe(false);
  });

  it('a JV sector of one firm that is the other’s sector is a JV fit, with or without its JV', () => {
    const noJvType = { ...azChemicalsInvestor, partnershipTypes: ['investing' as const] };
    const result = scorePair(pkPharmaJv, noJvType);
    expect(result?.reasons[0]).toEqual({
      code: 'joint_venture_interest',
      params: { sectors: ['chemicals'] },
    });
    // joint_venture finds no joint_venture to answer it: no partnership claim.
    expect(result?.reasons.map((reason) => reason.code)).not.toContain('compatible_partnership');
  });

  it('explains both sides: why they fit you and why you fit them', () => {
    const result = scorePair(pkTwoWayTrader, azFuelTrader);
    expect(result?.reasons.slice(0, 2).map((reason) => reason.code)).toEqual([
      'offers_what_you_seek',
      'seeks_what_you_offer',
    ]);
    // The AZ firm's side: the PK firm is pending, so no `verified` there.
    expect(result?.reasonsForThem.map((reason) => reason.code)).not.toContain('verified');
    expect(result?.reasonsForThem[0]).toEqual({
      code: 'offers_what_you_seek',
      params: { hs: ['52'] },
    });
  });
});

describe('isEligiblePair', () => {
  it.each([
    { name: 'PK and AZ', a: pkTextileExporter, b: azTextileImporter, eligible: true },
    { name: 'AZ and PK', a: azTextileImporter, b: pkTextileExporter, eligible: true },
    { name: 'two PK firms', a: pkTextileExporter, b: pkTwoWayTrader, eligible: false },
    { name: 'two AZ firms', a: azTextileImporter, b: azFuelTrader, eligible: false },
    { name: 'a firm and itself', a: pkTextileExporter, b: pkTextileExporter, eligible: false },
    {
      name: 'one id in two countries',
      a: pkTextileExporter,
      b: { ...azTextileImporter, id: pkTextileExporter.id },
      eligible: false,
    },
  ])('$name → $eligible', ({ a, b, eligible }) => {
    expect(isEligiblePair(a, b)).toBe(eligible);
    expect(scorePair(a, b) === null).toBe(!eligible);
  });
});

describe('combineDirections (harmonic mean, rounded)', () => {
  it.each([
    [100, 100, 100],
    [50, 50, 50],
    [90, 10, 18],
    [75, 90, 82],
    [100, 0, 0],
    [0, 0, 0],
  ])('%d and %d → %d', (viewerSide, candidateSide, expected) => {
    expect(combineDirections(viewerSide, candidateSide)).toBe(expected);
    expect(combineDirections(candidateSide, viewerSide)).toBe(expected);
  });
});

describe('scoreDirection', () => {
  it('gives the directional points the cases above are worked out with', () => {
    expect(scoreDirection(pkTextileExporter, azTextileImporter).points).toBeCloseTo(181 / 3, 10);
    expect(scoreDirection(azTextileImporter, pkTextileExporter).points).toBeCloseTo(72, 10);
    expect(scoreDirection(pkPharmaJv, azChemicalsInvestor).points).toBeCloseTo(48, 10);
    expect(scoreDirection(azChemicalsInvestor, pkPharmaJv).points).toBeCloseTo(43, 10);
  });

  it('reaches 100 for a perfect candidate', () => {
    const viewer = { ...pkPharmaJv, seeksHs: ['29'], sectors: ['chemicals' as const] };
    const candidate = {
      ...azChemicalsInvestor,
      offersHs: ['29'],
      jvSectors: ['chemicals' as const, 'pharmaceuticals' as const],
      sizeBand: 'large' as const,
    };
    expect(scoreDirection(viewer, candidate, DEFAULT_WEIGHTS).points).toBe(100);
  });
});
