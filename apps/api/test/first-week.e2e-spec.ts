import type { CompanyResponse, ContactStatesResponse } from '@jcc/contracts';
import { createFirms, createStaffToken, requestContact } from './support/chat-fixtures';
import { bearer, createMember, createVerifiedMember, type Member } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/** Issue 16: what a firm needs to know in its first week, from the API's side. */
describe('first week', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const states = async (member: Member, ids: string[]) =>
    (
      await t.http
        .get(`/api/contact-requests/states?companyIds=${ids.join(',')}`)
        .set(bearer(member.token))
        .expect(200)
    ).body as ContactStatesResponse;

  describe('GET /api/contact-requests/states', () => {
    it('says none, sent, received and connected, from each firm’s side', async () => {
      const { pk, az } = await createFirms(t.http, t.db);
      const other = await createVerifiedMember(t.http, t.db, 'AZ');
      expect((await states(pk, [az.company.id])).states).toEqual([
        { companyId: az.company.id, state: 'none', requestId: null, conversationId: null },
      ]);

      const request = await requestContact(t.http, pk, az);
      expect((await states(pk, [az.company.id, other.company.id])).states).toEqual([
        { companyId: az.company.id, state: 'sent', requestId: request.id, conversationId: null },
        { companyId: other.company.id, state: 'none', requestId: null, conversationId: null },
      ]);
      expect((await states(az, [pk.company.id])).states[0]).toMatchObject({
        state: 'received',
        requestId: request.id,
      });

      const accepted = await t.http
        .post(`/api/contact-requests/${request.id}/accept`)
        .set(bearer(az.token))
        .expect(200);
      const conversationId = (accepted.body as { conversation: { id: string } }).conversation.id;
      for (const [member, partner] of [
        [pk, az],
        [az, pk],
      ]) {
        expect((await states(member, [partner.company.id])).states).toEqual([
          { companyId: partner.company.id, state: 'connected', requestId: null, conversationId },
        ]);
      }
      // A firm that knows nothing of the pair sees nothing between itself and them.
      expect(
        (await states(other, [pk.company.id, az.company.id])).states.map((s) => s.state),
      ).toEqual(['none', 'none']);
    });

    it('refuses bad lists with field messages, staff and anonymous callers', async () => {
      const { pk } = await createFirms(t.http, t.db);
      const bad = await t.http
        .get('/api/contact-requests/states?companyIds=not-a-uuid')
        .set(bearer(pk.token))
        .expect(400);
      expect(JSON.stringify(bad.body)).toMatch(/companyIds must be UUIDs/);
      await t.http.get('/api/contact-requests/states').set(bearer(pk.token)).expect(400);
      const many = Array.from({ length: 51 }, () => pk.company.id).join(',');
      await t.http
        .get(`/api/contact-requests/states?companyIds=${many}`)
        .set(bearer(pk.token))
        .expect(400);
      await t.http.get(`/api/contact-requests/states?companyIds=${pk.company.id}`).expect(401);
      const { token: staff } = await createStaffToken(t.http, t.db);
      await t.http
        .get(`/api/contact-requests/states?companyIds=${pk.company.id}`)
        .set(bearer(staff))
        .expect(403);
    });
  });

  describe('the verification decision reaches the firm', () => {
    const company = async (member: Member | null, id: string) =>
      (
        await t.http
          .get(`/api/companies/${id}`)
          .set(member ? bearer(member.token) : {})
          .expect(200)
      ).body as CompanyResponse;

    it('the firm reads staff’s note with a refusal and with a verification; others do not', async () => {
      const firm = await createMember(t.http, 'PK');
      const { token: staff } = await createStaffToken(t.http, t.db);
      expect((await company(firm, firm.company.id)).lastDecision).toBeNull();

      await t.http
        .post(`/api/companies/${firm.company.id}/verification`)
        .set(bearer(staff))
        .send({ status: 'rejected', note: 'The NTN does not match the FBR record.' })
        .expect(200);
      expect((await company(firm, firm.company.id)).lastDecision).toMatchObject({
        status: 'rejected',
        note: 'The NTN does not match the FBR record.',
      });

      // The firm corrects its profile: waiting again, and still able to read why it was declined.
      await t.http
        .patch(`/api/companies/${firm.company.id}`)
        .set(bearer(firm.token))
        .send({ city: 'Sialkot' })
        .expect(200);
      const pending = await company(firm, firm.company.id);
      expect(pending.verification).toBe('pending');
      expect(pending.lastDecision?.note).toBe('The NTN does not match the FBR record.');

      await t.http
        .post(`/api/companies/${firm.company.id}/verification`)
        .set(bearer(staff))
        .send({ status: 'verified', note: 'Welcome — checked with the FBR.' })
        .expect(200);
      const verified = await company(firm, firm.company.id);
      expect(verified.lastDecision).toMatchObject({
        status: 'verified',
        note: 'Welcome — checked with the FBR.',
      });
      expect(Date.parse(verified.lastDecision?.at ?? '')).toBeGreaterThan(0);

      const stranger = await createVerifiedMember(t.http, t.db, 'AZ');
      expect(await company(stranger, firm.company.id)).not.toHaveProperty('lastDecision');
      expect(await company(null, firm.company.id)).not.toHaveProperty('lastDecision');
    });
  });

  describe('a website typed without a scheme', () => {
    it('is stored with https://; a scheme other than http(s) is still refused', async () => {
      const firm = await createMember(t.http, 'PK', { website: 'sialkotsurgical.pk' });
      expect(firm.company.website).toBe('https://sialkotsurgical.pk');
      const updated = await t.http
        .patch(`/api/companies/${firm.company.id}`)
        .set(bearer(firm.token))
        .send({ website: ' www.sialkotsurgical.pk/en ' })
        .expect(200);
      expect((updated.body as CompanyResponse).website).toBe('https://www.sialkotsurgical.pk/en');
      const refused = await t.http
        .patch(`/api/companies/${firm.company.id}`)
        .set(bearer(firm.token))
        .send({ website: 'ftp://sialkotsurgical.pk' })
        .expect(400);
      expect(JSON.stringify(refused.body)).toMatch(/website must be an http\(s\) address/);
    });
  });

  describe('statistics', () => {
    it('fill rates of the default window include delegations planned for next year', async () => {
      const { token: staff } = await createStaffToken(t.http, t.db);
      const year = new Date().getUTCFullYear() + 1;
      await t.db.query(
        `INSERT INTO delegations (title, direction, host_city, starts_on, ends_on, sectors, capacity)
         VALUES ('Spring fair in Baku', 'PK_TO_AZ', 'Baku', $1, $2, '{textiles}', 10)`,
        [`${year}-03-10`, `${year}-03-14`],
      );
      const titles = async (query: string) =>
        (
          (await t.http.get(`/api/stats${query}`).set(bearer(staff)).expect(200)).body as {
            delegations: { title: string }[];
          }
        ).delegations.map((delegation) => delegation.title);
      expect(await titles('')).toContain('Spring fair in Baku');
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
      expect(await titles(`?to=${encodeURIComponent(tomorrow)}`)).toContain('Spring fair in Baku');
      // A window wholly in the past shows what was under way then, not next year's plans.
      expect(await titles('?from=2025-01-01T00:00:00Z&to=2025-06-01T00:00:00Z')).not.toContain(
        'Spring fair in Baku',
      );
    });
  });
});
