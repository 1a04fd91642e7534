import type { DelegationResponse, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { withOfflineCopy } from '@/lib/offline-copy';

/** The first page is kept offline: a firm finds its visit (and its programme) in the hall. */
export const DELEGATIONS_COPY = 'delegations.list';

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
    queryFn: ({ pageParam, signal }) => {
      const load = () => getDelegations({ limit: 20, cursor: pageParam ?? undefined }, signal);
      return pageParam ? load() : withOfflineCopy(DELEGATIONS_COPY, load);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useDelegations() {
  return useInfiniteQuery(delegationsQuery());
}
