import { simpleParser } from 'mailparser';
import { DevMailCatcher, type CaughtMail } from '../src/modules/mail/dev-mail-catcher';
import { MailOutboxWorker } from '../src/modules/mail/mail-outbox.worker';
import { addColleague } from './support/chat-fixtures';
import { bearer, createUserWithRole, createVerifiedMember, type Member } from './support/factories';
import { createIsolatedTestApp } from './support/isolated-test-app';
import type { TestApp } from './support/test-app';

const CONTACT = 'membership@chamber.example.test';

describe('suspension mails: the firm’s owner is told of a suspension and of its end', () => {
  let t: TestApp;
  let catcher: DevMailCatcher;
  let worker: MailOutboxWorker;
  let staffToken: string;

  /** Sends what is due, then the mails caught for this address, oldest first (sign-up's aside). */
  const mailsTo = async (address: string): Promise<CaughtMail[]> => {
    await worker.drain();
    return catcher
      .list()
      .filter((mail) => mail.to.includes(address) && !mail.text.includes('/verify-email?token='))
      .reverse();
  };
  const withLocale = async (member: Member, locale: string) => {
    await t.http.patch('/api/auth/me').set(bearer(member.token)).send({ locale }).expect(200);
    return member;
  };
  const suspend = (companyId: string, token: string, reason: string) =>
    t.http.post(`/api/companies/${companyId}/suspension`).set(bearer(token)).send({ reason });
  const reinstate = (companyId: string, token: string) =>
    t.http.delete(`/api/companies/${companyId}/suspension`).set(bearer(token));

  beforeAll(async () => {
    // Its own database: workers drain the whole outbox, other files' mails included.
    t = await createIsolatedTestApp({
      APP_URL: 'https://b2b.example.test',
      CHAMBER_CONTACT_EMAIL: CONTACT,
    });
    catcher = t.app.get(DevMailCatcher);
    worker = t.app.get(MailOutboxWorker);
    staffToken = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
  });
  afterAll(() => t.close());

  it('suspension mails the owner once, in their language, with the reason; reinstatement mails a sign-in link', async () => {
    const owner = await withLocale(await createVerifiedMember(t.http, t.db, 'AZ'), 'ru');
    const colleague = await addColleague(t.http, t.db, owner);
    const other = await createVerifiedMember(t.http, t.db, 'PK');
    const otherColleague = await addColleague(t.http, t.db, other);
    const reason = 'Членские взносы не оплачены с июня';

    await suspend(owner.company.id, staffToken, reason).expect(200);
    const [mail, ...more] = await mailsTo(owner.auth.user.email);
    expect(more).toHaveLength(0);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe(`${owner.company.name}: членство приостановлено`);
    expect(parsed.html).toContain('lang="ru"');
    expect(parsed.text).toContain(reason);
    expect(parsed.html).toContain(reason);
    expect(parsed.text).toContain(CONTACT);
    // An account notice: essential, no unsubscribe link.
    expect(parsed.headers.get('list-unsubscribe')).toBeUndefined();
    expect(parsed.text).not.toContain('/unsubscribe?token=');
    // Only the owner answers for the membership; another firm hears nothing.
    for (const person of [colleague, other, otherColleague]) {
      expect(await mailsTo(person.auth.user.email)).toHaveLength(0);
    }

    await reinstate(owner.company.id, staffToken).expect(200);
    const mails = await mailsTo(owner.auth.user.email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe(`${owner.company.name}: членство восстановлено`);
    expect(mails[1].text).toContain('https://b2b.example.test/sign-in');
    expect(mails[1].text).not.toContain(reason);
    for (const person of [colleague, other, otherColleague]) {
      expect(await mailsTo(person.auth.user.email)).toHaveLength(0);
    }
  });

  it('an Urdu owner reads a right-to-left Urdu notice', async () => {
    const owner = await withLocale(await createVerifiedMember(t.http, t.db, 'PK'), 'ur');
    await suspend(owner.company.id, staffToken, 'Complaint under review').expect(200);
    const [mail] = await mailsTo(owner.auth.user.email);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.subject).toBe(`${owner.company.name}: رکنیت معطل`);
    expect(parsed.html).toContain('dir="rtl"');
    expect(parsed.text).toContain('Complaint under review');
  });

  it('a firm without a named owner tells every member', async () => {
    const first = await createVerifiedMember(t.http, t.db, 'AZ');
    const second = await addColleague(t.http, t.db, first);
    await t.db.query('UPDATE users SET company_role = NULL WHERE company_id = $1', [
      first.company.id,
    ]);
    await suspend(first.company.id, staffToken, 'Register check').expect(200);
    for (const person of [first, second]) {
      const mails = await mailsTo(person.auth.user.email);
      expect(mails.map((mail) => mail.subject)).toEqual([
        `${first.company.name}: membership suspended`,
      ]);
    }
  });

  it('a refused suspension or reinstatement mails nothing', async () => {
    const owner = await createVerifiedMember(t.http, t.db, 'AZ');
    const outsider = await createVerifiedMember(t.http, t.db, 'PK');
    expect((await suspend(owner.company.id, outsider.token, 'not theirs')).status).toBe(403);
    expect((await suspend(owner.company.id, owner.token, 'not theirs')).status).toBe(403);
    expect((await reinstate(owner.company.id, staffToken)).body.code).toBe('not_suspended');
    expect(await mailsTo(owner.auth.user.email)).toHaveLength(0);

    await suspend(owner.company.id, staffToken, 'First reason').expect(200);
    const again = await suspend(owner.company.id, staffToken, 'Second reason');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_suspended');
    expect((await reinstate(owner.company.id, outsider.token)).status).toBe(403);
    const mails = await mailsTo(owner.auth.user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('First reason');
    expect(mails[0].text).not.toContain('Second reason');
  });

  it('a suspension rolled back after its mail was written sends nothing', async () => {
    const owner = await createVerifiedMember(t.http, t.db, 'AZ');
    // The audit row is the step's last write, after the mail: refuse it for this firm only.
    await t.db.query(`
      CREATE FUNCTION refuse_audit_of_test_firm() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.target_id = '${owner.company.id}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await t.db.query(
      `CREATE TRIGGER refuse_audit_of_test_firm BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit_of_test_firm()`,
    );
    try {
      expect((await suspend(owner.company.id, staffToken, 'Rolled back')).status).toBe(500);
    } finally {
      await t.db.query('DROP TRIGGER refuse_audit_of_test_firm ON audit_log');
      await t.db.query('DROP FUNCTION refuse_audit_of_test_firm()');
    }
    const [row] = await t.db.query<{ suspended_at: Date | null }[]>(
      'SELECT suspended_at FROM companies WHERE id = $1',
      [owner.company.id],
    );
    expect(row.suspended_at).toBeNull();
    const written = await t.db.query(
      `SELECT 1 FROM mail_outbox WHERE to_address = $1 AND template = 'company-suspended'`,
      [owner.auth.user.email],
    );
    expect(written).toHaveLength(0);
    expect(await mailsTo(owner.auth.user.email)).toHaveLength(0);

    // The same step, not refused, writes the mail: the check above could have failed.
    await suspend(owner.company.id, staffToken, 'Committed').expect(200);
    expect(await mailsTo(owner.auth.user.email)).toHaveLength(1);
  });
});
