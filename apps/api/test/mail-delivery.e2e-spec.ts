import { TransactionHost } from '@nestjs-cls/transactional';
import { APP_CONFIG, type AppConfig } from '../src/config/app-config';
import { DevMailCatcher } from '../src/modules/mail/dev-mail-catcher';
import { MailDeliveryRepository } from '../src/modules/mail/mail-delivery.repository';
import { MailOutboxService } from '../src/modules/mail/mail-outbox.service';
import { MailOutboxWorker, SimulatedCrash } from '../src/modules/mail/mail-outbox.worker';
import { MAIL_TRANSPORT, type MailTransport } from '../src/modules/mail/mail-transport';
import { uniqueEmail } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

describe('mail delivery: outbox worker → SMTP → catcher', () => {
  let t: TestApp;
  let outbox: MailOutboxService;
  let txHost: TransactionHost;
  let catcher: DevMailCatcher;
  let worker: MailOutboxWorker;

  /** A second worker of the same app, as another API process would run. */
  const anotherWorker = () =>
    new MailOutboxWorker(
      t.app.get<AppConfig>(APP_CONFIG),
      t.app.get(MailDeliveryRepository),
      t.app.get<MailTransport>(MAIL_TRANSPORT),
    );

  const enqueue = (to: string) =>
    txHost.withTransaction(() =>
      outbox.enqueue({
        to,
        template: 'verify-email',
        locale: 'en',
        params: { fullName: 'Test', token: 'tok' },
        category: 'essential',
      }),
    );

  const row = async (id: string) =>
    (
      await t.db.query(
        `SELECT status, attempts, message_id, last_error FROM mail_outbox WHERE id = $1`,
        [id],
      )
    )[0] as { status: string; attempts: number; message_id: string; last_error: string | null };

  beforeAll(async () => {
    // The app's own worker stays idle: each test drives workers itself.
    // Its own database: workers drain the whole outbox, other files' mails included.
    t = await createIsolatedTestApp({ MAIL_WORKER: 'false' });
    outbox = t.app.get(MailOutboxService);
    txHost = t.app.get(TransactionHost);
    catcher = t.app.get(DevMailCatcher);
    worker = t.app.get(MailOutboxWorker);
  });
  afterAll(() => t.close());

  it('sends a mail over SMTP to the catcher once and marks it sent', async () => {
    const to = uniqueEmail('deliver');
    const id = (await enqueue(to))!;
    await worker.drain();
    const sent = await row(id);
    expect(sent.status).toBe('sent');
    expect(catcher.countByMessageId(sent.message_id)).toBe(1);
    const caught = catcher.list().find((mail) => mail.messageId === sent.message_id)!;
    expect(caught.to).toEqual([to]);
    expect(caught.subject).toBe('Confirm your e-mail address');
    // A second pass finds nothing due.
    await worker.drain();
    expect(catcher.countByMessageId(sent.message_id)).toBe(1);
  });

  it('a worker killed between the send and "sent" → after restart the mail is delivered once', async () => {
    const id = (await enqueue(uniqueEmail('crash')))!;
    const crashing = anotherWorker();
    crashing.afterSend = () => {
      throw new SimulatedCrash('killed after the server accepted the mail');
    };
    await expect(crashing.tick()).rejects.toThrow(SimulatedCrash);
    const inDoubt = await row(id);
    expect(inDoubt.status).toBe('sending');
    expect(catcher.countByMessageId(inDoubt.message_id)).toBe(1);

    // A restarted worker finds nothing while the dead one's lease runs…
    const restarted = anotherWorker();
    expect(await restarted.tick()).toBe(0);
    // …and after it ran out (moved back instead of waiting two minutes), reconciles the row.
    await t.db.query(
      `UPDATE mail_outbox SET claimed_until = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    expect(await restarted.tick()).toBe(1);
    const after = await row(id);
    expect(after.status).toBe('sent');
    expect(after.attempts).toBe(2);
    expect(catcher.countByMessageId(after.message_id)).toBe(1);
  });

  it('a crash before the server accepted the mail → it is sent on restart, once', async () => {
    const id = (await enqueue(uniqueEmail('early-crash')))!;
    // Claimed by a worker that died before connecting: status sending, lease over, nothing sent.
    await t.db.query(
      `UPDATE mail_outbox SET status = 'sending', attempts = 1, claim_token = gen_random_uuid(),
              claimed_until = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await anotherWorker().drain();
    const after = await row(id);
    expect(after.status).toBe('sent');
    expect(catcher.countByMessageId(after.message_id)).toBe(1);
  });

  it('two workers draining together never send the same mail twice', async () => {
    const ids = await Promise.all(
      Array.from({ length: 30 }, (_, index) => enqueue(uniqueEmail(`pair-${index}`))),
    );
    await Promise.all([anotherWorker().drain(), anotherWorker().drain(), worker.drain()]);
    const rows: Array<{ status: string; message_id: string }> = await t.db.query(
      `SELECT status, message_id FROM mail_outbox WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(rows).toHaveLength(30);
    for (const sent of rows) {
      expect(sent.status).toBe('sent');
      expect(catcher.countByMessageId(sent.message_id)).toBe(1);
    }
  });

  it('retries a refused send with back-off, then delivers', async () => {
    const id = (await enqueue(uniqueEmail('retry')))!;
    const transport = t.app.get<MailTransport>(MAIL_TRANSPORT);
    const flaky = anotherWorker();
    const realSend = transport.send.bind(transport);
    let refusals = 0;
    transport.send = (mail) => {
      if (mail.messageId.includes(id) && refusals < 1) {
        refusals += 1;
        return Promise.reject(new Error('451 try again later'));
      }
      return realSend(mail);
    };
    try {
      flaky.retryBaseMs = 60_000;
      await flaky.drain();
      const failed = await row(id);
      expect(failed).toMatchObject({
        status: 'pending',
        attempts: 1,
        last_error: '451 try again later',
      });
      const [{ wait }] = await t.db.query(
        `SELECT extract(epoch FROM next_attempt_at - now()) AS wait FROM mail_outbox WHERE id = $1`,
        [id],
      );
      expect(Number(wait)).toBeGreaterThan(50);
      // Not due yet: nothing happens.
      await flaky.drain();
      expect((await row(id)).status).toBe('pending');
      await t.db.query(`UPDATE mail_outbox SET next_attempt_at = now() WHERE id = $1`, [id]);
      await flaky.drain();
      const sent = await row(id);
      expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
      expect(catcher.countByMessageId(sent.message_id)).toBe(1);
    } finally {
      transport.send = realSend;
    }
  });
});
