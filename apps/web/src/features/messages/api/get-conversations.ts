import type { ConversationResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { withOfflineCopy } from '@/lib/offline-copy';

/** The conversation list's offline copy (readable without a connection). */
export const CONVERSATIONS_COPY = 'messages.conversations';

/** GET /api/conversations — newest activity first, with unread counts. */
export function getConversations(signal?: AbortSignal): Promise<Page<ConversationResponse>> {
  return unwrap(api.GET('/api/conversations', { params: { query: { limit: 100 } }, signal }));
}

export const conversationsQuery = () =>
  queryOptions({
    queryKey: ['conversations'],
    queryFn: ({ signal }) => withOfflineCopy(CONVERSATIONS_COPY, () => getConversations(signal)),
  });

export function useConversations(enabled = true) {
  return useQuery({ ...conversationsQuery(), enabled });
}
