import type { OpportunityResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/opportunities/:id/submit — a draft or a refused one goes to staff review. */
export function submitOpportunity(id: string): Promise<OpportunityResponse> {
  return unwrap(api.POST('/api/opportunities/{id}/submit', { params: { path: { id } } }));
}

export function useSubmitOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitOpportunity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}
