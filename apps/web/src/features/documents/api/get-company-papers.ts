import { useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/companies/:id/document-usage — storage used and the quota (the firm, staff). */
export function useDocumentUsage(companyId: string) {
  return useQuery({
    queryKey: ['document-usage', companyId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/companies/{id}/document-usage', {
          params: { path: { id: companyId } },
          signal,
        }),
      ),
  });
}

/** GET /api/companies/:id/paper-requests — papers the chamber asked for, and which arrived. */
export function usePaperRequests(companyId: string) {
  return useQuery({
    queryKey: ['paper-requests', companyId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/companies/{id}/paper-requests', {
          params: { path: { id: companyId } },
          signal,
        }),
      ),
  });
}
