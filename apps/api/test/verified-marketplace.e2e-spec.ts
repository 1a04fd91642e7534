import type {
  CompanyResponse,
  DelegationCandidate,
  DelegationResponse,
  MatchResponse,
} from '@jcc/contracts';
import {
  bearer,
  createMember,
  createUserWithRole,
  createVerifiedMember,
  registerUser,
  type Member,
} from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

/**
 * Verification gates the marketplace (api.md): a pending or rejected firm is seen only by its own
 * members and staff — not in the directory, anyone's matches, delegation candidates or the public
 * counts — may preview its own matches, and cannot contact anyone. A verified firm that edits
 * what verification covers waits for staff but stays visible as it was last verified.
 * A database of its own, so that the counts are exact.
 */
describe('verification gates the marketplace', () => {
  let t: TestApp;
  let staff: string;
  let outsider: string;
  let pkVerified: Member;
  let azVerified: Member;
  let azPending: Member;

  const ids = (items: { id: string }[]) => items.map((item) => item.id);
  const directory = async (token?: string) => {
    const request = t.http.get('/api/companies?limit=100');
    const response = await (token ? request.set(bearer(token)) : request).expect(200);
    return response.body.items as CompanyResponse[];
  };
  const matchesOf = async (member: Member) =>
    (await t.http.get('/api/matches').set(bearer(member.token)).expect(200)).body
      .items as MatchResponse[];
  const matchIds = (items: MatchResponse[]) => items.map((item) => item.company.id);

  beforeAll(async () => {
    t = await createIsolatedTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    outsider = (await registerUser(t.http)).accessToken;
    pkVerified = await createVerifiedMember(t.http, t.db, 'PK');
    azVerified = await createVerifiedMember(t.http, t.db, 'AZ', { name: 'Gəncə Tekstil MMC' });
    azPending = await createMember(t.http, 'AZ', { name: 'Sumqayıt Parça MMC' });
  });
  afterAll(() => t.close());

  it('keeps a pending firm out of the directory for everyone but staff, its own members included', async () => {
    for (const token of [undefined, outsider, pkVerified.token, azPending.token]) {
      const listed = ids(await directory(token));
      expect(listed).toContain(azVerified.company.id);
      expect(listed).not.toContain(azPending.company.id);
    }
    expect(ids(await directory(staff))).toContain(azPending.company.id);
  });

  it('shows a pending firm’s page only to its own members and staff', async () => {
    const page = (token?: string) => {
      const request = t.http.get(`/api/companies/${azPending.company.id}`);
      return token ? request.set(bearer(token)) : request;
    };
    await page().expect(404);
    await page(outsider).expect(404);
    await page(pkVerified.token).expect(404);
    expect((await page(azPending.token).expect(200)).body.verification).toBe('pending');
    expect((await page(staff).expect(200)).body.verification).toBe('pending');
  });

  it('never matches a pending firm, but lets it preview its own matches', async () => {
    const own = matchIds(await matchesOf(pkVerified));
    expect(own).toContain(azVerified.company.id);
    expect(own).not.toContain(azPending.company.id);
    expect(matchIds(await matchesOf(azPending))).toContain(pkVerified.company.id);
    const forStaff = await t.http
      .get(`/api/companies/${pkVerified.company.id}/matches`)
      .set(bearer(staff))
      .expect(200);
    expect(matchIds(forStaff.body.items)).not.toContain(azPending.company.id);
  });

  it('leaves pending firms out of delegation candidates and the public counts', async () => {
    const year = new Date().getUTCFullYear() + 1;
    const delegation = (
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send({
          title: 'Textiles to Lahore',
          direction: 'AZ_TO_PK',
          hostCity: 'Lahore',
          startsOn: `${year}-05-01`,
          endsOn: `${year}-05-04`,
          sectors: ['textiles'],
          capacity: 5,
        })
        .expect(201)
    ).body as DelegationResponse;
    const candidates = (
      await t.http
        .get(`/api/delegations/${delegation.id}/candidates?limit=50`)
        .set(bearer(staff))
        .expect(200)
    ).body.items as DelegationCandidate[];
    expect(candidates.map((item) => item.company.id)).toEqual([azVerified.company.id]);
    const counts = await t.http.get('/api/companies/counts').expect(200);
    expect(counts.body.byCountry).toEqual({ PK: 1, AZ: 1 });
  });

  it('answers 403 company_not_verified when a pending firm asks for contact, 404 when asked', async () => {
    const fromPending = await t.http
      .post('/api/contact-requests')
      .set(bearer(azPending.token))
      .send({ toCompanyId: pkVerified.company.id, message: 'Hello' })
      .expect(403);
    expect(fromPending.body.code).toBe('company_not_verified');
    await t.http
      .post('/api/contact-requests')
      .set(bearer(pkVerified.token))
      .send({ toCompanyId: azPending.company.id, message: 'Hello' })
      .expect(404);
    const box = await t.http.get('/api/contact-requests?box=in').set(bearer(pkVerified.token));
    expect(box.body.items).toEqual([]);
  });

  it('keeps a verified firm under re-review visible as it was last verified, until staff decide', async () => {
    const firm = await createVerifiedMember(t.http, t.db, 'AZ', { name: 'Xaçmaz Xalça MMC' });
    // The review record a staff decision leaves (createVerifiedMember verifies in SQL).
    await t.http
      .post(`/api/companies/${firm.company.id}/verification`)
      .set(bearer(staff))
      .send({ status: 'verified' })
      .expect(200);
    const edited = await t.http
      .patch(`/api/companies/${firm.company.id}`)
      .set(bearer(firm.token))
      .send({ name: 'Xaçmaz Xalça və Parça MMC' })
      .expect(200);
    expect(edited.body).toMatchObject({ name: 'Xaçmaz Xalça və Parça MMC', verification: 'pending' });

    const seen = await t.http.get(`/api/companies/${firm.company.id}`).expect(200);
    expect(seen.body).toMatchObject({ name: 'Xaçmaz Xalça MMC', verification: 'verified' });
    const inDirectory = (await directory()).find((item) => item.id === firm.company.id);
    expect(inDirectory).toMatchObject({ name: 'Xaçmaz Xalça MMC', verification: 'verified' });
    const match = (await matchesOf(pkVerified)).find(
      (item) => item.company.id === firm.company.id,
    );
    expect(match?.company).toMatchObject({ name: 'Xaçmaz Xalça MMC', verification: 'verified' });
    const queue = await t.http.get('/api/verification-queue').set(bearer(staff)).expect(200);
    expect(JSON.stringify(queue.body)).toContain('Xaçmaz Xalça və Parça MMC');
    // Still a verified firm to others, so it may still reach out.
    await t.http
      .post('/api/contact-requests')
      .set(bearer(firm.token))
      .send({ toCompanyId: pkVerified.company.id, message: 'Carpets?' })
      .expect(201);

    await t.http
      .post(`/api/companies/${firm.company.id}/verification`)
      .set(bearer(staff))
      .send({ status: 'rejected', note: 'The new name is not registered' })
      .expect(200);
    await t.http.get(`/api/companies/${firm.company.id}`).expect(404);
    expect(ids(await directory())).not.toContain(firm.company.id);
    expect(matchIds(await matchesOf(pkVerified))).not.toContain(firm.company.id);
  });
});
