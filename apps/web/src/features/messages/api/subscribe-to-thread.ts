import type { ChatMessage, ReadEvent, TypingEvent } from '@jcc/contracts';

import { getSocket } from '@/lib/socket';

export interface ThreadEventHandlers {
  onMessage: (message: ChatMessage) => void;
  onTyping: (event: TypingEvent) => void;
  onRead: (event: ReadEvent) => void;
  /** The socket (re)connected: whatever was sent meanwhile must be synced. */
  onConnect: () => void;
}

/**
 * Listens to one conversation's live events (`message:new`, `typing`, `message:read`) and to
 * reconnects; events of other conversations are dropped here. Returns the unsubscribe.
 */
export function subscribeToThread(conversationId: string, handlers: ThreadEventHandlers) {
  const socket = getSocket();
  const onMessage = ({ message }: { message: ChatMessage }) => {
    if (message.conversationId === conversationId) {
      handlers.onMessage(message);
    }
  };
  const onTyping = (event: TypingEvent) => {
    if (event.conversationId === conversationId) {
      handlers.onTyping(event);
    }
  };
  const onRead = (event: ReadEvent) => {
    if (event.conversationId === conversationId) {
      handlers.onRead(event);
    }
  };
  const onConnect = () => handlers.onConnect();
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
}
