import type { AgreementsDashboard } from '@jcc/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface DashboardWindow {
  /** `YYYY-MM-DD`; `to` is exclusive. */
  from?: string;
  to?: string;
}

/** GET /api/agreements/dashboard — implementation, overdue commitments, the funnel (staff). */
export function getAgreementsDashboard(window: DashboardWindow, signal?: AbortSignal) {
  return unwrap<AgreementsDashboard>(
    api.GET('/api/agreements/dashboard', { params: { query: window }, signal }),
  );
}

export function useAgreementsDashboard(window: DashboardWindow) {
  return useQuery({
    queryKey: ['agreements', 'dashboard', window.from ?? null, window.to ?? null],
    queryFn: ({ signal }) => getAgreementsDashboard(window, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
