import type { ConversationResponse, Page } from '@jcc/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

/** GET /api/conversations — newest activity first, with unread counts. */
export function getConversations(signal?: AbortSignal): Promise<Page<ConversationResponse>> {
  return unwrap(api.GET('/api/conversations', { params: { query: { limit: 100 } }, signal }));
}

export const conversationsQuery = () =>
  queryOptions({
    queryKey: ['conversations'],
    queryFn: ({ signal }) => getConversations(signal),
  });

export function useConversations(enabled = true) {
  return useQuery({ ...conversationsQuery(), enabled });
}
