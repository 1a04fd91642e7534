import type {
  ContactRequestResponse,
  OpportunityForMe,
  OpportunityResponse,
  Page,
} from '@jcc/contracts';
import { OpportunityExpiryJob } from '../src/modules/opportunities/opportunity-expiry.job';
import { expectApiError, expectFieldError } from './support/api-error';
import {
  bearer,
  createMember,
  createUserWithRole,
  createVerifiedMember,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const inDays = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const offer = (overrides: Record<string, unknown> = {}) => ({
  kind: 'business_offer',
  title: 'Hand-stitched footballs for Caspian retailers',
  summary: 'FIFA-quality match balls, 5,000 a month, private label possible, shipped via Karachi.',
  sectors: ['sports_goods'],
  hsChapters: ['95'],
  deadline: inDays(30),
  ...overrides,
});

describe('opportunities board', () => {
  let t: TestApp;
  let staff: string;
  let pk: Member;
  let pk2: Member;
  let az: Member;
  let az2: Member;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_WORKER: 'false' });
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    pk = await createVerifiedMember(t.http, t.db, 'PK');
    pk2 = await createVerifiedMember(t.http, t.db, 'PK');
    az = await createVerifiedMember(t.http, t.db, 'AZ');
    az2 = await createVerifiedMember(t.http, t.db, 'AZ');
  });
  afterAll(() => t.close());

  const post = (member: Member, body: Record<string, unknown>) =>
    t.http.post('/api/opportunities').set(bearer(member.token)).send(body);
  const review = (id: string, body: Record<string, unknown>) =>
    t.http.post(`/api/opportunity-review/${id}`).set(bearer(staff)).send(body);
  const get = (id: string, token?: string) => {
    const call = t.http.get(`/api/opportunities/${id}`);
    return token ? call.set(bearer(token)) : call;
  };
  const count = async (table: string) =>
    Number((await t.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  const auditActions = async (id: string) =>
    (
      await t.db.query<{ action: string }[]>(
        `SELECT action FROM audit_log WHERE target_type = 'opportunity' AND target_id = $1 ORDER BY id`,
        [id],
      )
    ).map((row) => row.action);

  async function published(member: Member, overrides: Record<string, unknown> = {}) {
    const created = (await post(member, offer({ ...overrides, submit: true })).expect(201))
      .body as OpportunityResponse;
    return (await review(created.id, { decision: 'publish' }).expect(200))
      .body as OpportunityResponse;
  }

  it('draft → submitted → published: the board shows it, with the firm, to members', async () => {
    const draft = (await post(pk, offer()).expect(201)).body as OpportunityResponse;
    expect(draft).toMatchObject({ status: 'draft', country: 'PK', company: { id: pk.company.id } });
    // Not on the board, not readable by another firm, while a draft.
    await get(draft.id, az.token).expect(404);
    await get(draft.id).expect(404);
    const submitted = await t.http
      .post(`/api/opportunities/${draft.id}/submit`)
      .set(bearer(pk.token))
      .expect(200);
    expect(submitted.body.status).toBe('submitted');
    const queue = (await t.http.get('/api/opportunity-review').set(bearer(staff)).expect(200))
      .body as Page<OpportunityResponse>;
    expect(queue.items.map((item) => item.id)).toContain(draft.id);
    await get(draft.id, az.token).expect(404);

    const done = (await review(draft.id, { decision: 'publish' }).expect(200)).body;
    expect(done).toMatchObject({ status: 'published', refusalReason: null });
    const board = (await t.http.get('/api/opportunities').set(bearer(az.token)).expect(200))
      .body as Page<OpportunityResponse>;
    const shown = board.items.find((item) => item.id === draft.id);
    expect(shown).toMatchObject({ company: { id: pk.company.id }, interestCount: null });
    expect(await auditActions(draft.id)).toEqual([
      'opportunity.create',
      'opportunity.submit',
      'opportunity.publish',
    ]);
  });

  it('anonymous visitors read a teaser: no firm, a short summary', async () => {
    const long = 'Long description of the offer. '.repeat(20);
    const opp = await published(pk, { summary: long });
    const teaser = (await get(opp.id).expect(200)).body as OpportunityResponse;
    expect(teaser.company).toBeNull();
    expect(teaser.summary.length).toBeLessThan(long.length);
    const board = (await t.http.get('/api/opportunities').expect(200))
      .body as Page<OpportunityResponse>;
    expect(board.items.every((item) => item.company === null)).toBe(true);
  });

  it('refused with a reason the firm reads; an edit makes it a draft again', async () => {
    const created = (await post(pk, offer({ submit: true })).expect(201))
      .body as OpportunityResponse;
    expectFieldError(await review(created.id, { decision: 'refuse' }), 'reason');
    const refused = (
      await review(created.id, { decision: 'refuse', reason: 'Name the price range' }).expect(200)
    ).body as OpportunityResponse;
    expect(refused).toMatchObject({ status: 'refused', refusalReason: 'Name the price range' });
    const [refusal] = await t.db.query<{ params: { reason: string } }[]>(
      `SELECT params FROM notifications WHERE user_id = $1 AND kind = 'opportunity.refused'
         AND params->>'opportunityId' = $2`,
      [pk.auth.user.id, created.id],
    );
    expect(refusal.params.reason).toBe('Name the price range');
    const mine = (await t.http.get('/api/opportunities/mine').set(bearer(pk.token)).expect(200))
      .body as Page<OpportunityResponse>;
    expect(mine.items.find((item) => item.id === created.id)?.refusalReason).toBe(
      'Name the price range',
    );
    // Another firm never learns it exists.
    await get(created.id, pk2.token).expect(404);
    const edited = await t.http
      .patch(`/api/opportunities/${created.id}`)
      .set(bearer(pk.token))
      .send({ summary: 'FIFA-quality balls, USD 9–12 each, 5,000 a month, private label.' })
      .expect(200);
    expect(edited.body.status).toBe('draft');
  });

  it('an edit of a published one sends it back to review and off the board', async () => {
    const opp = await published(pk);
    const edited = await t.http
      .patch(`/api/opportunities/${opp.id}`)
      .set(bearer(pk.token))
      .send({ title: 'Hand-stitched footballs and futsal balls' })
      .expect(200);
    expect(edited.body.status).toBe('submitted');
    await get(opp.id, az.token).expect(404);
    expect(await auditActions(opp.id)).toContain('opportunity.update');
  });

  it('a firm of the other country expresses interest: a contact request carrying the opportunity', async () => {
    const opp = await published(pk);
    const answer = await t.http
      .post(`/api/opportunities/${opp.id}/interest`)
      .set(bearer(az.token))
      .send({ message: 'We distribute sports goods in Baku; interested.' })
      .expect(201);
    const request = answer.body.contactRequest as ContactRequestResponse;
    expect(request).toMatchObject({
      fromCompany: { id: az.company.id },
      toCompany: { id: pk.company.id },
      status: 'pending',
      opportunity: { id: opp.id, title: opp.title, kind: 'business_offer' },
    });
    const inbox = (
      await t.http.get('/api/contact-requests?box=in').set(bearer(pk.token)).expect(200)
    ).body.items as ContactRequestResponse[];
    expect(inbox.find((item) => item.id === request.id)?.opportunity?.id).toBe(opp.id);
    // The poster sees how many answered; the answering firm sees it answered.
    expect((await get(opp.id, pk.token).expect(200)).body.interestCount).toBe(1);
    expect((await get(opp.id, az.token).expect(200)).body.interested).toBe(true);
    expect(await auditActions(opp.id)).toContain('opportunity.interest');
    // The poster is told in the app (the bell), with the answering firm's name.
    const told = await t.db.query<{ kind: string; params: { firmName: string } }[]>(
      `SELECT kind, params FROM notifications WHERE user_id = $1 ORDER BY created_at`,
      [pk.auth.user.id],
    );
    expect(told.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['opportunity.published', 'opportunity.interest_received']),
    );
    expect(told.find((row) => row.kind === 'opportunity.interest_received')?.params.firmName).toBe(
      az.company.name,
    );
    // The mail (templates opportunity-interest / opportunity-reviewed) goes through the team
    // branch's NotificationMailer, still a logging stub there: no outbox row to assert yet.

    // Accepting opens the conversation with the interest message as its first message.
    const accepted = await t.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(pk.token))
      .expect(200);
    const messages = await t.http
      .get(`/api/conversations/${accepted.body.conversation.id}/messages`)
      .set(bearer(pk.token))
      .expect(200);
    expect(messages.body.items[0].body).toBe('We distribute sports goods in Baku; interested.');
  });

  describe('bad input: 4xx with the error shape, nothing written', () => {
    it.each([
      ['a past deadline', { deadline: inDays(-1) }, 'deadline'],
      ['an impossible date', { deadline: '2027-02-31' }, 'deadline'],
      ['a deadline too far ahead', { deadline: inDays(1000) }, 'deadline'],
      ['an unknown sector', { sectors: ['spaceships'] }, 'sectors'],
      ['an unknown HS chapter', { hsChapters: ['99'] }, 'hsChapters'],
      ['an unknown kind', { kind: 'barter' }, 'kind'],
      ['no sector', { sectors: [] }, 'sectors'],
      ['an unknown field', { price: 10 }, 'price'],
      ['a formula as title', { title: '=HYPERLINK("x")' }, 'title'],
    ])('%s', async (_name, overrides, field) => {
      const before = await count('opportunities');
      const audits = await count('audit_log');
      expectFieldError(await post(pk, offer(overrides)), field);
      expect(await count('opportunities')).toBe(before);
      expect(await count('audit_log')).toBe(audits);
    });

    it('an unverified firm may not post (403 company_not_verified)', async () => {
      const pending = await createMember(t.http, 'PK');
      const before = await count('opportunities');
      const answer = await post(pending, offer());
      expectApiError(answer, 403);
      expect(answer.body.code).toBe('company_not_verified');
      expect(await count('opportunities')).toBe(before);
    });

    it('interest by a firm of the same country, on its own, or twice', async () => {
      const opp = await published(pk);
      const send = (member: Member) =>
        t.http
          .post(`/api/opportunities/${opp.id}/interest`)
          .set(bearer(member.token))
          .send({ message: 'Interested' });
      const requests = await count('contact_requests');
      const own = await send(pk);
      expectApiError(own, 403);
      expect(own.body.code).toBe('own_opportunity');
      const same = await send(pk2);
      expectApiError(same, 403);
      expect(same.body.code).toBe('wrong_country');
      expect(await count('contact_requests')).toBe(requests);
      await send(az2).expect(201);
      const interests = await count('opportunity_interests');
      const twice = await send(az2);
      expectApiError(twice, 409);
      expect(twice.body.code).toBe('interest_exists');
      expect(await count('opportunity_interests')).toBe(interests);
      expect(await count('contact_requests')).toBe(requests + 1);
    });

    it('an empty interest message, an unverified firm answering', async () => {
      const opp = await published(pk);
      expectFieldError(
        await t.http
          .post(`/api/opportunities/${opp.id}/interest`)
          .set(bearer(az.token))
          .send({ message: '   ' }),
        'message',
      );
      const pending = await createMember(t.http, 'AZ');
      const answer = await t.http
        .post(`/api/opportunities/${opp.id}/interest`)
        .set(bearer(pending.token))
        .send({ message: 'Hello' });
      expectApiError(answer, 403);
      expect(answer.body.code).toBe('company_not_verified');
    });

    it('a review of one not submitted is a conflict', async () => {
      const draft = (await post(pk, offer()).expect(201)).body as OpportunityResponse;
      const answer = await review(draft.id, { decision: 'publish' });
      expectApiError(answer, 409);
      expect(answer.body.code).toBe('opportunity_not_open');
    });
  });

  describe('access: two firms, staff, anonymous', () => {
    let draft: OpportunityResponse;
    beforeAll(async () => {
      draft = (await post(pk, offer()).expect(201)).body as OpportunityResponse;
    });

    it('reads of a not-yet-published one: its firm and staff only', async () => {
      await get(draft.id, pk.token).expect(200);
      await get(draft.id, staff).expect(200);
      await get(draft.id, pk2.token).expect(404);
      await get(draft.id, az.token).expect(404);
      await get(draft.id).expect(404);
    });

    it('writes: only its firm edits and submits; staff and its firm close', async () => {
      const body = { title: 'Another title for it' };
      await t.http
        .patch(`/api/opportunities/${draft.id}`)
        .set(bearer(pk2.token))
        .send(body)
        .expect(404);
      await t.http
        .patch(`/api/opportunities/${draft.id}`)
        .set(bearer(staff))
        .send(body)
        .expect(403);
      await t.http.patch(`/api/opportunities/${draft.id}`).send(body).expect(401);
      await t.http.post(`/api/opportunities/${draft.id}/submit`).set(bearer(az.token)).expect(404);
      await t.http.post(`/api/opportunities/${draft.id}/close`).set(bearer(az.token)).expect(404);
      await t.http.post(`/api/opportunities/${draft.id}/close`).set(bearer(staff)).expect(200);
    });

    it('a published one is read by all, but changed by its firm only', async () => {
      const opp = await published(pk);
      await t.http
        .patch(`/api/opportunities/${opp.id}`)
        .set(bearer(pk2.token))
        .send({ title: 'Taken over by another firm' })
        .expect(403);
      await t.http.post(`/api/opportunities/${opp.id}/close`).set(bearer(az.token)).expect(403);
    });

    it('the review queue and decisions are staff work', async () => {
      await t.http.get('/api/opportunity-review').set(bearer(pk.token)).expect(403);
      await t.http.get('/api/opportunity-review').expect(401);
      await t.http
        .post(`/api/opportunity-review/${draft.id}`)
        .set(bearer(pk.token))
        .send({ decision: 'publish' })
        .expect(403);
    });

    it('"my opportunities" lists only the caller\'s firm', async () => {
      const mine = (await t.http.get('/api/opportunities/mine').set(bearer(pk2.token)).expect(200))
        .body as Page<OpportunityResponse>;
      expect(mine.items.every((item) => item.company?.id === pk2.company.id)).toBe(true);
      expect(mine.items.map((item) => item.id)).not.toContain(draft.id);
    });
  });

  describe('authorization matrix: every route × anonymous, its firm, a firm of each country, staff', () => {
    type Caller = 'anonymous' | 'its firm' | 'same-country firm' | 'other-country firm' | 'staff';
    type State = 'draft' | 'submitted' | 'published' | null;
    interface Row {
      route: string;
      state: State;
      call: (id: string) => { method: 'get' | 'post' | 'patch'; path: string; body?: object };
      expected: Record<Caller, number>;
    }
    const token = (caller: Caller): string | null =>
      ({
        anonymous: null,
        'its firm': pk.token,
        'same-country firm': pk2.token,
        'other-country firm': azFresh.token,
        staff,
      })[caller];
    // A firm of the other country with no request or conversation with firm A yet.
    let azFresh: Member;
    beforeAll(async () => {
      azFresh = await createVerifiedMember(t.http, t.db, 'AZ');
    });
    const ROWS: Row[] = [
      {
        route: 'GET /api/opportunities/{id} (submitted)',
        state: 'submitted',
        call: (id) => ({ method: 'get', path: `/api/opportunities/${id}` }),
        expected: {
          anonymous: 404,
          'its firm': 200,
          'same-country firm': 404,
          'other-country firm': 404,
          staff: 200,
        },
      },
      {
        route: 'GET /api/opportunities/{id} (published)',
        state: 'published',
        call: (id) => ({ method: 'get', path: `/api/opportunities/${id}` }),
        expected: {
          anonymous: 200,
          'its firm': 200,
          'same-country firm': 200,
          'other-country firm': 200,
          staff: 200,
        },
      },
      {
        route: 'PATCH /api/opportunities/{id} (draft)',
        state: 'draft',
        call: (id) => ({
          method: 'patch',
          path: `/api/opportunities/${id}`,
          body: { title: 'A new title here' },
        }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 404,
          'other-country firm': 404,
          staff: 403,
        },
      },
      {
        route: 'PATCH /api/opportunities/{id} (published)',
        state: 'published',
        call: (id) => ({
          method: 'patch',
          path: `/api/opportunities/${id}`,
          body: { title: 'A new title here' },
        }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 403,
          'other-country firm': 403,
          staff: 403,
        },
      },
      {
        route: 'POST /api/opportunities/{id}/submit (draft)',
        state: 'draft',
        call: (id) => ({ method: 'post', path: `/api/opportunities/${id}/submit` }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 404,
          'other-country firm': 404,
          staff: 403,
        },
      },
      {
        route: 'POST /api/opportunities/{id}/close (submitted)',
        state: 'submitted',
        call: (id) => ({ method: 'post', path: `/api/opportunities/${id}/close` }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 404,
          'other-country firm': 404,
          staff: 200,
        },
      },
      {
        route: 'POST /api/opportunities/{id}/interest (published)',
        state: 'published',
        call: (id) => ({
          method: 'post',
          path: `/api/opportunities/${id}/interest`,
          body: { message: 'Interested' },
        }),
        expected: {
          anonymous: 401,
          'its firm': 403,
          'same-country firm': 403,
          'other-country firm': 201,
          staff: 403,
        },
      },
      {
        route: 'POST /api/opportunities/{id}/interest (submitted)',
        state: 'submitted',
        call: (id) => ({
          method: 'post',
          path: `/api/opportunities/${id}/interest`,
          body: { message: 'Interested' },
        }),
        expected: {
          anonymous: 401,
          'its firm': 403,
          'same-country firm': 404,
          'other-country firm': 404,
          staff: 403,
        },
      },
      {
        route: 'POST /api/opportunity-review/{id} (submitted)',
        state: 'submitted',
        call: (id) => ({
          method: 'post',
          path: `/api/opportunity-review/${id}`,
          body: { decision: 'publish' },
        }),
        expected: {
          anonymous: 401,
          'its firm': 403,
          'same-country firm': 403,
          'other-country firm': 403,
          staff: 200,
        },
      },
      {
        route: 'POST /api/opportunities',
        state: null,
        call: () => ({ method: 'post', path: '/api/opportunities', body: offer() }),
        expected: {
          anonymous: 401,
          'its firm': 201,
          'same-country firm': 201,
          'other-country firm': 201,
          staff: 403,
        },
      },
      {
        route: 'GET /api/opportunities/mine',
        state: null,
        call: () => ({ method: 'get', path: '/api/opportunities/mine' }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 200,
          'other-country firm': 200,
          staff: 403,
        },
      },
      {
        route: 'GET /api/opportunities/for-me',
        state: null,
        call: () => ({ method: 'get', path: '/api/opportunities/for-me' }),
        expected: {
          anonymous: 401,
          'its firm': 200,
          'same-country firm': 200,
          'other-country firm': 200,
          staff: 403,
        },
      },
      {
        route: 'GET /api/opportunity-review',
        state: null,
        call: () => ({ method: 'get', path: '/api/opportunity-review' }),
        expected: {
          anonymous: 401,
          'its firm': 403,
          'same-country firm': 403,
          'other-country firm': 403,
          staff: 200,
        },
      },
      {
        route: 'GET /api/opportunities (board)',
        state: null,
        call: () => ({ method: 'get', path: '/api/opportunities' }),
        expected: {
          anonymous: 200,
          'its firm': 200,
          'same-country firm': 200,
          'other-country firm': 200,
          staff: 200,
        },
      },
    ];

    async function opportunityIn(state: State): Promise<string> {
      if (state === 'published') {
        return (await published(pk)).id;
      }
      const created = await post(pk, offer({ submit: state === 'submitted' })).expect(201);
      return (created.body as OpportunityResponse).id;
    }
    const snapshot = async (id: string) =>
      (
        await t.db.query(`SELECT status, title, updated_at FROM opportunities WHERE id = $1`, [id])
      )[0];

    it.each(ROWS)('$route', async (row) => {
      const got: Partial<Record<Caller, number>> = {};
      for (const caller of Object.keys(row.expected) as Caller[]) {
        // Each caller meets the opportunity in the row's state (an allowed write changes it).
        const id = row.state ? await opportunityIn(row.state) : '';
        const before = id ? await snapshot(id) : null;
        const { method, path, body } = row.call(id);
        let request = t.http[method](path);
        const bearerToken = token(caller);
        if (bearerToken) {
          request = request.set(bearer(bearerToken));
        }
        const answer = body ? await request.send(body) : await request;
        got[caller] = answer.status;
        if (answer.status >= 400) {
          expectApiError(answer, answer.status);
          if (id) {
            expect(await snapshot(id)).toEqual(before);
          }
        }
      }
      expect(got).toEqual(row.expected);
    });
  });

  it('filters and pages the board by keyset', async () => {
    const tech = await published(az, {
      kind: 'technology_request',
      title: 'Looking for drip irrigation technology',
      summary: 'An Azerbaijani farm group seeks drip irrigation know-how and equipment partners.',
      sectors: ['agriculture'],
      hsChapters: ['84'],
    });
    const call = (query: string) =>
      t.http.get(`/api/opportunities?${query}`).set(bearer(pk.token)).expect(200);
    const ids = async (query: string) =>
      ((await call(query)).body as Page<OpportunityResponse>).items.map((item) => item.id);
    expect(await ids('kind=technology_request')).toEqual([tech.id]);
    expect(await ids('hs=84')).toContain(tech.id);
    expect(await ids('sector=sports_goods')).not.toContain(tech.id);
    expect(await ids('country=AZ')).toContain(tech.id);
    expect(await ids('country=PK')).not.toContain(tech.id);
    expect(await ids('q=irrig')).toEqual([tech.id]);
    expectFieldError(await t.http.get('/api/opportunities?hs=99'), 'hs');
    expectFieldError(await t.http.get('/api/opportunities?cursor=broken'), 'cursor');

    const seen = new Set<string>();
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Page<OpportunityResponse> = (
        await call(`limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      page.items.forEach((item) => seen.add(item.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 50);
    const all = (await call('limit=100')).body as Page<OpportunityResponse>;
    expect(seen.size).toBe(all.items.length);
  });

  it('"for me": open ones of the other country ranked by sector and HS overlap', async () => {
    const fit = await published(pk, {
      title: 'Sportswear fabric offer for Baku',
      sectors: ['textiles'],
      hsChapters: ['61'],
    });
    const items = (
      (await t.http.get('/api/opportunities/for-me').set(bearer(az.token)).expect(200)).body as {
        items: OpportunityForMe[];
      }
    ).items;
    const entry = items.find((item) => item.opportunity.id === fit.id);
    expect(entry).toMatchObject({ sharedSectors: ['textiles'], sharedHsChapters: ['61'] });
    expect(items.every((item) => item.opportunity.country === 'PK')).toBe(true);
    const scores = items.map((item) => item.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    await t.http.get('/api/opportunities/for-me').set(bearer(staff)).expect(403);
  });

  describe('expiry', () => {
    it('closes on read at once, and the job writes it down exactly once, also when run twice at a time', async () => {
      const opp = await published(pk);
      await t.db.query(`UPDATE opportunities SET deadline = current_date - 1 WHERE id = $1`, [
        opp.id,
      ]);
      // Close-on-read: gone from the board and from other firms, the firm sees it expired.
      const board = (
        await t.http.get('/api/opportunities?limit=100').set(bearer(az.token)).expect(200)
      ).body as Page<OpportunityResponse>;
      expect(board.items.map((item) => item.id)).not.toContain(opp.id);
      await get(opp.id, az.token).expect(404);
      expect((await get(opp.id, pk.token).expect(200)).body.status).toBe('expired');
      const late = await t.http
        .post(`/api/opportunities/${opp.id}/interest`)
        .set(bearer(az2.token))
        .send({ message: 'Too late?' });
      expectApiError(late, 409);

      // The job, as two API processes would run it at the same moment.
      const job = t.app.get(OpportunityExpiryJob);
      const [first, second] = await Promise.all([job.expireOverdue(), job.expireOverdue()]);
      expect(first + second).toBeGreaterThanOrEqual(1);
      const [{ status }] = await t.db.query(`SELECT status FROM opportunities WHERE id = $1`, [
        opp.id,
      ]);
      expect(status).toBe('expired');
      expect((await auditActions(opp.id)).filter((a) => a === 'opportunity.expire')).toHaveLength(
        1,
      );
      expect(await job.expireOverdue()).toBe(0);
    });
  });
});
