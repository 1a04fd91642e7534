import type { ImportStatusResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/imports — recent imports, newest first. */
export function getImports(
  limit: number,
  signal?: AbortSignal,
): Promise<Page<ImportStatusResponse>> {
  return unwrap(api.GET('/api/imports', { params: { query: { limit } }, signal }));
}

export const importsQuery = (limit = 10) =>
  queryOptions({
    queryKey: ['imports', 'list', limit],
    queryFn: ({ signal }) => getImports(limit, signal),
    staleTime: 0,
  });

export function useImports(limit?: number) {
  return useQuery(importsQuery(limit));
}
