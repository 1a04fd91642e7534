import type { ConversationEnvelope } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/contact-requests/:id/accept → the new conversation. */
export function acceptContactRequest(id: string): Promise<ConversationEnvelope> {
  return unwrap(api.POST('/api/contact-requests/{id}/accept', { params: { path: { id } } }));
}

export function useAcceptContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptContactRequest,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    },
  });
}
