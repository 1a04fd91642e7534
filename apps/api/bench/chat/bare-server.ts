import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Server } from 'socket.io';
import { CHAT_LIMITS, type ChatMessage, type SendMessagePayload } from '@jcc/contracts';
import type { BenchCommand, BenchSession, ServerMessage } from './bench-protocol';

/**
 * Child process of the chat bench: a bare socket.io server relaying the same events as the app
 * (ack to the sender, `message:new` to the rest of the conversation's room) without storing, as
 * the yardstick for the app's throughput.
 */
const http = createServer();
const io = new Server(http, {
  path: '/socket.io',
  serveClient: false,
  maxHttpBufferSize: CHAT_LIMITS.maxSocketPacketBytes,
});
const lastSeq = new Map<string, number>();

io.on('connection', (socket) => {
  const auth = socket.handshake.auth as { conversationId?: string; userId?: string };
  const conversationId = auth.conversationId ?? '';
  void socket.join(`conversation:${conversationId}`);
  socket.on('message:send', (payload: SendMessagePayload, ack: (response: unknown) => void) => {
    const seq = (lastSeq.get(payload.conversationId) ?? 0) + 1;
    lastSeq.set(payload.conversationId, seq);
    const message: ChatMessage = {
      id: randomUUID(),
      conversationId: payload.conversationId,
      seq,
      clientId: payload.clientId,
      senderUserId: auth.userId ?? null,
      senderCompanyId: null,
      senderName: null,
      body: payload.body,
      createdAt: new Date().toISOString(),
    };
    ack({ ok: true, message });
    socket.to(`conversation:${payload.conversationId}`).emit('message:new', { message });
  });
});

function sessionsFor(clients: number): BenchSession[] {
  return Array.from({ length: clients }, (_, i) => ({
    token: 'bare',
    userId: `user-${i}`,
    conversationId: `pair-${Math.floor(i / 2)}`,
  }));
}

process.on('message', (command: BenchCommand) => {
  if (command.type === 'start') {
    http.listen(0, '127.0.0.1', () => {
      const { port } = http.address() as AddressInfo;
      const ready: ServerMessage = {
        type: 'ready',
        url: `http://127.0.0.1:${port}`,
        sessions: sessionsFor(command.clients),
      };
      process.send?.(ready);
    });
  } else {
    void io.close().finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
