import { useEffect } from 'react';

import { writeOfflineCopy } from '@/lib/offline-copy';

import type { ThreadStore } from '../lib/thread-store';
import { threadCopyKey } from './use-thread-history';

/** How many of a conversation's last messages stay readable offline. */
export const OFFLINE_MESSAGES = 50;

/**
 * Keeps the thread's last messages for the signed-in user as they come (history, live, sync,
 * acks), so that they are readable without a connection. Nothing is written while the thread
 * itself shows an offline copy: that copy keeps the time it was taken.
 */
export function useThreadOfflineCopy(store: ThreadStore): void {
  useEffect(() => {
    let written: unknown = null;
    const keep = () => {
      const { status, messages, offlineAsOf } = store.getState();
      if (status !== 'ready' || offlineAsOf !== null || messages === written) {
        return;
      }
      written = messages;
      writeOfflineCopy(threadCopyKey(store.conversationId), messages.slice(-OFFLINE_MESSAGES));
    };
    keep();
    return store.subscribe(keep);
  }, [store]);
}
