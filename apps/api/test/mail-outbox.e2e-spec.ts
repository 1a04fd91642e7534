import { TransactionHost } from '@nestjs-cls/transactional';
import { MailOutboxService } from '../src/modules/mail/mail-outbox.service';
import { allMailTemplates } from '../src/modules/mail/templates';
import { renderMail } from '../src/modules/mail/templates/mail-layout';
import { createTestApp, type TestApp } from './support/test-app';
import { uniqueEmail } from './support/factories';

describe('mail outbox (the seam)', () => {
  let t: TestApp;
  let outbox: MailOutboxService;
  let txHost: TransactionHost;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_WORKER: 'false' });
    outbox = t.app.get(MailOutboxService);
    txHost = t.app.get(TransactionHost);
  });
  afterAll(() => t.close());

  it('writes the rendered mail in the caller transaction, and nothing when it rolls back', async () => {
    const kept = uniqueEmail('kept');
    const dropped = uniqueEmail('dropped');
    await txHost.withTransaction(() =>
      outbox.enqueue({
        to: kept,
        template: 'verify-email',
        locale: 'ur',
        params: { fullName: 'Ayesha', token: 'abc' },
        category: 'essential',
      }),
    );
    await expect(
      txHost.withTransaction(async () => {
        await outbox.enqueue({
          to: dropped,
          template: 'verify-email',
          locale: 'en',
          params: { fullName: 'X', token: 'y' },
          category: 'essential',
        });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    const rows: Array<{ to_address: string; html: string; message_id: string; status: string }> =
      await t.db.query(`SELECT * FROM mail_outbox WHERE to_address IN ($1, $2)`, [kept, dropped]);
    expect(rows.map((row) => row.to_address)).toEqual([kept]);
    expect(rows[0].html).toContain('dir="rtl"');
    expect(rows[0].html).toContain('/verify-email?token=abc');
    expect(rows[0].status).toBe('pending');
    expect(rows[0].message_id).toMatch(/^<[0-9a-f-]{36}@[^>]+>$/);
  });

  it('writes one mail per dedupe key', async () => {
    const to = uniqueEmail('dedupe');
    const send = () =>
      txHost.withTransaction(() =>
        outbox.enqueue({
          to,
          template: 'verify-email',
          locale: 'en',
          params: { fullName: 'A', token: 't' },
          category: 'essential',
          dedupeKey: `test:${to}`,
        }),
      );
    expect(await send()).toEqual(expect.any(String));
    expect(await send()).toBeNull();
  });

  it('refuses an unknown template (a programming error)', async () => {
    await expect(
      outbox.enqueue({
        to: 'a@b.c',
        template: 'nope',
        locale: 'en',
        params: {},
        category: 'essential',
      }),
    ).rejects.toThrow(/Unknown mail template "nope"/);
  });

  it('every template renders in all four languages, Urdu right-to-left, with a plain-text part', () => {
    for (const template of allMailTemplates()) {
      for (const locale of ['en', 'az', 'ur', 'ru'] as const) {
        const params = new Proxy({}, { get: (_target, key) => `<${String(key)}>` });
        const mail = renderMail(template, locale, params as never, {
          link: (path) => `https://app.test${path}`,
          unsubscribeUrl: null,
        });
        expect(mail.subject.length).toBeGreaterThan(0);
        expect(mail.text.length).toBeGreaterThan(0);
        expect(mail.html).toContain(`lang="${locale}"`);
        expect(mail.html.includes('dir="rtl"')).toBe(locale === 'ur');
        // Params are escaped in HTML.
        expect(mail.html).not.toMatch(/<fullName>/);
      }
    }
  });
});
