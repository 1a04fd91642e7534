import type { AgreementResponse, AgreementsDashboard } from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { addColleague, createConnectedFirms, createStaffToken } from './support/chat-fixtures';
import { bearer, createVerifiedMember, type Member } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const year = new Date().getUTCFullYear();
const LAST_YEAR = `${year - 1}-03-01`;

/**
 * The agreements register on real Postgres: recording from a conversation, a match, a meeting or
 * nothing (institutions), who reads and writes what, status updates and their history, bad input
 * that writes nothing, and the staff dashboard's numbers.
 */
describe('agreements register', () => {
  let t: TestApp;
  let pk: Member;
  let az: Member;
  let pkColleague: Member;
  let third: Member;
  let conversationId: string;
  let staff: { token: string; userId: string };

  /**
   * What this spec's accounts wrote: other spec files may share the database (jest runs two at a
   * time), so "nothing written" is counted over our own actors only.
   */
  const counts = async () => {
    const actors = [pk, az, pkColleague, third].map((member) => member.auth.user.id);
    actors.push(staff.userId);
    return (
      await t.db.query<{ agreements: number; commitments: number; audit: number }[]>(
        `SELECT (SELECT count(*) FROM agreements WHERE created_by_user_id = ANY($1))::int AS agreements,
           (SELECT count(*) FROM agreement_commitments c JOIN agreements a ON a.id = c.agreement_id
            WHERE a.created_by_user_id = ANY($1))::int AS commitments,
           (SELECT count(*) FROM audit_log
            WHERE action LIKE 'agreement.%' AND actor_user_id = ANY($1))::int AS audit`,
        [actors],
      )
    )[0];
  };

  const fromConversation = (overrides: Record<string, unknown> = {}) => ({
    title: 'Footballs for Baku retail',
    kind: 'mou',
    summary: 'Supply of match balls for the spring season',
    sectors: ['sports_goods'],
    signedOn: LAST_YEAR,
    source: { kind: 'conversation', refId: conversationId },
    documentUrl: 'https://example.com/mou.pdf',
    parties: [{ companyId: pk.company.id }, { companyId: az.company.id }],
    commitments: [
      { title: 'Send samples', ownerParty: 0, dueOn: `${year - 1}-04-01` },
      {
        title: 'First container',
        ownerParty: 0,
        dueOn: `${year + 1}-01-15`,
        kind: 'first_shipment',
      },
    ],
    ...overrides,
  });

  const record = async (token: string, body: Record<string, unknown>) =>
    (await t.http.post('/api/agreements').set(bearer(token)).send(body).expect(201))
      .body as AgreementResponse;

  beforeAll(async () => {
    t = await createTestApp({ AGREEMENT_REMINDER_INTERVAL_SECONDS: '0' });
    const connected = await createConnectedFirms(t.http, t.db);
    pk = connected.pk;
    az = connected.az;
    conversationId = connected.conversation.id;
    pkColleague = await addColleague(t.http, t.db, pk);
    third = await createVerifiedMember(t.http, t.db, 'AZ');
    staff = await createStaffToken(t.http, t.db);
  }, 120_000);
  afterAll(() => t.close());

  describe('recording', () => {
    it('a party records an agreement from its conversation, with commitments and an audit row', async () => {
      const before = await counts();
      const agreement = await record(pk.token, fromConversation());
      expect(agreement).toMatchObject({
        title: 'Footballs for Baku retail',
        bilateral: true,
        signedOn: LAST_YEAR,
        source: { kind: 'conversation', refId: conversationId },
        documents: [{ kind: 'link', url: 'https://example.com/mou.pdf' }],
        responsibleStaffUserId: null,
        history: [],
      });
      expect(agreement.parties.map((party) => [party.companyId, party.country])).toEqual([
        [pk.company.id, 'PK'],
        [az.company.id, 'AZ'],
      ]);
      expect(agreement.commitments.map((c) => [c.title, c.status, c.overdue, c.kind])).toEqual([
        ['Send samples', 'open', true, 'general'],
        ['First container', 'open', false, 'first_shipment'],
      ]);
      expect(agreement.commitments[0].ownerPartyId).toBe(agreement.parties[0].id);
      expect(await counts()).toEqual({
        agreements: before.agreements + 1,
        commitments: before.commitments + 2,
        audit: before.audit + 1,
      });
    });

    it('staff record an MOU between institutions, and are its responsible staff member', async () => {
      const agreement = await record(staff.token, {
        title: 'Chambers’ cooperation MOU',
        kind: 'mou',
        sectors: ['textiles'],
        signedOn: LAST_YEAR,
        source: { kind: 'other' },
        parties: [
          { institutionName: 'Lahore Chamber of Commerce', country: 'PK' },
          { institutionName: 'Azerbaijan Export Agency', country: 'AZ' },
        ],
        commitments: [{ title: 'Joint trade fair', ownerParty: 1, dueOn: `${year + 1}-06-01` }],
      });
      expect(agreement.parties.map((party) => [party.companyId, party.name])).toEqual([
        [null, 'Lahore Chamber of Commerce'],
        [null, 'Azerbaijan Export Agency'],
      ]);
      expect(agreement.responsibleStaffUserId).toBe(staff.userId);
      expect(agreement.source).toEqual({ kind: 'other', refId: null });
    });

    it('records an agreement from a match between the two firms', async () => {
      const agreement = await record(az.token, {
        ...fromConversation({ commitments: [] }),
        source: { kind: 'match', refId: pk.company.id },
      });
      expect(agreement.source).toEqual({ kind: 'match', refId: pk.company.id });
    });

    it('records an agreement from a delegation meeting of the two firms, not with a firm outside it', async () => {
      const delegation = (
        await t.http
          .post('/api/delegations')
          .set(bearer(staff.token))
          .send({
            title: 'Sialkot to Baku',
            direction: 'PK_TO_AZ',
            hostCity: 'Baku',
            startsOn: `${year + 1}-04-12`,
            endsOn: `${year + 1}-04-14`,
            sectors: ['sports_goods'],
            capacity: 10,
          })
          .expect(201)
      ).body as { id: string };
      // The meetings module's own specs walk a request through programme and acceptance; the
      // register only reads which two firms a meeting request joins.
      const [{ id: meetingId }] = await t.db.query<{ id: string }[]>(
        `INSERT INTO meeting_requests (delegation_id, requester_company_id, target_company_id, note, priority, status)
         VALUES ($1, $2, $3, '', 3, 'accepted') RETURNING id`,
        [delegation.id, pk.company.id, az.company.id],
      );
      const agreement = await record(staff.token, {
        ...fromConversation(),
        source: { kind: 'meeting', refId: meetingId },
      });
      expect(agreement.source).toEqual({ kind: 'meeting', refId: meetingId });
      const before = await counts();
      const outsider = await t.http
        .post('/api/agreements')
        .set(bearer(staff.token))
        .send({
          ...fromConversation(),
          source: { kind: 'meeting', refId: meetingId },
          parties: [{ companyId: pk.company.id }, { companyId: third.company.id }],
        });
      expectFieldError(outsider, 'parties');
      expect(await counts()).toEqual(before);
    });
  });

  describe('bad input: 4xx with the error shape, nothing written', () => {
    const refused = async (token: string, body: Record<string, unknown>, field: string) => {
      const before = await counts();
      const answer = await t.http.post('/api/agreements').set(bearer(token)).send(body);
      expectFieldError(answer, field);
      expect(await counts()).toEqual(before);
    };

    it('a commitment due before the signing date', () =>
      refused(
        pk.token,
        fromConversation({
          commitments: [{ title: 'Too early', ownerParty: 1, dueOn: `${year - 1}-02-27` }],
        }),
        'commitments.0.dueOn',
      ));

    it('a bilateral agreement whose parties are of one country', async () => {
      const otherAz = await createVerifiedMember(t.http, t.db, 'AZ');
      await refused(
        staff.token,
        fromConversation({
          source: { kind: 'other' },
          parties: [{ companyId: az.company.id }, { companyId: otherAz.company.id }],
        }),
        'parties',
      );
    });

    it('a firm that was not in the conversation named as source', () =>
      refused(
        pk.token,
        fromConversation({
          parties: [{ companyId: pk.company.id }, { companyId: third.company.id }],
        }),
        'parties',
      ));

    it('a match that is not one of the two parties', () =>
      refused(
        pk.token,
        fromConversation({ source: { kind: 'match', refId: third.company.id } }),
        'source.refId',
      ));

    it('an unknown field, at the top and inside a party', async () => {
      await refused(pk.token, fromConversation({ approvedBy: 'me' }), 'approvedBy');
      await refused(
        pk.token,
        fromConversation({
          parties: [{ companyId: pk.company.id, role: 'buyer' }, { companyId: az.company.id }],
        }),
        'parties.0.role',
      );
    });

    it('a member entering an institution, or an agreement its firm is not party to', async () => {
      await refused(
        pk.token,
        fromConversation({
          source: { kind: 'other' },
          parties: [{ companyId: pk.company.id }, { institutionName: 'Ministry', country: 'AZ' }],
        }),
        'parties.1.institutionName',
      );
      await refused(third.token, fromConversation({ source: { kind: 'other' } }), 'parties');
    });

    it('a date that is not a date, and a link that is not http(s)', async () => {
      await refused(pk.token, fromConversation({ signedOn: `${year}-02-30` }), 'signedOn');
      await refused(
        pk.token,
        fromConversation({ documentUrl: 'javascript:alert(1)' }),
        'documentUrl',
      );
    });
  });

  describe('access and follow-up', () => {
    let agreement: AgreementResponse;

    beforeAll(async () => {
      agreement = await record(pk.token, fromConversation({ title: 'Access check' }));
    });

    it('both firms (any of their members) and staff read it; a third firm gets 404; anonymous 401', async () => {
      for (const token of [pk.token, pkColleague.token, az.token, staff.token]) {
        await t.http.get(`/api/agreements/${agreement.id}`).set(bearer(token)).expect(200);
      }
      expectApiError(
        await t.http.get(`/api/agreements/${agreement.id}`).set(bearer(third.token)),
        404,
      );
      expectApiError(await t.http.get(`/api/agreements/${agreement.id}`), 401);
      expectApiError(await t.http.get('/api/agreements'), 401);
    });

    it('lists hold only the firm’s own agreements; staff see every one', async () => {
      const ids = async (token: string) => {
        const all: string[] = [];
        let cursor: string | null = null;
        do {
          const page = (
            await t.http
              .get('/api/agreements')
              .query({ limit: 2, ...(cursor ? { cursor } : {}) })
              .set(bearer(token))
              .expect(200)
          ).body as { items: AgreementResponse[]; nextCursor: string | null };
          all.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
        } while (cursor);
        return all;
      };
      expect(await ids(az.token)).toContain(agreement.id);
      expect(await ids(staff.token)).toContain(agreement.id);
      expect(await ids(third.token)).toEqual([]);
    });

    it('either party posts status updates; the history keeps every one, in order', async () => {
      const [samples] = agreement.commitments;
      await t.http
        .post(`/api/agreements/${agreement.id}/updates`)
        .set(bearer(pk.token))
        .send({ note: 'Samples are being packed', commitmentId: samples.id, status: 'in_progress' })
        .expect(201);
      const done = (
        await t.http
          .post(`/api/agreements/${agreement.id}/updates`)
          .set(bearer(az.token))
          .send({ note: 'Samples received, all good', commitmentId: samples.id, status: 'done' })
          .expect(201)
      ).body as AgreementResponse;
      expect(done.commitments[0]).toMatchObject({ status: 'done', overdue: false });
      expect(
        done.history.map((entry) => [entry.fromStatus, entry.toStatus, entry.authorCompanyId]),
      ).toEqual([
        ['open', 'in_progress', pk.company.id],
        ['in_progress', 'done', az.company.id],
      ]);
      await expect(
        t.db.query(
          `UPDATE agreement_status_updates SET note = 'rewritten' WHERE agreement_id = $1`,
          [agreement.id],
        ),
      ).rejects.toThrow(/append-only/);
    });

    it('a third firm cannot update or add commitments (404); members cannot edit (403); staff can', async () => {
      expectApiError(
        await t.http
          .post(`/api/agreements/${agreement.id}/updates`)
          .set(bearer(third.token))
          .send({ note: 'Let me in' }),
        404,
      );
      expectApiError(
        await t.http
          .post(`/api/agreements/${agreement.id}/commitments`)
          .set(bearer(third.token))
          .send({ title: 'x', ownerPartyId: agreement.parties[0].id, dueOn: `${year + 1}-01-01` }),
        404,
      );
      expectApiError(
        await t.http
          .patch(`/api/agreements/${agreement.id}`)
          .set(bearer(az.token))
          .send({ title: 'Mine now' }),
        403,
      );
      const edited = (
        await t.http
          .patch(`/api/agreements/${agreement.id}`)
          .set(bearer(staff.token))
          .send({ title: 'Access check (edited)', responsibleStaffUserId: staff.userId })
          .expect(200)
      ).body as AgreementResponse;
      expect(edited).toMatchObject({
        title: 'Access check (edited)',
        responsibleStaffUserId: staff.userId,
      });
      const [entry] = await t.db.query<{ before: { title: string }; after: { title: string } }[]>(
        `SELECT before, after FROM audit_log WHERE action = 'agreement.update' AND target_id = $1`,
        [agreement.id],
      );
      expect([entry.before.title, entry.after.title]).toEqual([
        'Access check',
        'Access check (edited)',
      ]);
    });

    it('a party adds a commitment; one due before signing is refused; staff may not move signing past a due date', async () => {
      const added = (
        await t.http
          .post(`/api/agreements/${agreement.id}/commitments`)
          .set(bearer(az.token))
          .send({
            title: 'Pay deposit',
            ownerPartyId: agreement.parties[1].id,
            dueOn: `${year + 1}-02-01`,
          })
          .expect(201)
      ).body as AgreementResponse;
      expect(added.commitments.map((c) => c.title)).toContain('Pay deposit');
      expectFieldError(
        await t.http
          .post(`/api/agreements/${agreement.id}/commitments`)
          .set(bearer(az.token))
          .send({
            title: 'Back-dated',
            ownerPartyId: agreement.parties[1].id,
            dueOn: `${year - 2}-01-01`,
          }),
        'dueOn',
      );
      expectFieldError(
        await t.http
          .patch(`/api/agreements/${agreement.id}`)
          .set(bearer(staff.token))
          .send({ signedOn: `${year + 1}-12-31` }),
        'signedOn',
      );
    });
  });

  describe('dashboard', () => {
    const dashboard = async () =>
      (await t.http.get('/api/agreements/dashboard').set(bearer(staff.token)).expect(200))
        .body as AgreementsDashboard;
    const stage = (figures: AgreementsDashboard, name: string) =>
      figures.funnel.find((row) => row.stage === name)?.count ?? -1;

    it('staff only', async () => {
      expectApiError(await t.http.get('/api/agreements/dashboard').set(bearer(pk.token)), 403);
      expectApiError(await t.http.get('/api/agreements/dashboard'), 401);
      expectApiError(await t.http.get('/api/agreements/dashboard.csv').set(bearer(az.token)), 403);
    });

    it('counts implementation, lists overdue commitments by sector and country, and the funnel', async () => {
      const before = await dashboard();
      const agreement = await record(staff.token, {
        ...fromConversation({ title: 'Dashboard check', sectors: ['agriculture'] }),
        commitments: [
          { title: 'Overdue task', ownerParty: 1, dueOn: `${year - 1}-05-01` },
          { title: 'Done task', ownerParty: 0, dueOn: `${year - 1}-05-02` },
          { title: 'Ship', ownerParty: 0, dueOn: `${year - 1}-06-01`, kind: 'first_shipment' },
        ],
      });
      const [, doneTask, ship] = agreement.commitments;
      for (const commitment of [doneTask, ship]) {
        await t.http
          .post(`/api/agreements/${agreement.id}/updates`)
          .set(bearer(staff.token))
          .send({ note: 'Done', commitmentId: commitment.id, status: 'done' })
          .expect(201);
      }
      const after = await dashboard();
      expect(after.implementation.due - before.implementation.due).toBe(3);
      expect(after.implementation.done - before.implementation.done).toBe(2);
      expect(after.implementation.rate).toBeCloseTo(
        after.implementation.done / after.implementation.due,
        4,
      );
      const overdue = after.overdue.find((row) => row.agreementId === agreement.id);
      expect(overdue).toMatchObject({
        commitmentTitle: 'Overdue task',
        ownerName: az.company.name,
        ownerCountry: 'AZ',
        sectors: ['agriculture'],
        status: 'open',
      });
      expect(overdue?.daysOverdue).toBeGreaterThan(0);
      const sector = (figures: AgreementsDashboard) =>
        figures.overdueBySector.find((row) => row.sector === 'agriculture')?.count ?? 0;
      const azOverdue = (figures: AgreementsDashboard) =>
        figures.overdueByCountry.find((row) => row.country === 'AZ')?.count ?? 0;
      expect(sector(after) - sector(before)).toBe(1);
      expect(azOverdue(after) - azOverdue(before)).toBe(1);
      expect(stage(after, 'agreement') - stage(before, 'agreement')).toBe(1);
      expect(stage(after, 'first_shipment') - stage(before, 'first_shipment')).toBe(1);
      expect(after.funnel.map((row) => row.stage)).toEqual([
        'match',
        'contact',
        'conversation',
        'meeting',
        'agreement',
        'first_shipment',
      ]);
      expect(stage(after, 'contact')).toBeGreaterThanOrEqual(1);
      expect(stage(after, 'conversation')).toBeGreaterThanOrEqual(1);
    });

    it('the funnel counts only what happened within the window', async () => {
      const future = (
        await t.http
          .get('/api/agreements/dashboard')
          .query({ from: `${year + 5}-01-01`, to: `${year + 6}-01-01` })
          .set(bearer(staff.token))
          .expect(200)
      ).body as AgreementsDashboard;
      expect(future.funnel.every((row) => row.count === 0)).toBe(true);
      expectFieldError(
        await t.http
          .get('/api/agreements/dashboard')
          .query({ from: `${year}-02-01`, to: `${year}-01-01` })
          .set(bearer(staff.token)),
        'from',
      );
    });

    it('exports the funnel and the overdue list as CSV, formulas made text', async () => {
      await record(staff.token, {
        ...fromConversation({ title: 'Formula check', source: { kind: 'other' } }),
        commitments: [
          { title: 'Overdue, formula-free', ownerParty: 0, dueOn: `${year - 1}-05-01` },
        ],
      });
      await t.db.query(
        `UPDATE agreements SET title = '=HYPERLINK("x")' WHERE title = 'Formula check'`,
      );
      const answer = await t.http
        .get('/api/agreements/dashboard.csv')
        .set(bearer(staff.token))
        .expect(200);
      expect(answer.headers['content-type']).toMatch(/text\/csv/);
      const text = answer.text;
      expect(text).toContain('stage,count');
      expect(text).toMatch(/first_shipment,\d+/);
      expect(text).toContain('Overdue, formula-free');
      expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    });
  });
});
