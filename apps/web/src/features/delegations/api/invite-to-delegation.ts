import type { DelegationMemberResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/delegations/:id/members — invited, or waitlisted when every seat is taken. */
export function inviteToDelegation(
  id: string,
  companyId: string,
): Promise<DelegationMemberResponse> {
  return unwrap(
    api.POST('/api/delegations/{id}/members', { params: { path: { id } }, body: { companyId } }),
  );
}

export function useInviteToDelegation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (companyId: string) => inviteToDelegation(id, companyId),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['delegations', id] });
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'detail', id] });
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'list'] });
    },
  });
}
