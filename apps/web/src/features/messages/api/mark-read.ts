import type { ReadAck } from '@jcc/contracts';

import { getSocket } from '@/lib/socket';

/**
 * `message:read` — tells the server how far this user has read. null when the socket is down
 * (nothing was sent); else resolves with the ack.
 */
export function markRead(conversationId: string, seq: number): Promise<ReadAck> | null {
  const socket = getSocket();
  if (!socket.connected) {
    return null;
  }
  return new Promise((resolve) => socket.emit('message:read', { conversationId, seq }, resolve));
}
