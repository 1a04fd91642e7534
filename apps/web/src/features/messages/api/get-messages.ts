import type { ChatMessage, Page } from '@jcc/contracts';

import { api, unwrap } from '@/lib/api-client';

export const HISTORY_PAGE = 30;

/**
 * GET /api/conversations/:id/messages — without `beforeSeq` the newest page, else the page just
 * before it; oldest first either way.
 */
export function getMessages(
  conversationId: string,
  beforeSeq?: number,
  signal?: AbortSignal,
): Promise<Page<ChatMessage>> {
  return unwrap(
    api.GET('/api/conversations/{id}/messages', {
      params: { path: { id: conversationId }, query: { beforeSeq, limit: HISTORY_PAGE } },
      signal,
    }),
  );
}
