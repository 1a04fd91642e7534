import type { AuditEntry, Page } from '@jcc/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type AuditFilters = Omit<
  NonNullable<paths['/api/audit']['get']['parameters']['query']>,
  'cursor' | 'limit'
>;

/** GET /api/audit — the append-only log of staff actions, newest first (admins only). */
export function getAuditLog(
  query: AuditFilters & { cursor?: string; limit?: number },
  signal?: AbortSignal,
): Promise<Page<AuditEntry>> {
  return unwrap(api.GET('/api/audit', { params: { query }, signal }));
}

export const auditLogQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ pageParam, signal }) =>
      getAuditLog({ ...filters, limit: 50, cursor: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery(auditLogQuery(filters));
}
