import type { DelegationMemberResponse, DelegationMemberStatus } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * PATCH /api/delegations/:id/members/:companyId — staff set any status within capacity; a firm
 * confirms or declines its own invitation.
 */
export function setMemberStatus(
  id: string,
  companyId: string,
  status: DelegationMemberStatus,
): Promise<DelegationMemberResponse> {
  return unwrap(
    api.PATCH('/api/delegations/{id}/members/{companyId}', {
      params: { path: { id, companyId } },
      body: { status },
    }),
  );
}

export function useSetMemberStatus(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyId, status }: { companyId: string; status: DelegationMemberStatus }) =>
      setMemberStatus(id, companyId, status),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['delegations', id] });
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'detail', id] });
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'list'] });
    },
  });
}
