import type { ImportRowOutcome, ImportRowResponse, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/imports/:id/rows?outcome= — the row-by-row report, in file order. */
export function getImportRows(
  id: string,
  query: { outcome?: ImportRowOutcome; cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Page<ImportRowResponse>> {
  return unwrap(api.GET('/api/imports/{id}/rows', { params: { path: { id }, query }, signal }));
}

export const importRowsQuery = (id: string, outcome: ImportRowOutcome) =>
  infiniteQueryOptions({
    queryKey: ['imports', 'rows', id, outcome],
    queryFn: ({ pageParam, signal }) =>
      getImportRows(id, { outcome, limit: 50, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: Infinity,
  });

export function useImportRows(id: string, outcome: ImportRowOutcome) {
  return useInfiniteQuery(importRowsQuery(id, outcome));
}
