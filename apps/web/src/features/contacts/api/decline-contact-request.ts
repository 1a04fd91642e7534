import type { ContactRequestResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/contact-requests/:id/decline */
export function declineContactRequest(id: string): Promise<{ request: ContactRequestResponse }> {
  return unwrap(api.POST('/api/contact-requests/{id}/decline', { params: { path: { id } } }));
}

export function useDeclineContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: declineContactRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contact-requests'] }),
  });
}
