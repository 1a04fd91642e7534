import type { DelegationCandidate, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * GET /api/delegations/:id/candidates?limit= — home-country firms not yet on the list, ranked
 * by fit (sector fit and their best match score in the host country), with the reasons.
 */
export function getDelegationCandidates(
  id: string,
  limit: number,
  signal?: AbortSignal,
): Promise<Page<DelegationCandidate>> {
  return unwrap(
    api.GET('/api/delegations/{id}/candidates', {
      params: { path: { id }, query: { limit } },
      signal,
    }),
  );
}

export const delegationCandidatesQuery = (id: string, limit: number) =>
  queryOptions({
    queryKey: ['delegations', id, 'candidates', limit],
    queryFn: ({ signal }) => getDelegationCandidates(id, limit, signal),
    staleTime: 60_000,
  });

export function useDelegationCandidates(id: string, limit: number) {
  return useQuery(delegationCandidatesQuery(id, limit));
}
