import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { downloadFrom } from '@/lib/download';
import type { StatsWindow } from './get-stats';

/** GET /api/stats.csv?from=&to= — the same figures as one CSV, a titled table per figure. */
export function downloadStatsCsv(window: StatsWindow): Promise<void> {
  return downloadFrom(
    api.GET('/api/stats.csv', {
      params: { query: window },
      parseAs: 'blob',
      headers: { Accept: 'text/csv' },
    }),
    'chamber-statistics.csv',
  );
}

export function useDownloadStatsCsv() {
  return useMutation({ mutationFn: downloadStatsCsv });
}
