import type { ChatMessage, SendMessageAck } from '@jcc/contracts';
import { beforeEach, describe, expect, it } from 'vitest';

import { clearOfflineCache } from '@/lib/offline-cache';

import { createOutbox, type OutboxItem, type OutboxTransport } from './outbox';

/** A server the test answers by hand: each send waits until the test acks, refuses or drops it. */
class ManualServer implements OutboxTransport {
  connected = true;
  readonly received: OutboxItem[] = [];
  private waiting: { resolve: (ack: SendMessageAck) => void; reject: (error: Error) => void }[] =
    [];

  isConnected = () => this.connected;

  send = (item: OutboxItem) => {
    this.received.push(item);
    return new Promise<SendMessageAck>((resolve, reject) => this.waiting.push({ resolve, reject }));
  };

  /** Answers the oldest unanswered send. */
  async ack(seq: number): Promise<void> {
    const item = this.received[this.received.length - this.waiting.length];
    this.waiting.shift()?.resolve({ ok: true, message: stored(item, seq) });
    await settle();
  }

  async refuse(): Promise<void> {
    this.waiting
      .shift()
      ?.resolve({ ok: false, error: { code: 'rate_limited', message: 'slow down' } });
    await settle();
  }

  /** No ack in time (the socket's timeout). */
  async timeOut(): Promise<void> {
    this.waiting.shift()?.reject(new Error('operation has timed out'));
    await settle();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function stored(item: OutboxItem, seq: number): ChatMessage {
  return {
    id: `m-${seq}`,
    conversationId: item.conversationId,
    seq,
    clientId: item.id,
    senderUserId: 'user-a',
    senderCompanyId: 'company-a',
    senderName: 'Ayesha Khan',
    body: item.body,
    createdAt: item.createdAt,
  };
}

const statuses = (outbox: ReturnType<typeof createOutbox>) =>
  outbox.entries().map((entry) => `${entry.body}:${entry.status}`);

describe('outbox', () => {
  let server: ManualServer;
  beforeEach(() => {
    localStorage.clear();
    server = new ManualServer();
  });

  it('keeps what is written offline as waiting, stored per user, until the connection returns', async () => {
    server.connected = false;
    const outbox = createOutbox('user-a', server);
    outbox.add('c1', 'first', 'id-1');
    outbox.add('c2', 'second', 'id-2');
    await settle();
    expect(server.received).toEqual([]);
    expect(statuses(outbox)).toEqual(['first:waiting', 'second:waiting']);

    // A reload: a new outbox over the same storage; another user's outbox is empty.
    const reloaded = createOutbox('user-a', server);
    expect(statuses(reloaded)).toEqual(['first:waiting', 'second:waiting']);
    expect(createOutbox('user-b', server).entries()).toEqual([]);

    server.connected = true;
    const flushed = reloaded.reconnected();
    await settle();
    // One at a time, in the order written, with the clientIds they got when written.
    expect(server.received.map((item) => item.id)).toEqual(['id-1']);
    expect(statuses(reloaded)).toEqual(['first:sending', 'second:waiting']);
    await server.ack(3);
    expect(server.received.map((item) => item.id)).toEqual(['id-1', 'id-2']);
    expect(statuses(reloaded)).toEqual(['second:sending']);
    await server.ack(4);
    await flushed;
    expect(reloaded.entries()).toEqual([]);
  });

  it('takes a message off only after its ack, and hands the stored message on', async () => {
    const outbox = createOutbox('user-a', server);
    const acked: ChatMessage[] = [];
    outbox.onAcked((message) => acked.push(message));
    outbox.add('c1', 'hello', 'id-1');
    await settle();
    expect(statuses(createOutbox('user-a', server))).toEqual(['hello:waiting']);
    await server.ack(7);
    expect(acked.map((message) => [message.clientId, message.seq])).toEqual([['id-1', 7]]);
    expect(createOutbox('user-a', server).entries()).toEqual([]);
  });

  it('keeps a message whose ack never came and sends it again, same clientId, on reconnect', async () => {
    const outbox = createOutbox('user-a', server);
    outbox.add('c1', 'lost', 'id-1');
    await settle();
    server.connected = false;
    await server.timeOut();
    // The connection dropped meanwhile: it simply waits.
    expect(statuses(outbox)).toEqual(['lost:waiting']);

    server.connected = true;
    void outbox.reconnected();
    await settle();
    await server.timeOut();
    // Connected but unanswered: failed, held back (nothing overtakes it in this run).
    expect(statuses(outbox)).toEqual(['lost:failed']);

    void outbox.reconnected();
    await settle();
    await server.ack(2);
    expect(server.received.map((item) => item.id)).toEqual(['id-1', 'id-1', 'id-1']);
    expect(outbox.entries()).toEqual([]);
  });

  it('marks a refused message as failed without holding back the next, and resends it on retry', async () => {
    const outbox = createOutbox('user-a', server);
    outbox.add('c1', 'refused', 'id-1');
    outbox.add('c1', 'next', 'id-2');
    await settle();
    await server.refuse();
    expect(statuses(outbox)).toEqual(['refused:failed', 'next:sending']);
    await server.ack(2);
    // A reconnect does not resend what the server refused; the user's retry does.
    void outbox.reconnected();
    await settle();
    expect(server.received.map((item) => item.id)).toEqual(['id-1', 'id-2']);
    outbox.retry('id-1');
    await settle();
    expect(statuses(outbox)).toEqual(['refused:sending']);
    await server.ack(3);
    expect(server.received.map((item) => item.id)).toEqual(['id-1', 'id-2', 'id-1']);
    expect(outbox.entries()).toEqual([]);
  });

  it('forgets a failed message the user discards, never while it is being sent', async () => {
    const outbox = createOutbox('user-a', server);
    outbox.add('c1', 'typo', 'id-1');
    await settle();
    outbox.discard('id-1');
    expect(statuses(outbox)).toEqual(['typo:sending']);
    await server.refuse();
    outbox.discard('id-1');
    expect(outbox.entries()).toEqual([]);
    expect(createOutbox('user-a', server).entries()).toEqual([]);
  });

  it('is emptied at sign-out', () => {
    server.connected = false;
    createOutbox('user-a', server).add('c1', 'secret', 'id-1');
    clearOfflineCache();
    expect(createOutbox('user-a', server).entries()).toEqual([]);
  });
});
