import type { CompanyResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface VerificationDecision {
  status: 'verified' | 'rejected';
  /** Shown to the firm; required to reject. */
  note?: string;
}

/** POST /api/companies/:id/verification — one firm verified or rejected, with a note. */
export function verifyCompany(id: string, body: VerificationDecision): Promise<CompanyResponse> {
  return unwrap(api.POST('/api/companies/{id}/verification', { params: { path: { id } }, body }));
}

export function useVerifyCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: VerificationDecision & { id: string }) => verifyCompany(id, body),
    onSuccess: (company) => {
      queryClient.setQueryData(['companies', 'detail', company.id], company);
      void queryClient.invalidateQueries({ queryKey: ['verification-queue'] });
      void queryClient.invalidateQueries({ queryKey: ['companies', 'list'] });
    },
  });
}
