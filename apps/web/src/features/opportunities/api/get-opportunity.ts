import type { OpportunityResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/opportunities/:id — 404 for one the caller may not read. */
export function getOpportunity(id: string, signal?: AbortSignal): Promise<OpportunityResponse> {
  return unwrap(api.GET('/api/opportunities/{id}', { params: { path: { id } }, signal }));
}

export const opportunityQuery = (id: string) =>
  queryOptions({
    queryKey: ['opportunities', 'one', id],
    queryFn: ({ signal }) => getOpportunity(id, signal),
  });

export function useOpportunity(id: string) {
  return useQuery(opportunityQuery(id));
}
