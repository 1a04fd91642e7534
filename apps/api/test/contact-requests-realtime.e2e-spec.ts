import type { ContactRequestChangedEvent, ContactRequestResponse } from '@jcc/contracts';
import { addColleague, requestContact } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, next, type ChatClientSocket } from './support/chat-socket';
import { bearer, createVerifiedMember, type Member } from './support/factories';

type Heard = Pick<ContactRequestChangedEvent, 'requestId' | 'status'>;

/**
 * `contact-request:changed` over real sockets (issue 16, finding 3: the menu's count of requests
 * to answer updates live). A new request reaches every member of the addressed firm, an answer
 * every member of both firms, each only after the commit; nobody else hears of it. Absence is
 * proved by a later event the same socket does receive (one server: events to one socket arrive
 * in order), never by waiting.
 */
describe('contact requests: live changes to the firms concerned', () => {
  let t: ListeningApp;
  let pk: Member;
  let pkColleague: Member;
  let az: Member;
  let azColleague: Member;
  let outsider: Member;
  let fourth: Member;
  const sockets = new Map<string, ChatClientSocket>();
  const heard = new Map<string, Heard[]>();

  const listen = async (name: string, member: Member) => {
    const socket = await connect(t.url, member.token);
    sockets.set(name, socket);
    const log: Heard[] = [];
    heard.set(name, log);
    socket.on('contact-request:changed', ({ requestId, status }) => log.push({ requestId, status }));
  };
  const socketOf = (name: string): ChatClientSocket => {
    const socket = sockets.get(name);
    if (!socket) {
      throw new Error(`no socket for ${name}`);
    }
    return socket;
  };
  const inbox = async (member: Member) =>
    (await t.http.get('/api/contact-requests?box=in').set(bearer(member.token)).expect(200)).body
      .items as ContactRequestResponse[];

  beforeAll(async () => {
    t = await startListeningApp();
    [pk, az, outsider, fourth] = await Promise.all([
      createVerifiedMember(t.http, t.db, 'PK', { name: 'Sialkot Surgical Works' }),
      createVerifiedMember(t.http, t.db, 'AZ', { name: 'Gəncə Tibb MMC' }),
      createVerifiedMember(t.http, t.db, 'AZ', { name: 'Sumqayıt Outsider' }),
      createVerifiedMember(t.http, t.db, 'PK', { name: 'Lahore Fourth Firm' }),
    ]);
    pkColleague = await addColleague(t.http, t.db, pk);
    azColleague = await addColleague(t.http, t.db, az);
    await Promise.all([
      listen('pk', pk),
      listen('pkColleague', pkColleague),
      listen('az', az),
      listen('azColleague', azColleague),
      listen('outsider', outsider),
      listen('fourth', fourth),
    ]);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it('a new request reaches the addressed firm, its answer both firms, nobody else', async () => {
    // Sent: every member of the addressed firm hears it, and by then it is committed.
    const toAz = ['az', 'azColleague'].map((name) =>
      next(socketOf(name), 'contact-request:changed', (p) => p.status === 'pending'),
    );
    const request = await requestContact(t.http, pk, az, 'Forceps for Gəncə?');
    const [first] = await Promise.all(toAz);
    expect(first).toEqual({
      requestId: request.id,
      fromCompanyId: pk.company.id,
      toCompanyId: az.company.id,
      status: 'pending',
    });
    expect((await inbox(azColleague)).map((item) => item.id)).toEqual([request.id]);

    // Accepted: both firms' members hear it (the sender's as marker: it heard no `pending`).
    const toBoth = ['pk', 'pkColleague', 'az', 'azColleague'].map((name) =>
      next(socketOf(name), 'contact-request:changed', (p) => p.status === 'accepted'),
    );
    await t.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(azColleague.token))
      .expect(200);
    await Promise.all(toBoth);

    // Marker for the two other firms: the fourth asks the outsider, who declines. Had either
    // heard anything about pk and az, it would have arrived before these.
    const toOutsider = next(socketOf('outsider'), 'contact-request:changed');
    const other = await requestContact(t.http, fourth, outsider);
    await toOutsider;
    const declined = ['outsider', 'fourth'].map((name) =>
      next(socketOf(name), 'contact-request:changed', (p) => p.status === 'declined'),
    );
    await t.http
      .post(`/api/contact-requests/${other.id}/decline`)
      .set(bearer(outsider.token))
      .expect(200);
    await Promise.all(declined);

    const pair = [
      { requestId: request.id, status: 'pending' },
      { requestId: request.id, status: 'accepted' },
    ];
    expect(heard.get('az')).toEqual(pair);
    expect(heard.get('azColleague')).toEqual(pair);
    expect(heard.get('pk')).toEqual([{ requestId: request.id, status: 'accepted' }]);
    expect(heard.get('pkColleague')).toEqual([{ requestId: request.id, status: 'accepted' }]);
    expect(heard.get('outsider')).toEqual([
      { requestId: other.id, status: 'pending' },
      { requestId: other.id, status: 'declined' },
    ]);
    expect(heard.get('fourth')).toEqual([{ requestId: other.id, status: 'declined' }]);
  });

  it('a refused request or answer tells nobody', async () => {
    // A second request between connected firms is refused (409), and so is a second answer to
    // an answered request: neither is announced.
    await t.http
      .post('/api/contact-requests')
      .set(bearer(az.token))
      .send({ toCompanyId: pk.company.id, message: 'again' })
      .expect(409);
    const [answered] = (heard.get('az') ?? []).filter((entry) => entry.status === 'accepted');
    await t.http
      .post(`/api/contact-requests/${answered.requestId}/decline`)
      .set(bearer(az.token))
      .expect(409);
    const before = new Map([...heard].map(([name, log]) => [name, log.length]));
    // Markers: the outsider asks pk, the fourth firm asks az.
    const toPk = ['pk', 'pkColleague'].map((name) =>
      next(socketOf(name), 'contact-request:changed', (p) => p.status === 'pending'),
    );
    const toAz = ['az', 'azColleague'].map((name) =>
      next(socketOf(name), 'contact-request:changed', (p) => p.status === 'pending'),
    );
    const third = await requestContact(t.http, outsider, pk);
    const fourthToAz = await requestContact(t.http, fourth, az);
    await Promise.all([...toPk, ...toAz]);
    for (const [names, id] of [
      [['pk', 'pkColleague'], third.id],
      [['az', 'azColleague'], fourthToAz.id],
    ] as const) {
      for (const name of names) {
        expect(heard.get(name)?.slice(before.get(name))).toEqual([
          { requestId: id, status: 'pending' },
        ]);
      }
    }
  });
});
