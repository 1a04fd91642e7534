import type { MatchResponse, Page, PartnershipType, SectorCode } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface MatchFilters {
  sector?: SectorCode;
  partnershipType?: PartnershipType;
  minScore?: number;
  saved?: boolean;
}

/** GET /api/matches — the best partners for the caller's firm, best first. */
export function getMatches(
  filters: MatchFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<MatchResponse>> {
  return unwrap(
    api.GET('/api/matches', {
      params: {
        query: {
          sector: filters.sector ? [filters.sector] : undefined,
          partnershipType: filters.partnershipType ? [filters.partnershipType] : undefined,
          minScore: filters.minScore,
          saved: filters.saved,
          limit: 20,
          cursor: cursor ?? undefined,
        },
      },
      signal,
    }),
  );
}

export const matchesQuery = (filters: MatchFilters) =>
  infiniteQueryOptions({
    queryKey: ['matches', filters],
    queryFn: ({ pageParam, signal }) => getMatches(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useMatches(filters: MatchFilters, enabled = true) {
  return useInfiniteQuery({ ...matchesQuery(filters), enabled });
}
