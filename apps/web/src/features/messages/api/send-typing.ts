import { getSocket } from '@/lib/socket';

/** `typing` — the partner sees "typing…" for a few seconds. false when the socket is down. */
export function sendTyping(conversationId: string): boolean {
  const socket = getSocket();
  if (!socket.connected) {
    return false;
  }
  socket.emit('typing', { conversationId });
  return true;
}
