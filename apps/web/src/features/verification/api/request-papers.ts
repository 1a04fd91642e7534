import type { EvidencePaper, PaperRequestResponse } from '@jcc/contracts';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/companies/:id/paper-requests — staff ask a firm for missing papers. */
export function requestPapers(
  companyId: string,
  body: { papers: EvidencePaper[]; note?: string },
): Promise<PaperRequestResponse> {
  return unwrap(
    api.POST('/api/companies/{id}/paper-requests', { params: { path: { id: companyId } }, body }),
  );
}
