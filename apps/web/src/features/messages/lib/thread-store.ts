import {
  initialThreadState,
  threadReducer,
  type ThreadAction,
  type ThreadState,
} from './thread-reducer';

/**
 * One conversation's thread state, outside React so that the thread's hooks read the current
 * state at the moment they act (a sync page, a gap check, a retry) rather than the one of the
 * last render. The reducer is the only way to change it; React renders it through
 * `useSyncExternalStore`.
 */
export interface ThreadStore {
  readonly conversationId: string;
  // Properties, not methods: they are handed around unbound (e.g. to useSyncExternalStore).
  getState: () => ThreadState;
  dispatch: (action: ThreadAction) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createThreadStore(conversationId: string): ThreadStore {
  let state = initialThreadState;
  const listeners = new Set<() => void>();
  return {
    conversationId,
    getState: () => state,
    dispatch: (action) => {
      const next = threadReducer(state, action);
      if (next !== state) {
        state = next;
        listeners.forEach((listener) => listener());
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
