import type { PresenceEvent } from '@jcc/contracts';

import { connectSocket, getSocket } from '@/lib/socket';

export interface InboxEventHandlers {
  onPresence: (event: PresenceEvent) => void;
  /** A new message or conversation anywhere, or a reconnect: the inbox may have changed. */
  onChange: () => void;
  onDisconnect: () => void;
}

/** Opens the tab's socket and listens to what changes the inbox. Returns the unsubscribe. */
export function subscribeToInbox(handlers: InboxEventHandlers) {
  const socket = getSocket();
  const onChange = () => handlers.onChange();
  const onDisconnect = () => handlers.onDisconnect();
  socket.on('presence', handlers.onPresence);
  socket.on('message:new', onChange);
  socket.on('conversation:new', onChange);
  socket.on('connect', onChange);
  socket.on('disconnect', onDisconnect);
  connectSocket();
  return () => {
    socket.off('presence', handlers.onPresence);
    socket.off('message:new', onChange);
    socket.off('conversation:new', onChange);
    socket.off('connect', onChange);
    socket.off('disconnect', onDisconnect);
  };
}
