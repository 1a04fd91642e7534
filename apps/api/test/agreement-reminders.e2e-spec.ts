import type { AgreementResponse } from '@jcc/contracts';
import { AgreementRemindersJob } from '../src/modules/agreements/agreement-reminders.job';
import { createConnectedFirms, createStaffToken } from './support/chat-fixtures';
import { bearer } from './support/factories';
import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '../src/database/scratch-database';
import { createTestApp, type TestApp } from './support/test-app';

const year = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);

/**
 * A commitment that passes its due date raises exactly one reminder, even when two API processes
 * (each with its own pool and its own sweep) look at the same moment, again and again. The
 * sweeps are called directly so that the test waits for nothing; the timer that calls them in
 * production is off here.
 */
describe('agreements: one reminder per overdue commitment with two API processes', () => {
  let apps: [TestApp, TestApp];
  let agreement: AgreementResponse;
  let staffUserId: string;
  let ownerUserId: string;
  const sharedUrl = process.env.TEST_DATABASE_URL ?? '';
  const databaseName = `jcc_reminders_${process.pid}_${randomBytes(4).toString('hex')}`;

  const reminders = async (commitmentId: string) =>
    apps[0].db.query<
      { recipient_company_id: string | null; recipient_staff_user_id: string | null }[]
    >(
      `SELECT recipient_company_id, recipient_staff_user_id FROM agreement_reminders WHERE commitment_id = $1`,
      [commitmentId],
    );
  const auditRows = async (commitmentId: string) =>
    (
      await apps[0].db.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM audit_log
         WHERE action = 'agreement.reminder' AND after->>'commitmentId' = $1`,
        [commitmentId],
      )
    )[0].n;
  /** In-app notifications of the reminder, by recipient user. */
  const notified = async (commitmentId: string) =>
    (
      await apps[0].db.query<{ user_id: string }[]>(
        `SELECT user_id FROM notifications
         WHERE kind = 'agreement.commitment_overdue' AND params->>'commitmentId' = $1
         ORDER BY user_id`,
        [commitmentId],
      )
    ).map((row) => row.user_id);
  /** Both processes sweep at once, `rounds` times; the reminders each raised. */
  const sweepBoth = async (rounds: number) => {
    const jobs = apps.map((app) => app.app.get(AgreementRemindersJob));
    const raised: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      raised.push(...(await Promise.all(jobs.map((job) => job.sweep()))));
    }
    return raised;
  };

  beforeAll(async () => {
    const env = { AGREEMENT_REMINDER_INTERVAL_SECONDS: '0' };
    // A database of its own: the sweep raises reminders for every overdue commitment, and the
    // agreements written here would shift the dashboard counts other spec files check meanwhile.
    await adminQuery(sharedUrl, `CREATE DATABASE ${databaseName}`);
    process.env.TEST_DATABASE_URL = withDatabase(sharedUrl, databaseName);
    try {
      apps = [await createTestApp(env), await createTestApp(env)];
    } finally {
      process.env.TEST_DATABASE_URL = sharedUrl;
    }
    const { pk, az, conversation } = await createConnectedFirms(apps[0].http, apps[0].db);
    const staff = await createStaffToken(apps[0].http, apps[0].db);
    staffUserId = staff.userId;
    ownerUserId = pk.auth.user.id;
    agreement = (
      await apps[1].http
        .post('/api/agreements')
        .set(bearer(staff.token))
        .send({
          title: 'Reminder check',
          kind: 'agreement',
          sectors: ['textiles'],
          signedOn: `${year - 1}-01-10`,
          source: { kind: 'conversation', refId: conversation.id },
          parties: [{ companyId: pk.company.id }, { companyId: az.company.id }],
          commitments: [
            // Due today: not overdue yet, so no reminder until the day has passed.
            { title: 'Deliver fabric samples', ownerParty: 0, dueOn: today },
            { title: 'Far in the future', ownerParty: 0, dueOn: `${year + 2}-01-01` },
          ],
        })
        .expect(201)
    ).body as AgreementResponse;
  }, 120_000);
  afterAll(async () => {
    await Promise.all((apps ?? []).map((app) => app.close()));
    await adminQuery(sharedUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  });

  it('no reminder while the commitment is not past due', async () => {
    await sweepBoth(2);
    expect(await reminders(agreement.commitments[0].id)).toEqual([]);
    expect(await notified(agreement.commitments[0].id)).toEqual([]);
  });

  it('once past due: exactly one reminder, to the owner party and the responsible staff member', async () => {
    const [due, future] = agreement.commitments;
    // The day passes: the due date moves to yesterday (as the clock would have moved it).
    await apps[0].db.query(`UPDATE agreement_commitments SET due_on = due_on - 1 WHERE id = $1`, [
      due.id,
    ]);
    const raised = await sweepBoth(5);
    // Other specs' commitments may share this database: count only this one's rows.
    expect(await reminders(due.id)).toEqual([
      {
        recipient_company_id: agreement.parties[0].companyId,
        recipient_staff_user_id: staffUserId,
      },
    ]);
    expect(await auditRows(due.id)).toBe(1);
    // One in-app notification each: the owner party's member and the responsible staff member.
    expect(await notified(due.id)).toEqual([ownerUserId, staffUserId].sort());
    // Commitments of other spec files sharing the database may be raised too: the sweeps raised
    // at least this one, and the rows above show it was raised once.
    expect(raised.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(1);
    expect(await reminders(future.id)).toEqual([]);
  });

  it('a done commitment past its date raises none', async () => {
    const [, future] = agreement.commitments;
    await apps[1].http
      .post(`/api/agreements/${agreement.id}/updates`)
      .set(bearer((await createStaffToken(apps[1].http, apps[1].db)).token))
      .send({ note: 'Shipped early', commitmentId: future.id, status: 'done' })
      .expect(201);
    await apps[0].db.query(`UPDATE agreement_commitments SET due_on = $2 WHERE id = $1`, [
      future.id,
      `${year - 1}-06-01`,
    ]);
    await sweepBoth(2);
    expect(await reminders(future.id)).toEqual([]);
  });
});
