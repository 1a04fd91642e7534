import { useCallback, useRef } from 'react';

import { uuid } from '@/lib/uuid';

import { sendMessage } from '../api/send-message';
import { sendTyping } from '../api/send-typing';
import type { ThreadStore } from '../lib/thread-store';

const TYPING_EVERY_MS = 2_500;

/**
 * Sending: a message shows at once as pending, becomes the stored one on the server's ack, or
 * is marked failed (no ack in time, or refused) and can be retried with the same clientId.
 * Typing notices go out at most every few seconds.
 */
export function useThreadSending(store: ThreadStore) {
  const { conversationId } = store;

  const emitSend = useCallback(
    (clientId: string, body: string) => {
      sendMessage({ conversationId, clientId, body }).then(
        (ack) =>
          store.dispatch(
            ack.ok
              ? { type: 'send-acked', clientId, message: ack.message }
              : { type: 'send-failed', clientId },
          ),
        () => store.dispatch({ type: 'send-failed', clientId }),
      );
    },
    [conversationId, store],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = uuid();
      store.dispatch({ type: 'send-started', clientId, body, createdAt: new Date().toISOString() });
      emitSend(clientId, body);
    },
    [emitSend, store],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = store.getState().pending.find((pending) => pending.clientId === clientId);
      if (item) {
        store.dispatch({
          type: 'send-started',
          clientId,
          body: item.body,
          createdAt: item.createdAt,
        });
        emitSend(clientId, item.body);
      }
    },
    [emitSend, store],
  );

  const lastTypingSent = useRef(0);
  const notifyTyping = useCallback(() => {
    if (Date.now() - lastTypingSent.current > TYPING_EVERY_MS && sendTyping(conversationId)) {
      lastTypingSent.current = Date.now();
    }
  }, [conversationId]);

  return { send, retry, notifyTyping };
}
