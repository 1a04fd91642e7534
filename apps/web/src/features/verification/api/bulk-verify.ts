import type { BulkVerificationResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { VerificationDecision } from './verify-company';

/** POST /api/verification-queue/bulk — up to 100 firms decided at once, each with its result. */
export function bulkVerify(
  companyIds: string[],
  decision: VerificationDecision,
): Promise<BulkVerificationResponse> {
  return unwrap(api.POST('/api/verification-queue/bulk', { body: { companyIds, ...decision } }));
}

export function useBulkVerify() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ companyIds, ...decision }: VerificationDecision & { companyIds: string[] }) =>
      bulkVerify(companyIds, decision),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['verification-queue'] });
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
    },
  });
}
