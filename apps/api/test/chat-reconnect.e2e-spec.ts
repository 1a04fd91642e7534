import type { ChatMessage } from '@jcc/contracts';
import { addColleague, createConnectedFirms } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, eventually, sendOk, sleep, sync } from './support/chat-socket';
import { ChatTestClient } from './support/chat-test-client';
import type { Member } from './support/factories';

const CLIENTS = 50;
const JITTER_MS = 8000;

describe('chat: reconnects lose nothing', () => {
  let t: ListeningApp;
  beforeAll(async () => {
    // Resends after cuts count against the rate limit; this test is about delivery.
    t = await startListeningApp({ env: { CHAT_MESSAGES_PER_WINDOW: '100' } });
  });
  afterAll(() => t.close());

  it('a client that was away syncs what it missed: nothing missing, nothing twice', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const sender = await connect(t.url, pk.token);
    let receiver = await connect(t.url, az.token);
    const held = new Map<number, ChatMessage>();
    const hold = (message: ChatMessage) => {
      expect(held.has(message.seq)).toBe(false);
      held.set(message.seq, message);
    };
    receiver.on('message:new', ({ message }) => hold(message));
    await sendOk(sender, conversation.id, 'before 1');
    await sendOk(sender, conversation.id, 'before 2');
    await eventually(() => held.size === 2);

    receiver.close();
    for (let i = 1; i <= 5; i += 1) {
      await sendOk(sender, conversation.id, `while away ${i}`);
    }
    receiver = await connect(t.url, az.token);
    receiver.on('message:new', ({ message }) => hold(message));
    const ack = await sync(receiver, conversation.id, Math.max(...held.keys()));
    if (!ack.ok) {
      throw new Error(ack.error.code);
    }
    expect(ack.hasMore).toBe(false);
    ack.messages.forEach(hold);
    await sendOk(sender, conversation.id, 'after');
    await eventually(() => held.size === 8);
    expect([...held.values()].sort((a, b) => a.seq - b.seq).map((message) => message.body)).toEqual(
      [
        'before 1',
        'before 2',
        'while away 1',
        'while away 2',
        'while away 3',
        'while away 4',
        'while away 5',
        'after',
      ],
    );
    const paged = await receiver.emitWithAck('conversation:sync', {
      conversationId: conversation.id,
      afterSeq: 0,
      limit: 3,
    });
    expect(paged).toMatchObject({ ok: true, hasMore: true });
    sender.close();
    receiver.close();
  });

  it(`${CLIENTS} clients cut every few seconds while sending: each ends with every message once, in seq order`, async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const members: Member[] = [pk, az];
    while (members.length < CLIENTS) {
      members.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(10, CLIENTS - members.length) }, (_, i) =>
            addColleague(t.http, t.db, i % 2 ? pk : az),
          ),
        )),
      );
    }
    const clients = members.map(
      (member) => new ChatTestClient(t.url, member.token, [conversation.id]),
    );
    await Promise.all(clients.map((client) => client.waitConnected()));

    // Each client sends every 400–900 ms and loses its connection every 1.5–3.5 s.
    const until = Date.now() + JITTER_MS;
    const random = (min: number, max: number) => min + Math.random() * (max - min);
    await Promise.all(
      clients.map(async (client, index) => {
        let nextCut = Date.now() + random(1500, 3500);
        let n = 0;
        while (Date.now() < until) {
          client.send(conversation.id, `client ${index} message ${n++}`);
          // eslint-disable-next-line no-restricted-syntax -- paces a simulated user; asserts nothing
          await sleep(random(400, 900));
          if (Date.now() >= nextCut) {
            client.cut();
            nextCut = Date.now() + random(1500, 3500);
          }
        }
      }),
    );

    // Calm network: everything queued goes out, then everyone fills in.
    await Promise.all(clients.map((client) => client.waitConnected()));
    await eventually(
      () => {
        clients.forEach((client) => client.retryOutbox());
        return clients.every((client) => client.outbox.size === 0);
      },
      15_000,
      'every outbox drained',
    );
    const rows: { id: string; seq: number; client_id: string }[] = await t.db.query(
      'SELECT id, seq, client_id FROM messages WHERE conversation_id = $1 ORDER BY seq',
      [conversation.id],
    );
    const sent = clients.flatMap((client) => client.sentClientIds);
    expect(rows).toHaveLength(sent.length);
    expect(new Set(rows.map((row) => row.client_id))).toEqual(new Set(sent));
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, i) => i + 1));

    await Promise.all(clients.map((client) => client.sync(conversation.id)));
    for (const client of clients) {
      const held = client.messages(conversation.id);
      expect(held.map((message) => message.id)).toEqual(rows.map((row) => row.id));
    }
    expect(clients.reduce((total, client) => total + client.connects, 0)).toBeGreaterThan(
      CLIENTS * 2,
    );
    clients.forEach((client) => client.close());
  }, 60_000);
});
