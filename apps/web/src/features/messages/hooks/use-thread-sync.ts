import { useCallback } from 'react';

import { syncConversation } from '../api/sync-conversation';
import { lastSeq } from '../lib/thread-reducer';
import type { ThreadStore } from '../lib/thread-store';

const MAX_SYNC_PAGES = 20;

/**
 * Fetches over the socket every message after the newest one the thread holds, page by page,
 * so nothing sent while the connection was down (or between history and live events) is lost.
 */
export function useThreadSync(store: ThreadStore): () => Promise<void> {
  return useCallback(async () => {
    for (let page = 0; page < MAX_SYNC_PAGES; page += 1) {
      const ack = await syncConversation(store.conversationId, lastSeq(store.getState()));
      if (!ack?.ok) {
        return;
      }
      store.dispatch({ type: 'received', messages: ack.messages });
      if (!ack.hasMore) {
        // Up to date with the server: no longer an offline copy.
        store.dispatch({ type: 'live' });
        return;
      }
    }
  }, [store]);
}
