import { randomUUID } from 'node:crypto';
import type { ChatMessage } from '@jcc/contracts';
import { countMessages, createConnectedFirms, type ConnectedFirms } from './support/chat-fixtures';
import { bearer } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('chat: messages over REST', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (token: string, conversationId: string, body: unknown) =>
    t.http
      .post(`/api/conversations/${conversationId}/messages`)
      .set(bearer(token))
      .send(body as object);
  const postOk = async (token: string, conversationId: string, text: string) =>
    (await post(token, conversationId, { clientId: randomUUID(), body: text }).expect(201))
      .body as ChatMessage;
  const history = async (token: string, conversationId: string, query = '') =>
    (
      await t.http
        .get(`/api/conversations/${conversationId}/messages${query}`)
        .set(bearer(token))
        .expect(200)
    ).body as { items: ChatMessage[]; nextCursor: string | null };
  const seqs = (messages: ChatMessage[]) => messages.map((message) => message.seq);

  it('stores messages with seq 1, 2, 3 … and answers the stored message', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const first = await postOk(pk.token, conversation.id, 'Salam!');
    const second = await postOk(az.token, conversation.id, 'Salam, welcome');
    expect(first).toMatchObject({
      conversationId: conversation.id,
      seq: 1,
      senderUserId: pk.auth.user.id,
      senderCompanyId: pk.company.id,
      body: 'Salam!',
    });
    expect(second).toMatchObject({ seq: 2, senderCompanyId: az.company.id });
  });

  it('is idempotent on clientId: 200 with the stored message, no second row, no seq burnt', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    const clientId = randomUUID();
    const created = await post(pk.token, conversation.id, { clientId, body: 'once' }).expect(201);
    const replay = await post(pk.token, conversation.id, { clientId, body: 'once' }).expect(200);
    expect(replay.body).toEqual(created.body);
    expect(await countMessages(t.db, conversation.id)).toBe(1);
    expect((await postOk(pk.token, conversation.id, 'next')).seq).toBe(2);
  });

  it('refuses another sender’s clientId with 409 and stores nothing', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const clientId = randomUUID();
    await post(pk.token, conversation.id, { clientId, body: 'mine' }).expect(201);
    const response = await post(az.token, conversation.id, { clientId, body: 'theirs' }).expect(
      409,
    );
    expect(response.body.code).toBe('client_id_taken');
    expect(await countMessages(t.db, conversation.id)).toBe(1);
  });

  describe('history', () => {
    let firms: ConnectedFirms;
    beforeAll(async () => {
      firms = await createConnectedFirms(t.http, t.db);
      for (let i = 1; i <= 25; i += 1) {
        await postOk(
          i % 2 ? firms.pk.token : firms.az.token,
          firms.conversation.id,
          `message ${i}`,
        );
      }
    });

    it('pages back from the newest, oldest first within a page', async () => {
      const { pk, conversation } = firms;
      const newest = await history(pk.token, conversation.id, '?limit=10');
      expect(seqs(newest.items)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
      const older = await history(
        pk.token,
        conversation.id,
        `?limit=10&cursor=${newest.nextCursor}`,
      );
      expect(seqs(older.items)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
      const oldest = await history(
        pk.token,
        conversation.id,
        `?limit=10&cursor=${older.nextCursor}`,
      );
      expect(seqs(oldest.items)).toEqual([1, 2, 3, 4, 5]);
      expect(oldest.nextCursor).toBeNull();
    });

    it('pages forward from afterSeq, and within afterSeq … beforeSeq', async () => {
      const { az, conversation } = firms;
      const after = await history(az.token, conversation.id, '?afterSeq=20&limit=3');
      expect(seqs(after.items)).toEqual([21, 22, 23]);
      const rest = await history(az.token, conversation.id, `?limit=3&cursor=${after.nextCursor}`);
      expect(seqs(rest.items)).toEqual([24, 25]);
      expect(rest.nextCursor).toBeNull();
      expect(
        seqs((await history(az.token, conversation.id, '?afterSeq=3&beforeSeq=7')).items),
      ).toEqual([4, 5, 6]);
      expect(seqs((await history(az.token, conversation.id, '?beforeSeq=3')).items)).toEqual([
        1, 2,
      ]);
      expect((await history(az.token, conversation.id, '?afterSeq=25')).items).toEqual([]);
    });

    it.each([
      ['?afterSeq=-1', 'afterSeq'],
      ['?afterSeq=1.5', 'afterSeq'],
      ['?afterSeq=abc', 'afterSeq'],
      ['?beforeSeq=99999999999', 'beforeSeq'],
      ['?limit=101', 'limit'],
      ['?limit=0', 'limit'],
      ['?cursor=%%%', 'cursor'],
      ['?afterSeq=2&cursor=eyJhZnRlciI6IjEifQ', 'cursor'],
      ['?order=desc', 'order'],
    ])('answers 400 for %s', async (query, field) => {
      const response = await t.http
        .get(`/api/conversations/${firms.conversation.id}/messages${query}`)
        .set(bearer(firms.pk.token))
        .expect(400);
      expect(response.body.message.map((error: { field: string }) => error.field)).toContain(field);
    });
  });

  it('refuses invalid bodies field by field, counting characters as Unicode code points', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    const bad: [unknown, string][] = [
      [{ clientId: randomUUID(), body: '' }, 'body'],
      [{ clientId: randomUUID(), body: '   \n ' }, 'body'],
      [{ clientId: randomUUID(), body: 'x'.repeat(4001) }, 'body'],
      [{ clientId: randomUUID(), body: 'a\u0000' }, 'body'],
      [{ clientId: randomUUID(), body: 7 }, 'body'],
      [{ clientId: 'abc', body: 'hi' }, 'clientId'],
      [{ body: 'hi' }, 'clientId'],
      [{ clientId: randomUUID(), body: 'hi', seq: 5 }, 'seq'],
    ];
    for (const [body, field] of bad) {
      const response = await post(pk.token, conversation.id, body).expect(400);
      expect(response.body.message.map((error: { field: string }) => error.field)).toContain(field);
    }
    await t.http
      .post('/api/conversations/nope/messages')
      .set(bearer(pk.token))
      .send({})
      .expect(400);
    expect(await countMessages(t.db, conversation.id)).toBe(0);
    const emoji = '🤝'.repeat(4000);
    expect(
      (await post(pk.token, conversation.id, { clientId: randomUUID(), body: emoji }).expect(201))
        .body.body,
    ).toBe(emoji);
  });

  it('limits each user to 20 messages per 10 s: then 429 rate_limited, nothing stored', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    for (let i = 0; i < 20; i += 1) {
      await postOk(pk.token, conversation.id, `m${i}`);
    }
    const refused = await post(pk.token, conversation.id, {
      clientId: randomUUID(),
      body: 'one too many',
    }).expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await countMessages(t.db, conversation.id)).toBe(20);
    // Another user of the conversation is not held back.
    await postOk(az.token, conversation.id, 'still fine');
  });
});
