import type { Response } from 'supertest';
import { expectApiError } from './support/api-error';
import { memberRow, toCsv } from './support/chamber';
import { bearer, createMember, createUserWithRole, type Member } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

type Role = 'anonymous' | 'memberA' | 'memberB' | 'staff' | 'admin';
const nextYear = new Date().getUTCFullYear() + 1;

/**
 * Every chamber endpoint for every kind of caller: anonymous → 401, members → 403 on staff
 * endpoints (and admin-only ones for staff), and the working status for those allowed.
 */
describe('chamber: who may call what', () => {
  let t: TestApp;
  let tokens: Record<Exclude<Role, 'anonymous'>, string>;
  let memberA: Member;
  let delegationId: string;
  let importId: string;

  beforeAll(async () => {
    t = await createTestApp();
    memberA = await createMember(t.http, 'PK');
    const memberB = await createMember(t.http, 'AZ');
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
    const upload = await t.http
      .post('/api/imports?dryRun=true')
      .set(bearer(staff))
      .attach('file', Buffer.from(toCsv([memberRow('PK')])), 'members.csv')
      .expect(202);
    importId = upload.body.id;
  });
  afterAll(() => t.close());

  const call = (role: Role, send: (token: Record<string, string>) => Promise<Response>) =>
    send(role === 'anonymous' ? {} : bearer(tokens[role]));

  const staffOnly: [string, (auth: Record<string, string>) => Promise<Response>, number][] = [
    ['GET /api/verification-queue', (auth) => t.http.get('/api/verification-queue').set(auth), 200],
    [
      'POST /api/verification-queue/bulk',
      (auth) =>
        t.http
          .post('/api/verification-queue/bulk')
          .set(auth)
          .send({ companyIds: ['0b3f7a52-1111-4111-8111-111111111111'], status: 'verified' }),
      200,
    ],
    [
      'POST /api/imports',
      (auth) =>
        t.http
          .post('/api/imports?dryRun=true')
          .set(auth)
          .attach('file', Buffer.from(toCsv([memberRow('AZ')])), 'm.csv'),
      202,
    ],
    ['GET /api/imports', (auth) => t.http.get('/api/imports').set(auth), 200],
    [
      'GET /api/imports/template.csv',
      (auth) => t.http.get('/api/imports/template.csv').set(auth),
      200,
    ],
    ['GET /api/imports/:id', (auth) => t.http.get(`/api/imports/${importId}`).set(auth), 200],
    [
      'GET /api/imports/:id/rows',
      (auth) => t.http.get(`/api/imports/${importId}/rows`).set(auth),
      200,
    ],
    [
      'POST /api/delegations',
      (auth) => t.http.post('/api/delegations').set(auth).send({ title: 'x' }),
      400,
    ],
    [
      'PATCH /api/delegations/:id',
      (auth) =>
        t.http.patch(`/api/delegations/${delegationId}`).set(auth).send({ hostCity: 'Ganja' }),
      200,
    ],
    [
      'GET /api/delegations/:id/candidates',
      (auth) => t.http.get(`/api/delegations/${delegationId}/candidates`).set(auth),
      200,
    ],
    [
      'POST /api/delegations/:id/members',
      (auth) =>
        t.http
          .post(`/api/delegations/${delegationId}/members`)
          .set(auth)
          .send({ companyId: memberA.company.id }),
      409,
    ],
    [
      'GET /api/delegations/:id/export.csv',
      (auth) => t.http.get(`/api/delegations/${delegationId}/export.csv`).set(auth),
      200,
    ],
    [
      'GET /api/delegations/:id/export.pdf',
      (auth) => t.http.get(`/api/delegations/${delegationId}/export.pdf`).set(auth),
      200,
    ],
    ['GET /api/stats', (auth) => t.http.get('/api/stats').set(auth), 200],
    ['GET /api/stats.csv', (auth) => t.http.get('/api/stats.csv').set(auth), 200],
  ];

  describe.each(staffOnly)('%s', (_route, send, allowed) => {
    it.each<[Role, number]>([
      ['anonymous', 401],
      ['memberA', 403],
      ['memberB', 403],
      ['staff', allowed],
      ['admin', allowed],
    ])('%s → %i', async (role, status) => {
      const response = await call(role, send);
      if (status >= 400) {
        expectApiError(response, status);
      } else {
        expect(response.status).toBe(status);
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
    expect(response.status).toBe(status);
  });

  const signedIn: [
    string,
    (auth: Record<string, string>) => Promise<Response>,
    Record<Exclude<Role, 'anonymous'>, number>,
  ][] = [
    [
      'GET /api/delegations',
      (auth) => t.http.get('/api/delegations').set(auth),
      { memberA: 200, memberB: 200, staff: 200, admin: 200 },
    ],
    [
      'GET /api/delegations/:id',
      (auth) => t.http.get(`/api/delegations/${delegationId}`).set(auth),
      { memberA: 200, memberB: 404, staff: 200, admin: 200 },
    ],
    [
      'GET /api/delegations/:id/members',
      (auth) => t.http.get(`/api/delegations/${delegationId}/members`).set(auth),
      { memberA: 200, memberB: 404, staff: 200, admin: 200 },
    ],
    [
      'GET /api/delegations/:id/members/:companyId',
      (auth) =>
        t.http.get(`/api/delegations/${delegationId}/members/${memberA.company.id}`).set(auth),
      { memberA: 200, memberB: 404, staff: 200, admin: 200 },
    ],
    [
      'POST /api/delegations/:id/apply',
      (auth) => t.http.post(`/api/delegations/${delegationId}/apply`).set(auth),
      { memberA: 409, memberB: 404, staff: 403, admin: 403 },
    ],
    [
      'PATCH /api/delegations/:id/members/:companyId',
      (auth) =>
        t.http
          .patch(`/api/delegations/${delegationId}/members/${memberA.company.id}`)
          .set(auth)
          .send({ status: 'nonsense' }),
      { memberA: 400, memberB: 400, staff: 400, admin: 400 },
    ],
  ];

  describe.each(signedIn)('%s', (_route, send, expected) => {
    it.each<[Role, number]>([
      ['anonymous', 401],
      ...(Object.entries(expected) as [Role, number][]),
    ])('%s → %i', async (role, status) => {
      expect((await call(role, send)).status).toBe(status);
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
