import type { DelegationCandidate, DelegationResponse } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import {
  bearer,
  createUserWithRole,
  createVerifiedMember,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const nextYear = new Date().getUTCFullYear() + 1;

describe('chamber: trade delegations', () => {
  let t: TestApp;
  let staff: string;
  let pkA: Member;
  let pkC: Member;
  let azB: Member;

  const input = (overrides: Record<string, unknown> = {}) => ({
    title: 'Environmental technology to Baku',
    direction: 'PK_TO_AZ',
    hostCity: 'Baku',
    startsOn: `${nextYear}-04-12`,
    endsOn: `${nextYear}-04-16`,
    sectors: ['environment'],
    capacity: 2,
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}): Promise<DelegationResponse> =>
    (await t.http.post('/api/delegations').set(bearer(staff)).send(input(overrides)).expect(201))
      .body;
  const invite = (id: string, companyId: string) =>
    t.http.post(`/api/delegations/${id}/members`).set(bearer(staff)).send({ companyId });

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    pkA = await createVerifiedMember(t.http, t.db, 'PK', { sectors: ['environment'] });
    pkC = await createVerifiedMember(t.http, t.db, 'PK', { sectors: ['environment', 'energy'] });
    azB = await createVerifiedMember(t.http, t.db, 'AZ', { sectors: ['environment'] });
  });
  afterAll(() => t.close());

  it('staff create a delegation; bad input is a field-level 400', async () => {
    const delegation = await create();
    expect(delegation).toMatchObject({
      ...input(),
      homeCountry: 'PK',
      hostCountry: 'AZ',
      seatsTaken: 0,
    });
    expect(delegation).not.toHaveProperty('myStatus');
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send(input({ endsOn: `${nextYear}-04-01` })),
      'endsOn',
    );
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send(input({ startsOn: `${nextYear}-02-30` })),
      'startsOn',
    );
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send(input({ sectors: ['rockets'] })),
      'sectors',
    );
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send(input({ capacity: 0 })),
      'capacity',
    );
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send(input({ direction: 'PK_TO_TR' })),
      'direction',
    );
    expectFieldError(
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send({ ...input(), extra: 1 }),
      'extra',
    );
  });

  it('a firm sees the delegations of its country it may apply to, with its status; others do not exist for it', async () => {
    const delegation = await create();
    const seen = (
      await t.http.get(`/api/delegations/${delegation.id}`).set(bearer(pkA.token)).expect(200)
    ).body;
    expect(seen).toMatchObject({ id: delegation.id, myStatus: null });
    const list = (await t.http.get('/api/delegations?limit=100').set(bearer(pkA.token)).expect(200))
      .body.items as DelegationResponse[];
    expect(list.map((item) => item.id)).toContain(delegation.id);
    expectApiError(
      await t.http.get(`/api/delegations/${delegation.id}`).set(bearer(azB.token)),
      404,
    );
    const azList = (
      await t.http.get('/api/delegations?limit=100').set(bearer(azB.token)).expect(200)
    ).body.items as DelegationResponse[];
    expect(azList.map((item) => item.id)).not.toContain(delegation.id);
    const past = await create({ startsOn: '2020-01-01', endsOn: '2020-01-05' });
    expectApiError(await t.http.get(`/api/delegations/${past.id}`).set(bearer(pkA.token)), 404);
  });

  it('staff edit a delegation; the edit is logged with what it was', async () => {
    const delegation = await create();
    const updated = (
      await t.http
        .patch(`/api/delegations/${delegation.id}`)
        .set(bearer(staff))
        .send({ title: 'Waste management to Baku', capacity: 30 })
        .expect(200)
    ).body;
    expect(updated).toMatchObject({ title: 'Waste management to Baku', capacity: 30 });
    const [entry] = await t.db.query(
      `SELECT before, after FROM audit_log WHERE action = 'delegation.update' AND target_id = $1`,
      [delegation.id],
    );
    expect(entry).toEqual({
      before: { title: delegation.title, capacity: 2 },
      after: { title: 'Waste management to Baku', capacity: 30 },
    });
    expectFieldError(
      await t.http
        .patch(`/api/delegations/${delegation.id}`)
        .set(bearer(staff))
        .send({ endsOn: `${nextYear}-01-01` }),
      'endsOn',
    );
  });

  it('candidates: home-country firms not yet on the list, best fit first, with reasons', async () => {
    const delegation = await create({ sectors: ['environment', 'energy'] });
    await invite(delegation.id, pkA.company.id).expect(201);
    const response = await t.http
      .get(`/api/delegations/${delegation.id}/candidates?limit=50`)
      .set(bearer(staff))
      .expect(200);
    const items = response.body.items as DelegationCandidate[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.company.country === 'PK')).toBe(true);
    expect(items.map((item) => item.company.id)).not.toContain(pkA.company.id);
    expect(items.map((item) => item.company.id)).toContain(pkC.company.id);
    expect(items.map((item) => item.fit)).toEqual(
      [...items.map((item) => item.fit)].sort((a, b) => b - a),
    );
    const c = items.find((item) => item.company.id === pkC.company.id);
    expect(c?.reasons[0]).toEqual({
      code: 'sector_fit',
      params: { sectors: ['energy', 'environment'] },
    });
    expect(c?.reasons.some((reason) => reason.code === 'best_counterpart')).toBe(true);
    expectFieldError(
      await t.http.get(`/api/delegations/${delegation.id}/candidates?limit=500`).set(bearer(staff)),
      'limit',
    );
  });

  it('a malformed id is a 400, an unknown one a 404', async () => {
    expectFieldError(await t.http.get('/api/delegations/123').set(bearer(staff)), 'id');
    expectApiError(
      await t.http.get('/api/delegations/0b3f7a52-1111-4111-8111-111111111111').set(bearer(staff)),
      404,
    );
    expectFieldError(await t.http.get('/api/delegations?cursor=zz').set(bearer(staff)), 'cursor');
  });
});
