import type { SendMessageAck, SendMessagePayload } from '@jcc/contracts';

import { getSocket } from '@/lib/socket';

import { ACK_TIMEOUT_MS } from './socket-timeouts';

/**
 * `message:send` — resolves with the server's ack; rejects when none came in time. The clientId
 * makes a retry of the same message safe: the server stores it once.
 */
export function sendMessage(payload: SendMessagePayload): Promise<SendMessageAck> {
  return getSocket()
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('message:send', payload) as Promise<SendMessageAck>;
}
