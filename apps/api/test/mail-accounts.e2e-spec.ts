import { simpleParser } from 'mailparser';
import { DevMailCatcher, type CaughtMail } from '../src/modules/mail/dev-mail-catcher';
import { MailOutboxWorker } from '../src/modules/mail/mail-outbox.worker';
import {
  bearer,
  companyInput,
  createUserWithRole,
  PASSWORD,
  registerUser,
  uniqueEmail,
} from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

describe('accounts by mail: verification, password reset', () => {
  let t: TestApp;
  let catcher: DevMailCatcher;
  let worker: MailOutboxWorker;
  let staffToken: string;

  /** Sends what is due, then the mails caught for this address, oldest first. */
  const mailsTo = async (address: string): Promise<CaughtMail[]> => {
    await worker.drain();
    return catcher
      .list()
      .filter((mail) => mail.to.includes(address))
      .reverse();
  };
  const tokenIn = (mail: CaughtMail, path: string) => {
    const match = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
    expect(match).not.toBeNull();
    return match![1];
  };

  beforeAll(async () => {
    // Its own database: workers drain the whole outbox, other files' mails included.
    t = await createIsolatedTestApp({ APP_URL: 'https://b2b.example.test' });
    catcher = t.app.get(DevMailCatcher);
    worker = t.app.get(MailOutboxWorker);
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
  });
  afterAll(() => t.close());

  it('sign-up mails an Urdu user an Urdu, right-to-left link; the firm waits for it before review', async () => {
    const email = uniqueEmail('ur');
    const auth = await registerUser(
      t.http,
      { email, locale: 'ur', fullName: 'Ayesha Khan' },
      { verifyEmail: false },
    );
    expect(auth.user.emailVerified).toBe(false);
    const company = (
      await t.http
        .post('/api/companies')
        .set(bearer(auth.accessToken))
        .send(companyInput('PK'))
        .expect(201)
    ).body as { id: string };
    const queued = async () =>
      (
        (await t.http.get('/api/verification-queue?limit=100').set(bearer(staffToken)).expect(200))
          .body as { items: Array<{ company: { id: string } }> }
      ).items.some((item) => item.company.id === company.id);
    expect(await queued()).toBe(false);

    const [mail] = await mailsTo(email);
    // Parse the raw SMTP message again, as a mail client would.
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe('اپنے ای میل پتے کی تصدیق کریں');
    expect(parsed.html).toContain('dir="rtl"');
    expect(parsed.html).toContain('lang="ur"');
    expect(parsed.text).toContain('Ayesha Khan');
    expect(parsed.text).toContain('https://b2b.example.test/verify-email?token=');
    // Essential mails carry no unsubscribe link.
    expect(parsed.headers.get('list-unsubscribe')).toBeUndefined();

    const token = tokenIn(mail, '/verify-email');
    await t.http.post('/api/auth/verify-email').send({ token }).expect(200, { ok: true });
    const me = await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(200);
    expect(me.body.emailVerified).toBe(true);
    expect(await queued()).toBe(true);

    // Used once: a second use is refused, and so is a forged one.
    const reused = await t.http.post('/api/auth/verify-email').send({ token }).expect(409);
    expect(reused.body.code).toBe('link_used');
    const forged = await t.http
      .post('/api/auth/verify-email')
      .send({ token: token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA') })
      .expect(400);
    expect(forged.body.code).toBe('invalid_token');
    await t.http.post('/api/auth/verify-email').send({ token: 'x' }).expect(400);
    await t.http.post('/api/auth/verify-email').send({}).expect(400);
  });

  it('an expired verification link is refused; resending mails a new one', async () => {
    const email = uniqueEmail('resend');
    await registerUser(t.http, { email }, { verifyEmail: false });
    const [first] = await mailsTo(email);
    await t.db.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second'
        WHERE user_id = (SELECT id FROM users WHERE email = $1)`,
      [email],
    );
    const expired = await t.http
      .post('/api/auth/verify-email')
      .send({ token: tokenIn(first, '/verify-email') })
      .expect(410);
    expect(expired.body.code).toBe('link_expired');

    await t.http
      .post('/api/auth/verify-email/resend')
      .send({ email })
      .expect(202, { accepted: true });
    const mails = await mailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe('Confirm your e-mail address');
    await t.http
      .post('/api/auth/verify-email')
      .send({ token: tokenIn(mails[1], '/verify-email') })
      .expect(200);
  });

  it('password reset: one mail, a 30-minute single-use link, every login signed out', async () => {
    const email = uniqueEmail('reset');
    const auth = await registerUser(t.http, { email, locale: 'ru' });
    const unknown = uniqueEmail('nobody');
    const answers = await Promise.all([
      t.http.post('/api/auth/password-reset/request').send({ email }),
      t.http.post('/api/auth/password-reset/request').send({ email: unknown }),
    ]);
    // The same answer whether the address has an account or not.
    expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
      [202, { accepted: true }],
      [202, { accepted: true }],
    ]);
    expect(await mailsTo(unknown)).toHaveLength(0);
    const resetMails = (await mailsTo(email)).filter((mail) => mail.subject === 'Сброс пароля');
    expect(resetMails).toHaveLength(1);
    const token = tokenIn(resetMails[0], '/reset-password');
    const row: Array<{ expires_in: number; token_hash: string }> = await t.db.query(
      `SELECT extract(epoch FROM expires_at - created_at) AS expires_in, token_hash
         FROM account_tokens WHERE purpose = 'reset_password' AND user_id = $1`,
      [auth.user.id],
    );
    expect(Number(row[0].expires_in)).toBe(30 * 60);
    // Only a hash is stored.
    expect(row[0].token_hash).not.toContain(token);

    const short = await t.http
      .post('/api/auth/password-reset')
      .send({ token, password: 'short' })
      .expect(400);
    expect(short.body.code).toBe('invalid_input');
    const newPassword = 'a-brand-new-password-2026';
    await t.http
      .post('/api/auth/password-reset')
      .send({ token, password: newPassword })
      .expect(200);

    // Every earlier login is over: the access token and the refresh token are refused.
    await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: auth.refreshToken }).expect(401);
    await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
    await t.http.post('/api/auth/login').send({ email, password: newPassword }).expect(200);
    const reused = await t.http
      .post('/api/auth/password-reset')
      .send({ token, password: 'yet-another-password-1' })
      .expect(409);
    expect(reused.body.code).toBe('link_used');
  });

  it('an expired reset link is refused and changes nothing', async () => {
    const email = uniqueEmail('reset-expired');
    const auth = await registerUser(t.http, { email });
    await t.http.post('/api/auth/password-reset/request').send({ email }).expect(202);
    const [mail] = (await mailsTo(email)).filter(
      (caught) => caught.subject === 'Reset your password',
    );
    await t.db.query(
      `UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [auth.user.id],
    );
    const expired = await t.http
      .post('/api/auth/password-reset')
      .send({ token: tokenIn(mail, '/reset-password'), password: 'another-password-123' })
      .expect(410);
    expect(expired.body.code).toBe('link_expired');
    await t.http.get('/api/auth/me').set(bearer(auth.accessToken)).expect(200);
    await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
  });

  it('flooding reset requests → 429 the same way for known and unknown addresses, no more mails', async () => {
    const known = uniqueEmail('flood');
    await registerUser(t.http, { email: known });
    const unknown = uniqueEmail('flood-nobody');
    for (const email of [known, unknown]) {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const answer = await t.http.post('/api/auth/password-reset/request').send({ email });
        statuses.push(answer.status);
        if (answer.status === 429) {
          expect(answer.body.code).toBe('too_many_attempts');
          expect(answer.headers['retry-after']).toBeDefined();
        }
      }
      expect(statuses).toEqual([202, 202, 202, 429, 429]);
    }
    const resets = (await mailsTo(known)).filter((mail) => mail.subject === 'Reset your password');
    expect(resets).toHaveLength(3);
    expect(await mailsTo(unknown)).toHaveLength(0);
  });
});
