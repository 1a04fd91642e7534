import type { MeetingRequestResponse } from '@jcc/contracts';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, next, type ChatClientSocket } from './support/chat-socket';
import { expectApiError } from './support/api-error';
import { bearer, createUserWithRole, createVerifiedMember, type Member } from './support/factories';
import { pdfText } from './support/pdf-text';

type Heard = { event: string; status?: string; requestId?: string };

/**
 * Meetings over real sockets: a request sent or answered reaches its two firms and staff only; a
 * published schedule reaches the participating firms and staff only. Absence is proved by a later
 * marker event the same socket does receive (one server, events to one socket arrive in order),
 * never by waiting. Then the staff's hall grid and table cards as files, Urdu names included.
 */
describe('meetings: live events and the hall files', () => {
  let t: ListeningApp;
  let staff: string;
  let pkA: Member;
  let pkB: Member;
  let azX: Member;
  let azY: Member;
  let azOutsider: Member;
  let id: string;
  const sockets: ChatClientSocket[] = [];
  const heard = new Map<string, Heard[]>();
  const byName = new Map<string, ChatClientSocket>();

  const listen = async (name: string, token: string) => {
    const socket = await connect(t.url, token);
    sockets.push(socket);
    byName.set(name, socket);
    const log: Heard[] = [];
    heard.set(name, log);
    socket.on('meeting:request', (payload) =>
      log.push({ event: 'meeting:request', status: payload.status, requestId: payload.requestId }),
    );
    socket.on('meeting:schedule-published', () =>
      log.push({ event: 'meeting:schedule-published' }),
    );
    return socket;
  };
  const request = async (from: Member, to: Member): Promise<MeetingRequestResponse> =>
    (
      await t.http
        .post(`/api/delegations/${id}/meeting-requests`)
        .set(bearer(from.token))
        .send({ targetCompanyId: to.company.id, note: 'Cotton', priority: 4 })
        .expect(201)
    ).body;
  const answer = (who: Member, requestId: string, decision: 'accept' | 'decline') =>
    t.http
      .patch(`/api/delegations/${id}/meeting-requests/${requestId}`)
      .set(bearer(who.token))
      .send({ decision })
      .expect(200);
  const download = (path: string, token?: string) => {
    const call = t.http.get(`/api/delegations/${id}/${path}`);
    return (token ? call.set(bearer(token)) : call).buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  };

  beforeAll(async () => {
    t = await startListeningApp();
    staff = (await createUserWithRole(t.http, t.db, 'staff')).accessToken;
    [pkA, pkB, azX, azY, azOutsider] = await Promise.all([
      createVerifiedMember(t.http, t.db, 'PK', {
        name: 'کراچی ٹیکسٹائل ملز',
        sectors: ['textiles'],
      }),
      createVerifiedMember(t.http, t.db, 'PK', {
        name: 'Lahore Cotton Works',
        sectors: ['textiles'],
      }),
      createVerifiedMember(t.http, t.db, 'AZ', { name: 'Şəki İpək Ğ MMC', sectors: ['textiles'] }),
      createVerifiedMember(t.http, t.db, 'AZ', { name: 'Gəncə Toxuculuq', sectors: ['textiles'] }),
      createVerifiedMember(t.http, t.db, 'AZ', {
        name: 'Sumqayıt Outsider',
        sectors: ['textiles'],
      }),
    ]);
    id = (
      await t.http
        .post('/api/delegations')
        .set(bearer(staff))
        .send({
          title: 'Textiles to Baku',
          direction: 'PK_TO_AZ',
          hostCity: 'Baku',
          startsOn: '2030-03-04',
          endsOn: '2030-03-05',
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
    await t.http
      .put(`/api/delegations/${id}/programme`)
      .set(bearer(staff))
      .send({
        venue: 'Baku Expo Centre',
        venueMaxTables: 4,
        slotMinutes: 30,
        breakMinutes: 0,
        tables: ['A1', 'A2'],
        sessions: [{ startsAt: '2030-03-04T09:00:00+04:00', endsAt: '2030-03-04T11:00:00+04:00' }],
        quotaPerFirm: 5,
      })
      .expect(200);
    for (const host of [azX, azY]) {
      await t.http
        .post(`/api/delegations/${id}/hosts`)
        .set(bearer(host.token))
        .send({})
        .expect(201);
    }
    await Promise.all([
      listen('pkA', pkA.token),
      listen('pkB', pkB.token),
      listen('azX', azX.token),
      listen('azY', azY.token),
      listen('outsider', azOutsider.token),
      listen('staff', staff),
    ]);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  const socketOf = (name: string): ChatClientSocket => {
    const socket = byName.get(name);
    if (!socket) {
      throw new Error(`no socket for ${name}`);
    }
    return socket;
  };

  it('tells a new request and its answer to the two firms and staff only, after the commit', async () => {
    const sentToX = next(socketOf('azX'), 'meeting:request', (p) => p.status === 'pending');
    const first = await request(pkA, azX);
    const pending = await sentToX;
    expect(pending).toEqual({
      delegationId: id,
      requestId: first.id,
      status: 'pending',
      requesterCompanyId: pkA.company.id,
      targetCompanyId: azX.company.id,
    });

    // The answer: when pkA hears it, the change is already committed and readable.
    const answeredToA = next(socketOf('pkA'), 'meeting:request', (p) => p.status === 'accepted');
    await answer(azX, first.id, 'accept');
    await answeredToA;
    const seen = (
      await t.http.get(`/api/delegations/${id}/meeting-requests`).set(bearer(pkA.token)).expect(200)
    ).body as MeetingRequestResponse[];
    expect(seen.find((row) => row.id === first.id)?.status).toBe('accepted');

    // Marker: pkB asks azY; pkB, azY and staff hear it. Anything about the first request would
    // have reached pkB and azY before it.
    const markers = [socketOf('pkB'), socketOf('azY'), socketOf('staff')].map((socket) =>
      next(socket, 'meeting:request', (p) => p.requesterCompanyId === pkB.company.id),
    );
    const second = await request(pkB, azY);
    await Promise.all(markers);

    expect(heard.get('pkB')).toEqual([
      { event: 'meeting:request', status: 'pending', requestId: second.id },
    ]);
    expect(heard.get('azY')).toEqual([
      { event: 'meeting:request', status: 'pending', requestId: second.id },
    ]);
    expect(heard.get('staff')).toEqual([
      { event: 'meeting:request', status: 'pending', requestId: first.id },
      { event: 'meeting:request', status: 'accepted', requestId: first.id },
      { event: 'meeting:request', status: 'pending', requestId: second.id },
    ]);
    expect(heard.get('pkA')).toEqual([
      { event: 'meeting:request', status: 'pending', requestId: first.id },
      { event: 'meeting:request', status: 'accepted', requestId: first.id },
    ]);
    await answer(azY, second.id, 'accept');

    // The bell (NotificationsService): the requested firm was told of the request, the asking
    // firm of the answer; each row links to the visit's meetings page.
    const bell = async (member: Member) =>
      (
        (await t.http.get('/api/notifications').set(bearer(member.token)).expect(200)).body
          .items as {
          kind: string;
          params: Record<string, unknown>;
          link: string;
        }[]
      ).filter((item) => item.kind.startsWith('meeting.')); // delegation invitations ring it too
    expect(await bell(azX)).toEqual([
      expect.objectContaining({
        kind: 'meeting.request_received',
        link: `/meetings/${id}`,
        params: expect.objectContaining({ requester: pkA.company.name }),
      }),
    ]);
    expect(await bell(pkA)).toEqual([
      expect.objectContaining({
        kind: 'meeting.request_answered',
        params: expect.objectContaining({ status: 'accepted', target: azX.company.name }),
      }),
    ]);
  });

  it('a refused write tells nobody', async () => {
    // A request to a firm of one's own side is refused (400): no event. The marker that follows
    // reaches pkA first, so an event from the refused call would be in pkA's log before it.
    const before = heard.get('pkA')?.length ?? 0;
    await t.http
      .post(`/api/delegations/${id}/meeting-requests`)
      .set(bearer(pkA.token))
      .send({ targetCompanyId: pkB.company.id, priority: 3 })
      .expect(400);
    const marker = next(
      socketOf('pkA'),
      'meeting:request',
      (p) => p.targetCompanyId === azY.company.id,
    );
    const third = await request(pkA, azY);
    await marker;
    expect(heard.get('pkA')?.slice(before)).toEqual([
      { event: 'meeting:request', status: 'pending', requestId: third.id },
    ]);
  });

  it('tells a published schedule to the participating firms and staff, not to others', async () => {
    await t.http.post(`/api/delegations/${id}/schedule/run`).set(bearer(staff)).expect(200);
    const published = ['pkA', 'pkB', 'azX', 'azY', 'staff'].map((name) =>
      next(socketOf(name), 'meeting:schedule-published'),
    );
    await t.http.post(`/api/delegations/${id}/schedule/publish`).set(bearer(staff)).expect(200);
    for (const payload of await Promise.all(published)) {
      expect(payload).toEqual({ delegationId: id, scheduleStatus: 'published' });
    }
    // The outsider (a verified firm of the host country that did not register) hears nothing of
    // this visit. Marker: it registers now, staff publish again, and that one it hears.
    await t.http
      .post(`/api/delegations/${id}/hosts`)
      .set(bearer(azOutsider.token))
      .send({})
      .expect(201);
    const marker = next(socketOf('outsider'), 'meeting:schedule-published');
    await t.http.post(`/api/delegations/${id}/schedule/publish`).set(bearer(staff)).expect(200);
    await marker;
    expect(heard.get('outsider')).toEqual([{ event: 'meeting:schedule-published' }]);
    const kinds = (
      await t.http.get('/api/notifications').set(bearer(pkB.token)).expect(200)
    ).body.items.map((item: { kind: string }) => item.kind);
    expect(kinds.filter((kind: string) => kind === 'meeting.schedule_published')).toHaveLength(2);
  });

  it('gives staff the hall grid and table cards as PDFs, Azerbaijani and Urdu names included', async () => {
    const grid = await download('grid.pdf', staff).expect(200);
    expect(grid.headers['content-type']).toBe('application/pdf');
    expect(grid.headers['content-disposition']).toMatch(
      /attachment; filename="meeting-grid-.*\.pdf"/,
    );
    const gridText = (await pdfText(grid.body as Buffer)).text;
    expect(gridText).toContain('Şəki İpək Ğ MMC');
    expect(gridText).toContain('Gəncə Toxuculuq');
    expect(gridText).toContain('Lahore Cotton Works');
    expect(gridText).toContain('AZT');
    expect(gridText).toContain('PKT');
    // Urdu goes through fontkit's Arabic shaping with Noto Naskh Arabic: joined letter forms,
    // which pdf.js maps back to the Urdu letters (ٹ and ک are not in DejaVu's Latin fonts).
    expect(gridText).toMatch(/ٹ/);
    expect(gridText).toMatch(/ک/);
    expect((grid.body as Buffer).toString('latin1')).toMatch(/NotoNaskhArabic/);

    const cards = await download('table-cards.pdf', staff).expect(200);
    const { pages, text } = await pdfText(cards.body as Buffer);
    expect(pages).toBe(2); // one card per table: A1 and A2
    expect(text).toContain('A1');
    expect(text).toContain('A2');
    expect(text).toContain('Gəncə Toxuculuq');
  });

  it('keeps the hall files to staff', async () => {
    for (const path of ['grid.pdf', 'table-cards.pdf']) {
      expectApiError(await t.http.get(`/api/delegations/${id}/${path}`), 401);
      expectApiError(
        await t.http.get(`/api/delegations/${id}/${path}`).set(bearer(pkA.token)),
        403,
      );
      expectApiError(
        await t.http.get(`/api/delegations/${id}/${path}`).set(bearer(azX.token)),
        403,
      );
      // A firm with no part in the visit: refused by role before anything about the visit is read.
      const stranger = await createVerifiedMember(t.http, t.db, 'PK');
      expectApiError(
        await t.http.get(`/api/delegations/${id}/${path}`).set(bearer(stranger.token)),
        403,
      );
    }
  });
});
