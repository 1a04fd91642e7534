import type { OpportunityResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/opportunities/mine — the firm's own, every state. */
export function getMyOpportunities(signal?: AbortSignal): Promise<Page<OpportunityResponse>> {
  return unwrap(api.GET('/api/opportunities/mine', { params: { query: { limit: 100 } }, signal }));
}

export const myOpportunitiesQuery = () =>
  queryOptions({
    queryKey: ['opportunities', 'mine'],
    queryFn: ({ signal }) => getMyOpportunities(signal),
  });

export function useMyOpportunities() {
  return useQuery(myOpportunitiesQuery());
}
