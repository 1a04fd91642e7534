import type { CompanyResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/companies/:id */
export function getCompany(id: string, signal?: AbortSignal): Promise<CompanyResponse> {
  return unwrap(api.GET('/api/companies/{id}', { params: { path: { id } }, signal }));
}

export const companyQuery = (id: string) =>
  queryOptions({
    queryKey: ['companies', 'detail', id],
    queryFn: ({ signal }) => getCompany(id, signal),
  });

export function useCompany(id: string | null | undefined) {
  return useQuery({ ...companyQuery(id ?? ''), enabled: Boolean(id) });
}
