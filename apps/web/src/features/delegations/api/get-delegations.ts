import type { DelegationResponse, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * GET /api/delegations — staff: every delegation, latest start first. A member: those its firm
 * is on or may apply to, each with `myStatus`.
 */
export function getDelegations(
  query: { cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Page<DelegationResponse>> {
  return unwrap(api.GET('/api/delegations', { params: { query }, signal }));
}

export const delegationsQuery = () =>
  infiniteQueryOptions({
    queryKey: ['delegations', 'list'],
    queryFn: ({ pageParam, signal }) =>
      getDelegations({ limit: 20, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useDelegations() {
  return useInfiniteQuery(delegationsQuery());
}
