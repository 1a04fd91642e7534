import type { Page, VerificationQueueItem } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type QueueFilters = Omit<
  NonNullable<paths['/api/verification-queue']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

export const QUEUE_PAGE_SIZE = 20;

/** GET /api/verification-queue — pending firms, longest waiting first, with what changed. */
export function getVerificationQueue(
  query: QueueFilters & { cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Page<VerificationQueueItem>> {
  return unwrap(api.GET('/api/verification-queue', { params: { query }, signal }));
}

export const verificationQueueQuery = (filters: QueueFilters) =>
  infiniteQueryOptions({
    queryKey: ['verification-queue', filters],
    queryFn: ({ pageParam, signal }) =>
      getVerificationQueue(
        { ...filters, limit: QUEUE_PAGE_SIZE, cursor: pageParam ?? undefined },
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export function useVerificationQueue(filters: QueueFilters) {
  return useInfiniteQuery(verificationQueueQuery(filters));
}
