import type { ChatMessage } from '@jcc/contracts';
import { addColleague, createConnectedFirms } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import {
  collectMessages,
  connect,
  eventually,
  send,
  type ChatClientSocket,
} from './support/chat-socket';

const SENDERS = 10;
const PER_SENDER = 50;
const TOTAL = SENDERS * PER_SENDER;
// A socket's messages are stored one after the other, so its last ack of the burst waits for
// its 49 others, beside nine other senders: on a busy 2-core machine well over the usual 5 s.
// This test is about order, not speed (bench:chat measures that); 25 s stays under jest's 30.
const BURST_ACK_TIMEOUT_MS = 25_000;

describe('chat: ordering under concurrent senders', () => {
  let t: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  beforeAll(async () => {
    // This test is about seq allocation, not the per-user rate limit.
    t = await startListeningApp({ env: { CHAT_MESSAGES_PER_WINDOW: '1000' } });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it(`${SENDERS} senders × ${PER_SENDER} messages at once → seq 1…${TOTAL}, no gap, same order everywhere`, async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    // Five users per firm send; one more socket per firm only listens.
    const members = [pk, az];
    for (let i = 0; i < SENDERS - 2; i += 1) {
      members.push(await addColleague(t.http, t.db, i % 2 ? az : pk));
    }
    sockets.push(
      ...(await Promise.all([...members, pk, az].map((member) => connect(t.url, member.token)))),
    );
    const senders = sockets.slice(0, SENDERS);
    const views: ChatMessage[][] = sockets.map(collectMessages);

    const acks = await Promise.all(
      senders.flatMap((socket, sender) =>
        Array.from({ length: PER_SENDER }, (_, n) =>
          send(socket, conversation.id, `sender ${sender} #${n}`, undefined, BURST_ACK_TIMEOUT_MS),
        ),
      ),
    );
    const stored = acks.map((ack) => {
      if (!ack.ok) {
        throw new Error(`refused: ${ack.error.code}`);
      }
      return ack.message;
    });
    // The sending socket has its own messages through acks, not message:new.
    senders.forEach((_, sender) =>
      views[sender].push(...stored.slice(sender * PER_SENDER, (sender + 1) * PER_SENDER)),
    );

    const rows: { seq: number; client_id: string }[] = await t.db.query(
      'SELECT seq, client_id FROM messages WHERE conversation_id = $1 ORDER BY seq',
      [conversation.id],
    );
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: TOTAL }, (_, i) => i + 1));
    const order = rows.map((row) => row.client_id);

    await eventually(
      () => views.every((view) => view.length >= TOTAL),
      10_000,
      'every client has every message',
    );
    for (const view of views) {
      expect(view).toHaveLength(TOTAL);
      const bySeq = [...view].sort((a, b) => a.seq - b.seq);
      expect(bySeq.map((message) => message.clientId)).toEqual(order);
    }
    // Each sender's own messages were stored in the order it sent them.
    senders.forEach((_, sender) => {
      const own = stored
        .slice(sender * PER_SENDER, (sender + 1) * PER_SENDER)
        .map((message) => message.seq);
      expect(own).toEqual([...own].sort((a, b) => a - b));
    });
  });
});
