import type { OpportunityResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/opportunities/:id/close — its firm or staff take it off for good. */
export function closeOpportunity(id: string): Promise<OpportunityResponse> {
  return unwrap(api.POST('/api/opportunities/{id}/close', { params: { path: { id } } }));
}

export function useCloseOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: closeOpportunity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}
