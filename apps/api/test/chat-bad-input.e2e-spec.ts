import { randomUUID } from 'node:crypto';
import { CHAT_LIMITS } from '@jcc/contracts';
import { countMessages, createConnectedFirms, createStaffToken } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import {
  collectMessages,
  connect,
  emitRaw,
  send,
  sendOk,
  next,
  sync,
  type ChatClientSocket,
  type RawSocket,
} from './support/chat-socket';
import { createMember, registerUser } from './support/factories';

const EVENTS = ['message:send', 'conversation:sync', 'typing', 'message:read'] as const;

describe('chat: bad input and strangers over sockets', () => {
  let t: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  beforeAll(async () => {
    t = await startListeningApp();
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t.close());

  const open = async (token: string) => {
    const socket = await connect(t.url, token);
    sockets.push(socket);
    return socket;
  };

  it('answers every malformed payload of every event with an error ack, stores nothing, stays usable', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const [socket, watcher] = await Promise.all([open(pk.token), open(az.token)]);
    const seenByWatcher = collectMessages(watcher);
    const id = conversation.id;
    const shapes: unknown[][] = [
      [],
      [null],
      [42],
      ['text'],
      [[id]],
      [{}],
      [{ conversationId: 'not-a-uuid' }],
      [{ conversationId: id, extra: 1 }],
      [{ conversationId: 7, clientId: randomUUID(), body: 'x' }],
      [{ conversationId: id, clientId: 'nope', body: 'x' }],
      [{ conversationId: id, clientId: randomUUID(), body: '' }],
      [{ conversationId: id, clientId: randomUUID(), body: '  ' }],
      [
        {
          conversationId: id,
          clientId: randomUUID(),
          body: 'x'.repeat(CHAT_LIMITS.bodyMaxLength + 1),
        },
      ],
      [{ conversationId: id, clientId: randomUUID(), body: { text: 'x' } }],
      [{ conversationId: id, clientId: randomUUID(), body: 'a\u0000b' }],
      [{ conversationId: id, afterSeq: -1 }],
      [{ conversationId: id, afterSeq: 1.5 }],
      [{ conversationId: id, afterSeq: '3' }],
      [{ conversationId: id, afterSeq: 2 ** 40 }],
      [{ conversationId: id, afterSeq: 0, limit: 100_000 }],
      [{ conversationId: id, seq: -3 }],
      [{ conversationId: id, seq: null }],
      [{ conversationId: id, clientId: randomUUID(), body: 'two args' }, 'second'],
      [{ __proto__: { conversationId: id }, constructor: 'x' }],
    ];
    for (const event of EVENTS) {
      for (const args of shapes) {
        const ack = await emitRaw(socket, event, ...args);
        expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(typeof (ack as { error: { message: string } }).error.message).toBe('string');
      }
    }
    // Field-level detail, as in REST 400s.
    expect(
      await emitRaw(socket, 'message:send', { conversationId: id, clientId: 'nope', body: '' }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: expect.arrayContaining([expect.objectContaining({ field: 'clientId' })]),
      },
    });
    // Events without an ack callback are ignored just as safely.
    (socket as unknown as RawSocket).emit('message:send', 'garbage');
    (socket as unknown as RawSocket).emit('unknown:event', { anything: true });
    expect(await countMessages(t.db, id)).toBe(0);
    expect(seenByWatcher).toEqual([]);
    expect(socket.connected).toBe(true);
    expect((await sendOk(socket, id, 'still here')).seq).toBe(1);
  });

  it('refuses an oversized packet by closing the connection, and stores nothing', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    const socket = await open(pk.token);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit(
      'message:send',
      {
        conversationId: conversation.id,
        clientId: randomUUID(),
        body: 'x'.repeat(CHAT_LIMITS.maxSocketPacketBytes + 1),
      },
      () => undefined,
    );
    expect(await closed).toBe('transport close');
    expect(await countMessages(t.db, conversation.id)).toBe(0);
    const again = await open(pk.token);
    expect((await sendOk(again, conversation.id, 'small again')).seq).toBe(1);
  });

  it('allows 20 messages per 10 s per user, then acks rate_limited and stores nothing', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    const socket = await open(pk.token);
    const acks = await Promise.all(
      Array.from({ length: 25 }, (_, i) => send(socket, conversation.id, `m${i}`)),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(20);
    const refused = acks.filter((ack) => !ack.ok);
    expect(refused).toHaveLength(5);
    expect(refused[0]).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(await countMessages(t.db, conversation.id)).toBe(20);
    expect(socket.connected).toBe(true);
  });

  it('never lets a stranger send, sync, type or mark read, nor hear anything', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const third = await createMember(t.http, 'PK');
    const staff = await createStaffToken(t.http, t.db);
    const noCompany = await registerUser(t.http);
    const insiders = await Promise.all([open(pk.token), open(az.token)]);
    const strangers = await Promise.all([
      open(third.token),
      open(staff.token),
      open(noCompany.accessToken),
    ]);
    const overheard = strangers.map(collectMessages);
    const typed: unknown[] = [];
    strangers.forEach((socket) => socket.on('typing', (event) => typed.push(event)));

    await sendOk(insiders[0], conversation.id, 'between us');
    await insiders[1].emitWithAck('typing', { conversationId: conversation.id });
    for (const socket of strangers) {
      expect(await send(socket, conversation.id, 'let me in')).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(await sync(socket, conversation.id, 0)).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
      expect(await emitRaw(socket, 'typing', { conversationId: conversation.id })).toMatchObject({
        ok: false,
      });
      expect(
        await emitRaw(socket, 'message:read', { conversationId: conversation.id, seq: 1 }),
      ).toMatchObject({
        ok: false,
        error: { code: 'not_found' },
      });
    }
    // Absence proved by later events, not by waiting: the insiders receive a marker message and a
    // typing event sent after everything above, and each stranger gets one more ack after that.
    // The server broadcasts before it acks, and one connection delivers in order, so whatever a
    // stranger were to overhear would be collected before its last ack.
    const markerIn = next(insiders[1], 'message:new', ({ message }) => message.body === 'marker');
    const typingIn = next(insiders[0], 'typing', () => true);
    await sendOk(insiders[0], conversation.id, 'marker');
    await insiders[1].emitWithAck('typing', { conversationId: conversation.id });
    await Promise.all([markerIn, typingIn]);
    for (const socket of strangers) {
      expect(await sync(socket, conversation.id, 0)).toMatchObject({ ok: false });
    }
    expect(overheard.flat()).toEqual([]);
    expect(typed).toEqual([]);
    expect(await countMessages(t.db, conversation.id)).toBe(2);
    const reads = await t.db.query(
      'SELECT count(*)::int AS count FROM conversation_reads WHERE conversation_id = $1',
      [conversation.id],
    );
    expect(reads[0].count).toBe(0);
  });
});
