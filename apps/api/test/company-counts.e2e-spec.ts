import {
  bearer,
  createMember,
  createUserWithRole,
  createVerifiedMember,
} from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/**
 * A database of its own: exact counts cannot hold while other files add firms. (Its own file too:
 * passport keeps strategies in one process-wide registry, so two apps on two databases must not
 * share a test file's module registry.)
 */
describe('GET /api/companies/counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createIsolatedTestApp();
  });
  afterAll(() => t.close());

  it('counts verified firms by country and sector for anyone, leaving pending and rejected ones out', async () => {
    const staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    await createVerifiedMember(t.http, t.db, 'PK', { sectors: ['textiles', 'leather'] });
    await createVerifiedMember(t.http, t.db, 'AZ', { sectors: ['textiles'] });
    await createMember(t.http, 'PK', { sectors: ['energy'] });
    const rejected = await createMember(t.http, 'AZ', { sectors: ['tourism'] });
    await t.http
      .post(`/api/companies/${rejected.company.id}/verification`)
      .set(bearer(staff))
      .send({ status: 'rejected', note: 'Not a real firm' })
      .expect(200);
    const response = await t.http.get('/api/companies/counts').expect(200);
    expect(response.body).toEqual({
      total: 2,
      byCountry: { PK: 1, AZ: 1 },
      bySectorAndCountry: [
        { country: 'AZ', sector: 'textiles', count: 1 },
        { country: 'PK', sector: 'leather', count: 1 },
        { country: 'PK', sector: 'textiles', count: 1 },
      ],
    });
    expect(response.headers['cache-control']).toBe('public, max-age=60');
  });
});
