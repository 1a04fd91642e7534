import type {
  MeetingRequestResponse,
  ProgrammeResponse,
  ScheduleRunResponse,
} from '@jcc/contracts';
import { expectApiError, expectFieldError } from './support/api-error';
import { pdfText } from './support/pdf-text';
import {
  bearer,
  createMember,
  createUserWithRole,
  createVerifiedMember,
  type Member,
} from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * B2B meetings at a visit: programme, host firms, requests, scheduling, publishing, the day.
 * The visit is Monday 28 January – Friday 1 February 2030, in Ramadan, in Baku (AZT, UTC+4).
 */
describe('meetings at a delegation visit', () => {
  let t: TestApp;
  let staff: string;
  let pkA: Member;
  let pkB: Member;
  let pkOut: Member;
  let azX: Member;
  let azY: Member;
  let azZ: Member;
  let azUnverified: Member;
  let id: string;

  const programme = (overrides: Record<string, unknown> = {}) => ({
    venue: 'Baku Expo Centre, Hall 2',
    venueMaxTables: 10,
    slotMinutes: 30,
    breakMinutes: 0,
    tables: ['A1', 'A2'],
    sessions: [
      { startsAt: '2030-01-28T09:00:00+04:00', endsAt: '2030-01-28T12:00:00+04:00' },
      { startsAt: '2030-02-01T10:00:00+04:00', endsAt: '2030-02-01T16:00:00+04:00' },
    ],
    requestDeadline: '2030-01-20T00:00:00Z',
    quotaPerFirm: 2,
    ...overrides,
  });
  const putProgramme = (body: Record<string, unknown>, token = staff) =>
    t.http.put(`/api/delegations/${id}/programme`).set(bearer(token)).send(body);
  const request = (from: Member, to: Member, priority = 3) =>
    t.http
      .post(`/api/delegations/${id}/meeting-requests`)
      .set(bearer(from.token))
      .send({ targetCompanyId: to.company.id, note: 'Cotton yarn supply', priority });
  const answer = (who: Member, requestId: string, decision: 'accept' | 'decline') =>
    t.http
      .patch(`/api/delegations/${id}/meeting-requests/${requestId}`)
      .set(bearer(who.token))
      .send({ decision });
  const grid = async (): Promise<MeetingRequestResponse[]> =>
    (await t.http.get(`/api/delegations/${id}/schedule`).set(bearer(staff)).expect(200)).body;

  const asBuffer = (response: unknown, done: (error: Error | null, body: Buffer) => void) => {
    const stream = response as NodeJS.ReadableStream;
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => done(null, Buffer.concat(chunks)));
  };
  const download = (path: string, token?: string) => {
    const call = t.http.get(`/api/delegations/${id}/${path}`);
    return (token ? call.set(bearer(token)) : call).buffer(true).parse(asBuffer);
  };

  beforeAll(async () => {
    t = await createTestApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    // Visiting firms are verified: unlisted firms are seen by no other firm (issue 15).
    [pkA, pkB, pkOut, azX, azY, azZ, azUnverified] = await Promise.all([
      createVerifiedMember(t.http, t.db, 'PK', { sectors: ['textiles'] }),
      createVerifiedMember(t.http, t.db, 'PK', { sectors: ['textiles'] }),
      createVerifiedMember(t.http, t.db, 'PK', { sectors: ['textiles'] }),
      createMember(t.http, 'AZ', { sectors: ['textiles'] }),
      createMember(t.http, 'AZ', { sectors: ['textiles'] }),
      createMember(t.http, 'AZ', { sectors: ['textiles'] }),
      createMember(t.http, 'AZ', { sectors: ['textiles'] }),
    ]);
    for (const host of [azX, azY, azZ]) {
      await t.http
        .post(`/api/companies/${host.company.id}/verification`)
        .set(bearer(staff))
        .send({ status: 'verified' })
        .expect(200);
    }
    id = (
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send({
          title: 'Textiles to Baku',
          direction: 'PK_TO_AZ',
          hostCity: 'Baku',
          startsOn: '2030-01-28',
          endsOn: '2030-02-01',
          sectors: ['textiles'],
          capacity: 10,
        })
        .expect(201)
    ).body.id;
    for (const visitor of [pkA, pkB]) {
      await t.http
        .post(`/api/delegations/${id}/members`)
        .set(bearer(staff))
        .send({ companyId: visitor.company.id })
        .expect(201);
    }
  });
  afterAll(() => t.close());

  it('refuses a bad programme with field errors and writes nothing', async () => {
    const overlapping = programme({
      sessions: [
        { startsAt: '2030-01-28T09:00:00+04:00', endsAt: '2030-01-28T12:00:00+04:00' },
        { startsAt: '2030-01-28T11:00:00+04:00', endsAt: '2030-01-28T13:00:00+04:00' },
      ],
    });
    expectFieldError(await putProgramme(overlapping), 'sessions.1.startsAt');
    const short = programme({
      sessions: [{ startsAt: '2030-01-28T09:00:00+04:00', endsAt: '2030-01-28T09:20:00+04:00' }],
    });
    expectFieldError(await putProgramme(short), 'sessions.0.endsAt');
    expectFieldError(await putProgramme(programme({ venueMaxTables: 1 })), 'tables');
    expectFieldError(await putProgramme(programme({ slotMinutes: 25 })), 'slotMinutes');
    const noZone = programme({
      sessions: [{ startsAt: '2030-01-28T09:00:00', endsAt: '2030-01-28T12:00:00+04:00' }],
    });
    expectFieldError(await putProgramme(noZone), 'sessions.0.startsAt');
    expectApiError(await putProgramme(programme(), pkA.token), 403);
    expectApiError(await t.http.put(`/api/delegations/${id}/programme`).send(programme()), 401);
    expectApiError(await t.http.get(`/api/delegations/${id}/programme`).set(bearer(staff)), 404);
  });

  it('sets the programme: Friday prayer and iftar blocked, times in UTC, PKT and AZT', async () => {
    const body = (await putProgramme(programme()).expect(200)).body as ProgrammeResponse;
    expect(body.blocks.filter((block) => block.kind === 'iftar')).toHaveLength(5);
    expect(body.blocks.filter((block) => block.kind === 'friday_prayer')).toEqual([
      expect.objectContaining({
        startsAt: {
          utc: '2030-02-01T08:30:00.000Z',
          azt: '2030-02-01T12:30+04:00',
          pkt: '2030-02-01T13:30+05:00',
        },
      }),
    ]);
    // Monday 09:00–12:00: 6 slots; Friday 10:00–16:00 without 12:30–14:00: 9 slots.
    expect(body.slots).toHaveLength(15);
    expect(body.slots[0].startsAt).toEqual({
      utc: '2030-01-28T05:00:00.000Z',
      azt: '2030-01-28T09:00+04:00',
      pkt: '2030-01-28T10:00+05:00',
    });
    expect(body.slots.map((slot) => slot.startsAt.azt.slice(11, 16))).not.toContain('13:00');

    // Who sees it: staff, seated visitors, verified host-country firms; not others.
    await t.http.get(`/api/delegations/${id}/programme`).set(bearer(pkA.token)).expect(200);
    await t.http.get(`/api/delegations/${id}/programme`).set(bearer(azX.token)).expect(200);
    expectApiError(
      await t.http.get(`/api/delegations/${id}/programme`).set(bearer(pkOut.token)),
      404,
    );
    expectApiError(
      await t.http.get(`/api/delegations/${id}/programme`).set(bearer(azUnverified.token)),
      404,
    );
    expectApiError(await t.http.get(`/api/delegations/${id}/programme`), 401);
  });

  it('host firms see the visit coming, register, and staff invite', async () => {
    const incoming = (
      await t.http.get('/api/meetings/incoming-delegations').set(bearer(azX.token)).expect(200)
    ).body as { id: string; members: { id: string }[]; myHostStatus: string | null }[];
    const visit = incoming.find((delegation) => delegation.id === id);
    expect(visit?.members.map((firm) => firm.id).sort()).toEqual(
      [pkA.company.id, pkB.company.id].sort(),
    );
    expect(visit?.myHostStatus).toBeNull();
    expectApiError(
      await t.http.get('/api/meetings/incoming-delegations').set(bearer(azUnverified.token)),
      403,
    );
    expectApiError(await t.http.get('/api/meetings/incoming-delegations').set(bearer(staff)), 403);

    const hosts = `/api/delegations/${id}/hosts`;
    expect((await t.http.post(hosts).set(bearer(azX.token)).send({}).expect(201)).body.status).toBe(
      'registered',
    );
    expectApiError(await t.http.post(hosts).set(bearer(pkA.token)).send({}), 403);
    expectApiError(await t.http.post(hosts).set(bearer(azUnverified.token)).send({}), 404);
    expectFieldError(
      await t.http.post(hosts).set(bearer(staff)).send({ companyId: pkOut.company.id }),
      'companyId',
    );
    expect(
      (await t.http.post(hosts).set(bearer(staff)).send({ companyId: azY.company.id }).expect(201))
        .body.status,
    ).toBe('invited');
    // Invited is not yet taking part: the firm registers itself.
    expectApiError(await request(azY, pkA), 403);
    await t.http.post(hosts).set(bearer(azY.token)).send({}).expect(201);
    await t.http.post(hosts).set(bearer(azZ.token)).send({}).expect(201);
    const seenByFirm = (await t.http.get(hosts).set(bearer(pkA.token)).expect(200)).body;
    expect(seenByFirm).toHaveLength(3);

    // Staff rank host-country firms to invite by their best match with a visiting firm.
    const candidates = (
      await t.http.get(`/api/delegations/${id}/host-candidates`).set(bearer(staff)).expect(200)
    ).body as { company: { id: string }; score: number; hostStatus: string | null }[];
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(candidates.find((c) => c.company.id === azX.company.id)?.hostStatus).toBe('registered');
    expect(candidates.some((c) => c.company.id === azUnverified.company.id)).toBe(false);
    expectApiError(
      await t.http.get(`/api/delegations/${id}/host-candidates`).set(bearer(azX.token)),
      403,
    );
  });

  let m1: string;
  let m2: string;
  let m3: string;

  it('requests: across the sides only, within the quota, answered by the requested firm', async () => {
    m1 = (await request(pkA, azX, 5).expect(201)).body.id;
    expectFieldError(await request(pkA, pkB), 'targetCompanyId');
    expectFieldError(await request(pkA, azUnverified), 'targetCompanyId');
    expect((await request(azX, pkA)).body.code).toBe('request_exists');
    m2 = (await request(pkA, azY, 2).expect(201)).body.id;
    const overQuota = await request(pkA, azZ);
    expectApiError(overQuota, 429);
    expect(overQuota.body.code).toBe('quota_exceeded');
    m3 = (await request(azX, pkB, 4).expect(201)).body.id;
    const m4 = (await request(pkB, azZ).expect(201)).body.id;
    expectApiError(await request(pkOut, azX), 404);
    expectApiError(await request(azX, pkB), 409);

    expect((await answer(pkA, m1, 'accept')).body.code).toBe('not_target');
    expectApiError(await answer(azY, m1, 'accept'), 404);
    expectFieldError(
      await t.http
        .patch(`/api/delegations/${id}/meeting-requests/${m1}`)
        .set(bearer(azX.token))
        .send({ decision: 'maybe' }),
      'decision',
    );
    expect((await answer(azX, m1, 'accept').expect(200)).body.status).toBe('accepted');
    expectApiError(await answer(azX, m1, 'decline'), 409);
    await answer(azY, m2, 'accept').expect(200);
    await answer(pkB, m3, 'accept').expect(200);
    await answer(azZ, m4, 'decline').expect(200);

    const mine = (
      await t.http.get(`/api/delegations/${id}/meeting-requests`).set(bearer(azY.token)).expect(200)
    ).body as MeetingRequestResponse[];
    expect(mine.map((row) => row.id)).toEqual([m2]);
    // The match score and reasons beside the request, read from the caller's side.
    expect(mine[0].match).toEqual(
      expect.objectContaining({ score: expect.any(Number), reasons: expect.any(Array) }),
    );
  });

  it('closes requests at the deadline', async () => {
    await putProgramme(programme({ requestDeadline: '2020-01-01T00:00:00Z' })).expect(200);
    const late = await request(pkB, azY);
    expectApiError(late, 409);
    expect(late.body.code).toBe('requests_closed');
    await putProgramme(programme()).expect(200);
    const all = (
      await t.http.get(`/api/delegations/${id}/meeting-requests`).set(bearer(staff)).expect(200)
    ).body;
    expect(all).toHaveLength(4);
  });

  it('schedules around unavailability, keeps locks on re-run, refuses a parallel run', async () => {
    const sessions = (
      await t.http.get(`/api/delegations/${id}/programme`).set(bearer(azX.token)).expect(200)
    ).body.sessions as { id: string }[];
    expectFieldError(
      await t.http
        .put(`/api/delegations/${id}/unavailability`)
        .set(bearer(azX.token))
        .send({ sessionIds: ['nope'] }),
      'sessionIds',
    );
    await t.http
      .put(`/api/delegations/${id}/unavailability`)
      .set(bearer(azX.token))
      .send({ sessionIds: [sessions[0].id] })
      .expect(200);

    const run = () => t.http.post(`/api/delegations/${id}/schedule/run`).set(bearer(staff));
    expectApiError(
      await t.http.post(`/api/delegations/${id}/schedule/run`).set(bearer(azX.token)),
      403,
    );
    expectApiError(await t.http.post(`/api/delegations/${id}/schedule/run`), 401);
    const result = (await run().expect(200)).body as ScheduleRunResponse;
    expect(result).toMatchObject({ placed: 3, unplaced: 0, lowerBound: 2 });

    const placed = await grid();
    expect(placed).toHaveLength(3);
    for (const meeting of placed.filter((row) => [m1, m3].includes(row.id))) {
      expect(meeting.slot?.startsAt.azt.startsWith('2030-02-01')).toBe(true);
    }
    // Firms see no slot before publication.
    expect(
      (await t.http.get(`/api/delegations/${id}/schedule`).set(bearer(pkA.token)).expect(200)).body,
    ).toEqual([]);

    const lockedOne = placed.find((row) => row.id === m2);
    await t.http
      .patch(`/api/delegations/${id}/meeting-requests/${m2}/lock`)
      .set(bearer(staff))
      .send({ locked: true })
      .expect(200);
    await run().expect(200);
    const again = (await grid()).find((row) => row.id === m2);
    expect({ slot: again?.slot, table: again?.table, locked: again?.locked }).toEqual({
      slot: lockedOne?.slot,
      table: lockedOne?.table,
      locked: true,
    });

    // Another run holds the delegation's scheduling lock: 409 at once, nothing changed.
    const before = await grid();
    const holder = t.db.createQueryRunner();
    await holder.connect();
    try {
      await holder.query(
        `SELECT pg_advisory_lock(hashtextextended('meetings-schedule:' || $1, 0))`,
        [id],
      );
      const busy = await run();
      expectApiError(busy, 409);
      expect(busy.body.code).toBe('run_in_progress');
    } finally {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      await holder.release();
    }
    expect(await grid()).toEqual(before);
  });

  it('publishes: each firm sees its own agenda with slot and table', async () => {
    const early = await t.http.get(`/api/delegations/${id}/agenda.ics`).set(bearer(pkA.token));
    expectApiError(early, 409);
    expect(early.body.code).toBe('not_published');
    expectApiError(
      await t.http.post(`/api/delegations/${id}/schedule/publish`).set(bearer(pkA.token)),
      403,
    );
    await t.http.post(`/api/delegations/${id}/schedule/publish`).set(bearer(staff)).expect(200);
    const agendaA = (
      await t.http.get(`/api/delegations/${id}/schedule`).set(bearer(pkA.token)).expect(200)
    ).body as MeetingRequestResponse[];
    expect(agendaA.map((row) => row.id).sort()).toEqual([m1, m2].sort());
    expect(agendaA.every((row) => row.slot !== null && row.table !== null)).toBe(true);
    expect(agendaA[0].slot?.startsAt.pkt).toMatch(/\+05:00$/);
    const agendaY = (
      await t.http.get(`/api/delegations/${id}/schedule`).set(bearer(azY.token)).expect(200)
    ).body as MeetingRequestResponse[];
    expect(agendaY.map((row) => row.id)).toEqual([m2]);
  });

  it('agendas as files: .ics in the firm’s zone, PDF, and the staff grid as CSV', async () => {
    const icsA = (await download('agenda.ics', pkA.token).expect(200)).body.toString('utf8');
    expect(icsA.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(icsA).toMatch(/DTSTART;TZID=Asia\/Karachi:2030020\dT\d{6}/);
    const icsY = (await download('agenda.ics', azY.token).expect(200)).body.toString('utf8');
    expect(icsY.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(icsY).toContain('TZID=Asia/Baku');
    expectFieldError(
      await t.http.get(`/api/delegations/${id}/agenda.ics`).set(bearer(staff)),
      'companyId',
    );
    await download(`agenda.ics?companyId=${azY.company.id}`, staff).expect(200);
    expectApiError(
      await t.http.get(`/api/delegations/${id}/agenda.ics`).set(bearer(pkOut.token)),
      404,
    );
    expectApiError(await t.http.get(`/api/delegations/${id}/agenda.ics`), 401);

    const pdf = await download('agenda.pdf', pkA.token).expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await pdfText(pdf.body as Buffer);
    expect(text).toContain(azX.company.name);
    expect(text).toContain(azY.company.name);

    const csv = (await download('schedule.csv', staff).expect(200)).body.toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).every((line: string) => /\+05:00,.*\+04:00/.test(line))).toBe(true);
    expectApiError(
      await t.http.get(`/api/delegations/${id}/schedule.csv`).set(bearer(pkA.token)),
      403,
    );
  });

  it('on the day: check-in, held or no-show from each side, outcomes, counted', async () => {
    const checkIn = (token: string, body: Record<string, unknown> = {}) =>
      t.http.post(`/api/delegations/${id}/check-ins`).set(bearer(token)).send(body);
    expect((await checkIn(pkA.token).expect(201)).body.companyId).toBe(pkA.company.id);
    await checkIn(staff, { companyId: azX.company.id }).expect(201);
    expectFieldError(await checkIn(staff, { companyId: pkOut.company.id }), 'companyId');
    expectApiError(await checkIn(pkOut.token), 404);

    const report = (who: Member, requestId: string, value: string) =>
      t.http
        .patch(`/api/delegations/${id}/meeting-requests/${requestId}/report`)
        .set(bearer(who.token))
        .send({ report: value });
    await report(pkA, m1, 'held').expect(200);
    expect((await report(azX, m1, 'held').expect(200)).body).toMatchObject({
      requesterReport: 'held',
      targetReport: 'held',
    });
    expectApiError(await report(azY, m1, 'held'), 404);
    expectFieldError(await report(pkA, m1, 'late'), 'report');
    await report(pkB, m3, 'no_show').expect(200);

    const outcome = (token: string, requestId: string, value: string) =>
      t.http
        .patch(`/api/delegations/${id}/meeting-requests/${requestId}/outcome`)
        .set(bearer(token))
        .send({ outcome: value });
    await outcome(azX.token, m1, 'follow_up').expect(200);
    expectApiError(await outcome(staff, m3, 'follow_up'), 409);
    await outcome(staff, m2, 'agreement_in_view').expect(200);

    expectApiError(
      await t.http.get(`/api/delegations/${id}/meetings/stats`).set(bearer(pkA.token)),
      403,
    );
    expect(
      (await t.http.get(`/api/delegations/${id}/meetings/stats`).set(bearer(staff)).expect(200))
        .body,
    ).toEqual({
      requested: 4,
      accepted: 3,
      scheduled: 3,
      held: 1,
      noShow: 1,
      followUp: 1,
      agreementInView: 1,
      checkedIn: 2,
    });
    // The chamber dashboard counts the same stages across visits (other spec files of the run
    // may add their own requests): requested → held → follow-up (follow-up or agreement in view).
    const dashboard = (await t.http.get('/api/stats').set(bearer(staff)).expect(200)).body as {
      meetingFunnel: Record<string, number>;
    };
    expect(dashboard.meetingFunnel.requested).toBeGreaterThanOrEqual(4);
    expect(dashboard.meetingFunnel.held).toBeGreaterThanOrEqual(1);
    expect(dashboard.meetingFunnel.followUp).toBeGreaterThanOrEqual(2);
    expect(dashboard.meetingFunnel.noShow).toBeGreaterThanOrEqual(1);
    expect(dashboard.meetingFunnel.requested).toBeGreaterThanOrEqual(
      dashboard.meetingFunnel.held + dashboard.meetingFunnel.noShow,
    );
  });

  it('every meetings route and its inputs are in the OpenAPI document', async () => {
    const document = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, unknown> };
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const base = '/api/delegations/{id}';
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/meetings/incoming-delegations',
        `GET ${base}/programme`,
        `PUT ${base}/programme`,
        `POST ${base}/hosts`,
        `GET ${base}/hosts`,
        `GET ${base}/host-candidates`,
        `GET ${base}/unavailability`,
        `PUT ${base}/unavailability`,
        `POST ${base}/meeting-requests`,
        `GET ${base}/meeting-requests`,
        `PATCH ${base}/meeting-requests/{requestId}`,
        `PATCH ${base}/meeting-requests/{requestId}/lock`,
        `PATCH ${base}/meeting-requests/{requestId}/report`,
        `PATCH ${base}/meeting-requests/{requestId}/outcome`,
        `POST ${base}/schedule/run`,
        `POST ${base}/schedule/publish`,
        `GET ${base}/schedule`,
        `GET ${base}/schedule.csv`,
        `GET ${base}/agenda.ics`,
        `GET ${base}/agenda.pdf`,
        `POST ${base}/check-ins`,
        `GET ${base}/meetings/stats`,
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'PutProgrammeDto',
        'SessionDto',
        'BlockDto',
        'CreateMeetingRequestDto',
        'AnswerMeetingRequestDto',
      ]),
    );
  });
});
