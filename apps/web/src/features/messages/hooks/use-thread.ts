import type { ChatMessage, ReadEvent, SyncAck, TypingEvent } from '@jcc/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

import { getSocket, useSocketStatus } from '@/lib/socket';
import { uuid } from '@/lib/uuid';
import { getMessages } from '../api/get-messages';
import {
  firstSeq,
  hasGapBefore,
  initialThreadState,
  lastSeq,
  threadReducer,
  type ThreadState,
} from '../lib/thread-reducer';

const ACK_TIMEOUT_MS = 8_000;
const TYPING_SHOWN_MS = 4_000;

/**
 * A live thread: history over HTTP, new messages, typing and read marks over the socket, sends
 * with an ack (a clientId makes a retry safe), and a sync from the last seq on every reconnect
 * or gap, so nothing is lost while the connection was down.
 */
export function useThread(conversationId: string, myUserId: string) {
  const [state, dispatch] = useReducer(threadReducer, initialThreadState);
  const [typingUntil, setTypingUntil] = useState(0);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const stateRef = useRef<ThreadState>(state);
  stateRef.current = state;
  const queryClient = useQueryClient();

  const sync = useCallback(async () => {
    const socket = getSocket();
    for (let page = 0; page < 20 && socket.connected; page += 1) {
      const ack: SyncAck | null = await (
        socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:sync', {
          conversationId,
          afterSeq: lastSeq(stateRef.current),
        }) as Promise<SyncAck>
      ).catch(() => null);
      if (!ack?.ok) {
        return;
      }
      dispatch({ type: 'received', messages: ack.messages });
      stateRef.current = threadReducer(stateRef.current, {
        type: 'received',
        messages: ack.messages,
      });
      if (!ack.hasMore) {
        return;
      }
    }
  }, [conversationId]);

  const load = useCallback(() => {
    const controller = new AbortController();
    getMessages(conversationId, undefined, controller.signal).then(
      (page) => {
        dispatch({ type: 'loaded', messages: page.items, hasOlder: page.nextCursor !== null });
        void sync();
      },
      () => {
        if (!controller.signal.aborted) {
          dispatch({ type: 'load-failed' });
        }
      },
    );
    return controller;
  }, [conversationId, sync]);

  useEffect(() => {
    const controller = load();
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    const socket = getSocket();
    const onMessage = ({ message }: { message: ChatMessage }) => {
      if (message.conversationId !== conversationId) {
        return;
      }
      const gap = hasGapBefore(stateRef.current, message.seq);
      dispatch({ type: 'received', messages: [message] });
      if (message.senderUserId !== myUserId) {
        setTypingUntil(0);
      }
      if (gap) {
        void sync();
      }
    };
    const onTyping = (event: TypingEvent) => {
      if (event.conversationId === conversationId && event.userId !== myUserId) {
        setTypingUntil(Date.now() + TYPING_SHOWN_MS);
      }
    };
    const onRead = (event: ReadEvent) => {
      if (event.conversationId === conversationId && event.userId !== myUserId) {
        dispatch({ type: 'read-by-other', seq: event.seq });
      }
    };
    const onConnect = () => void sync();
    socket.on('message:new', onMessage);
    socket.on('typing', onTyping);
    socket.on('message:read', onRead);
    socket.on('connect', onConnect);
    return () => {
      socket.off('message:new', onMessage);
      socket.off('typing', onTyping);
      socket.off('message:read', onRead);
      socket.off('connect', onConnect);
    };
  }, [conversationId, myUserId, sync]);

  // Hide the typing indicator when its time is up.
  useEffect(() => {
    if (typingUntil === 0) {
      return undefined;
    }
    const timer = setTimeout(() => setTypingUntil(0), Math.max(0, typingUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [typingUntil]);

  // Read marks: tell the server how far this user has read, once per new message from others.
  const readSent = useRef(0);
  const connection = useSocketStatus();
  const newest = state.messages[state.messages.length - 1];
  useEffect(() => {
    if (!newest || newest.seq <= readSent.current || document.visibilityState === 'hidden') {
      return;
    }
    const socket = getSocket();
    if (!socket.connected) {
      return;
    }
    readSent.current = newest.seq;
    socket.emit('message:read', { conversationId, seq: newest.seq }, () => {
      void queryClient.invalidateQueries({ queryKey: ['conversations'] });
    });
  }, [conversationId, newest, queryClient, connection]);

  const emitSend = useCallback(
    (clientId: string, body: string) => {
      getSocket()
        .timeout(ACK_TIMEOUT_MS)
        .emit('message:send', { conversationId, clientId, body }, (error, ack) => {
          if (error || !ack.ok) {
            dispatch({ type: 'send-failed', clientId });
          } else {
            dispatch({ type: 'send-acked', clientId, message: ack.message });
          }
        });
    },
    [conversationId],
  );

  const send = useCallback(
    (body: string) => {
      const clientId = uuid();
      dispatch({ type: 'send-started', clientId, body, createdAt: new Date().toISOString() });
      emitSend(clientId, body);
    },
    [emitSend],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = stateRef.current.pending.find((pending) => pending.clientId === clientId);
      if (item) {
        dispatch({ type: 'send-started', clientId, body: item.body, createdAt: item.createdAt });
        emitSend(clientId, item.body);
      }
    },
    [emitSend],
  );

  const lastTypingSent = useRef(0);
  const notifyTyping = useCallback(() => {
    const socket = getSocket();
    if (socket.connected && Date.now() - lastTypingSent.current > 2_500) {
      lastTypingSent.current = Date.now();
      socket.emit('typing', { conversationId });
    }
  }, [conversationId]);

  const loadOlder = useCallback(async () => {
    const before = firstSeq(stateRef.current);
    if (loadingOlder || before === undefined || !stateRef.current.hasOlder) {
      return;
    }
    setLoadingOlder(true);
    try {
      const page = await getMessages(conversationId, before);
      dispatch({ type: 'older-loaded', messages: page.items, hasOlder: page.nextCursor !== null });
    } finally {
      setLoadingOlder(false);
    }
  }, [conversationId, loadingOlder]);

  return {
    state,
    othersTyping: typingUntil > 0,
    loadingOlder,
    send,
    retry,
    notifyTyping,
    loadOlder,
    reload: load,
  };
}
