import type { DelegationResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type CreateDelegationBody =
  paths['/api/delegations']['post']['requestBody']['content']['application/json'];

/** POST /api/delegations — a new trade delegation (staff). */
export function createDelegation(body: CreateDelegationBody): Promise<DelegationResponse> {
  return unwrap(api.POST('/api/delegations', { body }));
}

export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDelegation,
    onSuccess: (delegation) => {
      queryClient.setQueryData(['delegations', 'detail', delegation.id], delegation);
      void queryClient.invalidateQueries({ queryKey: ['delegations', 'list'] });
    },
  });
}
