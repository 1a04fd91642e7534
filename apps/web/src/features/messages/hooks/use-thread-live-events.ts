import { useEffect, useState } from 'react';

import { subscribeToThread } from '../api/subscribe-to-thread';
import { hasGapBefore } from '../lib/thread-reducer';
import type { ThreadStore } from '../lib/thread-store';

const TYPING_SHOWN_MS = 4_000;

/**
 * Live events of the open conversation: new messages (a skipped seq triggers a sync), the
 * partner's typing and read marks, and a sync on every reconnect. Returns whether the partner is
 * typing.
 */
export function useThreadLiveEvents(
  store: ThreadStore,
  myUserId: string,
  sync: () => Promise<void>,
): boolean {
  const [typingUntil, setTypingUntil] = useState(0);

  useEffect(
    () =>
      subscribeToThread(store.conversationId, {
        onMessage: (message) => {
          const gap = hasGapBefore(store.getState(), message.seq);
          store.dispatch({ type: 'received', messages: [message] });
          if (message.senderUserId !== myUserId) {
            setTypingUntil(0);
          }
          if (gap) {
            void sync();
          }
        },
        onTyping: (event) => {
          if (event.userId !== myUserId) {
            setTypingUntil(Date.now() + TYPING_SHOWN_MS);
          }
        },
        onRead: (event) => {
          if (event.userId !== myUserId) {
            store.dispatch({ type: 'read-by-other', seq: event.seq });
          }
        },
        onConnect: () => void sync(),
      }),
    [store, myUserId, sync],
  );

  // Hide the typing indicator when its time is up.
  useEffect(() => {
    if (typingUntil === 0) {
      return undefined;
    }
    const timer = setTimeout(() => setTypingUntil(0), Math.max(0, typingUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [typingUntil]);

  return typingUntil > 0;
}
