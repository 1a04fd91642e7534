import type { OpportunityResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/opportunity-review — staff: submitted ones, longest waiting first. */
export function getReviewQueue(signal?: AbortSignal): Promise<Page<OpportunityResponse>> {
  return unwrap(api.GET('/api/opportunity-review', { params: { query: { limit: 100 } }, signal }));
}

export const reviewQueueQuery = () =>
  queryOptions({
    queryKey: ['opportunities', 'review'],
    queryFn: ({ signal }) => getReviewQueue(signal),
  });

export function useReviewQueue() {
  return useQuery(reviewQueueQuery());
}
