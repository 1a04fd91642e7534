import type { DelegationMemberResponse, DelegationMemberStatus, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/delegations/:id/members?status= — the list by firm name (staff: every row). */
export function getDelegationMembers(
  id: string,
  query: { status?: DelegationMemberStatus[]; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Page<DelegationMemberResponse>> {
  return unwrap(
    api.GET('/api/delegations/{id}/members', { params: { path: { id }, query }, signal }),
  );
}

export const delegationMembersQuery = (id: string, status: DelegationMemberStatus[]) =>
  infiniteQueryOptions({
    queryKey: ['delegations', id, 'members', status],
    queryFn: ({ pageParam, signal }) =>
      getDelegationMembers(
        id,
        { ...(status.length > 0 ? { status } : {}), limit: 50, cursor: pageParam ?? undefined },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useDelegationMembers(id: string, status: DelegationMemberStatus[] = []) {
  return useInfiniteQuery(delegationMembersQuery(id, status));
}
