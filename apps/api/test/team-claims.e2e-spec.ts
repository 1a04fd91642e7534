import type { NotificationItem, UnclaimedFirmRequests } from '@jcc/contracts';
import { createTestApp, type TestApp } from './support/test-app';
import {
  bearer,
  createUserWithRole,
  createVerifiedMember,
  registerUser,
  uniqueEmail,
  type Member,
} from './support/factories';

/**
 * Staff-imported firms have no account. Until someone claims one, others learn it is not yet on
 * the platform and staff see the requests waiting for it; staff invite the firm's registered
 * address, and the account of that address that opens the link becomes the owner.
 */
describe('claiming an imported firm', () => {
  let t: TestApp;
  let staffToken: string;
  let staffId: string;
  let sender: Member;

  beforeAll(async () => {
    t = await createTestApp();
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    staffToken = staff.accessToken;
    staffId = staff.user.id;
    sender = await createVerifiedMember(t.http, t.db, 'PK');
  });
  afterAll(() => t?.close());

  /** A listed firm with the chamber's contact and no account, as an import leaves it. */
  async function importedFirm(email: string | null): Promise<string> {
    const seed = await createVerifiedMember(t.http, t.db, 'AZ');
    await t.db.query(`UPDATE users SET company_id = NULL, company_role = NULL WHERE id = $1`, [
      seed.auth.user.id,
    ]);
    await t.db.query(
      `INSERT INTO chamber_contacts (company_id, contact_name, email) VALUES ($1, 'Contact', $2)`,
      [seed.company.id, email],
    );
    return seed.company.id;
  }

  const waiting = async () =>
    (
      (await t.http.get('/api/claims/waiting?limit=100').set(bearer(staffToken)).expect(200))
        .body as { items: UnclaimedFirmRequests[] }
    ).items;

  it('from "not yet on the platform" with a request waiting to an owner answering it', async () => {
    const email = uniqueEmail('imported');
    const firmId = await importedFirm(email);
    const presence = await t.http.get(`/api/companies/${firmId}/presence`).expect(200);
    expect(presence.body).toEqual({ companyId: firmId, onPlatform: false });

    await t.http
      .post('/api/contact-requests')
      .set(bearer(sender.token))
      .send({ toCompanyId: firmId, message: 'We buy cotton' })
      .expect(201);
    const row = (await waiting()).find((item) => item.companyId === firmId);
    expect(row).toMatchObject({ waiting: 1, registeredEmail: email, lastInvitedAt: null });

    // Members may not send claim invitations, nor see the waiting list.
    await t.http
      .post(`/api/companies/${firmId}/claim-invitation`)
      .set(bearer(sender.token))
      .expect(403);
    await t.http.get('/api/claims/waiting').set(bearer(sender.token)).expect(403);
    await t.http.get('/api/claims/waiting').expect(401);

    const sent = await t.http
      .post(`/api/companies/${firmId}/claim-invitation`)
      .set(bearer(staffToken))
      .expect(201);
    expect(sent.body).toMatchObject({ kind: 'claim', email, status: 'pending' });
    const [mail] = await t.db.query<{ text: string; locale: string }[]>(
      `SELECT text_body AS text, locale FROM mail_outbox WHERE to_address = $1 AND template = 'claim-invitation'`,
      [email],
    );
    expect(mail.locale).toBe('az');
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';

    const preview = await t.http.get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ kind: 'claim', companyId: firmId, email });

    const claimant = await registerUser(t.http, { email, fullName: 'Rashad Aliyev' });
    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(claimant.accessToken))
      .expect(200);
    expect(accepted.body).toEqual({ companyId: firmId, companyRole: 'owner' });

    const requests = await t.http
      .get('/api/contact-requests?box=in')
      .set(bearer(claimant.accessToken))
      .expect(200);
    expect((requests.body as { items: { message: string }[] }).items[0].message).toBe(
      'We buy cotton',
    );
    expect(
      (await t.http.get(`/api/companies/${firmId}/presence`).expect(200)).body.onPlatform,
    ).toBe(true);
    expect((await waiting()).some((item) => item.companyId === firmId)).toBe(false);
    const staffBell = await t.http.get('/api/notifications').set(bearer(staffToken)).expect(200);
    expect((staffBell.body as { items: NotificationItem[] }).items[0]).toMatchObject({
      kind: 'claim.completed',
      params: { companyId: firmId, name: 'Rashad Aliyev' },
    });

    const again = await t.http
      .post(`/api/companies/${firmId}/claim-invitation`)
      .set(bearer(staffToken))
      .expect(409);
    expect(again.body.code).toBe('firm_already_claimed');
  });

  it('refuses firms without a registered address, addresses of other firms, and second claims', async () => {
    const noEmail = await importedFirm(null);
    const refused = await t.http
      .post(`/api/companies/${noEmail}/claim-invitation`)
      .set(bearer(staffToken))
      .expect(409);
    expect(refused.body.code).toBe('no_registered_email');

    const taken = await importedFirm(sender.auth.user.email);
    const other = await t.http
      .post(`/api/companies/${taken}/claim-invitation`)
      .set(bearer(staffToken))
      .expect(409);
    expect(other.body.code).toBe('invitee_has_company');

    // Two invitations to one firm: whoever comes second finds it claimed.
    const email = uniqueEmail('twice');
    const firmId = await importedFirm(email);
    for (let i = 0; i < 2; i += 1) {
      await t.http
        .post(`/api/companies/${firmId}/claim-invitation`)
        .set(bearer(staffToken))
        .expect(201);
    }
    const tokens = (
      await t.db.query<{ text: string }[]>(
        `SELECT text_body AS text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at`,
        [email],
      )
    ).map((mail) => /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '');
    const first = await registerUser(t.http, { email });
    await t.http
      .post(`/api/invitations/${tokens[0]}/accept`)
      .set(bearer(first.accessToken))
      .expect(200);
    const second = await t.http
      .post(`/api/invitations/${tokens[1]}/accept`)
      .set(bearer(first.accessToken))
      .expect(409);
    expect(second.body.code).toBe('already_in_company');
    const [{ owners }] = await t.db.query<{ owners: number }[]>(
      `SELECT count(*)::int AS owners FROM users WHERE company_id = $1`,
      [firmId],
    );
    expect(owners).toBe(1);
    await t.http.get(`/api/companies/${staffId}/presence`).expect(404);
  });
});
