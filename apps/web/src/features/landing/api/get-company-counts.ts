import type { CompanyCountsResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/**
 * GET /api/companies/counts — public figures: firms in total, by country, and by sector and
 * country (rejected firms left out), counted by the database.
 */
export function getCompanyCounts(signal?: AbortSignal): Promise<CompanyCountsResponse> {
  return unwrap(api.GET('/api/companies/counts', { signal }));
}

export const companyCountsQuery = () =>
  queryOptions({
    queryKey: ['companies', 'counts'],
    queryFn: ({ signal }) => getCompanyCounts(signal),
    staleTime: 5 * 60_000,
  });

export function useCompanyCounts() {
  return useQuery(companyCountsQuery());
}
