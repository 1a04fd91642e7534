import type { Response } from 'supertest';
import { expectApiError, expectFieldError } from './support/api-error';
import { memberRow, toCsv } from './support/chamber';
import { bearer, createMember, createUserWithRole, type Member } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

type Role = 'anonymous' | 'memberA' | 'memberB' | 'staff' | 'admin';
type Check = (response: Response) => void | Promise<void>;
const nextYear = new Date().getUTCFullYear() + 1;
/** Other spec files share the run's database: this file's uploads are counted by their name. */
const ACCESS_UPLOAD = `access-check-${process.pid}.csv`;
/** A statistics window around the delegation (next June). */
const STATS_WINDOW = `from=${nextYear}-05-01&to=${nextYear}-07-01`;

/**
 * Every chamber endpoint for every kind of caller: anonymous → 401, members → 403 on staff
 * endpoints (and admin-only ones for staff), and the working status for those allowed.
 */
describe('chamber: who may call what', () => {
  let t: TestApp;
  let tokens: Record<Exclude<Role, 'anonymous'>, string>;
  let memberA: Member;
  /** A second firm of the home country, also on the list: the row memberA must not see. */
  let memberC: Member;
  let delegationId: string;
  let importId: string;

  beforeAll(async () => {
    t = await createTestApp();
    memberA = await createMember(t.http, 'PK');
    const memberB = await createMember(t.http, 'AZ');
    memberC = await createMember(t.http, 'PK');
    const staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    const admin = (await createUserWithRole(t.http, t.db, 'admin')).accessToken;
    tokens = { memberA: memberA.token, memberB: memberB.token, staff, admin };
    const delegation = await t.http
      .post('/api/delegations')
      .set(bearer(staff))
      .send({
        title: 'Access check',
        direction: 'PK_TO_AZ',
        hostCity: 'Baku',
        startsOn: `${nextYear}-06-01`,
        endsOn: `${nextYear}-06-03`,
        sectors: ['food'],
        capacity: 10,
      })
      .expect(201);
    delegationId = delegation.body.id;
    await t.http
      .post(`/api/delegations/${delegationId}/members`)
      .set(bearer(staff))
      .send({ companyId: memberA.company.id })
      .expect(201);
    await t.http
      .post(`/api/delegations/${delegationId}/members`)
      .set(bearer(staff))
      .send({ companyId: memberC.company.id })
      .expect(201);
    const upload = await t.http
      .post('/api/imports?dryRun=true')
      .set(bearer(staff))
      .attach('file', Buffer.from(toCsv([memberRow('PK')])), 'members.csv')
      .expect(202);
    importId = upload.body.id;
    // Six sign-ups and three writes: slow only when the shared machine is busy.
  }, 120_000);
  afterAll(() => t.close());

  const call = (role: Role, send: (token: Record<string, string>) => Promise<Response>) =>
    send(role === 'anonymous' ? {} : bearer(tokens[role]));
  const ids = (response: Response) =>
    (response.body as { items: { id?: string; company?: { id: string } }[] }).items.map(
      (item) => item.id ?? item.company?.id,
    );
  const hostCity = async () =>
    (
      await t.db.query<{ host_city: string }[]>('SELECT host_city FROM delegations WHERE id = $1', [
        delegationId,
      ])
    )[0].host_city;
  const importCount = async () =>
    (
      await t.db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM imports WHERE file_name = $1',
        [ACCESS_UPLOAD],
      )
    )[0].n;

  /**
   * [route, request, status for staff and admin, what their answer holds, what a refused call
   * must leave as it was]. Rows run in table order: anonymous and members before staff.
   */
  const staffOnly: [
    string,
    (auth: Record<string, string>) => Promise<Response>,
    number,
    Check,
    (() => Promise<void>)?,
  ][] = [
    [
      'GET /api/verification-queue',
      (auth) => t.http.get('/api/verification-queue?limit=100').set(auth),
      200,
      // Other spec files add pending firms to the shared database first (the queue is oldest
      // first), so follow the pages until this file's pending firm shows up.
      async (res) => {
        const seen = ids(res);
        let cursor = (res.body as { nextCursor: string | null }).nextCursor;
        for (let page = 0; cursor && !seen.includes(memberA.company.id) && page < 100; page += 1) {
          const next = await t.http
            .get(`/api/verification-queue?limit=100&cursor=${encodeURIComponent(cursor)}`)
            .set(bearer(tokens.staff))
            .expect(200);
          seen.push(...ids(next));
          cursor = (next.body as { nextCursor: string | null }).nextCursor;
        }
        expect(seen).toContain(memberA.company.id);
      },
    ],
    [
      'POST /api/verification-queue/bulk',
      (auth) =>
        t.http
          .post('/api/verification-queue/bulk')
          .set(auth)
          .send({ companyIds: ['0b3f7a52-1111-4111-8111-111111111111'], status: 'verified' }),
      200,
      (res) =>
        expect(res.body.results).toEqual([
          expect.objectContaining({ companyId: '0b3f7a52-1111-4111-8111-111111111111', ok: false }),
        ]),
    ],
    [
      'POST /api/imports',
      (auth) =>
        t.http
          .post('/api/imports?dryRun=true')
          .set(auth)
          .attach('file', Buffer.from(toCsv([memberRow('AZ')])), ACCESS_UPLOAD),
      202,
      (res) => expect(res.body.id).toMatch(/^[0-9a-f-]{36}$/),
      async () => expect(await importCount()).toBe(0),
    ],
    [
      'GET /api/imports',
      (auth) => t.http.get('/api/imports').set(auth),
      200,
      (res) => expect(ids(res)).toContain(importId),
    ],
    [
      'GET /api/imports/template.csv',
      (auth) => t.http.get('/api/imports/template.csv').set(auth),
      200,
      (res) => expect(res.text.split('\n')[0]).toMatch(/name/i),
    ],
    [
      'GET /api/imports/:id',
      (auth) => t.http.get(`/api/imports/${importId}`).set(auth),
      200,
      (res) =>
        expect(res.body).toMatchObject({ id: importId, dryRun: true, fileName: 'members.csv' }),
    ],
    [
      'GET /api/imports/:id/rows',
      (auth) => t.http.get(`/api/imports/${importId}/rows`).set(auth),
      200,
      (res) => expect(Array.isArray(res.body.items)).toBe(true),
    ],
    [
      'POST /api/delegations',
      (auth) => t.http.post('/api/delegations').set(auth).send({ title: 'x' }),
      400,
      (res) => {
        expectFieldError(res, 'direction');
      },
    ],
    [
      'PATCH /api/delegations/:id',
      (auth) =>
        t.http.patch(`/api/delegations/${delegationId}`).set(auth).send({ hostCity: 'Ganja' }),
      200,
      async (res) => {
        expect(res.body).toMatchObject({ id: delegationId, hostCity: 'Ganja' });
        expect(await hostCity()).toBe('Ganja');
      },
      async () => expect(await hostCity()).toBe('Baku'),
    ],
    [
      'GET /api/delegations/:id/candidates',
      (auth) => t.http.get(`/api/delegations/${delegationId}/candidates`).set(auth),
      200,
      (res) => {
        // Candidates are home-country (PK) firms not on the list yet: never the AZ firm.
        const candidates = res.body.items as { company: { id: string; country: string } }[];
        expect(candidates.every((c) => c.company.country === 'PK')).toBe(true);
        expect(candidates.map((c) => c.company.id)).not.toContain(memberA.company.id);
      },
    ],
    [
      'POST /api/delegations/:id/members',
      (auth) =>
        t.http
          .post(`/api/delegations/${delegationId}/members`)
          .set(auth)
          .send({ companyId: memberA.company.id }),
      409,
      (res) => expect(res.body.code).toBe('already_on_delegation'),
    ],
    [
      'GET /api/delegations/:id/export.csv',
      (auth) => t.http.get(`/api/delegations/${delegationId}/export.csv`).set(auth),
      200,
      (res) => {
        expect(res.text).toContain(memberA.company.name);
        expect(res.text).toContain(memberC.company.name);
      },
    ],
    [
      'GET /api/delegations/:id/export.pdf',
      (auth) =>
        t.http
          .get(`/api/delegations/${delegationId}/export.pdf`)
          .set(auth)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            // Errors stay JSON so that the refusals can be checked like any other.
            res.on('end', () => {
              const body = Buffer.concat(chunks);
              const json = String(res.headers['content-type']).includes('json');
              done(null, json ? JSON.parse(body.toString('utf8')) : body);
            });
          }),
      200,
      (res) => expect((res.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-'),
    ],
    [
      'GET /api/stats',
      (auth) => t.http.get(`/api/stats?${STATS_WINDOW}`).set(auth),
      200,
      (res) =>
        expect(res.body.delegations).toEqual(
          expect.arrayContaining([expect.objectContaining({ id: delegationId, seatsTaken: 2 })]),
        ),
    ],
    [
      'GET /api/stats.csv',
      (auth) => t.http.get(`/api/stats.csv?${STATS_WINDOW}`).set(auth),
      200,
      (res) => expect(res.text).toContain('Access check'),
    ],
  ];

  describe.each(staffOnly)('%s', (_route, send, allowed, holds, unchanged) => {
    it.each<[Role, number]>([
      ['anonymous', 401],
      ['memberA', 403],
      ['memberB', 403],
      ['staff', allowed],
      ['admin', allowed],
    ])('%s → %i', async (role, status) => {
      const response = await call(role, send);
      if (role === 'staff' || role === 'admin') {
        expect(response.status).toBe(status);
        await holds(response);
      } else {
        expectApiError(response, status);
        await unchanged?.();
      }
    });
  });

  it.each<[Role, number]>([
    ['anonymous', 401],
    ['memberA', 403],
    ['memberB', 403],
    ['staff', 403],
    ['admin', 200],
  ])('GET /api/audit: %s → %i', async (role, status) => {
    const response = await call(role, (auth) => t.http.get('/api/audit').set(auth));
    if (status !== 200) {
      expectApiError(response, status);
      return;
    }
    const actions = (response.body.items as { action: string; target: { id: string } }[])
      .filter((entry) => entry.target.id === delegationId)
      .map((entry) => entry.action);
    expect(actions).toEqual(
      expect.arrayContaining(['delegation.create', 'delegation.member.invite']),
    );
  });

  /** [route, request, per role: status and, for a 2xx, what the answer holds]. */
  const signedIn: [
    string,
    (auth: Record<string, string>) => Promise<Response>,
    Record<Exclude<Role, 'anonymous'>, [number, Check?]>,
  ][] = [
    [
      'GET /api/delegations',
      (auth) => t.http.get('/api/delegations').set(auth),
      {
        memberA: [200, (res) => expect(ids(res)).toContain(delegationId)],
        // A PK→AZ delegation is not the AZ firm's to see or apply to.
        memberB: [200, (res) => expect(ids(res)).not.toContain(delegationId)],
        staff: [200, (res) => expect(ids(res)).toContain(delegationId)],
        admin: [200, (res) => expect(ids(res)).toContain(delegationId)],
      },
    ],
    [
      'GET /api/delegations/:id',
      (auth) => t.http.get(`/api/delegations/${delegationId}`).set(auth),
      {
        memberA: [
          200,
          (res) => expect(res.body).toMatchObject({ id: delegationId, myStatus: 'invited' }),
        ],
        memberB: [404],
        staff: [200, (res) => expect(res.body).toMatchObject({ id: delegationId, seatsTaken: 2 })],
        admin: [200, (res) => expect(res.body.id).toBe(delegationId)],
      },
    ],
    [
      'GET /api/delegations/:id/members',
      (auth) => t.http.get(`/api/delegations/${delegationId}/members`).set(auth),
      {
        memberA: [200, (res) => expect(ids(res)).toEqual([memberA.company.id])],
        memberB: [404],
        staff: [
          200,
          (res) =>
            expect(ids(res)?.sort()).toEqual([memberA.company.id, memberC.company.id].sort()),
        ],
        admin: [200, (res) => expect(ids(res)).toHaveLength(2)],
      },
    ],
    [
      'GET /api/delegations/:id/members/:companyId',
      (auth) =>
        t.http.get(`/api/delegations/${delegationId}/members/${memberA.company.id}`).set(auth),
      {
        memberA: [200, (res) => expect(res.body.company.id).toBe(memberA.company.id)],
        memberB: [404],
        staff: [200, (res) => expect(res.body.company.id).toBe(memberA.company.id)],
        admin: [200, (res) => expect(res.body.company.id).toBe(memberA.company.id)],
      },
    ],
    [
      'POST /api/delegations/:id/apply',
      (auth) => t.http.post(`/api/delegations/${delegationId}/apply`).set(auth),
      {
        memberA: [409, (res) => expect(res.body.code).toBe('already_on_delegation')],
        memberB: [404],
        staff: [403],
        admin: [403],
      },
    ],
  ];

  describe.each(signedIn)('%s', (_route, send, expected) => {
    it.each<[Role, number, Check?]>([
      ['anonymous', 401, undefined],
      ...Object.entries(expected).map(
        ([role, [status, holds]]) => [role as Role, status, holds] as [Role, number, Check?],
      ),
    ])('%s → %i', async (role, status, holds) => {
      const response = await call(role, send);
      if (status < 400) {
        expect(response.status).toBe(status);
      } else {
        expectApiError(response, status);
      }
      await holds?.(response);
    });
  });

  describe('PATCH /api/delegations/:id/members/:companyId: a valid status, so only who asks decides', () => {
    const setStatus = (auth: Record<string, string>, companyId: string, status: string) =>
      t.http
        .patch(`/api/delegations/${delegationId}/members/${companyId}`)
        .set(auth)
        .send({ status });
    const statusOf = async (companyId: string) =>
      (
        await t.db.query<{ status: string }[]>(
          'SELECT status FROM delegation_members WHERE delegation_id = $1 AND company_id = $2',
          [delegationId, companyId],
        )
      )[0].status;

    it('anonymous → 401, the row unchanged', async () => {
      expectApiError(await setStatus({}, memberA.company.id, 'confirmed'), 401);
      expect(await statusOf(memberA.company.id)).toBe('invited');
    });

    it('a firm that cannot see the delegation → 404, the row unchanged', async () => {
      expectApiError(await setStatus(bearer(tokens.memberB), memberA.company.id, 'confirmed'), 404);
      expect(await statusOf(memberA.company.id)).toBe('invited');
    });

    it('another firm on the same list answering for memberA → 404, the row unchanged', async () => {
      expectApiError(await setStatus(bearer(memberC.token), memberA.company.id, 'confirmed'), 404);
      expect(await statusOf(memberA.company.id)).toBe('invited');
    });

    it('the firm itself may not accept itself (staff only) → 409, the row unchanged', async () => {
      const response = await setStatus(bearer(tokens.memberA), memberA.company.id, 'accepted');
      expectApiError(response, 409);
      expect(response.body.code).toBe('invalid_transition');
      expect(await statusOf(memberA.company.id)).toBe('invited');
    });

    it('staff and admin set any status; the firm confirms its own invitation', async () => {
      const byStaff = await setStatus(bearer(tokens.staff), memberC.company.id, 'accepted');
      expect(byStaff.status).toBe(200);
      expect(byStaff.body).toMatchObject({
        company: { id: memberC.company.id },
        status: 'accepted',
      });
      expect(await statusOf(memberC.company.id)).toBe('accepted');
      const byAdmin = await setStatus(bearer(tokens.admin), memberC.company.id, 'waitlisted');
      expect(byAdmin.status).toBe(200);
      expect(await statusOf(memberC.company.id)).toBe('waitlisted');
      const byFirm = await setStatus(bearer(tokens.memberA), memberA.company.id, 'confirmed');
      expect(byFirm.status).toBe(200);
      expect(await statusOf(memberA.company.id)).toBe('confirmed');
    });
  });

  it('every chamber route and its inputs are in the OpenAPI document', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/verification-queue',
        'POST /api/verification-queue/bulk',
        'POST /api/imports',
        'GET /api/imports',
        'GET /api/imports/template.csv',
        'GET /api/imports/{id}',
        'GET /api/imports/{id}/rows',
        'POST /api/delegations',
        'GET /api/delegations',
        'GET /api/delegations/{id}',
        'PATCH /api/delegations/{id}',
        'GET /api/delegations/{id}/candidates',
        'GET /api/delegations/{id}/members',
        'POST /api/delegations/{id}/members',
        'GET /api/delegations/{id}/members/{companyId}',
        'PATCH /api/delegations/{id}/members/{companyId}',
        'POST /api/delegations/{id}/apply',
        'GET /api/delegations/{id}/export.csv',
        'GET /api/delegations/{id}/export.pdf',
        'GET /api/stats',
        'GET /api/stats.csv',
        'GET /api/audit',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'BulkVerificationDto',
        'CreateDelegationDto',
        'UpdateDelegationDto',
        'AddMemberDto',
        'SetMemberStatusDto',
      ]),
    );
    expect(JSON.stringify(document.paths['/api/audit'])).toContain('"actor"');
    expect(JSON.stringify(document.paths['/api/imports'])).toContain('"dryRun"');
  });
});
