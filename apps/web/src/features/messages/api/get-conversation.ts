import type { ConversationResponse } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';
import { withOfflineCopy } from '@/lib/offline-copy';

/** GET /api/conversations/:id */
export function getConversation(id: string, signal?: AbortSignal): Promise<ConversationResponse> {
  return unwrap(api.GET('/api/conversations/{id}', { params: { path: { id } }, signal }));
}

export const conversationQuery = (id: string) =>
  queryOptions({
    queryKey: ['conversations', 'detail', id],
    queryFn: ({ signal }) =>
      withOfflineCopy(`messages.conversation.${id}`, () => getConversation(id, signal)),
  });

export function useConversation(id: string) {
  return useQuery(conversationQuery(id));
}
