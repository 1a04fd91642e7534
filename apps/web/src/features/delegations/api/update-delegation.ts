import type { DelegationResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type UpdateDelegationBody =
  paths['/api/delegations/{id}']['patch']['requestBody']['content']['application/json'];

/** PATCH /api/delegations/:id — only the fields that changed (staff). */
export function updateDelegation(
  id: string,
  body: UpdateDelegationBody,
): Promise<DelegationResponse> {
  return unwrap(api.PATCH('/api/delegations/{id}', { params: { path: { id } }, body }));
}

export function useUpdateDelegation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDelegationBody) => updateDelegation(id, body),
    onSuccess: (delegation) => {
      queryClient.setQueryData(['delegations', 'detail', id], delegation);
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['delegations', id] });
    },
  });
}
