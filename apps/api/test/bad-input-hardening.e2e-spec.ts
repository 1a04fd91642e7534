import { randomUUID } from 'node:crypto';
import type { CompanyResponse } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import {
  bearer,
  companyInput,
  createMember,
  createUserWithRole,
  registerUser,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * Inputs found to answer 500 (or to be stored when imports refuse them): every one must be a 4xx
 * in the contract's shape, with the offending field named where there is one.
 */
describe('bad input is always a 4xx', () => {
  let t: TestApp;
  let staffToken: string;
  let owner: Member;

  beforeAll(async () => {
    t = await createTestApp();
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    owner = await createMember(t.http, 'PK');
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('statistics, JSON and CSV alike', () => {
    const windows: [string, string, string][] = [
      ['garbage from', 'from=garbage', 'from'],
      ['garbage to', 'to=not-a-date', 'to'],
      ['from after to', 'from=2026-05-01&to=2026-04-01', 'from'],
      ['year 0001', 'from=0001-01-01&to=0001-02-01', 'from'],
      ['year 9999', 'from=9999-11-01&to=9999-12-31', 'from'],
    ];
    for (const path of ['/api/stats', '/api/stats.csv']) {
      it.each(windows)(`${path}: %s → 400`, async (_title, query, field) => {
        const answer = await t.http.get(`${path}?${query}`).set(bearer(staffToken));
        expectFieldError(answer, field);
        expect(answer.headers['content-type']).toMatch(/^application\/json/);
        expect(answer.headers['content-disposition']).toBeUndefined();
      });
    }
  });

  it.each(['export.csv', 'export.pdf'])(
    'a delegation %s with an unknown status → 400 in JSON',
    async (file) => {
      const answer = await t.http
        .get(`/api/delegations/${randomUUID()}/${file}?status=bogus`)
        .set(bearer(staffToken));
      expectFieldError(answer, 'status');
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
    },
  );

  it('a JSON body nested 10,000 levels deep → 400, not a stack overflow', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const answer = await t.http
      .post('/api/auth/login')
      .set('Content-Type', 'application/json')
      .send(deep);
    expectApiError(answer, 400);
    const register = await t.http
      .post('/api/auth/register')
      .set('Content-Type', 'application/json')
      .send(`{"email":${'['.repeat(5_000)}1${']'.repeat(5_000)}}`);
    expectApiError(register, 400);
  });

  describe('spreadsheet formulas in text fields that reach exports', () => {
    const formulas: [string, Record<string, unknown>, string][] = [
      ['name =HYPERLINK', { name: '=HYPERLINK("http://evil.test","Open")' }, 'name'],
      ['city @SUM', { city: '@SUM(1+1)*cmd|"/C calc"!A0' }, 'city'],
      ['name +cmd', { name: '+cmd|"/C calc"!A0' }, 'name'],
      ['city -2+3', { city: '-2+3+cmd|x' }, 'city'],
      ['description =1+1', { description: '=1+1' }, 'description'],
      ['a certification @', { certifications: ['ISO 9001', '@SUM(A1)'] }, 'certifications'],
    ];

    it.each(formulas)('PATCH %s → 400 field error, nothing changed', async (_t, patch, field) => {
      const answer = await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send(patch);
      expectFieldError(answer, field);
      const after = await t.http.get(`/api/companies/${owner.company.id}`).set(bearer(owner.token));
      const company = after.body as CompanyResponse;
      expect(company.name).toBe(owner.company.name);
      expect(company.city).toBe(owner.company.city);
    });

    it.each(formulas)('POST %s → 400 field error', async (_t, patch, field) => {
      const auth = await registerUser(t.http);
      const answer = await t.http
        .post('/api/companies')
        .set(bearer(auth.accessToken))
        .send(companyInput('AZ', patch));
      expectFieldError(answer, field);
    });

    it('plain values that start like numbers are still accepted', async () => {
      await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ description: '+92 42 111 222 333', city: 'Lahore' })
        .expect(200);
    });

    it('a full name with a formula → 400 (it is the contact name on delegation exports)', async () => {
      const answer = await t.http
        .patch('/api/auth/me')
        .set(bearer(owner.token))
        .send({ fullName: '=HYPERLINK("http://evil.test")' });
      expectFieldError(answer, 'fullName');
    });
  });
});
