import { type CompanyResponse, type Country, type Page, type SectorCode } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '../../../lib/api-client';

export interface FirmCounts {
  total: number;
  byCountry: Record<Country, number>;
  bySector: Partial<Record<SectorCode, number>>;
  /** True when there were more firms than were counted. */
  capped: boolean;
}

const PAGE = 100;
const MAX_PAGES = 10;

/**
 * Firms by country and sector, counted from the public directory (GET /api/companies, a page of
 * 100 at a time, at most 1,000 firms). The API has no public counts endpoint yet; when it gets
 * one, only this file changes.
 */
export async function getFirmCounts(signal?: AbortSignal): Promise<FirmCounts> {
  const counts: FirmCounts = { total: 0, byCountry: { PK: 0, AZ: 0 }, bySector: {}, capped: false };
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await unwrap<Page<CompanyResponse>>(
      api.GET('/api/companies', { params: { query: { limit: PAGE, cursor } }, signal }),
    );
    for (const company of result.items) {
      counts.total += 1;
      counts.byCountry[company.country] += 1;
      for (const sector of company.sectors) {
        counts.bySector[sector] = (counts.bySector[sector] ?? 0) + 1;
      }
    }
    if (!result.nextCursor) {
      return counts;
    }
    cursor = result.nextCursor;
  }
  return { ...counts, capped: true };
}

export const firmCountsQuery = () =>
  queryOptions({
    queryKey: ['firm-counts'],
    queryFn: ({ signal }) => getFirmCounts(signal),
    staleTime: 5 * 60_000,
  });

export function useFirmCounts() {
  return useQuery(firmCountsQuery());
}
