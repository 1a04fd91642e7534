import { useCallback, useEffect, useState } from 'react';

import { getMessages } from '../api/get-messages';
import { firstSeq } from '../lib/thread-reducer';
import type { ThreadStore } from '../lib/thread-store';

/**
 * History over HTTP: the newest page on mount (then a socket sync for anything newer), older
 * pages on demand, and a reload after a failed first load.
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
      () => {
        if (!controller.signal.aborted) {
          store.dispatch({ type: 'load-failed' });
        }
      },
    );
    return controller;
  }, [store, sync]);

  useEffect(() => {
    const controller = load();
    return () => controller.abort();
  }, [load]);

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
