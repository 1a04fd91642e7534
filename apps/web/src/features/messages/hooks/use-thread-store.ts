import { useMemo, useSyncExternalStore } from 'react';

import { createThreadStore, type ThreadStore } from '../lib/thread-store';
import type { ThreadState } from '../lib/thread-reducer';

/** The thread's store (a new, empty one per conversation) and its state for rendering. */
export function useThreadStore(conversationId: string): [ThreadState, ThreadStore] {
  const store = useMemo(() => createThreadStore(conversationId), [conversationId]);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return [state, store];
}
