import type { CompanyResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type UpdateCompanyBody =
  paths['/api/companies/{id}']['patch']['requestBody']['content']['application/json'];

/** PATCH /api/companies/:id — only the fields that changed. */
export function updateCompany(id: string, body: UpdateCompanyBody): Promise<CompanyResponse> {
  return unwrap(api.PATCH('/api/companies/{id}', { params: { path: { id } }, body }));
}

export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCompanyBody) => updateCompany(id, body),
    onSuccess: (company) => {
      queryClient.setQueryData(['companies', 'detail', id], company);
      void queryClient.invalidateQueries({ queryKey: ['companies', 'list'] });
    },
  });
}
