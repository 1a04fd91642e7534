import type { AuditEntry, CompanyResponse, VerificationQueueItem } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { bearer, createMember, createUserWithRole, type Member } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/** On a database of its own, so that the queue and the log hold only this file's firms. */
describe('chamber: verification queue and audit log', () => {
  let t: TestApp;
  let staff: { token: string; id: string };
  let admin: string;
  let first: Member;
  let second: Member;
  let third: Member;

  const queue = async (query = ''): Promise<VerificationQueueItem[]> =>
    (await t.http.get(`/api/verification-queue${query}`).set(bearer(staff.token)).expect(200)).body
      .items;
  const audit = async (query = ''): Promise<AuditEntry[]> =>
    (await t.http.get(`/api/audit${query}`).set(bearer(admin)).expect(200)).body.items;

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    const staffAuth = await createUserWithRole(t.http, t.db, 'staff');
    staff = { token: staffAuth.accessToken, id: staffAuth.user.id };
    admin = (await createUserWithRole(t.http, t.db, 'admin')).accessToken;
    first = await createMember(t.http, 'PK');
    second = await createMember(t.http, 'AZ');
    third = await createMember(t.http, 'PK', { sectors: ['food'] });
  });
  afterAll(() => t.close());

  it('lists pending firms oldest first, never reviewed ones with changes null', async () => {
    const items = await queue();
    expect(items.map((item) => item.company.id)).toEqual([
      first.company.id,
      second.company.id,
      third.company.id,
    ]);
    expect(items[0]).toMatchObject({
      lastReview: null,
      changes: null,
      pendingSince: first.company.createdAt,
    });
    expect(items[0].company.registrationNumber).toBe(first.company.registrationNumber);
    expect((await queue('?country=AZ')).map((item) => item.company.id)).toEqual([
      second.company.id,
    ]);
    expect((await queue('?sector=food')).map((item) => item.company.id)).toEqual([
      third.company.id,
    ]);
    const page = await t.http
      .get('/api/verification-queue?limit=2')
      .set(bearer(staff.token))
      .expect(200);
    const rest = await t.http
      .get(`/api/verification-queue?limit=2&cursor=${page.body.nextCursor}`)
      .set(bearer(staff.token))
      .expect(200);
    expect(rest.body.items.map((item: VerificationQueueItem) => item.company.id)).toEqual([
      third.company.id,
    ]);
  });

  it('verify takes a firm off the queue; an identity edit puts it back, last in line, with what changed', async () => {
    await t.http
      .post(`/api/companies/${first.company.id}/verification`)
      .set(bearer(staff.token))
      .send({ status: 'verified', note: 'Checked NTN' })
      .expect(200);
    expect((await queue()).map((item) => item.company.id)).toEqual([
      second.company.id,
      third.company.id,
    ]);

    await t.http
      .patch(`/api/companies/${first.company.id}`)
      .set(bearer(first.token))
      .send({ city: 'Gujranwala', description: 'New text' })
      .expect(200);
    const items = await queue();
    expect(items.map((item) => item.company.id)).toEqual([
      second.company.id,
      third.company.id,
      first.company.id,
    ]);
    expect(items[2].lastReview).toMatchObject({
      status: 'verified',
      note: 'Checked NTN',
      byUserId: staff.id,
    });
    expect(items[2].changes).toEqual([
      { field: 'city', before: first.company.city, after: 'Gujranwala' },
      { field: 'description', before: first.company.description, after: 'New text' },
    ]);
  });

  it('reject needs a note, which the firm then sees', async () => {
    expectFieldError(
      await t.http
        .post(`/api/companies/${second.company.id}/verification`)
        .set(bearer(staff.token))
        .send({ status: 'rejected' }),
      'note',
    );
    await t.http
      .post(`/api/companies/${second.company.id}/verification`)
      .set(bearer(staff.token))
      .send({ status: 'rejected', note: 'VÖEN does not exist' })
      .expect(200);
    const own = (
      await t.http.get(`/api/companies/${second.company.id}`).set(bearer(second.token)).expect(200)
    ).body as CompanyResponse;
    expect(own).toMatchObject({
      verification: 'rejected',
      verificationNote: 'VÖEN does not exist',
    });
  });

  it('bulk: decides each firm on its own and reports each', async () => {
    const missing = '0b3f7a52-1111-4111-8111-111111111111';
    expectFieldError(
      await t.http
        .post('/api/verification-queue/bulk')
        .set(bearer(staff.token))
        .send({ companyIds: [third.company.id], status: 'rejected' }),
      'note',
    );
    expectFieldError(
      await t.http
        .post('/api/verification-queue/bulk')
        .set(bearer(staff.token))
        .send({ companyIds: [], status: 'verified' }),
      'companyIds',
    );
    const response = await t.http
      .post('/api/verification-queue/bulk')
      .set(bearer(staff.token))
      .send({ companyIds: [third.company.id, missing, first.company.id], status: 'verified' })
      .expect(200);
    expect(response.body.results).toEqual([
      { companyId: third.company.id, ok: true, verification: 'verified' },
      {
        companyId: missing,
        ok: false,
        error: { statusCode: 404, code: 'not_found', message: 'Company not found' },
      },
      { companyId: first.company.id, ok: true, verification: 'verified' },
    ]);
    expect(await queue()).toEqual([]);
  });

  it('the audit log has every staff action with who, when, before and after; admins filter and page it', async () => {
    await t.http
      .patch(`/api/companies/${third.company.id}`)
      .set(bearer(staff.token))
      .send({ name: 'Renamed by staff' })
      .expect(200);
    const entries = await audit();
    expect(entries.map((entry) => entry.action)).toEqual([
      'company.update',
      'company.verify',
      'company.verify',
      'company.reject',
      'company.verify',
    ]);
    expect(entries[0]).toMatchObject({
      actorUserId: staff.id,
      target: { type: 'company', id: third.company.id },
      before: { name: third.company.name },
      after: { name: 'Renamed by staff' },
    });
    expect(entries[3]).toMatchObject({
      before: { verification: 'pending', note: null },
      after: { verification: 'rejected', note: 'VÖEN does not exist' },
    });
    expect((await audit('?action=company.reject')).map((entry) => entry.target.id)).toEqual([
      second.company.id,
    ]);
    expect(await audit('?action=company')).toHaveLength(5);
    expect(await audit(`?actor=${staff.id}&limit=100`)).toHaveLength(5);
    expect(await audit('?actor=0b3f7a52-1111-4111-8111-111111111111')).toEqual([]);
    expect(
      await audit(`?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`),
    ).toEqual([]);
    const page = await t.http.get('/api/audit?limit=3').set(bearer(admin)).expect(200);
    const rest = await t.http
      .get(`/api/audit?limit=3&cursor=${page.body.nextCursor}`)
      .set(bearer(admin))
      .expect(200);
    expect([...page.body.items, ...rest.body.items].map((entry: AuditEntry) => entry.id)).toEqual(
      entries.map((entry) => entry.id),
    );
    expectFieldError(await t.http.get('/api/audit?from=yesterday').set(bearer(admin)), 'from');
    expectFieldError(await t.http.get('/api/audit?cursor=abc').set(bearer(admin)), 'cursor');
    expectApiError(await t.http.get('/api/audit').set(bearer(staff.token)), 403);
  });

  it.each([
    'UPDATE audit_log SET action = $1',
    'DELETE FROM audit_log WHERE action <> $1',
    'TRUNCATE audit_log',
  ])('the database refuses to change the log: %s', async (sql) => {
    await expect(t.db.query(sql, sql.includes('$1') ? ['x'] : [])).rejects.toThrow(/append-only/);
  });
});
