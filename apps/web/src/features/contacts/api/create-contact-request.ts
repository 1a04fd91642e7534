import type { ContactRequestResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface CreateContactRequestInput {
  toCompanyId: string;
  message: string;
}

/** POST /api/contact-requests — 409 when one is pending or a conversation exists. */
export function createContactRequest(
  body: CreateContactRequestInput,
): Promise<ContactRequestResponse> {
  return unwrap(api.POST('/api/contact-requests', { body }));
}

export function useCreateContactRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createContactRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contact-requests'] }),
  });
}
