import { simpleParser } from 'mailparser';
import { DevMailCatcher, type CaughtMail } from '../src/modules/mail/dev-mail-catcher';
import { MailOutboxWorker } from '../src/modules/mail/mail-outbox.worker';
import { bearer, createUserWithRole, createVerifiedMember, type Member } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

describe('notification mails: contact requests, preferences, one-click unsubscribe, dev mailbox', () => {
  let t: TestApp;
  let catcher: DevMailCatcher;
  let worker: MailOutboxWorker;

  const mailsTo = async (address: string): Promise<CaughtMail[]> => {
    await worker.drain();
    return (
      catcher
        .list()
        // The sign-up's verification mail is another spec's subject.
        .filter((mail) => mail.to.includes(address) && !mail.text.includes('/verify-email?token='))
        .reverse()
    );
  };
  const withLocale = async (member: Member, locale: string) => {
    await t.http.patch('/api/auth/me').set(bearer(member.token)).send({ locale }).expect(200);
    return member;
  };

  beforeAll(async () => {
    // Its own database: workers drain the whole outbox, other files' mails included.
    t = await createIsolatedTestApp({ APP_URL: 'https://b2b.example.test' });
    catcher = t.app.get(DevMailCatcher);
    worker = t.app.get(MailOutboxWorker);
  });
  afterAll(() => t.close());

  it('a contact request mails the addressed firm in its language, with one-click unsubscribe', async () => {
    const asker = await createVerifiedMember(t.http, t.db, 'PK', { name: 'Sialkot Balls' });
    const asked = await withLocale(await createVerifiedMember(t.http, t.db, 'AZ'), 'az');
    const request = await t.http
      .post('/api/contact-requests')
      .set(bearer(asker.token))
      .send({ toCompanyId: asked.company.id })
      .expect(201);

    const [mail] = await mailsTo(asked.auth.user.email);
    expect(mail.subject).toBe('Sialkot Balls sizinlə əlaqə saxlamaq istəyir');
    const parsed = await simpleParser(mail.raw);
    expect(parsed.html).toContain('lang="az"');
    expect(parsed.text).toContain('https://b2b.example.test/contacts');
    const rawHeader = (key: string) =>
      parsed.headerLines.find((line) => line.key === key)?.line.replace(/^[^:]+:\s*/, '');
    const header = String(rawHeader('list-unsubscribe'));
    expect(header).toMatch(/^<https:\/\/b2b\.example\.test\/api\/mail\/unsubscribe\?token=.+>$/);
    expect(rawHeader('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(parsed.text).toContain('https://b2b.example.test/unsubscribe?token=');
    // Nothing to the asking firm.
    expect(await mailsTo(asker.auth.user.email)).toHaveLength(0);

    // Accepting mails the asking firm a link to the conversation.
    const accepted = await t.http
      .post(`/api/contact-requests/${request.body.id}/accept`)
      .set(bearer(asked.token))
      .expect(200);
    const [acceptedMail] = await mailsTo(asker.auth.user.email);
    expect(acceptedMail.subject).toBe(`${asked.company.name} accepted your contact request`);
    expect(acceptedMail.text).toContain(`/messages/${accepted.body.conversation.id}`);

    // One click, as a mail client does it (RFC 8058): a form POST to the header's URL.
    const url = new URL(header.slice(1, -1));
    await t.http
      .post(`${url.pathname}${url.search}`)
      .type('form')
      .send('List-Unsubscribe=One-Click')
      .expect(200, { category: 'contact_requests' });
    const preferences = await t.http
      .get('/api/me/notification-preferences')
      .set(bearer(asked.token))
      .expect(200);
    expect(preferences.body.preferences).toContainEqual({
      category: 'contact_requests',
      mail: false,
    });
    expect(preferences.body.preferences).toContainEqual({ category: 'messages', mail: true });

    // The next request to that firm sends no mail.
    const another = await createVerifiedMember(t.http, t.db, 'PK');
    await t.http
      .post('/api/contact-requests')
      .set(bearer(another.token))
      .send({ toCompanyId: asked.company.id })
      .expect(201);
    expect(await mailsTo(asked.auth.user.email)).toHaveLength(1);
  });

  it('forged unsubscribe tokens are refused and change nothing', async () => {
    const member = await createVerifiedMember(t.http, t.db, 'PK');
    for (const token of [
      `${member.auth.user.id}.messages.forged`,
      'x',
      `${member.auth.user.id}.nope.sig`,
    ]) {
      const answer = await t.http
        .post(`/api/mail/unsubscribe?token=${encodeURIComponent(token)}`)
        .expect(400);
      expect(answer.body.code).toBe('invalid_token');
    }
    await t.http.post('/api/mail/unsubscribe').expect(400);
    const preferences = await t.http
      .get('/api/me/notification-preferences')
      .set(bearer(member.token))
      .expect(200);
    expect(preferences.body.preferences.every((p: { mail: boolean }) => p.mail)).toBe(true);
  });

  it('preferences: each user sets their own; bad input is refused with field messages', async () => {
    const a = await createVerifiedMember(t.http, t.db, 'PK');
    const b = await createVerifiedMember(t.http, t.db, 'AZ');
    const changed = await t.http
      .patch('/api/me/notification-preferences')
      .set(bearer(a.token))
      .send({ preferences: [{ category: 'messages', mail: false }] })
      .expect(200);
    expect(changed.body.preferences).toContainEqual({ category: 'messages', mail: false });
    const other = await t.http
      .get('/api/me/notification-preferences')
      .set(bearer(b.token))
      .expect(200);
    expect(other.body.preferences).toContainEqual({ category: 'messages', mail: true });
    for (const body of [
      { preferences: [{ category: 'essential', mail: false }] },
      { preferences: [{ category: 'messages', mail: 'no' }] },
      { preferences: [] },
      {},
    ]) {
      const refused = await t.http
        .patch('/api/me/notification-preferences')
        .set(bearer(a.token))
        .send(body)
        .expect(400);
      expect(refused.body.code).toBe('invalid_input');
    }
    await t.http.get('/api/me/notification-preferences').expect(401);
  });

  it('the development mailbox is for staff only', async () => {
    const member = await createVerifiedMember(t.http, t.db, 'PK');
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    await t.http.get('/api/dev/mailbox').expect(401);
    await t.http.get('/api/dev/mailbox').set(bearer(member.token)).expect(403);
    await worker.drain();
    const list = await t.http.get('/api/dev/mailbox').set(bearer(staff.accessToken)).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    const one = await t.http
      .get(`/api/dev/mailbox/${list.body.items[0].id}`)
      .set(bearer(staff.accessToken))
      .expect(200);
    expect(one.body.html).toContain('<html');
    await t.http
      .get('/api/dev/mailbox/00000000-0000-4000-8000-000000000000')
      .set(bearer(staff.accessToken))
      .expect(404);
  });
});
