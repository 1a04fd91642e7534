import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { downloadFrom } from '@/lib/download';

export type ExportFormat = 'csv' | 'pdf';

/**
 * GET /api/delegations/:id/export.csv | .pdf — the list for a ministry: names, sectors, products,
 * contacts. The API streams it; the bearer token is needed, so it is fetched and then saved.
 */
export function exportDelegation(id: string, format: ExportFormat): Promise<void> {
  const params = { path: { id } };
  const call =
    format === 'csv'
      ? api.GET('/api/delegations/{id}/export.csv', {
          params,
          parseAs: 'blob',
          headers: { Accept: 'text/csv' },
        })
      : api.GET('/api/delegations/{id}/export.pdf', {
          params,
          parseAs: 'blob',
          headers: { Accept: 'application/pdf' },
        });
  return downloadFrom(call, `delegation-${id.slice(0, 8)}.${format}`);
}

export function useExportDelegation(id: string) {
  return useMutation({ mutationFn: (format: ExportFormat) => exportDelegation(id, format) });
}
