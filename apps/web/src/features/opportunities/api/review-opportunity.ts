import type { OpportunityResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface ReviewInput {
  id: string;
  decision: 'publish' | 'refuse';
  reason?: string;
}

/** POST /api/opportunity-review/:id — staff publish, or refuse with a reason the firm reads. */
export function reviewOpportunity({ id, ...body }: ReviewInput): Promise<OpportunityResponse> {
  return unwrap(api.POST('/api/opportunity-review/{id}', { params: { path: { id } }, body }));
}

export function useReviewOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reviewOpportunity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}
