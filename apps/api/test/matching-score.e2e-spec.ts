import fc from 'fast-check';
import {
  HS_CHAPTER_CODES,
  LANGUAGE_CODES,
  PARTNERSHIP_TYPES,
  SECTOR_CODES,
  SIZE_BAND_CODES,
} from '@jcc/contracts';
import {
  DEFAULT_WEIGHTS,
  hasOverlap,
  planStages,
  scorePair,
  type MatchProfile,
  type MatchWeights,
  type SearchStage,
} from '@jcc/matching';
import { populationArb, weightsArb } from '@jcc/matching/testing';
import { MatchCandidatesRepository } from '../src/modules/matching/match-candidates.repository';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { insertFirm, loadFirms, type Firm } from './support/matching-fixtures';
import type { TestApp } from './support/test-app';

/*
 * The SQL score (match-score.sql.ts over match_profiles, kept by the Matching migration's
 * triggers) against libs/matching's scorePair, on random firms and weights: equal for every pair.
 * The search relies on it being an upper bound (never below), and on equality for regular firms.
 */
const everyone: SearchStage = {
  include: [],
  exclude: [],
  boundAfter: -Infinity,
  candidateSideBound: 100,
};

describe('matching: the SQL score is the library score', () => {
  let t: TestApp;
  let repository: MatchCandidatesRepository;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
    repository = t.app.get(MatchCandidatesRepository);
  });
  afterAll(() => t.close());

  /** SQL scores of the viewer with the firms of one stage (by default all), by firm id. */
  async function sqlScores(
    viewer: MatchProfile,
    weights: MatchWeights,
    { threshold = 0, stage = everyone }: { threshold?: number; stage?: SearchStage } = {},
  ) {
    const rows = await repository.inSearchSession((session) =>
      session.fetchStage({
        viewer,
        weights,
        stage,
        threshold,
        filters: { sectors: [], partnershipTypes: [] },
        minScore: 0,
        cursor: null,
        after: null,
        limit: 100_000,
      }),
    );
    return new Map(rows.map((row) => [row.candidate.id, row]));
  }

  async function expectSameScores(
    firms: readonly Firm[],
    viewers: readonly Firm[],
    weights: MatchWeights,
  ) {
    for (const viewer of viewers) {
      // match_profiles holds listed firms only (VerifiedMarketplace migration).
      const partners = firms.filter(
        (firm) => firm.country !== viewer.country && firm.verification === 'verified',
      );
      const expected = new Map(
        partners.map((partner) => [partner.id, scorePair(viewer, partner, weights)!.score]),
      );
      const sql = await sqlScores(viewer, weights);
      expect([...sql.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [id, row] of sql) {
        expect({ pair: [viewer.id, id], score: row.bound, exact: row.exact }).toEqual({
          pair: [viewer.id, id],
          score: expected.get(id),
          exact: true,
        });
      }
      // The stages share no firm and miss none that fits on something substantive (the others are
      // never recommended); each scores its firms right, though it leaves out the overlaps its
      // firms cannot have.
      const staged = new Map<string, number>();
      for (const stage of planStages(viewer, weights)) {
        const inStage = await sqlScores(viewer, weights, { stage });
        for (const [id, row] of inStage) {
          expect(staged.has(id)).toBe(false);
          staged.set(id, row.bound);
        }
        // A stage's threshold uses its bound of the partner's side: it skips no firm that reaches it.
        const threshold = 35; // between the bounds of a sector-only fit and a JV fit
        const kept = await sqlScores(viewer, weights, { stage, threshold });
        const missed = [...inStage].filter(([id, row]) => row.bound >= threshold && !kept.has(id));
        expect(missed).toEqual([]);
      }
      const fitting = new Map(
        partners
          .filter((partner) => hasOverlap(viewer, partner))
          .map((partner) => [partner.id, expected.get(partner.id)]),
      );
      expect(staged).toEqual(fitting);
      // The threshold skips firms by their viewer-side bound: never one that reaches it.
      for (const threshold of [25, 50, 75]) {
        const kept = await sqlScores(viewer, weights, { threshold });
        const missed = [...expected].filter(([id, score]) => score >= threshold && !kept.has(id));
        expect(missed).toEqual([]);
      }
    }
  }

  it('equals scorePair for every pair of random firms, with the default and random weights', async () => {
    await fc.assert(
      fc.asyncProperty(populationArb(50), weightsArb, async (population, weights) => {
        const inserted = await Promise.all(
          population.map(({ id: _id, ...profile }) => insertFirm(t.db, profile)),
        );
        const firms = await loadFirms(t.db);
        await expectSameScores(firms, inserted, DEFAULT_WEIGHTS);
        await expectSameScores(firms, inserted.slice(0, 10), weights);
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('keeps match profiles in step with updates: an unverified firm leaves, an edited one is rescored', async () => {
    const viewer = await insertFirm(t.db, {
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    });
    const partner = await insertFirm(t.db, {
      country: 'AZ',
      sectors: ['food'],
      offersHs: [],
      seeksHs: ['10'],
      partnershipTypes: ['import'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['az'],
      verification: 'verified',
    });
    await t.db.query(`UPDATE companies SET seeks_hs = '{52}', languages = '{en}' WHERE id = $1`, [
      partner.id,
    ]);
    const edited = { ...partner, seeksHs: ['52'], languages: ['en' as const] };
    expect((await sqlScores(viewer, DEFAULT_WEIGHTS)).get(partner.id)!.bound).toBe(
      scorePair(viewer, edited)!.score,
    );
    await t.db.query(`UPDATE companies SET verification = 'rejected' WHERE id = $1`, [partner.id]);
    expect((await sqlScores(viewer, DEFAULT_WEIGHTS)).has(partner.id)).toBe(false);
    await t.db.query(`UPDATE companies SET verification = 'pending' WHERE id = $1`, [partner.id]);
    expect((await sqlScores(viewer, DEFAULT_WEIGHTS)).has(partner.id)).toBe(false);
    await t.db.query(`UPDATE companies SET verification = 'verified' WHERE id = $1`, [partner.id]);
    expect((await sqlScores(viewer, DEFAULT_WEIGHTS)).has(partner.id)).toBe(true);
    await t.db.query(`DELETE FROM companies WHERE id = $1`, [partner.id]);
    expect((await sqlScores(viewer, DEFAULT_WEIGHTS)).has(partner.id)).toBe(false);
  });

  it('knows every code of the contracts, each on its own bit, in the matcher’s size order', async () => {
    const bits = async (fn: string, codes: readonly string[]) =>
      (
        await t.db.query<{ bits: string }[]>(
          `SELECT ${fn}(ARRAY[code])::text AS bits FROM unnest($1::text[]) AS code`,
          [codes],
        )
      ).map((row) => row.bits);
    for (const [fn, codes] of [
      ['matching_sector_bits', SECTOR_CODES],
      ['matching_partnership_bits', PARTNERSHIP_TYPES],
      ['matching_language_bits', LANGUAGE_CODES],
      ['matching_hs_bits', HS_CHAPTER_CODES],
    ] as const) {
      const found = await bits(fn, codes);
      expect(found.every((value) => value.includes('1'))).toBe(true);
      expect(new Set(found).size).toBe(codes.length);
    }
    const [{ ranks }] = await t.db.query<{ ranks: number[] }[]>(
      `SELECT array_agg(matching_size_rank(band) ORDER BY n) AS ranks FROM unnest($1::text[]) WITH ORDINALITY AS b (band, n)`,
      [SIZE_BAND_CODES],
    );
    expect(ranks).toEqual(SIZE_BAND_CODES.map((_, index) => index));
  });
});
