import type { DocumentCategory, DocumentOwnerKind, DocumentResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

export interface DocumentOwner {
  ownerKind: DocumentOwnerKind;
  ownerId: string;
}

/** GET /api/documents — an owner's documents the caller may see, newest first (one page of 100). */
export function getDocuments(
  owner: DocumentOwner,
  category: DocumentCategory | undefined,
  signal?: AbortSignal,
): Promise<Page<DocumentResponse>> {
  return unwrap(
    api.GET('/api/documents', {
      params: { query: { ...owner, ...(category ? { category } : {}), limit: 100 } },
      signal,
    }),
  );
}

export const documentsKey = (owner: DocumentOwner) => ['documents', owner.ownerKind, owner.ownerId];

export const documentsQuery = (owner: DocumentOwner, category?: DocumentCategory) =>
  queryOptions({
    queryKey: [...documentsKey(owner), category ?? 'all'],
    queryFn: ({ signal }) => getDocuments(owner, category, signal),
  });

export function useDocuments(owner: DocumentOwner, category?: DocumentCategory) {
  return useQuery({ ...documentsQuery(owner, category), enabled: owner.ownerId !== '' });
}
