import type { DelegationResponse } from '@jcc/contracts';
import { expectApiError } from './support/api-error';
import { bearer, createMember, createUserWithRole, type Member } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const nextYear = new Date().getUTCFullYear() + 1;
const FIRMS = 20;
const SEATS = 5;

/**
 * Seats under a race: two API instances, each with its own connection pool, on one database,
 * receive 20 requests at once for 5 seats. Only the row lock on the delegation
 * (delegations.repository.ts, `lock`) keeps the seat count from being read stale by both.
 */
describe('chamber: delegation capacity under concurrent requests to two API instances', () => {
  let apps: [TestApp, TestApp];
  let staff: string;
  let firms: Member[];

  const create = async (title: string): Promise<DelegationResponse> =>
    (
      await apps[0].http
        .post('/api/delegations')
        .set(bearer(staff))
        .send({
          title,
          direction: 'PK_TO_AZ',
          hostCity: 'Baku',
          startsOn: `${nextYear}-09-01`,
          endsOn: `${nextYear}-09-04`,
          sectors: ['textiles'],
          capacity: SEATS,
        })
        .expect(201)
    ).body;
  /** Every request alternates between the two instances. */
  const via = (i: number) => apps[i % 2].http;
  const statuses = async (delegationId: string) =>
    (
      await apps[0].db.query<{ status: string; n: number }[]>(
        `SELECT status, count(*)::int AS n FROM delegation_members
         WHERE delegation_id = $1 GROUP BY status ORDER BY status`,
        [delegationId],
      )
    ).reduce<Record<string, number>>((all, row) => ({ ...all, [row.status]: row.n }), {});

  beforeAll(async () => {
    apps = [await createTestApp(), await createTestApp()];
    staff = (await createUserWithRole(apps[0].http, apps[0].db, 'staff')).accessToken;
    firms = [];
    for (let i = 0; i < FIRMS; i += 1) {
      firms.push(await createMember(via(i), 'PK', { sectors: ['textiles'] }));
    }
    // Twenty sign-ups with password hashing: slow only when the shared machine is busy.
  }, 180_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it('20 invitations at once: exactly 5 invited, 15 waitlisted', async () => {
    const delegation = await create('Capacity race: invitations');
    const answers = await Promise.all(
      firms.map((firm, i) =>
        via(i)
          .post(`/api/delegations/${delegation.id}/members`)
          .set(bearer(staff))
          .send({ companyId: firm.company.id }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(FIRMS).fill(201));
    const given = answers.map((answer) => answer.body.status as string);
    expect(given.filter((status) => status === 'invited')).toHaveLength(SEATS);
    expect(given.filter((status) => status === 'waitlisted')).toHaveLength(FIRMS - SEATS);
    expect(await statuses(delegation.id)).toEqual({ invited: SEATS, waitlisted: FIRMS - SEATS });
  });

  it('20 acceptances of 20 applications at once: exactly 5 accepted, the rest stay waiting', async () => {
    const delegation = await create('Capacity race: acceptances');
    for (const [i, firm] of firms.entries()) {
      await via(i)
        .post(`/api/delegations/${delegation.id}/apply`)
        .set(bearer(firm.token))
        .expect(201);
    }
    const answers = await Promise.all(
      firms.map((firm, i) =>
        via(i)
          .patch(`/api/delegations/${delegation.id}/members/${firm.company.id}`)
          .set(bearer(staff))
          .send({ status: 'accepted' }),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(accepted).toHaveLength(SEATS);
    expect(accepted.every((answer) => answer.body.status === 'accepted')).toBe(true);
    expect(refused).toHaveLength(FIRMS - SEATS);
    for (const answer of refused) {
      expectApiError(answer, 409);
      expect(answer.body.code).toBe('delegation_full');
    }
    expect(await statuses(delegation.id)).toEqual({ accepted: SEATS, applied: FIRMS - SEATS });

    // The refused firms go to the waiting list, which holds no seat: all fifteen fit.
    const waitlisted = await Promise.all(
      answers.flatMap((answer, i) =>
        answer.status === 200
          ? []
          : [
              via(i)
                .patch(`/api/delegations/${delegation.id}/members/${firms[i].company.id}`)
                .set(bearer(staff))
                .send({ status: 'waitlisted' }),
            ],
      ),
    );
    expect(waitlisted.map((answer) => answer.status)).toEqual(Array(FIRMS - SEATS).fill(200));
    expect(await statuses(delegation.id)).toEqual({ accepted: SEATS, waitlisted: FIRMS - SEATS });
  });
});
