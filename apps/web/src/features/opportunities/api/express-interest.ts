import type { ContactRequestResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** POST /api/opportunities/:id/interest — opens a contact request that carries the opportunity. */
export function expressInterest({
  id,
  message,
}: {
  id: string;
  message: string;
}): Promise<{ contactRequest: ContactRequestResponse }> {
  return unwrap(
    api.POST('/api/opportunities/{id}/interest', { params: { path: { id } }, body: { message } }),
  );
}

export function useExpressInterest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: expressInterest,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['opportunities'] });
      await queryClient.invalidateQueries({ queryKey: ['contact-requests'] });
    },
  });
}
