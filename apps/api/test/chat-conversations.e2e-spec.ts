import { randomUUID } from 'node:crypto';
import type { ChatMessage, ConversationResponse } from '@jcc/contracts';
import {
  addColleague,
  countMessages,
  createConnectedFirms,
  createStaffToken,
} from './support/chat-fixtures';
import { bearer, createMember, registerUser } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('chat: conversations over REST', () => {
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

  it('lists conversations newest activity first, with participants, last message and unread', async () => {
    const first = await createConnectedFirms(t.http, t.db);
    const second = await createConnectedFirms(t.http, t.db);
    // The PK firm of `first` also talks to the AZ firm of `second`.
    const third = await t.http
      .post('/api/contact-requests')
      .set(bearer(first.pk.token))
      .send({ toCompanyId: second.az.company.id })
      .expect(201);
    const opened = await t.http
      .post(`/api/contact-requests/${third.body.id}/accept`)
      .set(bearer(second.az.token))
      .expect(200);
    const other = opened.body.conversation as ConversationResponse;
    await postOk(first.az.token, first.conversation.id, 'one');
    await postOk(first.az.token, first.conversation.id, 'two');
    await postOk(second.az.token, other.id, 'three');

    const page = await t.http
      .get('/api/conversations?limit=1')
      .set(bearer(first.pk.token))
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    const newest = page.body.items[0] as ConversationResponse;
    expect(newest).toMatchObject({ id: other.id, lastSeq: 1, unread: 1, readSeq: 0 });
    expect(newest.lastMessage).toMatchObject({ body: 'three', seq: 1 });
    expect(newest.participants.map((company) => company.id).sort()).toEqual(
      [first.pk.company.id, second.az.company.id].sort(),
    );
    expect(Object.keys(newest.participants[0]).sort()).toEqual(
      ['city', 'country', 'id', 'name', 'sectors', 'sizeBand', 'verification'].sort(),
    );
    const rest = await t.http
      .get(`/api/conversations?limit=1&cursor=${page.body.nextCursor}`)
      .set(bearer(first.pk.token))
      .expect(200);
    expect(rest.body.items[0]).toMatchObject({ id: first.conversation.id, unread: 2, lastSeq: 2 });
    expect(rest.body.nextCursor).toBeNull();
    const mine = await t.http
      .get(`/api/conversations/${first.conversation.id}`)
      .set(bearer(first.az.token))
      .expect(200);
    expect(mine.body).toMatchObject({ unread: 0, lastSeq: 2 });
  });

  it('keeps read positions per user: forward only, capped at the newest message', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const colleague = await addColleague(t.http, t.db, az);
    for (const text of ['a', 'b', 'c']) {
      await postOk(pk.token, conversation.id, text);
    }
    const read = (token: string, seq: unknown) =>
      t.http.post(`/api/conversations/${conversation.id}/read`).set(bearer(token)).send({ seq });
    expect((await read(az.token, 2).expect(200)).body).toEqual({
      conversationId: conversation.id,
      seq: 2,
      unread: 1,
    });
    expect((await read(az.token, 1).expect(200)).body).toMatchObject({ seq: 2, unread: 1 });
    expect((await read(az.token, 99).expect(200)).body).toMatchObject({ seq: 3, unread: 0 });
    const other = await t.http
      .get(`/api/conversations/${conversation.id}`)
      .set(bearer(colleague.token))
      .expect(200);
    expect(other.body).toMatchObject({ readSeq: 0, unread: 3 });
    await read(az.token, -1).expect(400);
    await read(az.token, 'x').expect(400);
  });

  it("answers how far the other firm has read (peerReadSeq), never a colleague's reading", async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const colleague = await addColleague(t.http, t.db, az);
    for (const text of ['a', 'b', 'c']) {
      await postOk(pk.token, conversation.id, text);
    }
    const view = async (token: string) =>
      (await t.http.get(`/api/conversations/${conversation.id}`).set(bearer(token)).expect(200))
        .body as ConversationResponse;
    const read = (token: string, seq: number) =>
      t.http
        .post(`/api/conversations/${conversation.id}/read`)
        .set(bearer(token))
        .send({ seq })
        .expect(200);
    expect(await view(pk.token)).toMatchObject({ readSeq: 0, peerReadSeq: 0 });
    await read(az.token, 2);
    await read(colleague.token, 3);
    // The sender sees the furthest any reader of the other firm got, after a reload too.
    expect(await view(pk.token)).toMatchObject({ readSeq: 0, peerReadSeq: 3 });
    const [listed] = (
      await t.http.get('/api/conversations').set(bearer(pk.token)).expect(200)
    ).body.items.filter((item: ConversationResponse) => item.id === conversation.id);
    expect(listed).toMatchObject({ peerReadSeq: 3 });
    // A firm's own reading is its readSeq, never its peer position.
    expect(await view(az.token)).toMatchObject({ readSeq: 2, peerReadSeq: 0 });
    await read(pk.token, 1);
    expect(await view(colleague.token)).toMatchObject({ readSeq: 3, peerReadSeq: 1 });
  });

  it('lets nobody but the participants in: third firm, staff, no firm, anonymous', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    await postOk(pk.token, conversation.id, 'private');
    const third = await createMember(t.http, 'PK');
    const staff = await createStaffToken(t.http, t.db);
    const noCompany = await registerUser(t.http);
    for (const token of [third.token, staff.token, noCompany.accessToken]) {
      await t.http.get(`/api/conversations/${conversation.id}`).set(bearer(token)).expect(404);
      await t.http
        .get(`/api/conversations/${conversation.id}/messages`)
        .set(bearer(token))
        .expect(404);
      await post(token, conversation.id, { clientId: randomUUID(), body: 'let me in' }).expect(404);
      await t.http
        .post(`/api/conversations/${conversation.id}/read`)
        .set(bearer(token))
        .send({ seq: 1 })
        .expect(404);
      const list = await t.http.get('/api/conversations').set(bearer(token)).expect(200);
      expect(list.body.items.map((item: ConversationResponse) => item.id)).not.toContain(
        conversation.id,
      );
    }
    await t.http.get('/api/conversations').expect(401);
    await t.http.get(`/api/conversations/${conversation.id}/messages`).expect(401);
    await t.http.post(`/api/conversations/${conversation.id}/messages`).send({}).expect(401);
    expect(await countMessages(t.db, conversation.id)).toBe(1);
  });

  it('staff open the chamber’s conversation with any firm; only that firm and staff are in it', async () => {
    const firm = await createMember(t.http, 'AZ');
    const staff = await createStaffToken(t.http, t.db);
    const otherStaff = await createStaffToken(t.http, t.db);
    const third = await createMember(t.http, 'PK');
    const opened = await t.http
      .post('/api/conversations')
      .set(bearer(staff.token))
      .send({ companyId: firm.company.id })
      .expect(201);
    const conversation = opened.body.conversation as ConversationResponse;
    expect(conversation).toMatchObject({
      kind: 'chamber',
      participants: [{ id: firm.company.id }],
    });
    const again = await t.http
      .post('/api/conversations')
      .set(bearer(otherStaff.token))
      .send({ companyId: firm.company.id })
      .expect(200);
    expect(again.body.conversation.id).toBe(conversation.id);

    const fromStaff = await postOk(staff.token, conversation.id, 'Welcome to the chamber');
    expect(fromStaff).toMatchObject({ senderCompanyId: null, senderUserId: staff.userId });
    await postOk(firm.token, conversation.id, 'Thank you');
    expect(seqs((await history(otherStaff.token, conversation.id)).items)).toEqual([1, 2]);
    await t.http
      .get(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(third.token))
      .expect(404);

    await t.http
      .post('/api/conversations')
      .set(bearer(firm.token))
      .send({ companyId: third.company.id })
      .expect(403);
    await t.http
      .post('/api/conversations')
      .set(bearer(staff.token))
      .send({ companyId: 'x' })
      .expect(400);
    await t.http
      .post('/api/conversations')
      .set(bearer(staff.token))
      .send({ companyId: '00000000-0000-4000-8000-000000000003' })
      .expect(404);
  });
});
