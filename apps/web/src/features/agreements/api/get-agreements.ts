import type { AgreementListItem, Page } from '@jcc/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/agreements — staff: every agreement; a member: its firm's, newest first. */
export function getAgreements(cursor: string | null, signal?: AbortSignal) {
  return unwrap<Page<AgreementListItem>>(
    api.GET('/api/agreements', {
      params: { query: { limit: 20, ...(cursor ? { cursor } : {}) } },
      signal,
    }),
  );
}

export function useAgreements() {
  return useInfiniteQuery({
    queryKey: ['agreements', 'list'],
    queryFn: ({ pageParam, signal }) => getAgreements(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}
