import type { DocumentResponse } from '@jcc/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { documentsKey } from './get-documents';

/** DELETE /api/documents/:id — the row and the stored file. */
export function deleteDocument(id: string): Promise<void> {
  return unwrap(api.DELETE('/api/documents/{id}', { params: { path: { id } } }));
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (document: DocumentResponse) => deleteDocument(document.id),
    onSuccess: (_nothing, document) => {
      void queryClient.invalidateQueries({ queryKey: documentsKey(document) });
      void queryClient.invalidateQueries({ queryKey: ['document-usage'] });
    },
  });
}
