import type { OpportunityResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { OpportunityInput } from './create-opportunity';

export type OpportunityPatch = Partial<Omit<OpportunityInput, 'submit'>>;

/**
 * PATCH /api/opportunities/:id — its firm edits; a published one goes back to review, a refused
 * one becomes a draft. With `submit`, a draft is then sent for review.
 */
export async function updateOpportunity({
  id,
  patch,
  submit,
}: {
  id: string;
  patch: OpportunityPatch;
  submit: boolean;
}): Promise<OpportunityResponse> {
  const updated = await unwrap(
    api.PATCH('/api/opportunities/{id}', { params: { path: { id } }, body: patch }),
  );
  if (submit && updated.status === 'draft') {
    return unwrap(api.POST('/api/opportunities/{id}/submit', { params: { path: { id } } }));
  }
  return updated;
}

export function useUpdateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOpportunity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}
