import { randomUUID } from 'node:crypto';
import type { SendMessageAck } from '@jcc/contracts';
import { addColleague, createConnectedFirms } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, eventually, type ChatClientSocket } from './support/chat-socket';

const MESSAGES = 30;

/** One event as the test process saw it, in the order it saw them across every socket. */
interface Seen {
  socket: string;
  kind: 'ack' | 'new';
  clientId: string;
}

describe('chat: stored → ack → broadcast', () => {
  let t: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  beforeAll(async () => {
    // About the order of events, not the per-user rate limit.
    t = await startListeningApp({ env: { CHAT_MESSAGES_PER_WINDOW: '1000' } });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it('the sender has its ack before any other socket (its own other tab, the other firm) gets message:new', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const colleague = await addColleague(t.http, t.db, pk);
    const [sender, senderTab, colleagueSocket, partner] = await Promise.all(
      [pk, pk, colleague, az].map((member) => connect(t.url, member.token)),
    );
    sockets.push(sender, senderTab, colleagueSocket, partner);
    const seen: Seen[] = [];
    const listeners = { senderTab, colleagueSocket, partner };
    for (const [name, socket] of Object.entries(listeners)) {
      socket.on('message:new', ({ message }) =>
        seen.push({ socket: name, kind: 'new', clientId: message.clientId }),
      );
    }
    sender.on('message:new', ({ message }) =>
      seen.push({ socket: 'sender', kind: 'new', clientId: message.clientId }),
    );

    const clientIds = Array.from({ length: MESSAGES }, () => randomUUID());
    const acks = await Promise.all(
      clientIds.map(
        (clientId, n) =>
          new Promise<SendMessageAck>((resolve) =>
            sender.emit(
              'message:send',
              { conversationId: conversation.id, clientId, body: `message ${n}` },
              (ack: SendMessageAck) => {
                seen.push({ socket: 'sender', kind: 'ack', clientId });
                resolve(ack);
              },
            ),
          ),
      ),
    );
    expect(acks.filter((ack) => !ack.ok)).toEqual([]);
    await eventually(
      () => seen.filter((event) => event.kind === 'new').length >= MESSAGES * 3,
      10_000,
      'every listening socket has every message',
    );

    for (const clientId of clientIds) {
      const events = seen.filter((event) => event.clientId === clientId);
      // The ack first, then the three other sockets; the sending socket gets no message:new.
      expect(events.map((event) => `${event.socket}:${event.kind}`)[0]).toBe('sender:ack');
      expect(
        events
          .filter((event) => event.kind === 'new')
          .map((event) => event.socket)
          .sort(),
      ).toEqual(['colleagueSocket', 'partner', 'senderTab']);
    }
  });
});
