import { randomUUID } from 'node:crypto';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { NotificationItem, NotificationNewEvent } from '@jcc/contracts';
import { NotificationSockets } from '../src/modules/notifications/notification-sockets';
import { NotificationsService } from '../src/modules/notifications/notifications.service';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { addColleague } from './support/chat-fixtures';
import { connect, next, type ChatClientSocket } from './support/chat-socket';
import { bearer, createUserWithRole, createVerifiedMember, type Member } from './support/factories';

/**
 * The bell: rows written in the caller's transaction, `notification:new` only after it commits
 * and only to the recipients' sockets, and each account reads and marks only its own.
 */
describe('notifications', () => {
  let t: ListeningApp;
  let service: NotificationsService;
  let txHost: TransactionHost;
  let pk: Member;
  let pkColleague: Member;
  let az: Member;
  const sockets: ChatClientSocket[] = [];

  beforeAll(async () => {
    t = await startListeningApp();
    service = t.app.get(NotificationsService);
    txHost = t.app.get(TransactionHost);
    pk = await createVerifiedMember(t.http, t.db, 'PK');
    pkColleague = await addColleague(t.http, t.db, pk);
    az = await createVerifiedMember(t.http, t.db, 'AZ');
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t?.close());

  async function open(member: Member): Promise<ChatClientSocket> {
    const socket = await connect(t.url, member.token);
    sockets.push(socket);
    return socket;
  }

  const unread = async (member: Member) =>
    (
      (await t.http.get('/api/notifications/unread-count').set(bearer(member.token)).expect(200))
        .body as { unread: number }
    ).unread;

  it('a firm recipient reaches every account of that firm, live and in the list; no one else', async () => {
    const [pkSocket, colleagueSocket, azSocket] = await Promise.all([
      open(pk),
      open(pkColleague),
      open(az),
    ]);
    const azHeard: NotificationNewEvent[] = [];
    azSocket.on('notification:new', (event) => azHeard.push(event));
    const before = await unread(az);
    const live = Promise.all([
      next(pkSocket, 'notification:new'),
      next(colleagueSocket, 'notification:new'),
    ]);

    await service.notify({
      recipients: [{ companyId: pk.company.id }],
      kind: 'contact_request.received',
      params: { fromCompanyName: 'Baku Trade' },
      link: '/app/requests',
    });

    const [forOwner, forColleague] = await live;
    expect(forOwner.notification).toMatchObject({
      kind: 'contact_request.received',
      params: { fromCompanyName: 'Baku Trade' },
      link: '/app/requests',
      readAt: null,
    });
    expect(forColleague.notification.id).not.toBe(forOwner.notification.id);
    expect(await unread(pk)).toBeGreaterThanOrEqual(1);
    expect(await unread(az)).toBe(before);
    // The other firm's socket heard nothing; a round trip on it proves the emits had their chance.
    await t.http.get('/api/notifications/unread-count').set(bearer(az.token)).expect(200);
    expect(azHeard).toEqual([]);
  });

  it('is delivered only after the transaction commits, and never when it rolls back', async () => {
    const delivered: string[] = [];
    const sockets = t.app.get(NotificationSockets);
    const original = sockets.deliver.bind(sockets);
    const spy = jest.spyOn(sockets, 'deliver').mockImplementation((userId, event) => {
      delivered.push(userId);
      original(userId, event);
    });
    try {
      await txHost.withTransaction(async () => {
        await service.notify({
          recipients: [{ userId: az.auth.user.id }],
          kind: 'verification.verified',
        });
        // Written, but not told: the caller's transaction is still open.
        expect(delivered).toEqual([]);
      });
      expect(delivered).toEqual([az.auth.user.id]);

      delivered.length = 0;
      const before = await unread(az);
      await expect(
        txHost.withTransaction(async () => {
          await service.notify({
            recipients: [{ userId: az.auth.user.id }],
            kind: 'verification.verified',
          });
          throw new Error('the caller changed its mind');
        }),
      ).rejects.toThrow('the caller changed its mind');
      expect(delivered).toEqual([]);
      expect(await unread(az)).toBe(before);
    } finally {
      spy.mockRestore();
    }
  });

  it('lists newest first in keyset pages, marks one and all read', async () => {
    const member = await createVerifiedMember(t.http, t.db, 'AZ');
    for (let i = 0; i < 3; i += 1) {
      await service.notify({
        recipients: [{ userId: member.auth.user.id }],
        kind: 'delegation.status_changed',
        params: { n: i },
      });
    }
    const first = await t.http
      .get('/api/notifications?limit=2')
      .set(bearer(member.token))
      .expect(200);
    const page1 = first.body as { items: NotificationItem[]; nextCursor: string | null };
    expect(page1.items.map((item) => item.params.n)).toEqual([2, 1]);
    const second = await t.http
      .get(`/api/notifications?limit=2&cursor=${page1.nextCursor}`)
      .set(bearer(member.token))
      .expect(200);
    expect(
      (second.body as { items: NotificationItem[]; nextCursor: null }).items.map((i) => i.params.n),
    ).toEqual([0]);
    expect(second.body.nextCursor).toBeNull();

    const marked = await t.http
      .post(`/api/notifications/${page1.items[0].id}/read`)
      .set(bearer(member.token))
      .expect(200);
    expect(marked.body).toEqual({ unread: 2 });
    expect(
      (await t.http.post('/api/notifications/read-all').set(bearer(member.token)).expect(200)).body,
    ).toEqual({ unread: 0 });
  });

  it('refuses someone else’s notification as not found, forged cursors as 400, anonymous as 401', async () => {
    const member = await createVerifiedMember(t.http, t.db, 'PK');
    await service.notify({
      recipients: [{ userId: member.auth.user.id }],
      kind: 'verification.verified',
    });
    const [mine] = (
      (await t.http.get('/api/notifications').set(bearer(member.token)).expect(200)).body as {
        items: NotificationItem[];
      }
    ).items;
    const staff = await createUserWithRole(t.http, t.db, 'staff');
    for (const stranger of [az.token, staff.accessToken]) {
      const answer = await t.http
        .post(`/api/notifications/${mine.id}/read`)
        .set(bearer(stranger))
        .expect(404);
      expect(answer.body.code).toBe('not_found');
    }
    await t.http
      .post(`/api/notifications/${randomUUID()}/read`)
      .set(bearer(member.token))
      .expect(404);
    await t.http.post('/api/notifications/not-a-uuid/read').set(bearer(member.token)).expect(400);
    await t.http.get('/api/notifications?cursor=Zm9yZ2Vk').set(bearer(member.token)).expect(400);
    await t.http.get('/api/notifications?limit=1000').set(bearer(member.token)).expect(400);
    await t.http.get('/api/notifications').expect(401);
    await t.http.get('/api/notifications/unread-count').expect(401);
    await t.http.post('/api/notifications/read-all').expect(401);
    expect(await unread(member)).toBe(1);
  });
});
