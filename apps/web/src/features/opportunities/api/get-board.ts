import type {
  Country,
  HsChapterCode,
  OpportunityKind,
  OpportunityResponse,
  Page,
  SectorCode,
} from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface BoardFilters {
  kind?: OpportunityKind;
  sector?: SectorCode;
  hs?: HsChapterCode;
  country?: Country;
  q?: string;
}

/** GET /api/opportunities — the board, keyset-paged. */
export function getBoard(
  filters: BoardFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
): Promise<Page<OpportunityResponse>> {
  return unwrap(
    api.GET('/api/opportunities', {
      params: { query: { ...filters, cursor, limit: 20 } },
      signal,
    }),
  );
}

export const boardQuery = (filters: BoardFilters) =>
  infiniteQueryOptions({
    queryKey: ['opportunities', 'board', filters],
    queryFn: ({ pageParam, signal }) => getBoard(filters, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useBoard(filters: BoardFilters) {
  return useInfiniteQuery(boardQuery(filters));
}
