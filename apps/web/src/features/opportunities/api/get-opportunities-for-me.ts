import type { OpportunityForMe } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/opportunities/for-me — open ones of the other country that fit the firm's profile. */
export function getOpportunitiesForMe(
  limit: number,
  signal?: AbortSignal,
): Promise<{ items: OpportunityForMe[] }> {
  return unwrap(api.GET('/api/opportunities/for-me', { params: { query: { limit } }, signal }));
}

export const opportunitiesForMeQuery = (limit: number) =>
  queryOptions({
    queryKey: ['opportunities', 'for-me', limit],
    queryFn: ({ signal }) => getOpportunitiesForMe(limit, signal),
  });

export function useOpportunitiesForMe(limit = 5) {
  return useQuery(opportunitiesForMeQuery(limit));
}
