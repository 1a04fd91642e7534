import type {
  ConversationResponse,
  NotificationItem,
  TeamResponse,
} from '@jcc/contracts';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { createConnectedFirms, type ConnectedFirms } from './support/chat-fixtures';
import { connect, next, sendOk, type ChatClientSocket } from './support/chat-socket';
import {
  bearer,
  createUserWithRole,
  createVerifiedMember,
  registerUser,
  uniqueEmail,
  type Member,
} from './support/factories';

/**
 * Colleagues of a firm: the owner invites by e-mail (a hashed, expiring, single-use token sent
 * through the mail outbox), the invited account joins and works for the firm, the owner removes
 * members (their sockets end at once) and hands ownership over. Bad tokens, owner-only actions and
 * floods are refused with nothing written.
 */
describe('colleagues of a firm', () => {
  let t: ListeningApp;
  let firms: ConnectedFirms;
  const sockets: ChatClientSocket[] = [];

  beforeAll(async () => {
    t = await startListeningApp();
    firms = await createConnectedFirms(t.http, t.db);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t?.close());

  async function open(token: string): Promise<ChatClientSocket> {
    const socket = await connect(t.url, token);
    sockets.push(socket);
    return socket;
  }

  /** The link of the newest mail to `email`, as the caught mail says it. */
  async function invitationToken(email: string): Promise<string> {
    const [mail] = await t.db.query<{ text: string; template: string }[]>(
      `SELECT text_body AS "text", template FROM mail_outbox WHERE to_address = $1
       ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const token = /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
    if (!token) {
      throw new Error(`no invitation mail to ${email}`);
    }
    return token;
  }

  const countInvitations = async (email: string) =>
    (
      await t.db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM team_invitations WHERE email = $1`,
        [email],
      )
    )[0].n;

  function invite(owner: Member, email: string) {
    return t.http.post('/api/team/invitations').set(bearer(owner.token)).send({ email });
  }

  /** A new account that joins `owner`'s firm through the invitation mail. */
  async function joinAsColleague(owner: Member, fullName = 'Colleague'): Promise<Member> {
    const email = uniqueEmail('colleague');
    await invite(owner, email).expect(201);
    const token = await invitationToken(email);
    const auth = await registerUser(t.http, { email, fullName });
    await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(auth.accessToken))
      .expect((r) => {
        if (r.status !== 200) {
          throw new Error(JSON.stringify(r.body));
        }
      });
    return { auth, token: auth.accessToken, company: owner.company };
  }

  it('an invited colleague joins, sees the firm’s conversations and hears who wrote what', async () => {
    const { pk, az, conversation } = firms;
    const email = uniqueEmail('colleague');
    const invited = await invite(pk, email).expect(201);
    expect(invited.body).toMatchObject({ email, kind: 'colleague', status: 'pending' });
    expect(JSON.stringify(invited.body)).not.toMatch(/token/i);
    const token = await invitationToken(email);
    const stored = await t.db.query<{ token_hash: string }[]>(
      `SELECT token_hash FROM team_invitations WHERE email = $1`,
      [email],
    );
    expect(stored[0].token_hash).not.toContain(token);

    const preview = await t.http.get(`/api/invitations/${token}`).expect(200);
    expect(preview.body).toMatchObject({ kind: 'colleague', companyId: pk.company.id, email });

    const auth = await registerUser(t.http, { email, fullName: 'Bilal Ahmed' });
    const ownerSocket = await open(pk.token);
    const ownerHears = next(ownerSocket, 'notification:new');
    const accepted = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(auth.accessToken))
      .expect(200);
    expect(accepted.body).toEqual({ companyId: pk.company.id, companyRole: 'member' });
    expect((await ownerHears).notification).toMatchObject({
      kind: 'team.invitation_accepted',
      params: { name: 'Bilal Ahmed' },
    });

    const me = await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(200);
    expect(me.body).toMatchObject({ companyId: pk.company.id, companyRole: 'member' });
    const team = (await t.http.get('/api/team').set(bearer(auth.accessToken)).expect(200))
      .body as TeamResponse;
    expect(team.members.map((m) => m.role).sort()).toEqual(['member', 'owner']);
    expect(team.invitations).toEqual([]);

    const list = await t.http.get('/api/conversations').set(bearer(auth.accessToken)).expect(200);
    expect((list.body as { items: ConversationResponse[] }).items.map((c) => c.id)).toContain(
      conversation.id,
    );
    const colleagueSocket = await open(auth.accessToken);
    const azSocket = await open(az.token);
    const heard = next(colleagueSocket, 'message:new', ({ message }) => message.body === 'Salam!');
    const sent = await sendOk(azSocket, conversation.id, 'Salam!');
    expect(sent.senderName).toBe(az.auth.user.fullName);
    expect((await heard).message).toMatchObject({ senderCompanyId: az.company.id });
    const mine = await sendOk(colleagueSocket, conversation.id, 'Hello from Bilal');
    expect(mine).toMatchObject({ senderName: 'Bilal Ahmed', senderCompanyId: pk.company.id });
    const history = await t.http
      .get(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(az.token))
      .expect(200);
    const items = (history.body as { items: { body: string; senderName: string }[] }).items;
    expect(items.find((m) => m.body === 'Hello from Bilal')?.senderName).toBe('Bilal Ahmed');

    // The link is single use.
    const again = await registerUser(t.http);
    const reused = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(again.accessToken))
      .expect(409);
    expect(reused.body.code).toBe('invitation_used');
    await t.http.get(`/api/invitations/${token}`).expect(409);
  });

  it('refuses forged, expired and someone else’s tokens, writing nothing', async () => {
    const { pk } = firms;
    const stranger = await registerUser(t.http);
    for (const forged of ['x'.repeat(43), 'not-a-token', 'A'.repeat(60)]) {
      await t.http.get(`/api/invitations/${forged}`).expect(404);
      const answer = await t.http
        .post(`/api/invitations/${forged}/accept`)
        .set(bearer(stranger.accessToken))
        .expect(404);
      expect(answer.body.code).toBe('not_found');
    }

    const email = uniqueEmail('late');
    await invite(pk, email).expect(201);
    const token = await invitationToken(email);
    // Someone else holding the link cannot use it: the address is the proof.
    const wrong = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(stranger.accessToken))
      .expect(403);
    expect(wrong.body.code).toBe('invitation_email_mismatch');

    await t.db.query(
      `UPDATE team_invitations SET expires_at = now() - interval '1 minute' WHERE email = $1`,
      [email],
    );
    const late = await registerUser(t.http, { email });
    const expired = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(late.accessToken))
      .expect(409);
    expect(expired.body.code).toBe('invitation_expired');
    const me = await t.http.get('/api/auth/me').set(bearer(late.accessToken)).expect(200);
    expect(me.body.companyId).toBeNull();
    expect(stranger.user.companyId).toBeNull();

    const staff = await createUserWithRole(t.http, t.db, 'staff');
    await t.http.post(`/api/invitations/${token}/accept`).expect(401);
    const byStaff = await t.http
      .post(`/api/invitations/${token}/accept`)
      .set(bearer(staff.accessToken))
      .expect(403);
    expect(byStaff.body.code).toBe('members_only');
  });

  it('refuses an address of another firm, members acting as owner, staff, anonymous and floods', async () => {
    const { pk, az } = firms;
    const other = await invite(pk, az.auth.user.email).expect(409);
    expect(other.body.code).toBe('invitee_has_company');

    const colleague = await joinAsColleague(pk);
    const email = uniqueEmail('by-member');
    const byMember = await invite(colleague, email).expect(403);
    expect(byMember.body.code).toBe('owner_only');
    await t.http
      .delete(`/api/team/members/${pk.auth.user.id}`)
      .set(bearer(colleague.token))
      .expect(403);
    await t.http
      .post('/api/team/owner')
      .set(bearer(colleague.token))
      .send({ userId: colleague.auth.user.id })
      .expect(403);
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    await t.http
      .post('/api/team/invitations')
      .set(bearer(staff.accessToken))
      .send({ email })
      .expect(403);
    await t.http.post('/api/team/invitations').send({ email }).expect(401);
    await t.http.get('/api/team').expect(401);
    expect(await countInvitations(email)).toBe(0);

    const bad = await t.http
      .post('/api/team/invitations')
      .set(bearer(pk.token))
      .send({ email: 'not an address', role: 'owner' })
      .expect(400);
    expect(bad.body.code).toBe('invalid_input');

    // One address: a few per hour, then 429 and nothing more written.
    const flooded = uniqueEmail('flood');
    for (let i = 0; i < 3; i += 1) {
      await invite(pk, flooded).expect(201);
    }
    const refused = await invite(pk, flooded).expect(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(await countInvitations(flooded)).toBe(3);
  });

  it('removing a member ends their sockets and their access to the firm at once', async () => {
    const { pk, conversation } = firms;
    const colleague = await joinAsColleague(pk, 'Leaving Colleague');
    const socket = await open(colleague.token);
    const revoked = next(socket, 'session:revoked');
    const disconnected = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));

    await t.http
      .delete(`/api/team/members/${colleague.auth.user.id}`)
      .set(bearer(pk.token))
      .expect(204);
    expect(await revoked).toEqual({ reason: 'removed_from_company' });
    await disconnected;

    const me = await t.http.get('/api/auth/me').set(bearer(colleague.token)).expect(200);
    expect(me.body).toMatchObject({ companyId: null, companyRole: null });
    const answer = await t.http
      .get(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(colleague.token));
    expect([403, 404]).toContain(answer.status);
    const list = await t.http.get('/api/notifications').set(bearer(colleague.token)).expect(200);
    expect((list.body as { items: NotificationItem[] }).items[0].kind).toBe('team.member_removed');

    // Removing again, or the owner itself: refused.
    await t.http
      .delete(`/api/team/members/${colleague.auth.user.id}`)
      .set(bearer(pk.token))
      .expect(409);
    await t.http.delete(`/api/team/members/${pk.auth.user.id}`).set(bearer(pk.token)).expect(409);
  });

  it('hands ownership over: always exactly one owner', async () => {
    const owner = await createVerifiedMember(t.http, t.db, 'AZ');
    const colleague = await joinAsColleague(owner, 'Next Owner');
    const outsider = await createVerifiedMember(t.http, t.db, 'PK');
    await t.http
      .post('/api/team/owner')
      .set(bearer(owner.token))
      .send({ userId: outsider.auth.user.id })
      .expect(409);
    const handed = await t.http
      .post('/api/team/owner')
      .set(bearer(owner.token))
      .send({ userId: colleague.auth.user.id })
      .expect(200);
    const roles = Object.fromEntries(
      (handed.body as TeamResponse).members.map((m) => [m.userId, m.role]),
    );
    expect(roles).toEqual({ [owner.auth.user.id]: 'member', [colleague.auth.user.id]: 'owner' });
    // The former owner is a member now: owner actions are refused.
    await invite(owner, uniqueEmail('after')).expect(403);
    const [{ owners }] = await t.db.query<{ owners: number }[]>(
      `SELECT count(*)::int AS owners FROM users WHERE company_id = $1 AND company_role = 'owner'`,
      [owner.company.id],
    );
    expect(owners).toBe(1);
  });
});
