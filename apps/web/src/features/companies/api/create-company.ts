import type { CompanyResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';
import { session } from '@/lib/session';

export type CreateCompanyBody =
  paths['/api/companies']['post']['requestBody']['content']['application/json'];

/** POST /api/companies — the signed-in member's firm, `pending` until staff verify it. */
export function createCompany(body: CreateCompanyBody): Promise<CompanyResponse> {
  return unwrap(api.POST('/api/companies', { body }));
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompany,
    onSuccess: (company) => {
      const { user } = session.getState();
      if (user) {
        session.setUser({ ...user, companyId: company.id });
      }
      queryClient.setQueryData(['companies', 'detail', company.id], company);
      void queryClient.invalidateQueries({ queryKey: ['companies', 'list'] });
    },
  });
}
