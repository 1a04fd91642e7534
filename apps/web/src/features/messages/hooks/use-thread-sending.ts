import { useCallback, useEffect, useRef } from 'react';

import { uuid } from '@/lib/uuid';

import { sendTyping } from '../api/send-typing';
import type { ThreadStore } from '../lib/thread-store';
import { outboxOf } from '../lib/user-outbox';
import { useOutboxFlush } from './use-outbox-flush';

const TYPING_EVERY_MS = 2_500;

/**
 * Sending: a message goes into the user's outbox (lib/outbox) and shows at once as sending, or
 * as waiting while there is no connection; it becomes the stored one on the server's ack, or is
 * marked failed (no ack in time, or refused) and can be retried with the same clientId, or
 * discarded.
 * Typing notices go out at most every few seconds.
 */
export function useThreadSending(store: ThreadStore, myUserId: string) {
  const { conversationId } = store;
  const outbox = outboxOf(myUserId);
  useOutboxFlush(myUserId);

  useEffect(() => {
    const showPending = () =>
      store.dispatch({
        type: 'pending',
        items: outbox
          .entries()
          .filter((entry) => entry.conversationId === conversationId)
          .map(({ id, body, createdAt, status }) => ({ clientId: id, body, createdAt, status })),
      });
    showPending();
    const stopAcks = outbox.onAcked((message) => {
      if (message.conversationId === conversationId) {
        store.dispatch({ type: 'send-acked', clientId: message.clientId, message });
      }
    });
    const stopChanges = outbox.subscribe(showPending);
    return () => {
      stopAcks();
      stopChanges();
    };
  }, [conversationId, outbox, store]);

  const send = useCallback(
    (body: string) => outbox.add(conversationId, body, uuid()),
    [conversationId, outbox],
  );

  const retry = useCallback((clientId: string) => outbox.retry(clientId), [outbox]);
  const discard = useCallback((clientId: string) => outbox.discard(clientId), [outbox]);

  const lastTypingSent = useRef(0);
  const notifyTyping = useCallback(() => {
    if (Date.now() - lastTypingSent.current > TYPING_EVERY_MS && sendTyping(conversationId)) {
      lastTypingSent.current = Date.now();
    }
  }, [conversationId]);

  return { send, retry, discard, notifyTyping };
}
