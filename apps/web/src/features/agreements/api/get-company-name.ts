import type { CompanyResponse } from '@jcc/contracts';
import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/companies/:id — a party firm's name and country for the record form. */
export function useCompany(id: string | null) {
  return useQuery({
    queryKey: ['companies', 'detail', id],
    queryFn: ({ signal }) =>
      unwrap<CompanyResponse>(
        api.GET('/api/companies/{id}', { params: { path: { id: id as string } }, signal }),
      ),
    enabled: Boolean(id),
  });
}
