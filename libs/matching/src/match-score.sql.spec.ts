import {
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
} from '@jcc/contracts';
import fc from 'fast-check';
import { jointVentureSectors, wantedJvSectors } from './components/joint-venture-fit';
import type { MatchProfile } from './match-profile';
import { type KnownDisjoint, matchScoreSql } from './match-score.sql';
import { combineDirections } from './reciprocity';
import { scoreDirection } from './score-direction';
import { scorePair } from './score-pair';
import { SqlParameters } from './sql-parameters';
import { buildProfile } from './testing';
import { eligiblePairArb, weightsArb } from './testing/profile-arbitraries';
import { DEFAULT_WEIGHTS, type MatchWeights } from './weights';

/*
 * matchScoreSql's text, evaluated here without Postgres: a small interpreter for exactly the SQL
 * the builder writes (least/greatest, CASE, nullif/coalesce, bit strings as BigInt, the Matching
 * migration's matching_*_bits functions and match_profiles columns), so that the library checks
 * its own SQL twin against scorePair on every run. apps/api/test/matching-score.e2e-spec.ts runs
 * the same text in real Postgres; this spec only needs to be faithful for that text.
 */

const bits = (vocabulary: readonly string[]) => (codes: readonly string[]) =>
  codes.reduce((set, code) => {
    const i = vocabulary.indexOf(code);
    return i === -1 ? set : set | (1n << BigInt(i));
  }, 0n);
const hsBits = bits(HS_CHAPTER_CODES);
const sectorBits = bits(SECTOR_CODES);
const distinct = (codes: readonly string[]) => new Set(codes).size;

/** The match_profiles row the migration keeps for a (regular) firm. */
function profileRow(firm: MatchProfile, regular = true) {
  return {
    regular,
    verified: firm.verification === 'verified',
    size_rank: SIZE_BAND_CODES.indexOf(firm.sizeBand),
    trade_sides: Number(firm.seeksHs.length > 0) + Number(firm.offersHs.length > 0),
    n_offers: distinct(firm.offersHs),
    n_seeks: distinct(firm.seeksHs),
    n_sectors: distinct(firm.sectors),
    n_types: distinct(firm.partnershipTypes),
    offers: hsBits(firm.offersHs),
    seeks: hsBits(firm.seeksHs),
    sectors: sectorBits(firm.sectors),
    jv_sectors: sectorBits(wantedJvSectors(firm)),
    partnership_types: bits(PARTNERSHIP_TYPES)(firm.partnershipTypes),
    languages: bits(LANGUAGE_CODES)(firm.languages),
  };
}

const SQL_FUNCTIONS = {
  least: Math.min,
  greatest: Math.max,
  floor: Math.floor,
  abs: Math.abs,
  // NULL propagates through arithmetic as NaN does; coalesce turns it back into a value.
  nullif: (value: number, nullValue: number) => (value === nullValue ? NaN : value),
  coalesce: (value: number, fallback: number) => (Number.isNaN(value) ? fallback : value),
  bit_count: (set: bigint) => set.toString(2).replaceAll('0', '').length,
  matching_hs_bits: hsBits,
  matching_sector_bits: sectorBits,
  matching_language_bits: bits(LANGUAGE_CODES),
  matching_partnership_bits: bits(PARTNERSHIP_TYPES),
  matching_size_rank: (band: string) => SIZE_BAND_CODES.indexOf(band as never),
};

/** Evaluates the builder's SQL expression for one row. */
function evaluate(
  sql: string,
  values: readonly unknown[],
  row: ReturnType<typeof profileRow>,
): number {
  const js = sql
    .replace(/\$(\d+)::[a-z0-9[\]]+/g, (_, n: string) => `$p[${Number(n) - 1}]`)
    .replace(/\bc\.(\w+)/g, '$row.$1')
    .replace(/\)::int\b/g, ')*1')
    .replaceAll('::float8', '')
    .replace(/\bCASE WHEN\b/g, '')
    .replace(/\bTHEN\b/g, '?')
    .replace(/\bELSE\b/g, ':')
    .replace(/\bEND\b/g, '');
  expect(js).not.toMatch(/::|\$\d/);
  const names = Object.keys(SQL_FUNCTIONS);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the interpreter of this spec
  const run = new Function('$p', '$row', ...names, `return ${js};`) as (
    ...args: unknown[]
  ) => number;
  return run(values, row, ...Object.values(SQL_FUNCTIONS));
}

function placeholdersIn(sql: string): Set<number> {
  return new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
}

/** What the pair truly does not share: the facts a stage may pass as KnownDisjoint. */
function trueDisjoint(viewer: MatchProfile, candidate: MatchProfile): KnownDisjoint {
  const meets = (x: readonly string[], y: readonly string[]) => x.some((code) => y.includes(code));
  return {
    trade: !meets(viewer.offersHs, candidate.seeksHs) && !meets(viewer.seeksHs, candidate.offersHs),
    sectors: !meets(viewer.sectors, candidate.sectors),
    jointVenture: jointVentureSectors(viewer, candidate).length === 0,
  };
}

function sqlScore(
  viewer: MatchProfile,
  candidate: MatchProfile,
  weights: MatchWeights,
  disjoint?: KnownDisjoint,
  candidateSideBound?: number,
) {
  const params = new SqlParameters();
  const sql = matchScoreSql(viewer, weights, params, disjoint, candidateSideBound);
  const score = sql.score;
  const scoreValues = [...params.values];
  // Every placeholder added so far appears in the score, and no other.
  expect(placeholdersIn(score)).toEqual(new Set(scoreValues.map((_, i) => i + 1)));
  const bound = sql.viewerSideBound();
  const boundPlaceholders = placeholdersIn(bound);
  for (let n = scoreValues.length + 1; n <= params.values.length; n++) {
    expect(boundPlaceholders.has(n)).toBe(true);
  }
  const row = profileRow(candidate);
  return {
    score: evaluate(score, params.values, row),
    bound: evaluate(bound, params.values, row),
    irregular: evaluate(score, params.values, profileRow(candidate, false)),
  };
}

// Cheap (no database), so more runs than PROPERTY_RUNS even in the mutation run: the JV and
// disjoint branches need pairs that share the right codes.
const RUNS = { numRuns: 150 };

describe('matchScoreSql, evaluated', () => {
  it('equals scorePair, and the viewer-side bound combines the viewer side with 100', () => {
    fc.assert(
      fc.property(
        eligiblePairArb,
        fc.boolean(),
        weightsArb,
        ([viewer, candidate], byDefault, random) => {
          const weights = byDefault ? DEFAULT_WEIGHTS : random;
          const sql = sqlScore(viewer, candidate, weights);
          expect(sql.score).toBe(scorePair(viewer, candidate, weights)?.score);
          expect(sql.bound).toBe(
            combineDirections(scoreDirection(viewer, candidate, weights).points, 100),
          );
          expect(sql.irregular).toBe(100);
        },
      ),
      RUNS,
    );
  });

  it('still equals scorePair when told what the pair does not share, and bounds with the stage bound', () => {
    fc.assert(
      fc.property(
        eligiblePairArb,
        fc.record({ trade: fc.boolean(), sectors: fc.boolean(), jointVenture: fc.boolean() }),
        fc.integer({ min: 0, max: 99 }),
        ([viewer, candidate], use, candidateSideBound) => {
          const facts = trueDisjoint(viewer, candidate);
          const disjoint: KnownDisjoint = {
            trade: use.trade && facts.trade,
            sectors: use.sectors && facts.sectors,
            jointVenture: use.jointVenture && facts.jointVenture,
          };
          const sql = sqlScore(viewer, candidate, DEFAULT_WEIGHTS, disjoint, candidateSideBound);
          expect(sql.score).toBe(scorePair(viewer, candidate)?.score);
          expect(sql.bound).toBe(
            combineDirections(scoreDirection(viewer, candidate).points, candidateSideBound),
          );
        },
      ),
      RUNS,
    );
  });

  it('scores a worked pair: textiles buyer and seller with a shared JV sector', () => {
    const viewer = buildProfile({
      id: 'pk',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52', '61'],
      seeksHs: ['84'],
      partnershipTypes: ['export', 'joint_venture'],
      jvSectors: ['textiles', 'energy'],
      sizeBand: 'medium',
      languages: ['en', 'ur'],
      verification: 'verified',
    });
    const candidate = buildProfile({
      id: 'az',
      country: 'AZ',
      sectors: ['textiles', 'energy'],
      offersHs: ['84'],
      seeksHs: ['52'],
      partnershipTypes: ['import', 'joint_venture'],
      jvSectors: ['energy'],
      sizeBand: 'large',
      languages: ['en', 'az'],
      verification: 'pending',
    });
    const expected = scorePair(viewer, candidate)?.score;
    expect(sqlScore(viewer, candidate, DEFAULT_WEIGHTS).score).toBe(expected);
    expect(sqlScore(candidate, viewer, DEFAULT_WEIGHTS).score).toBe(expected);
  });
});
