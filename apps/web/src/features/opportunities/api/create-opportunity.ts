import type {
  HsChapterCode,
  OpportunityKind,
  OpportunityResponse,
  SectorCode,
} from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface OpportunityInput {
  kind: OpportunityKind;
  title: string;
  summary: string;
  sectors: SectorCode[];
  hsChapters: HsChapterCode[];
  deadline: string;
  submit: boolean;
}

/** POST /api/opportunities — 403 company_not_verified for a firm not verified yet. */
export function createOpportunity(body: OpportunityInput): Promise<OpportunityResponse> {
  return unwrap(api.POST('/api/opportunities', { body }));
}

export function useCreateOpportunity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOpportunity,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['opportunities'] }),
  });
}
