import type { Client } from 'pg';
import { DEFAULT_WEIGHTS, findTopMatches, planStages, type MatchProfile } from '@jcc/matching';
import { DEFAULT_PAGE_SIZE } from '../../src/common/pagination/cursor';
import {
  stageQuery,
  toStageRows,
  type StageRecord,
} from '../../src/modules/matching/match-candidates.repository';

export interface CandidateSqlTiming {
  /** Milliseconds spent in the candidate queries alone. */
  ms: number;
  /** How many stage queries the search ran (1: trade partners were enough). */
  queries: number;
}

/**
 * The candidate SQL of GET /api/matches (default page, no filters) for one firm, timed alone: the
 * same stage queries the API runs, sent straight to Postgres by a pg client. The library's
 * rescoring between stages runs as in the API (it decides whether a next stage is needed) but is
 * not timed.
 */
export async function timeCandidateSql(
  client: Client,
  viewer: MatchProfile,
): Promise<CandidateSqlTiming> {
  let ms = 0;
  let queries = 0;
  const query = {
    count: DEFAULT_PAGE_SIZE + 1,
    minScore: 0,
    cursor: null,
    accepts: () => true,
    weights: DEFAULT_WEIGHTS,
  };
  await findTopMatches(viewer, planStages(viewer, DEFAULT_WEIGHTS), query, async (request) => {
    const { text, values } = stageQuery({
      ...request,
      viewer,
      weights: DEFAULT_WEIGHTS,
      filters: { sectors: [], partnershipTypes: [] },
      minScore: 0,
      cursor: null,
    });
    const start = performance.now();
    const { rows } = await client.query<StageRecord>(text, values);
    ms += performance.now() - start;
    queries += 1;
    return toStageRows(rows);
  });
  return { ms, queries };
}
