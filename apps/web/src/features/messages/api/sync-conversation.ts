import type { SyncAck } from '@jcc/contracts';

import { getSocket } from '@/lib/socket';

import { ACK_TIMEOUT_MS } from './socket-timeouts';

/**
 * `conversation:sync` — the messages after `afterSeq`, one page. null when the socket is down or
 * the server did not answer in time: the next (re)connect syncs again.
 */
export async function syncConversation(
  conversationId: string,
  afterSeq: number,
): Promise<SyncAck | null> {
  const socket = getSocket();
  if (!socket.connected) {
    return null;
  }
  return (
    socket.timeout(ACK_TIMEOUT_MS).emitWithAck('conversation:sync', {
      conversationId,
      afterSeq,
    }) as Promise<SyncAck>
  ).catch(() => null);
}
