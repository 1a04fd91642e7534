import type { ChatMessage } from '@jcc/contracts';
import { useCallback, useEffect, useState } from 'react';

import { isUnreachable, readOfflineCopy } from '@/lib/offline-copy';

import { getMessages } from '../api/get-messages';
import { firstSeq } from '../lib/thread-reducer';
import type { ThreadStore } from '../lib/thread-store';

/** The offline copy of a conversation's last messages (kept by useThreadOfflineCopy). */
export const threadCopyKey = (conversationId: string) => `messages.thread.${conversationId}`;

/**
 * History over HTTP: the newest page on mount (then a socket sync for anything newer), older
 * pages on demand, and a reload after a failed first load. Without a connection the thread
 * shows the last messages kept offline, marked with when they were kept.
 */
export function useThreadHistory(store: ThreadStore, sync: () => Promise<void>) {
  const [loadingOlder, setLoadingOlder] = useState(false);

  const load = useCallback(() => {
    const controller = new AbortController();
    getMessages(store.conversationId, undefined, controller.signal).then(
      (page) => {
        store.dispatch({
          type: 'loaded',
          messages: page.items,
          hasOlder: page.nextCursor !== null,
        });
        void sync();
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          return;
        }
        const copy = isUnreachable(error)
          ? readOfflineCopy<ChatMessage[]>(threadCopyKey(store.conversationId))
          : null;
        store.dispatch(
          copy
            ? {
                type: 'loaded',
                messages: copy.data,
                hasOlder: (copy.data[0]?.seq ?? 1) > 1,
                offlineAsOf: copy.savedAt,
              }
            : { type: 'load-failed' },
        );
      },
    );
    return controller;
  }, [store, sync]);

  useEffect(() => {
    // The last messages this device kept, on screen while the first answer is on its way.
    const copy = readOfflineCopy<ChatMessage[]>(threadCopyKey(store.conversationId));
    if (copy) {
      store.dispatch({ type: 'shown-from-copy', messages: copy.data });
    }
    const controller = load();
    return () => controller.abort();
  }, [load, store]);

  const loadOlder = useCallback(async () => {
    const state = store.getState();
    const before = firstSeq(state);
    if (loadingOlder || before === undefined || !state.hasOlder) {
      return;
    }
    setLoadingOlder(true);
    try {
      const page = await getMessages(store.conversationId, before);
      store.dispatch({
        type: 'older-loaded',
        messages: page.items,
        hasOlder: page.nextCursor !== null,
      });
    } finally {
      setLoadingOlder(false);
    }
  }, [store, loadingOlder]);

  return { loadingOlder, loadOlder, reload: load };
}
