import type { DelegationResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/delegations/:id */
export function getDelegation(id: string, signal?: AbortSignal): Promise<DelegationResponse> {
  return unwrap(api.GET('/api/delegations/{id}', { params: { path: { id } }, signal }));
}

export const delegationQuery = (id: string) =>
  queryOptions({
    queryKey: ['delegations', 'detail', id],
    queryFn: ({ signal }) => getDelegation(id, signal),
  });

export function useDelegation(id: string) {
  return useQuery(delegationQuery(id));
}
