import type { DelegationMemberResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/delegations/:id/apply — the member's firm asks to join (status `applied`). */
export function applyToDelegation(id: string): Promise<DelegationMemberResponse> {
  return unwrap(api.POST('/api/delegations/{id}/apply', { params: { path: { id } } }));
}

export function useApplyToDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyToDelegation,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['delegations'] }),
  });
}
