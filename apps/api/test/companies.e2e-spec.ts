import type { CompanyResponse } from '@jcc/contracts';
import { expectApiError } from './support/api-error';
import {
  bearer,
  companyInput,
  createMember,
  createUserWithRole,
  createVerifiedMember,
  registerUser,
  uniqueRegistrationNumber,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

describe('companies', () => {
  let t: TestApp;
  let staffToken: string;
  beforeAll(async () => {
    t = await createTestApp();
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
  });
  afterAll(() => t.close());

  describe('create', () => {
    it('registers a pending company owned by the member', async () => {
      const auth = await registerUser(t.http);
      const input = companyInput('PK');
      const response = await t.http
        .post('/api/companies')
        .set(bearer(auth.accessToken))
        .send(input)
        .expect(201);
      const company = response.body as CompanyResponse;
      expect(company).toMatchObject({ ...input, verification: 'pending', verificationNote: null });
      const me = await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(200);
      expect(me.body.companyId).toBe(company.id);
    });

    it('answers 409 when the member already has a company, and writes nothing', async () => {
      const member = await createMember(t.http, 'AZ');
      const refused = companyInput('AZ');
      await t.http.post('/api/companies').set(bearer(member.token)).send(refused).expect(409);
      // Other files write companies into the same database meanwhile: count only this input's
      // (its registration number is unique to it), not the whole table.
      const [{ count }] = await t.db.query(
        'SELECT count(*)::int AS count FROM companies WHERE registration_number = $1',
        [refused.registrationNumber],
      );
      expect(count).toBe(0);
    });

    it('creates one company when the same member sends two at once', async () => {
      const auth = await registerUser(t.http);
      const results = await Promise.all(
        [1, 2].map(() =>
          t.http.post('/api/companies').set(bearer(auth.accessToken)).send(companyInput('PK')),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([201, 409]);
    });

    it.each([
      ['PK', '12345678', 'NTN like 1234567-8'],
      ['PK', '1234567890', 'NTN like 1234567-8'],
      ['AZ', '1234567-8', 'VÖEN like 1234567890'],
      ['AZ', '123456789', 'VÖEN like 1234567890'],
    ])('checks a %s registration number against its format (%s)', async (country, number, hint) => {
      const auth = await registerUser(t.http);
      const response = await t.http
        .post('/api/companies')
        .set(bearer(auth.accessToken))
        .send(companyInput(country as 'PK' | 'AZ', { registrationNumber: number }))
        .expect(400);
      expect(response.body.message).toEqual([
        { field: 'registrationNumber', messages: [expect.stringContaining(hint)] },
      ]);
    });

    it('keeps registration numbers unique per country, not across countries', async () => {
      const pk = await createMember(t.http, 'PK');
      const taken = pk.company.registrationNumber!;
      const other = await registerUser(t.http);
      const response = await t.http
        .post('/api/companies')
        .set(bearer(other.accessToken))
        .send(companyInput('PK', { registrationNumber: taken }))
        .expect(409);
      expect(response.body.message[0].field).toBe('registrationNumber');
      const me = await t.http.get('/api/auth/me').set(bearer(other.accessToken)).expect(200);
      expect(me.body.companyId).toBeNull();
      // Same ten digits are fine in the other country.
      const az = await createMember(t.http, 'AZ');
      const azNumber = az.company.registrationNumber!;
      const third = await registerUser(t.http);
      await t.http
        .post('/api/companies')
        .set(bearer(third.accessToken))
        .send(companyInput('AZ', { registrationNumber: uniqueRegistrationNumber('AZ') }))
        .expect(201);
      expect(azNumber).toMatch(/^\d{10}$/);
    });

    it('requires joint_venture among partnership types for jvSectors', async () => {
      const auth = await registerUser(t.http);
      const response = await t.http
        .post('/api/companies')
        .set(bearer(auth.accessToken))
        .send(companyInput('AZ', { partnershipTypes: ['import'], jvSectors: ['chemicals'] }))
        .expect(400);
      expect(response.body.message[0].field).toBe('jvSectors');
    });

    it('is only for members: staff get 403, anonymous 401, and no firm is created', async () => {
      const byStaff = companyInput('PK');
      expectApiError(
        await t.http.post('/api/companies').set(bearer(staffToken)).send(byStaff),
        403,
      );
      const byAnonymous = companyInput('PK');
      expectApiError(await t.http.post('/api/companies').send(byAnonymous), 401);
      const stored = await t.db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM companies WHERE registration_number = ANY($1)',
        [[byStaff.registrationNumber, byAnonymous.registrationNumber]],
      );
      expect(stored[0].n).toBe(0);
    });
  });

  describe('read', () => {
    let owner: Member;
    beforeAll(async () => {
      owner = await createVerifiedMember(t.http, t.db, 'PK');
    });

    it('shows the registration number only to the owner and staff', async () => {
      const other = await createMember(t.http, 'AZ');
      const asOwner = await t.http
        .get(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .expect(200);
      const asStaff = await t.http
        .get(`/api/companies/${owner.company.id}`)
        .set(bearer(staffToken))
        .expect(200);
      const asOther = await t.http
        .get(`/api/companies/${owner.company.id}`)
        .set(bearer(other.token))
        .expect(200);
      const asAnonymous = await t.http.get(`/api/companies/${owner.company.id}`).expect(200);
      expect(asOwner.body.registrationNumber).toBe(owner.company.registrationNumber);
      expect(asStaff.body.registrationNumber).toBe(owner.company.registrationNumber);
      expect(asOther.body).not.toHaveProperty('registrationNumber');
      expect(asAnonymous.body).not.toHaveProperty('registrationNumber');
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await t.http.get('/api/companies/00000000-0000-4000-8000-000000000000').expect(404);
      const response = await t.http.get('/api/companies/not-a-uuid').expect(400);
      expect(response.body.message).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
    });
  });

  describe('update', () => {
    it('lets the owner edit and keeps the rules', async () => {
      const owner = await createMember(t.http, 'PK');
      const response = await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ description: 'Now also goalkeeper gloves.', seeksHs: ['27', '39'] })
        .expect(200);
      expect(response.body).toMatchObject({
        description: 'Now also goalkeeper gloves.',
        seeksHs: ['27', '39'],
        name: owner.company.name,
      });
      await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ name: null })
        .expect(400);
      await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ country: 'AZ' })
        .expect(400); // the PK NTN does not fit Azerbaijan's format
    });

    it('sends a verified firm back to review when the firm changes its identity', async () => {
      const owner = await createMember(t.http, 'AZ');
      await t.http
        .post(`/api/companies/${owner.company.id}/verification`)
        .set(bearer(staffToken))
        .send({ status: 'verified' })
        .expect(200);
      const description = await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ description: 'More detail' })
        .expect(200);
      expect(description.body.verification).toBe('verified');
      const renamed = await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ name: 'Another Name MMC' })
        .expect(200);
      expect(renamed.body.verification).toBe('pending');
    });
  });

  describe('verification', () => {
    it('lets staff verify, and reject with a note the firm sees; rejected firms vanish for others', async () => {
      const owner = await createMember(t.http, 'PK');
      const other = await createMember(t.http, 'AZ');
      await t.http
        .post(`/api/companies/${owner.company.id}/verification`)
        .set(bearer(staffToken))
        .send({ status: 'rejected' })
        .expect(400);
      const rejected = await t.http
        .post(`/api/companies/${owner.company.id}/verification`)
        .set(bearer(staffToken))
        .send({ status: 'rejected', note: 'The NTN does not match FBR records' })
        .expect(200);
      expect(rejected.body.verification).toBe('rejected');
      const asOwner = await t.http
        .get(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .expect(200);
      expect(asOwner.body.verificationNote).toBe('The NTN does not match FBR records');
      await t.http.get(`/api/companies/${owner.company.id}`).set(bearer(other.token)).expect(404);
      await t.http.get(`/api/companies/${owner.company.id}`).expect(404);
      await t.http.get(`/api/companies/${owner.company.id}`).set(bearer(staffToken)).expect(200);
      const fixed = await t.http
        .patch(`/api/companies/${owner.company.id}`)
        .set(bearer(owner.token))
        .send({ registrationNumber: uniqueRegistrationNumber('PK') })
        .expect(200);
      expect(fixed.body.verification).toBe('pending');
    });
  });
});
