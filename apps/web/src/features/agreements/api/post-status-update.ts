import type { AgreementResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import type { paths } from '@/lib/api-schema';

export type StatusUpdateBody =
  paths['/api/agreements/{id}/updates']['post']['requestBody']['content']['application/json'];

/** POST /api/agreements/:id/updates — a note, optionally a commitment's new status. */
export function postStatusUpdate(id: string, body: StatusUpdateBody): Promise<AgreementResponse> {
  return unwrap<AgreementResponse>(
    api.POST('/api/agreements/{id}/updates', { params: { path: { id } }, body }),
  );
}

export function usePostStatusUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: StatusUpdateBody) => postStatusUpdate(id, body),
    onSuccess: (agreement) => {
      queryClient.setQueryData(['agreements', 'detail', id], agreement);
      void queryClient.invalidateQueries({ queryKey: ['agreements', 'list'] });
    },
  });
}
