import type { ImportStatusResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** How often a running import's status is asked for. */
export const IMPORT_POLL_MS = 500;

export const isImportActive = (status: ImportStatusResponse | undefined) =>
  status === undefined || status.status === 'queued' || status.status === 'running';

/** GET /api/imports/:id — status, progress `{ done, total }` and outcome of one import. */
export function getImport(id: string, signal?: AbortSignal): Promise<ImportStatusResponse> {
  return unwrap(api.GET('/api/imports/{id}', { params: { path: { id } }, signal }));
}

export const importQuery = (id: string, pollMs = IMPORT_POLL_MS) =>
  queryOptions({
    queryKey: ['imports', 'detail', id],
    queryFn: ({ signal }) => getImport(id, signal),
    staleTime: 0,
    // Asked again every half second while the job runs; a finished import does not change.
    refetchInterval: (query) => (isImportActive(query.state.data) ? pollMs : false),
    refetchIntervalInBackground: true,
  });

export function useImport(id: string | null, pollMs?: number) {
  return useQuery({ ...importQuery(id ?? '', pollMs), enabled: Boolean(id) });
}
