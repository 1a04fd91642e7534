import type { ContactStateResponse, ContactStatesResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/contact-requests/states?companyIds=… — where the caller's firm stands with each. */
export async function getContactState(
  companyId: string,
  signal?: AbortSignal,
): Promise<ContactStateResponse> {
  const response = await unwrap<ContactStatesResponse>(
    api.GET('/api/contact-requests/states', {
      params: { query: { companyIds: companyId } },
      signal,
    }),
  );
  return (
    response.states.find((state) => state.companyId === companyId) ?? {
      companyId,
      state: 'none',
      requestId: null,
      conversationId: null,
    }
  );
}

/** Under ['contact-requests'], so sending, accepting or declining a request refreshes it. */
export const contactStateQuery = (companyId: string) =>
  queryOptions({
    queryKey: ['contact-requests', 'state', companyId],
    queryFn: ({ signal }) => getContactState(companyId, signal),
  });

export function useContactState(companyId: string, enabled: boolean) {
  return useQuery({ ...contactStateQuery(companyId), enabled });
}
