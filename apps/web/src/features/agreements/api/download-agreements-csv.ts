import { useMutation } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { downloadFrom } from '@/lib/download';
import type { DashboardWindow } from './get-agreements-dashboard';

/** GET /api/agreements/dashboard.csv — the funnel and the overdue list as CSV. */
export function downloadAgreementsCsv(window: DashboardWindow): Promise<void> {
  return downloadFrom(
    api.GET('/api/agreements/dashboard.csv', {
      params: { query: window },
      parseAs: 'blob',
      headers: { Accept: 'text/csv' },
    }),
    'agreements-follow-up.csv',
  );
}

export function useDownloadAgreementsCsv() {
  return useMutation({ mutationFn: downloadAgreementsCsv });
}
