import type { Client } from 'pg';
import {
  DEFAULT_WEIGHTS,
  findTopMatches,
  planStages,
  upperBoundWithoutTrade,
  type MatchProfile,
  type SearchStage,
} from '@jcc/matching';
import { DEFAULT_PAGE_SIZE } from '../../src/common/pagination/cursor';
import {
  stageQuery,
  toStageRows,
  type StageRecord,
} from '../../src/modules/matching/match-candidates.repository';

export interface SearchTiming {
  /** Milliseconds of the whole search: the stage queries and the library's rescoring. */
  ms: number;
  /** Milliseconds spent in the stage queries alone (the rest is rescoring and bookkeeping). */
  sqlMs: number;
  /** How many stage queries the search ran (1: trade partners were enough). */
  queries: number;
}

/** The default first page of GET /api/matches, no filters. */
export const DEFAULT_PAGE_QUERY = {
  count: DEFAULT_PAGE_SIZE + 1,
  minScore: 0,
  cursor: null,
  accepts: () => true,
  weights: DEFAULT_WEIGHTS,
};

/**
 * The staged search of GET /api/matches (default page, no filters) for one firm, without HTTP,
 * authentication or the response: the same stage queries the API runs, sent straight to Postgres
 * by a pg client, and the same rescoring of every row by libs/matching between them. Timed as a
 * whole, and the queries alone.
 */
export async function timeStagedSearch(
  client: Client,
  viewer: MatchProfile,
  stages: readonly SearchStage[] = planStages(viewer, DEFAULT_WEIGHTS),
): Promise<SearchTiming> {
  let sqlMs = 0;
  let queries = 0;
  const start = performance.now();
  await findTopMatches(viewer, stages, DEFAULT_PAGE_QUERY, async (request) => {
    const { text, values } = stageQuery({
      ...request,
      viewer,
      weights: DEFAULT_WEIGHTS,
      filters: { sectors: [], partnershipTypes: [] },
      minScore: 0,
      cursor: null,
    });
    const queryStart = performance.now();
    const { rows } = await client.query<StageRecord>(text, values);
    sqlMs += performance.now() - queryStart;
    queries += 1;
    return toStageRows(rows);
  });
  return { ms: performance.now() - start, sqlMs, queries };
}

/**
 * The plan before the joint-venture stage (one stage for every firm sharing a sector or a joint
 * venture and no trade, partner side bounded by 100), kept so that `--compare-plans` can time both
 * plans on the same firms, interleaved: on a shared machine that is the only fair comparison.
 */
export function singleSectorStagePlan(viewer: MatchProfile): SearchStage[] {
  const sectors: SearchStage = {
    include: ['sectors'],
    exclude: [],
    boundAfter: -Infinity,
    candidateSideBound: 100,
  };
  if (viewer.offersHs.length === 0 && viewer.seeksHs.length === 0) {
    return [sectors];
  }
  return [
    {
      include: ['trade'],
      exclude: [],
      boundAfter: upperBoundWithoutTrade(viewer, DEFAULT_WEIGHTS),
      candidateSideBound: 100,
    },
    { ...sectors, exclude: ['trade'] },
  ];
}
