import { getSocket, type ChatSocket } from '@/lib/socket';

import { sendMessage } from '../api/send-message';
import { createOutbox, type Outbox } from './outbox';

/**
 * The signed-in user's outbox: one per user and socket, so that a run never overlaps another in
 * this tab, and a new socket (after a sign-out, or a test's fake) starts a new one over the same
 * stored items. Sent only while the socket is connected (socket.io would buffer it otherwise).
 */
const outboxes = new WeakMap<ChatSocket, Map<string, Outbox>>();

export function outboxOf(userId: string): Outbox {
  const socket = getSocket();
  const ofSocket = outboxes.get(socket) ?? new Map<string, Outbox>();
  outboxes.set(socket, ofSocket);
  let outbox = ofSocket.get(userId);
  if (!outbox) {
    outbox = createOutbox(userId, {
      isConnected: () => socket.connected,
      send: (item) =>
        sendMessage({ conversationId: item.conversationId, clientId: item.id, body: item.body }),
    });
    ofSocket.set(userId, outbox);
  }
  return outbox;
}
