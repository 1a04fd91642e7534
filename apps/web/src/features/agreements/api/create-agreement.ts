import type { AgreementResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type CreateAgreementBody =
  paths['/api/agreements']['post']['requestBody']['content']['application/json'];

/** POST /api/agreements — record an agreement (a party firm, or staff). */
export function createAgreement(body: CreateAgreementBody): Promise<AgreementResponse> {
  return unwrap<AgreementResponse>(api.POST('/api/agreements', { body }));
}

export function useCreateAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: (agreement) => {
      queryClient.setQueryData(['agreements', 'detail', agreement.id], agreement);
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}
