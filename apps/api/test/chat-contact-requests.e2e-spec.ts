import type { ContactRequestResponse, ConversationResponse } from '@jcc/contracts';
import {
  addColleague,
  createFirms,
  createStaffToken,
  requestContact,
} from './support/chat-fixtures';
import {
  bearer,
  createMember,
  createVerifiedMember,
  registerUser,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('chat: contact requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const accept = (member: Member, id: string) =>
    t.http.post(`/api/contact-requests/${id}/accept`).set(bearer(member.token));
  const decline = (member: Member, id: string) =>
    t.http.post(`/api/contact-requests/${id}/decline`).set(bearer(member.token));
  const box = async (member: Member, which: 'in' | 'out') =>
    (await t.http.get(`/api/contact-requests?box=${which}`).set(bearer(member.token)).expect(200))
      .body.items as ContactRequestResponse[];

  it('a firm asks another; both see it, in their own box, for 14 days', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const request = await requestContact(t.http, pk, az, '  Footballs for Baku?  ');
    expect(request).toMatchObject({
      fromCompany: { id: pk.company.id, name: pk.company.name },
      toCompany: { id: az.company.id },
      message: 'Footballs for Baku?',
      status: 'pending',
      respondedAt: null,
      conversationId: null,
    });
    const days = (Date.parse(request.expiresAt) - Date.parse(request.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);
    expect((await box(pk, 'out')).map((item) => item.id)).toEqual([request.id]);
    expect((await box(az, 'in')).map((item) => item.id)).toEqual([request.id]);
    expect(await box(pk, 'in')).toEqual([]);
    const third = await createMember(t.http, 'AZ');
    expect(await box(third, 'in')).toEqual([]);
  });

  it('answers 409 while a request between the two firms is pending, in either direction', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    await requestContact(t.http, pk, az);
    for (const [from, to] of [
      [pk, az],
      [az, pk],
    ]) {
      const response = await t.http
        .post('/api/contact-requests')
        .set(bearer(from.token))
        .send({ toCompanyId: to.company.id, message: 'again' })
        .expect(409);
      expect(response.body.code).toBe('request_pending');
    }
  });

  it('stores one request when the same pair asks twice at once', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const results = await Promise.all(
      [pk, az, pk, az].map((from) =>
        t.http
          .post('/api/contact-requests')
          .set(bearer(from.token))
          .send({ toCompanyId: (from === pk ? az : pk).company.id }),
      ),
    );
    expect(results.map((result) => result.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it('accept opens a conversation between the two firms; asking again is a conflict', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const request = await requestContact(t.http, pk, az);
    const response = await accept(az, request.id).expect(200);
    const conversation = response.body.conversation as ConversationResponse;
    // The request's message is the conversation's first message, from the firm that asked.
    expect(conversation).toMatchObject({
      kind: 'firms',
      lastSeq: 1,
      unread: 1,
      lastMessage: {
        seq: 1,
        body: 'We make footballs; shall we talk?',
        senderCompanyId: pk.company.id,
        senderUserId: pk.auth.user.id,
        clientId: request.id,
      },
    });
    const history = await t.http
      .get(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(pk.token))
      .expect(200);
    expect(
      history.body.items.map((message: { seq: number; body: string }) => message.body),
    ).toEqual(['We make footballs; shall we talk?']);
    expect(conversation.participants.map((company) => company.id).sort()).toEqual(
      [pk.company.id, az.company.id].sort(),
    );
    const [out] = await box(pk, 'out');
    expect(out).toMatchObject({ status: 'accepted', conversationId: conversation.id });
    expect(out.respondedAt).not.toBeNull();
    const again = await t.http
      .post('/api/contact-requests')
      .set(bearer(az.token))
      .send({ toCompanyId: pk.company.id })
      .expect(409);
    expect(again.body.code).toBe('conversation_exists');
    await accept(az, request.id).expect(409);
  });

  it('two accepts at once open one conversation', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const colleague = await addColleague(t.http, t.db, az);
    const request = await requestContact(t.http, pk, az);
    const results = await Promise.all([accept(az, request.id), accept(colleague, request.id)]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const [{ count }] = await t.db.query(
      `SELECT count(*)::int AS count FROM conversation_companies WHERE company_id = $1`,
      [pk.company.id],
    );
    expect(count).toBe(1);
  });

  it('decline closes the request without a conversation; the firm may ask again later', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const request = await requestContact(t.http, pk, az);
    const response = await decline(az, request.id).expect(200);
    expect(response.body.request).toMatchObject({
      id: request.id,
      status: 'declined',
      conversationId: null,
    });
    expect((await accept(az, request.id).expect(409)).body.code).toBe('request_declined');
    expect(
      (await t.http.get('/api/conversations').set(bearer(pk.token)).expect(200)).body.items,
    ).toEqual([]);
    await requestContact(t.http, pk, az);
  });

  it('only the addressed firm answers: the sender gets 403, anyone else 404, anonymous 401', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const request = await requestContact(t.http, pk, az);
    const third = await createMember(t.http, 'PK');
    const staff = await createStaffToken(t.http, t.db);
    const noCompany = await registerUser(t.http);
    expect((await accept(pk, request.id).expect(403)).body.code).toBe('not_addressee');
    await decline(pk, request.id).expect(403);
    await accept(third, request.id).expect(404);
    await decline(third, request.id).expect(404);
    await t.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(staff.token))
      .expect(404);
    await t.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(noCompany.accessToken))
      .expect(404);
    await t.http.post(`/api/contact-requests/${request.id}/accept`).expect(401);
    await t.http.get('/api/contact-requests').expect(401);
    await t.http.post('/api/contact-requests').send({ toCompanyId: az.company.id }).expect(401);
    await accept(az, '00000000-0000-4000-8000-000000000000').expect(404);
    expect((await accept(az, 'not-a-uuid').expect(400)).body.message[0].field).toBe('id');
  });

  it('a request not answered in 14 days expires: it cannot be accepted and frees the pair', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const request = await requestContact(t.http, pk, az);
    await t.db.query(
      `UPDATE contact_requests SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [request.id],
    );
    expect((await box(az, 'in'))[0].status).toBe('expired');
    expect((await accept(az, request.id).expect(409)).body.code).toBe('request_expired');
    const renewed = await requestContact(t.http, az, pk);
    expect(renewed.status).toBe('pending');
  });

  it('answers 429 quota_exceeded past 20 pending requests of one firm; expired ones do not count', async () => {
    const sender = await createVerifiedMember(t.http, t.db, 'PK');
    const targets: Member[] = [];
    for (let batch = 0; batch < 3; batch += 1) {
      targets.push(
        ...(await Promise.all(Array.from({ length: 7 }, () => createVerifiedMember(t.http, t.db, 'AZ')))),
      );
    }
    const sent: ContactRequestResponse[] = [];
    for (const target of targets.slice(0, 20)) {
      sent.push(await requestContact(t.http, sender, target));
    }
    const refused = await t.http
      .post('/api/contact-requests')
      .set(bearer(sender.token))
      .send({ toCompanyId: targets[20].company.id })
      .expect(429);
    expect(refused.body.code).toBe('quota_exceeded');
    await t.db.query(
      `UPDATE contact_requests SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [sent[0].id],
    );
    await requestContact(t.http, sender, targets[20]);
  });

  it('only member accounts with a firm send requests', async () => {
    const { az } = await createFirms(t.http, t.db);
    const noCompany = await registerUser(t.http);
    const staff = await createStaffToken(t.http, t.db);
    const send = (token: string) =>
      t.http.post('/api/contact-requests').set(bearer(token)).send({ toCompanyId: az.company.id });
    expect((await send(noCompany.accessToken).expect(403)).body.code).toBe('company_required');
    expect((await send(staff.token).expect(403)).body.code).toBe('members_only');
    expect(
      (await t.http.get('/api/contact-requests').set(bearer(staff.token)).expect(403)).body.code,
    ).toBe('members_only');
  });

  const someId = '00000000-0000-4000-8000-000000000001';
  it.each([
    ['a toCompanyId that is no UUID', { toCompanyId: 'nope' }, 'toCompanyId'],
    ['no toCompanyId', {}, 'toCompanyId'],
    ['a null toCompanyId', { toCompanyId: null }, 'toCompanyId'],
    ['a note over 1,000 characters', { toCompanyId: someId, message: 'x'.repeat(1001) }, 'message'],
    ['a note that is a number', { toCompanyId: someId, message: 42 }, 'message'],
    ['a note with a NUL character', { toCompanyId: someId, message: 'a\u0000b' }, 'message'],
    ['an unknown field', { toCompanyId: someId, extra: true }, 'extra'],
  ])('refuses %s with a field-level 400', async (_label, body, field) => {
    const { pk } = await createFirms(t.http, t.db);
    const response = await t.http
      .post('/api/contact-requests')
      .set(bearer(pk.token))
      .send(body)
      .expect(400);
    expect(response.body.message.map((error: { field: string }) => error.field)).toContain(field);
  });

  it('answers 400 for the own firm and 404 for an unknown firm', async () => {
    const { pk } = await createFirms(t.http, t.db);
    const own = await t.http
      .post('/api/contact-requests')
      .set(bearer(pk.token))
      .send({ toCompanyId: pk.company.id })
      .expect(400);
    expect(own.body.message[0].field).toBe('toCompanyId');
    await t.http
      .post('/api/contact-requests')
      .set(bearer(pk.token))
      .send({ toCompanyId: '00000000-0000-4000-8000-000000000002' })
      .expect(404);
  });

  it('refuses a bad box or limit with 400, and pages with a cursor', async () => {
    const sender = await createVerifiedMember(t.http, t.db, 'PK');
    const targets = await Promise.all([1, 2, 3].map(() => createVerifiedMember(t.http, t.db, 'AZ')));
    for (const target of targets) {
      await requestContact(t.http, sender, target);
    }
    await t.http.get('/api/contact-requests?box=all').set(bearer(sender.token)).expect(400);
    await t.http.get('/api/contact-requests?limit=0').set(bearer(sender.token)).expect(400);
    await t.http.get('/api/contact-requests?cursor=bad').set(bearer(sender.token)).expect(400);
    const first = await t.http
      .get('/api/contact-requests?box=out&limit=2')
      .set(bearer(sender.token))
      .expect(200);
    expect(first.body.items.map((item: ContactRequestResponse) => item.toCompany.id)).toEqual([
      targets[2].company.id,
      targets[1].company.id,
    ]);
    const second = await t.http
      .get(`/api/contact-requests?box=out&limit=2&cursor=${first.body.nextCursor}`)
      .set(bearer(sender.token))
      .expect(200);
    expect(second.body.items.map((item: ContactRequestResponse) => item.toCompany.id)).toEqual([
      targets[0].company.id,
    ]);
    expect(second.body.nextCursor).toBeNull();
  });
});
