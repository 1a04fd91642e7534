import { createHmac } from 'node:crypto';
import type { AuthResponse } from '@jcc/contracts';
import { bearer, PASSWORD, registerUser, uniqueEmail } from './support/factories';
import { createTestApp, TEST_JWT_SECRET, type TestApp } from './support/test-app';

/** A hand-made JWT, to present tokens the server must refuse (expired, other algorithms). */
function forgeToken(header: object, payload: object, secret = TEST_JWT_SECRET): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(payload)}`;
  const signature = createHmac('sha256', secret).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  describe('register', () => {
    it('creates a member and signs it in', async () => {
      const email = uniqueEmail('Mixed.Case');
      const response = await t.http
        .post('/api/auth/register')
        .send({ email, password: PASSWORD, fullName: 'Ayesha Khan', locale: 'ur' })
        .expect(201);
      const body = response.body as AuthResponse;
      expect(body.user).toEqual({
        id: expect.any(String),
        email: email.toLowerCase(),
        fullName: 'Ayesha Khan',
        role: 'member',
        companyId: null,
        companyRole: null,
        locale: 'ur',
        // Confirmed later, by the link in the verification mail.
        emailVerified: false,
      });
      expect(body.accessToken.split('.')).toHaveLength(3);
      expect(body.refreshToken.length).toBeGreaterThan(30);
    });

    it('stores the password as an argon2id hash with at least OWASP parameters', async () => {
      const { user } = await registerUser(t.http);
      const [row] = await t.db.query<{ password_hash: string }[]>(
        'SELECT password_hash FROM users WHERE id = $1',
        [user.id],
      );
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
      const [, memory, time] = /m=(\d+),t=(\d+)/.exec(row.password_hash)!;
      expect(Number(memory)).toBeGreaterThanOrEqual(19456);
      expect(Number(time)).toBeGreaterThanOrEqual(2);
    });

    it('answers 409 for an e-mail that exists, whatever its case', async () => {
      const email = uniqueEmail();
      await registerUser(t.http, { email });
      const response = await t.http
        .post('/api/auth/register')
        .send({ email: email.toUpperCase(), password: PASSWORD, fullName: 'Someone Else' })
        .expect(409);
      expect(response.body.message).toEqual([
        { field: 'email', messages: ['An account with this e-mail already exists'] },
      ]);
    });

    it.each([
      ['a short password', { password: 'short' }, 'password'],
      ['a password over 128 characters', { password: 'x'.repeat(129) }, 'password'],
      ['a bad e-mail', { email: 'not-an-email' }, 'email'],
      ['an unknown locale', { locale: 'fr' }, 'locale'],
      ['an unknown field', { role: 'admin' }, 'role'],
    ])('refuses %s with a field-level 400', async (_name, patch, field) => {
      const response = await t.http
        .post('/api/auth/register')
        .send({ email: uniqueEmail(), password: PASSWORD, fullName: 'Test User', ...patch })
        .expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
    });
  });

  describe('login', () => {
    it('signs in with the right password and refuses a wrong one', async () => {
      const email = uniqueEmail();
      await registerUser(t.http, { email });
      const ok = await t.http
        .post('/api/auth/login')
        .send({ email, password: PASSWORD })
        .expect(200);
      expect(ok.body.user.email).toBe(email);
      const wrong = await t.http
        .post('/api/auth/login')
        .send({ email, password: 'wrong-password-123' })
        .expect(401);
      expect(wrong.body).toMatchObject({ statusCode: 401, message: 'Wrong e-mail or password' });
      await t.http
        .post('/api/auth/login')
        .send({ email: uniqueEmail(), password: PASSWORD })
        .expect(401);
    });

    it('refuses a malformed sign-in with a field-level 400', async () => {
      const response = await t.http.post('/api/auth/login').send({ email: 42 }).expect(400);
      const fields = (response.body.message as { field: string }[]).map((error) => error.field);
      expect(fields).toEqual(expect.arrayContaining(['email', 'password']));
    });
  });

  describe('access tokens', () => {
    let auth: AuthResponse;
    beforeAll(async () => {
      auth = await registerUser(t.http);
    });

    it('GET /me answers with the user of the token', async () => {
      const response = await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(200);
      expect(response.body).toEqual(auth.user);
    });

    it('GET /me without a token is 401', async () => {
      await t.http.get('/api/auth/me').expect(401);
    });

    it('expires after 15 minutes', () => {
      const payload = JSON.parse(
        Buffer.from(auth.accessToken.split('.')[1], 'base64url').toString(),
      ) as {
        iat: number;
        exp: number;
      };
      expect(payload.exp - payload.iat).toBe(15 * 60);
    });

    it('refuses an expired token', async () => {
      const fam = JSON.parse(
        Buffer.from(auth.accessToken.split('.')[1], 'base64url').toString(),
      ).fam;
      const now = Math.floor(Date.now() / 1000);
      const expired = forgeToken(
        { alg: 'HS256', typ: 'JWT' },
        { sub: auth.user.id, role: 'member', fam, iat: now - 1000, exp: now - 10 },
      );
      const response = await t.http.get('/api/auth/me').set(bearer(expired)).expect(401);
      expect(response.body.code).toBe('token_expired');
    });

    it('refuses tokens of another algorithm, another secret, or none', async () => {
      const payload = JSON.parse(
        Buffer.from(auth.accessToken.split('.')[1], 'base64url').toString(),
      );
      const [header, body] = auth.accessToken.split('.');
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${body}.`;
      const hs512Header = Buffer.from(JSON.stringify({ alg: 'HS512', typ: 'JWT' })).toString(
        'base64url',
      );
      const hs512Signature = createHmac('sha512', TEST_JWT_SECRET)
        .update(`${hs512Header}.${body}`)
        .digest('base64url');
      for (const token of [
        unsigned,
        `${hs512Header}.${body}.${hs512Signature}`,
        forgeToken({ alg: 'HS256', typ: 'JWT' }, payload, 'another-secret-of-sufficient-length-xx'),
        `${header}.${body}.tampered`,
      ]) {
        await t.http.get('/api/auth/me').set(bearer(token)).expect(401);
      }
    });
  });

  describe('PATCH /me', () => {
    it('changes the language and name, and /me reflects it', async () => {
      const login = await registerUser(t.http, { locale: 'en' });
      const response = await t.http
        .patch('/api/auth/me')
        .set(bearer(login.accessToken))
        .send({ locale: 'ur', fullName: '  Ayesha Siddiqui ' })
        .expect(200);
      expect(response.body).toMatchObject({ locale: 'ur', fullName: 'Ayesha Siddiqui' });
      const me = await t.http.get('/api/auth/me').set(bearer(login.accessToken)).expect(200);
      expect(me.body.locale).toBe('ur');
    });

    it.each([
      [{ locale: 'de' }, 'locale'],
      [{ locale: null }, 'locale'],
      [{ fullName: 'x' }, 'fullName'],
      [{ role: 'admin' }, 'role'],
      [{ email: 'new@example.test' }, 'email'],
    ])('refuses %p and changes nothing', async (body, field) => {
      const login = await registerUser(t.http);
      const response = await t.http
        .patch('/api/auth/me')
        .set(bearer(login.accessToken))
        .send(body)
        .expect(400);
      expect(response.body.message).toEqual(
        expect.arrayContaining([expect.objectContaining({ field })]),
      );
      const me = await t.http.get('/api/auth/me').set(bearer(login.accessToken)).expect(200);
      expect(me.body).toEqual(login.user);
    });

    it('requires a signed-in user', async () => {
      await t.http.patch('/api/auth/me').send({ locale: 'az' }).expect(401);
    });
  });

  describe('refresh tokens', () => {
    it('rotates: the new pair works and the old refresh token is spent', async () => {
      const first = await registerUser(t.http);
      const second = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: first.refreshToken })
        .expect(200);
      expect(second.body.refreshToken).not.toBe(first.refreshToken);
      await t.http.get('/api/auth/me').set(bearer(second.body.accessToken)).expect(200);
      const third = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: second.body.refreshToken })
        .expect(200);
      expect(third.body.user.id).toBe(first.user.id);
    });

    it('detects reuse of a spent token and revokes every token of that login', async () => {
      const login = await registerUser(t.http);
      const rotated = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: login.refreshToken })
        .expect(200);
      const reuse = await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: login.refreshToken })
        .expect(401);
      expect(reuse.body.code).toBe('refresh_token_reused');
      // The thief's and the owner's newer tokens are dead too.
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: rotated.body.refreshToken })
        .expect(401);
      await t.http.get('/api/auth/me').set(bearer(rotated.body.accessToken)).expect(401);
    });

    it('lets only one of two concurrent refreshes with the same token win', async () => {
      const login = await registerUser(t.http);
      const results = await Promise.all(
        [1, 2].map(() =>
          t.http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken }),
        ),
      );
      expect(results.map((result) => result.status).sort()).toEqual([200, 401]);
    });

    it('leaves other logins of the same user alone', async () => {
      const email = uniqueEmail();
      const phone = await registerUser(t.http, { email });
      const laptop = await t.http
        .post('/api/auth/login')
        .send({ email, password: PASSWORD })
        .expect(200);
      await t.http.post('/api/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(200);
      await t.http.post('/api/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: laptop.body.refreshToken })
        .expect(200);
    });

    it('refuses an unknown refresh token', async () => {
      await t.http.post('/api/auth/refresh').send({ refreshToken: 'made-up' }).expect(401);
    });
  });

  describe('logout', () => {
    it('ends the login: its refresh and access tokens stop working', async () => {
      const login = await registerUser(t.http);
      await t.http
        .post('/api/auth/logout')
        .set(bearer(login.accessToken))
        .send({ refreshToken: login.refreshToken })
        .expect(204);
      await t.http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').set(bearer(login.accessToken)).expect(401);
    });

    it('cannot end another user’s login', async () => {
      const victim = await registerUser(t.http);
      const attacker = await registerUser(t.http);
      await t.http
        .post('/api/auth/logout')
        .set(bearer(attacker.accessToken))
        .send({ refreshToken: victim.refreshToken })
        .expect(204);
      await t.http
        .post('/api/auth/refresh')
        .send({ refreshToken: victim.refreshToken })
        .expect(200);
    });

    it('requires a signed-in user', async () => {
      await t.http.post('/api/auth/logout').send({ refreshToken: 'x' }).expect(401);
    });
  });
});

describe('login throttle', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('answers 429 after 10 tries a minute for one e-mail, even with the right password', async () => {
    const email = uniqueEmail();
    await registerUser(t.http, { email });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await t.http
        .post('/api/auth/login')
        .send({ email, password: 'wrong-password-1' })
        .expect(401);
    }
    const blocked = await t.http
      .post('/api/auth/login')
      .send({ email, password: PASSWORD })
      .expect(429);
    expect(blocked.body.code).toBe('too_many_attempts');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('login throttle per IP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '10' });
  });
  afterAll(() => t.close());

  it('answers 429 after 10 tries a minute from one address across e-mails', async () => {
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await t.http
        .post('/api/auth/login')
        .send({ email: uniqueEmail(), password: PASSWORD })
        .expect(401);
    }
    await t.http
      .post('/api/auth/login')
      .send({ email: uniqueEmail(), password: PASSWORD })
      .expect(429);
  });
});
