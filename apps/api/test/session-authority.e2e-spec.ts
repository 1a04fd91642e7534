import type { AuthResponse, CompanyResponse, PasswordChangedResponse } from '@jcc/contracts';
import type { DataSource } from 'typeorm';
import { expectApiError, expectFieldError } from './support/api-error';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { addColleague, createConnectedFirms, type ConnectedFirms } from './support/chat-fixtures';
import { connect, refusalOf, sendOk, type ChatClientSocket } from './support/chat-socket';
import {
  bearer,
  companyInput,
  createUserWithRole,
  createVerifiedMember,
  PASSWORD,
  registerUser,
} from './support/factories';
import { lagAfter, revoked, signIn } from './support/session-events';

/**
 * Issue 18, point 3, the actions that end sessions besides logout: a signed-in password change
 * (every other login), an admin's role change and staff suspending a firm. Each disconnects the
 * sockets concerned with its reason within a second and leaves everyone else connected (proved
 * by a message each of them still sends, not by waiting). The two-process runs are in
 * session-authority-redis.e2e-spec.ts.
 */

async function passwordHash(db: DataSource, userId: string): Promise<string> {
  const [row] = await db.query<{ password_hash: string }[]>(
    'SELECT password_hash FROM users WHERE id = $1',
    [userId],
  );
  return row.password_hash;
}

async function roleOf(db: DataSource, userId: string): Promise<string> {
  const [row] = await db.query<{ role: string }[]>('SELECT role FROM users WHERE id = $1', [
    userId,
  ]);
  return row.role;
}

async function auditActions(db: DataSource, targetId: string): Promise<string[]> {
  const rows = await db.query<{ action: string }[]>(
    'SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id',
    [targetId],
  );
  return rows.map((row) => row.action);
}

async function suspensionOf(db: DataSource, companyId: string) {
  const [row] = await db.query<
    { suspended_at: Date | null; suspension_reason: string | null; verification: string }[]
  >('SELECT suspended_at, suspension_reason, verification FROM companies WHERE id = $1', [
    companyId,
  ]);
  return row;
}

async function hasMatchProfile(db: DataSource, companyId: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM match_profiles WHERE company_id = $1', [companyId]);
  return rows.length === 1;
}

describe('sessions end on password change, role change and suspension', () => {
  let app: ListeningApp;
  let admin: AuthResponse;
  let staff: AuthResponse;
  const sockets: ChatClientSocket[] = [];

  beforeAll(async () => {
    app = await startListeningApp();
    [admin, staff] = await Promise.all([
      createUserWithRole(app.http, app.db, 'admin'),
      createUserWithRole(app.http, app.db, 'staff'),
    ]);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(async () => {
    await app?.close();
  });

  const open = async (token: string) => {
    const socket = await connect(app.url, token);
    sockets.push(socket);
    return socket;
  };

  describe('signed-in password change', () => {
    let firms: ConnectedFirms;
    beforeAll(async () => {
      firms = await createConnectedFirms(app.http, app.db);
    });

    it('keeps this login, ends every other login of the user and their sockets', async () => {
      const email = firms.pk.auth.user.email;
      const here = await signIn(app.http, email);
      const elsewhere = await signIn(app.http, email);
      const hereSocket = await open(here.accessToken);
      const elsewhereSocket = await open(elsewhere.accessToken);
      const partnerSocket = await open(firms.az.token);
      const ended = revoked(elsewhereSocket);

      const response = await app.http
        .post('/api/auth/password')
        .set(bearer(here.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'a-brand-new-passphrase' })
        .expect(200);
      const answered = Date.now();
      const body = response.body as PasswordChangedResponse;
      expect(body.ok).toBe(true);
      // The factory's login and `elsewhere` (the fixture's login counts as another device too).
      expect(body.otherLoginsEnded).toBeGreaterThanOrEqual(2);

      const end = await ended;
      expect(end).toMatchObject({ reason: 'password_changed', disconnect: 'io server disconnect' });
      expect(lagAfter(answered, end)).toBeLessThan(1000);
      // This login and the other firm go on as before.
      await sendOk(hereSocket, firms.conversation.id, 'still here after the change');
      await sendOk(partnerSocket, firms.conversation.id, 'the partner is untouched');
      await app.http.get('/api/auth/me').set(bearer(here.accessToken)).expect(200);
      await app.http
        .post('/api/auth/refresh')
        .send({ refreshToken: here.refreshToken })
        .expect(200);
      // The other login is over, on REST and on sockets.
      await app.http.get('/api/auth/me').set(bearer(elsewhere.accessToken)).expect(401);
      expect((await refusalOf(app.url, elsewhere.accessToken)).data?.code).toBe('unauthorized');
      await app.http
        .post('/api/auth/refresh')
        .send({ refreshToken: elsewhere.refreshToken })
        .expect(401);
      // The old password no longer signs in; the new one does.
      await app.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
      await signIn(app.http, email, 'a-brand-new-passphrase');
    });

    it('refuses a wrong current password, a short or unchanged new one, and strangers', async () => {
      const user = await registerUser(app.http);
      const before = await passwordHash(app.db, user.user.id);
      const socket = await open(user.accessToken);
      const attempt = (body: unknown, token: string | null = user.accessToken) => {
        const request = app.http.post('/api/auth/password');
        return (token ? request.set(bearer(token)) : request).send(body as object);
      };
      expectFieldError(
        await attempt({ currentPassword: 'not-the-password', newPassword: 'another-passphrase' }),
        'currentPassword',
      );
      expectFieldError(
        await attempt({ currentPassword: PASSWORD, newPassword: 'short' }),
        'newPassword',
      );
      expectFieldError(
        await attempt({ currentPassword: PASSWORD, newPassword: PASSWORD }),
        'newPassword',
      );
      expectFieldError(await attempt({ newPassword: 'another-passphrase' }), 'currentPassword');
      expectFieldError(
        await attempt({ currentPassword: PASSWORD, newPassword: 'x'.repeat(129) }),
        'newPassword',
      );
      expectApiError(
        await attempt({ currentPassword: PASSWORD, newPassword: 'another-passphrase' }, null),
        401,
      );
      expect(await passwordHash(app.db, user.user.id)).toBe(before);
      // Nothing ended: the socket still sends its acks (a marker, not a wait).
      expect(socket.connected).toBe(true);
      await app.http.get('/api/auth/me').set(bearer(user.accessToken)).expect(200);
    });

    it('stops guessing the current password after 5 misses (429), per account', async () => {
      const user = await registerUser(app.http);
      const other = await registerUser(app.http);
      const wrong = { currentPassword: 'not-the-password', newPassword: 'another-passphrase' };
      for (let miss = 0; miss < 5; miss += 1) {
        const answer = await app.http
          .post('/api/auth/password')
          .set(bearer(user.accessToken))
          .send(wrong);
        expect(answer.status).toBe(400);
      }
      const blocked = await app.http
        .post('/api/auth/password')
        .set(bearer(user.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'another-passphrase' });
      expectApiError(blocked, 429);
      expect((blocked.body as { code: string }).code).toBe('too_many_attempts');
      // Another account is not affected by those misses.
      await app.http
        .post('/api/auth/password')
        .set(bearer(other.accessToken))
        .send({ currentPassword: PASSWORD, newPassword: 'another-passphrase' })
        .expect(200);
    });
  });

  describe('role change by an admin', () => {
    it('ends the account’s sockets with role_changed, revokes its logins, keeps others', async () => {
      const target = await createUserWithRole(app.http, app.db, 'staff');
      const colleague = await createUserWithRole(app.http, app.db, 'staff');
      const targetSocket = await open(target.accessToken);
      const colleagueSocket = await open(colleague.accessToken);
      const ended = revoked(targetSocket);
      const colleagueEnded = revoked(colleagueSocket);
      let colleagueWasEnded = false;
      void colleagueEnded.then(() => (colleagueWasEnded = true));

      const response = await app.http
        .patch(`/api/users/${target.user.id}/role`)
        .set(bearer(admin.accessToken))
        .send({ role: 'member' })
        .expect(200);
      const answered = Date.now();
      expect(response.body).toMatchObject({ id: target.user.id, role: 'member' });

      const end = await ended;
      expect(end).toMatchObject({ reason: 'role_changed', disconnect: 'io server disconnect' });
      expect(lagAfter(answered, end)).toBeLessThan(1000);
      // The old tokens stop: the new role comes with a new sign-in.
      await app.http.get('/api/auth/me').set(bearer(target.accessToken)).expect(401);
      await app.http
        .post('/api/auth/refresh')
        .send({ refreshToken: target.refreshToken })
        .expect(401);
      const again = await signIn(app.http, target.user.email);
      expect(again.user.role).toBe('member');
      expect(await auditActions(app.db, target.user.id)).toEqual(['user.role_change']);
      // The other staff member's socket went through the same broadcast and is still there:
      // its own round trip to the server (an ack) comes after the revocation was sent.
      expect(
        await colleagueSocket.timeout(5000).emitWithAck('conversation:sync', {
          conversationId: '00000000-0000-4000-8000-000000000000',
          afterSeq: 0,
        }),
      ).toBeDefined();
      expect(colleagueWasEnded).toBe(false);
      expect(colleagueSocket.connected).toBe(true);
    });

    it('refuses non-admins, the admin’s own role, firm accounts as staff and bad input', async () => {
      const firms = await createConnectedFirms(app.http, app.db);
      const target = await createUserWithRole(app.http, app.db, 'staff');
      const change = (userId: string, body: unknown, token: string | null) => {
        const request = app.http.patch(`/api/users/${userId}/role`);
        return (token ? request.set(bearer(token)) : request).send(body as object);
      };
      expectApiError(await change(target.user.id, { role: 'member' }, null), 401);
      expectApiError(await change(target.user.id, { role: 'member' }, firms.pk.token), 403);
      expectApiError(await change(target.user.id, { role: 'admin' }, firms.az.token), 403);
      expectApiError(await change(target.user.id, { role: 'admin' }, staff.accessToken), 403);
      expectApiError(await change(firms.pk.auth.user.id, { role: 'admin' }, firms.pk.token), 403);

      const own = await change(admin.user.id, { role: 'member' }, admin.accessToken);
      expectApiError(own, 409);
      expect((own.body as { code: string }).code).toBe('own_role');
      const firmAccount = await change(firms.pk.auth.user.id, { role: 'staff' }, admin.accessToken);
      expectApiError(firmAccount, 409);
      expect((firmAccount.body as { code: string }).code).toBe('role_needs_no_company');

      expectFieldError(await change(target.user.id, { role: 'root' }, admin.accessToken), 'role');
      expectFieldError(await change(target.user.id, {}, admin.accessToken), 'role');
      expectFieldError(
        await change(target.user.id, { role: 'member', extra: 1 }, admin.accessToken),
        'extra',
      );
      expectFieldError(await change('not-a-uuid', { role: 'member' }, admin.accessToken), 'id');
      expectApiError(
        await change('00000000-0000-4000-8000-000000000000', { role: 'member' }, admin.accessToken),
        404,
      );

      expect(await roleOf(app.db, target.user.id)).toBe('staff');
      expect(await roleOf(app.db, admin.user.id)).toBe('admin');
      expect(await roleOf(app.db, firms.pk.auth.user.id)).toBe('member');
      expect(await auditActions(app.db, target.user.id)).toEqual([]);
      // The refused changes ended nobody's session.
      await app.http.get('/api/auth/me').set(bearer(target.accessToken)).expect(200);
      await app.http.get('/api/auth/me').set(bearer(firms.pk.token)).expect(200);
    });

    it('lists accounts for admins only, by e-mail or name and role', async () => {
      const target = await createUserWithRole(app.http, app.db, 'staff');
      const member = await registerUser(app.http);
      const list = (query: string, token: string | null) => {
        const request = app.http.get(`/api/users${query}`);
        return token ? request.set(bearer(token)) : request;
      };
      const found = await list(
        `?q=${encodeURIComponent(target.user.email)}`,
        admin.accessToken,
      ).expect(200);
      expect((found.body as { items: { id: string }[] }).items.map((user) => user.id)).toEqual([
        target.user.id,
      ]);
      const byRole = await list(
        `?q=${encodeURIComponent(member.user.email)}&role=staff`,
        admin.accessToken,
      ).expect(200);
      expect((byRole.body as { items: unknown[] }).items).toEqual([]);
      expectApiError(await list('', null), 401);
      expectApiError(await list('', member.accessToken), 403);
      expectApiError(await list('', staff.accessToken), 403);
      expectFieldError(await list('?role=root', admin.accessToken), 'role');
      expectFieldError(await list('?limit=0', admin.accessToken), 'limit');
    });
  });

  describe('firm suspension by staff', () => {
    it('ends every session of the firm, hides it, refuses its sign-in; reinstating restores it', async () => {
      const firms = await createConnectedFirms(app.http, app.db);
      const colleague = await addColleague(app.http, app.db, firms.az);
      const azSocket = await open(firms.az.token);
      const colleagueSocket = await open(colleague.token);
      const pkSocket = await open(firms.pk.token);
      const azEnded = revoked(azSocket);
      const colleagueEnded = revoked(colleagueSocket);
      const reason = 'Membership dues unpaid since June';

      const suspended = await app.http
        .post(`/api/companies/${firms.az.company.id}/suspension`)
        .set(bearer(staff.accessToken))
        .send({ reason: `  ${reason} ` })
        .expect(200);
      const answered = Date.now();
      expect(suspended.body).toMatchObject({
        id: firms.az.company.id,
        verification: 'verified',
        suspension: { reason },
      });

      for (const end of await Promise.all([azEnded, colleagueEnded])) {
        expect(end).toMatchObject({
          reason: 'company_suspended',
          disconnect: 'io server disconnect',
        });
        expect(lagAfter(answered, end)).toBeLessThan(1000);
      }
      await sendOk(pkSocket, firms.conversation.id, 'the other firm is still connected');

      // Its accounts cannot sign in or refresh, and are told why.
      const login = await app.http
        .post('/api/auth/login')
        .send({ email: colleague.auth.user.email, password: PASSWORD });
      expectApiError(login, 403);
      expect(login.body).toMatchObject({ code: 'company_suspended', reason });
      const refresh = await app.http
        .post('/api/auth/refresh')
        .send({ refreshToken: firms.az.auth.refreshToken });
      expectApiError(refresh, 403);
      expect(refresh.body).toMatchObject({ code: 'company_suspended', reason });
      await app.http.get('/api/auth/me').set(bearer(firms.az.token)).expect(401);
      expect((await refusalOf(app.url, firms.az.token)).data?.code).toBe('unauthorized');
      // A wrong password learns nothing about the suspension.
      const guess = await app.http
        .post('/api/auth/login')
        .send({ email: colleague.auth.user.email, password: 'not-the-password' });
      expect((guess.body as { code: string }).code).toBe('invalid_credentials');

      // Gone from the directory, the matches' source and contact requests; staff still see it.
      await app.http
        .get(`/api/companies/${firms.az.company.id}`)
        .set(bearer(firms.pk.token))
        .expect(404);
      expect(await hasMatchProfile(app.db, firms.az.company.id)).toBe(false);
      const third = await createVerifiedMember(app.http, app.db, 'PK');
      await app.http
        .post('/api/contact-requests')
        .set(bearer(third.token))
        .send({ toCompanyId: firms.az.company.id, message: '' })
        .expect(404);
      const seen = await app.http
        .get(`/api/companies/${firms.az.company.id}`)
        .set(bearer(staff.accessToken))
        .expect(200);
      expect((seen.body as CompanyResponse).suspension).toMatchObject({ reason });

      // Reinstated: verified as before, listed and matched again, its accounts sign in.
      const reinstated = await app.http
        .delete(`/api/companies/${firms.az.company.id}/suspension`)
        .set(bearer(admin.accessToken))
        .expect(200);
      expect(reinstated.body).toMatchObject({ verification: 'verified', suspension: null });
      await app.http
        .get(`/api/companies/${firms.az.company.id}`)
        .set(bearer(firms.pk.token))
        .expect(200);
      expect(await hasMatchProfile(app.db, firms.az.company.id)).toBe(true);
      await signIn(app.http, colleague.auth.user.email);
      expect(await auditActions(app.db, firms.az.company.id)).toEqual([
        'company.suspend',
        'company.reinstate',
      ]);
    });

    it('is staff’s alone, needs a reason, and refuses twice the same step', async () => {
      const firms = await createConnectedFirms(app.http, app.db);
      const id = firms.az.company.id;
      const suspend = (companyId: string, body: unknown, token: string | null) => {
        const request = app.http.post(`/api/companies/${companyId}/suspension`);
        return (token ? request.set(bearer(token)) : request).send(body as object);
      };
      const reinstate = (companyId: string, token: string | null) => {
        const request = app.http.delete(`/api/companies/${companyId}/suspension`);
        return token ? request.set(bearer(token)) : request;
      };
      const valid = { reason: 'Checking a complaint' };
      expectApiError(await suspend(id, valid, null), 401);
      expectApiError(await suspend(id, valid, firms.pk.token), 403);
      expectApiError(await suspend(id, valid, firms.az.token), 403);
      expectApiError(await reinstate(id, firms.az.token), 403);
      expectApiError(await reinstate(id, null), 401);
      expectFieldError(await suspend(id, {}, staff.accessToken), 'reason');
      expectFieldError(await suspend(id, { reason: '  ' }, staff.accessToken), 'reason');
      expectFieldError(await suspend(id, { reason: 'x'.repeat(501) }, staff.accessToken), 'reason');
      expectFieldError(
        await suspend(id, { reason: '=HYPERLINK("http://x")' }, staff.accessToken),
        'reason',
      );
      expectFieldError(await suspend('not-a-uuid', valid, staff.accessToken), 'id');
      expectApiError(
        await suspend('00000000-0000-4000-8000-000000000000', valid, staff.accessToken),
        404,
      );
      const notSuspended = await reinstate(id, staff.accessToken);
      expectApiError(notSuspended, 409);
      expect((notSuspended.body as { code: string }).code).toBe('not_suspended');
      // None of that changed the firm or ended a session.
      expect(await suspensionOf(app.db, id)).toEqual({
        suspended_at: null,
        suspension_reason: null,
        verification: 'verified',
      });
      expect(await auditActions(app.db, id)).toEqual([]);
      await app.http.get('/api/auth/me').set(bearer(firms.az.token)).expect(200);

      await suspend(id, valid, admin.accessToken).expect(200);
      const twice = await suspend(id, { reason: 'Another reason' }, staff.accessToken);
      expectApiError(twice, 409);
      expect((twice.body as { code: string }).code).toBe('already_suspended');
      expect((await suspensionOf(app.db, id)).suspension_reason).toBe(valid.reason);
    });

    it('keeps a pending firm pending through suspension and reinstatement', async () => {
      const member = await registerUser(app.http);
      const created = await app.http
        .post('/api/companies')
        .set(bearer(member.accessToken))
        .send(companyInput('AZ'));
      if (created.status !== 201) {
        throw new Error(`company not created: ${JSON.stringify(created.body)}`);
      }
      const id = (created.body as CompanyResponse).id;
      await app.http
        .post(`/api/companies/${id}/suspension`)
        .set(bearer(staff.accessToken))
        .send({ reason: 'Duplicate of another firm' })
        .expect(200);
      const back = await app.http
        .delete(`/api/companies/${id}/suspension`)
        .set(bearer(staff.accessToken))
        .expect(200);
      expect(back.body).toMatchObject({ verification: 'pending', suspension: null });
      expect(await hasMatchProfile(app.db, id)).toBe(false);
    });
  });
});
