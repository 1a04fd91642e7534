import fc from 'fast-check';
import { DEFAULT_WEIGHTS } from '../weights';
import { combineDirections } from '../reciprocity';
import { rankCandidates } from '../rank-candidates';
import { scoreDirection } from '../score-direction';
import { scorePair } from '../score-pair';
import { jointVentureSectors } from '../components/joint-venture-fit';
import type { MatchProfile } from '../match-profile';
import {
  populationArb,
  profileFieldsArb,
  propertyRuns,
  weightsArb,
} from '../testing/profile-arbitraries';
import {
  findTopMatches,
  keyOf,
  ScoreMismatchError,
  type StageFetcher,
  type StageRow,
} from './find-top-matches';
import { comesAfter, compareRankKeys, type RankKey } from './rank-key';
import { planStages, type KeySet, type SearchStage } from './search-stages';

const shares = (left: readonly string[], right: readonly string[]) =>
  left.some((code) => right.includes(code));

/** The key semantics of match_profiles.keys (see the Matching migration), in TypeScript. */
function sharesKeys(set: KeySet, viewer: MatchProfile, partner: MatchProfile): boolean {
  const trade =
    shares(partner.offersHs, viewer.seeksHs) || shares(partner.seeksHs, viewer.offersHs);
  const jointVenture = jointVentureSectors(viewer, partner).length > 0;
  const sectors = shares(partner.sectors, viewer.sectors) || jointVenture;
  switch (set) {
    case 'trade':
      return trade;
    case 'jointVenture':
      return jointVenture;
    case 'sectors':
      return sectors;
    case 'overlap':
      return trade || sectors;
  }
}

/**
 * The viewer-side bound of match-score.sql.ts: the score if the partner's side were as high as
 * the stage allows.
 */
function viewerSideBound(viewer: MatchProfile, partner: MatchProfile, stage: SearchStage): number {
  const partnerSide = scoreDirection(partner, viewer).points;
  // The stage's bound of the partner's side must hold, or the query would skip firms wrongly.
  expect(partnerSide).toBeLessThanOrEqual(stage.candidateSideBound);
  return combineDirections(scoreDirection(viewer, partner).points, stage.candidateSideBound);
}

/**
 * What the stage query of match-candidates.repository.ts returns, over an in-memory population:
 * irregular firms carry a bound of 100 and every key set's key, the others their exact score.
 */
function fakeStages(
  viewer: MatchProfile,
  population: readonly MatchProfile[],
  irregular: ReadonlySet<string>,
  minScore: number,
  cursor: RankKey | null,
): { fetch: StageFetcher<MatchProfile>; calls: number[] } {
  const calls: number[] = [];
  const fetch: StageFetcher<MatchProfile> = ({ stage, after, limit, threshold }) => {
    calls.push(limit);
    const inSet = (set: KeySet, partner: MatchProfile) =>
      irregular.has(partner.id) || sharesKeys(set, viewer, partner);
    const key = (row: StageRow<MatchProfile>) => ({ score: row.bound, id: row.candidate.id });
    const rows = population
      .filter((partner) => partner.country !== viewer.country)
      .filter((partner) => stage.include.every((set) => inSet(set, partner)))
      .filter((partner) => !stage.exclude.some((set) => inSet(set, partner)))
      .filter(
        (partner) =>
          irregular.has(partner.id) || viewerSideBound(viewer, partner, stage) >= threshold,
      )
      .map((partner) => {
        const exact = !irregular.has(partner.id);
        return {
          candidate: partner,
          bound: exact ? scorePair(viewer, partner)!.score : 100,
          exact,
        };
      })
      .filter((row) => row.bound >= minScore)
      .filter((row) => !row.exact || comesAfter(key(row), cursor))
      .filter((row) => after === null || compareRankKeys(key(row), after) > 0)
      .sort((left, right) => compareRankKeys(key(left), key(right)))
      .slice(0, limit);
    return Promise.resolve(rows);
  };
  return { fetch, calls };
}

describe('planStages', () => {
  it('visits every firm that fits once, and no later stage holds a firm above an earlier bound', () => {
    let laterStagesSeen = 0;
    fc.assert(
      fc.property(
        profileFieldsArb,
        populationArb(40),
        weightsArb,
        (viewerFields, population, weights) => {
          const viewer: MatchProfile = { id: 'viewer', ...viewerFields };
          const stages = planStages(viewer, weights);
          for (const partner of population.filter((p) => p.country !== viewer.country)) {
            const holding = stages
              .map((stage, index) => ({ stage, index }))
              .filter(
                ({ stage }) =>
                  stage.include.every((set) => sharesKeys(set, viewer, partner)) &&
                  !stage.exclude.some((set) => sharesKeys(set, viewer, partner)),
              );
            const fits = scorePair(viewer, partner, weights)!.substantive;
            expect(holding.length).toBe(fits ? 1 : 0);
            if (holding.length === 0) {
              continue;
            }
            const { stage, index } = holding[0];
            expect(scoreDirection(partner, viewer, weights).points).toBeLessThanOrEqual(
              stage.candidateSideBound,
            );
            const score = scorePair(viewer, partner, weights)!.score;
            for (const earlier of stages.slice(0, index)) {
              laterStagesSeen += 1;
              expect(score).toBeLessThanOrEqual(earlier.boundAfter);
            }
          }
        },
      ),
      propertyRuns(300),
    );
    expect(laterStagesSeen).toBeGreaterThan(propertyRuns(300).numRuns / 3);
  });
});

describe('findTopMatches', () => {
  it('returns exactly what ranking every firm returns, page after page, whatever the stages hold', async () => {
    let stoppedEarly = 0;
    await fc.assert(
      fc.asyncProperty(
        profileFieldsArb,
        populationArb(60),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        async (viewerFields, population, count, minScore, irregularPercent) => {
          const viewer: MatchProfile = { id: 'viewer', ...viewerFields };
          const irregular = new Set(
            population
              .filter((_, index) => (index * 37) % 100 < irregularPercent / 5)
              .map((p) => p.id),
          );
          const everyone = rankCandidates(viewer, population, { minScore });
          let cursor: RankKey | null = null;
          // Walk three pages, as a client following nextCursor would.
          for (let page = 0; page < 3; page += 1) {
            const { fetch, calls } = fakeStages(viewer, population, irregular, minScore, cursor);
            const stages = planStages(viewer, DEFAULT_WEIGHTS);
            const found = await findTopMatches(
              viewer,
              stages,
              { count, minScore, cursor, accepts: () => true, weights: DEFAULT_WEIGHTS },
              fetch,
            );
            const expected = everyone
              .filter((match) => comesAfter(keyOf(match), cursor))
              .slice(0, count);
            expect(found).toEqual(expected);
            if (calls.length < stages.length) {
              stoppedEarly += 1;
            }
            if (found.length < count) {
              break;
            }
            cursor = keyOf(found[found.length - 1]);
          }
        },
      ),
      propertyRuns(400),
    );
    // The bounds must let the search stop before the last stage often, or the test proves little.
    expect(stoppedEarly).toBeGreaterThan(propertyRuns(400).numRuns / 10);
  });

  it('applies the filters exactly, also to firms the SQL could not filter', async () => {
    const viewer: MatchProfile = {
      id: 'viewer',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    };
    const partner = (id: string, sectors: MatchProfile['sectors']): MatchProfile => ({
      ...viewer,
      id,
      country: 'AZ',
      sectors,
      seeksHs: ['52'],
      offersHs: [],
      partnershipTypes: ['import'],
    });
    const population = [
      partner('a', ['textiles']),
      partner('b', ['food']),
      partner('c', ['food', 'textiles']),
    ];
    const { fetch } = fakeStages(viewer, population, new Set(['b', 'c']), 0, null);
    const found = await findTopMatches(
      viewer,
      planStages(viewer, DEFAULT_WEIGHTS),
      {
        count: 5,
        minScore: 0,
        cursor: null,
        accepts: (firm) => firm.sectors.includes('food'),
        weights: DEFAULT_WEIGHTS,
      },
      fetch,
    );
    expect(found.map((match) => match.candidate.id)).toEqual(['c', 'b']);
  });

  it('refuses an SQL score that differs from the library', async () => {
    const viewer: MatchProfile = {
      id: 'viewer',
      country: 'PK',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: [],
      partnershipTypes: ['export'],
      jvSectors: [],
      sizeBand: 'small',
      languages: ['en'],
      verification: 'verified',
    };
    const partner: MatchProfile = {
      ...viewer,
      id: 'az',
      country: 'AZ',
      offersHs: [],
      seeksHs: ['52'],
      partnershipTypes: ['import'],
    };
    const score = scorePair(viewer, partner)!.score;
    for (const bound of [score - 1, score + 1]) {
      const fetch: StageFetcher<MatchProfile> = () =>
        Promise.resolve([{ candidate: partner, bound, exact: true }]);
      await expect(
        findTopMatches(
          viewer,
          planStages(viewer, DEFAULT_WEIGHTS),
          { count: 2, minScore: 0, cursor: null, accepts: () => true, weights: DEFAULT_WEIGHTS },
          fetch,
        ),
      ).rejects.toBeInstanceOf(ScoreMismatchError);
    }
  });
});
