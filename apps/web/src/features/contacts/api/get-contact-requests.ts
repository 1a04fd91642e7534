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
