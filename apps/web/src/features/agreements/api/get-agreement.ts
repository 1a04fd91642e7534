import type { AgreementResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/agreements/:id — one agreement with its commitments and history. */
export function getAgreement(id: string, signal?: AbortSignal): Promise<AgreementResponse> {
  return unwrap<AgreementResponse>(
    api.GET('/api/agreements/{id}', { params: { path: { id } }, signal }),
  );
}

export const agreementQuery = (id: string) =>
  queryOptions({
    queryKey: ['agreements', 'detail', id],
    queryFn: ({ signal }) => getAgreement(id, signal),
  });

export function useAgreement(id: string) {
  return useQuery(agreementQuery(id));
}
