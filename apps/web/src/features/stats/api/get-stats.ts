import type { StatsResponse } from '@jcc/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface StatsWindow {
  /** ISO instants; `to` is exclusive. */
  from?: string;
  to?: string;
}

/** GET /api/stats?from=&to= — the dashboard's figures, computed by SQL aggregates. */
export function getStats(window: StatsWindow, signal?: AbortSignal): Promise<StatsResponse> {
  return unwrap(api.GET('/api/stats', { params: { query: window }, signal }));
}

export const statsQuery = (window: StatsWindow) =>
  queryOptions({
    queryKey: ['stats', window.from ?? null, window.to ?? null],
    queryFn: ({ signal }) => getStats(window, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export function useStats(window: StatsWindow) {
  return useQuery(statsQuery(window));
}
