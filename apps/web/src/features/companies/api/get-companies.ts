import type { CompanyResponse, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type DirectoryFilters = NonNullable<paths['/api/companies']['get']['parameters']['query']>;

/** GET /api/companies — the public directory, filtered, searched, a page at a time. */
export function getCompanies(
  query: DirectoryFilters,
  signal?: AbortSignal,
): Promise<Page<CompanyResponse>> {
  return unwrap(api.GET('/api/companies', { params: { query }, signal }));
}

export const companiesQuery = (filters: DirectoryFilters) =>
  infiniteQueryOptions({
    queryKey: ['companies', 'list', filters],
    queryFn: ({ pageParam, signal }) =>
      getCompanies({ ...filters, limit: 20, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useCompanies(filters: DirectoryFilters) {
  return useInfiniteQuery(companiesQuery(filters));
}
