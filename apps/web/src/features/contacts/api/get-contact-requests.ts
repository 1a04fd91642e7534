import type { ContactRequestResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export type Box = 'in' | 'out';

/** GET /api/contact-requests?box=in|out */
export function getContactRequests(
  box: Box,
  signal?: AbortSignal,
): Promise<Page<ContactRequestResponse>> {
  return unwrap(
    api.GET('/api/contact-requests', { params: { query: { box, limit: 100 } }, signal }),
  );
}

export const contactRequestsQuery = (box: Box) =>
  queryOptions({
    queryKey: ['contact-requests', box],
    queryFn: ({ signal }) => getContactRequests(box, signal),
  });

export function useContactRequests(box: Box) {
  return useQuery(contactRequestsQuery(box));
}

/**
 * How many requests wait for this firm's answer, for the menu's count. It follows
 * `contact-request:changed` (useLiveContactRequests) at once; requests also expire after
 * CHAT_LIMITS.contactRequestTtlDays, which no event announces, so a slow poll and focus catch that.
 */
export function usePendingRequestCount(enabled: boolean): number {
  const incoming = useQuery({
    ...contactRequestsQuery('in'),
    enabled,
    refetchInterval: 10 * 60_000,
    refetchOnWindowFocus: true,
  });
  const now = Date.now();
  return (
    incoming.data?.items.filter(
      (request) => request.status === 'pending' && Date.parse(request.expiresAt) > now,
    ).length ?? 0
  );
}
