import type { DelegationMemberResponse, DelegationResponse } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import {
  bearer,
  createMember,
  createUserWithRole,
  createVerifiedMember,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const nextYear = new Date().getUTCFullYear() + 1;

/** A delegation list from invitation to confirmation, with capacity and who may see which row. */
describe('chamber: delegation members', () => {
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

  it('invite, apply, answer and capacity: the whole life of a list', async () => {
    const delegation = await create();
    const id = delegation.id;
    expect((await invite(id, pkA.company.id).expect(201)).body).toMatchObject({
      company: { id: pkA.company.id },
      status: 'invited',
    });
    expectApiError(await invite(id, pkA.company.id), 409);
    expectFieldError(await invite(id, azB.company.id), 'companyId');
    expectApiError(await invite(id, '0b3f7a52-1111-4111-8111-111111111111'), 404);

    expect(
      (await t.http.post(`/api/delegations/${id}/apply`).set(bearer(pkC.token)).expect(201)).body
        .status,
    ).toBe('applied');
    expectApiError(await t.http.post(`/api/delegations/${id}/apply`).set(bearer(pkC.token)), 409);
    expectApiError(await t.http.post(`/api/delegations/${id}/apply`).set(bearer(azB.token)), 404);
    expectApiError(await t.http.post(`/api/delegations/${id}/apply`).set(bearer(staff)), 403);

    // A firm sees only its own row; another firm's row does not exist for it.
    const own = (
      await t.http.get(`/api/delegations/${id}/members`).set(bearer(pkA.token)).expect(200)
    ).body.items as DelegationMemberResponse[];
    expect(own.map((row) => row.company.id)).toEqual([pkA.company.id]);
    expectApiError(
      await t.http.get(`/api/delegations/${id}/members/${pkC.company.id}`).set(bearer(pkA.token)),
      404,
    );
    expectApiError(
      await t.http
        .patch(`/api/delegations/${id}/members/${pkC.company.id}`)
        .set(bearer(pkA.token))
        .send({ status: 'declined' }),
      404,
    );
    expect(
      (await t.http.get(`/api/delegations/${id}`).set(bearer(pkA.token)).expect(200)).body.myStatus,
    ).toBe('invited');

    // The firm answers its invitation; it cannot promote itself.
    expectApiError(
      await t.http
        .patch(`/api/delegations/${id}/members/${pkA.company.id}`)
        .set(bearer(pkA.token))
        .send({ status: 'accepted' }),
      409,
    );
    expect(
      (
        await t.http
          .patch(`/api/delegations/${id}/members/${pkA.company.id}`)
          .set(bearer(pkA.token))
          .send({ status: 'confirmed' })
          .expect(200)
      ).body.status,
    ).toBe('confirmed');
    expectFieldError(
      await t.http
        .patch(`/api/delegations/${id}/members/${pkA.company.id}`)
        .set(bearer(pkA.token))
        .send({ status: 'maybe' }),
      'status',
    );

    // Capacity 2: one more seat, then the list is full.
    const extra = await createMember(t.http, 'PK', { sectors: ['environment'] });
    expect((await invite(id, extra.company.id).expect(201)).body.status).toBe('invited');
    const late = await createMember(t.http, 'PK', { sectors: ['environment'] });
    expect((await invite(id, late.company.id).expect(201)).body.status).toBe('waitlisted');
    const full = await t.http
      .patch(`/api/delegations/${id}/members/${pkC.company.id}`)
      .set(bearer(staff))
      .send({ status: 'accepted' });
    expectApiError(full, 409);
    expect(full.body.code).toBe('delegation_full');
    expectApiError(
      await t.http.patch(`/api/delegations/${id}`).set(bearer(staff)).send({ capacity: 1 }),
      409,
    );

    // A seat frees up: staff accept the application.
    await t.http
      .patch(`/api/delegations/${id}/members/${extra.company.id}`)
      .set(bearer(extra.token))
      .send({ status: 'declined' })
      .expect(200);
    await t.http
      .patch(`/api/delegations/${id}/members/${pkC.company.id}`)
      .set(bearer(staff))
      .send({ status: 'accepted' })
      .expect(200);
    const all = (
      await t.http.get(`/api/delegations/${id}/members?limit=100`).set(bearer(staff)).expect(200)
    ).body.items as DelegationMemberResponse[];
    expect(Object.fromEntries(all.map((row) => [row.company.id, row.status]))).toEqual({
      [pkA.company.id]: 'confirmed',
      [pkC.company.id]: 'accepted',
      [extra.company.id]: 'declined',
      [late.company.id]: 'waitlisted',
    });
    const waiting = (
      await t.http
        .get(`/api/delegations/${id}/members?status=waitlisted`)
        .set(bearer(staff))
        .expect(200)
    ).body.items;
    expect(waiting.map((row: DelegationMemberResponse) => row.company.id)).toEqual([
      late.company.id,
    ]);
    expect(
      (await t.http.get(`/api/delegations/${id}`).set(bearer(staff)).expect(200)).body.seatsTaken,
    ).toBe(2);

    const actions = await t.db.query(
      `SELECT action FROM audit_log WHERE target_type = 'delegation' AND target_id = $1 ORDER BY id`,
      [id],
    );
    expect(actions.map((row: { action: string }) => row.action)).toEqual([
      'delegation.create',
      'delegation.member.invite',
      'delegation.member.apply',
      'delegation.member.status',
      'delegation.member.invite',
      'delegation.member.invite',
      'delegation.member.status',
      'delegation.member.status',
    ]);
  });
});
