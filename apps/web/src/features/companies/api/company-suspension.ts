import type { CompanyResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { companyQuery } from './get-company';

/** POST /api/companies/:id/suspension (staff) — DELETE reinstates. */
export function useCompanySuspension(companyId: string) {
  const queryClient = useQueryClient();
  const store = (company: CompanyResponse) => {
    queryClient.setQueryData(companyQuery(companyId).queryKey, company);
    // Directory pages and counts change too (a suspended firm is not listed).
    void queryClient.invalidateQueries({ queryKey: ['companies'], refetchType: 'none' });
  };
  const path = { params: { path: { id: companyId } } };
  const suspend = useMutation({
    mutationFn: (reason: string) =>
      unwrap<CompanyResponse>(
        api.POST('/api/companies/{id}/suspension', { ...path, body: { reason } }),
      ),
    onSuccess: store,
  });
  const reinstate = useMutation({
    mutationFn: () => unwrap<CompanyResponse>(api.DELETE('/api/companies/{id}/suspension', path)),
    onSuccess: store,
  });
  return { suspend, reinstate };
}
