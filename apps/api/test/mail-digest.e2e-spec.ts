import { randomUUID } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { withDatabase } from '../src/database/scratch-database';
import { MessageDigestJob } from '../src/modules/chat/digests/message-digest.job';
import { LastSeenRecorder } from '../src/modules/chat/realtime/last-seen-recorder';
import { DevMailCatcher, type CaughtMail } from '../src/modules/mail/dev-mail-catcher';
import { MailOutboxWorker } from '../src/modules/mail/mail-outbox.worker';
import { addColleague, createConnectedFirms, type ConnectedFirms } from './support/chat-fixtures';
import { connect, eventually, type ChatClientSocket } from './support/chat-socket';
import { bearer, type Member } from './support/factories';
import {
  startIsolatedListeningApp,
  type IsolatedListeningApp,
} from './support/isolated-listening-app';
import { createTestApp, type TestApp } from './support/test-app';

const MINUTE = 60_000;

describe('unread-messages digest: offline firms, one per conversation an hour, two processes', () => {
  let a: IsolatedListeningApp;
  /** A second API process on the same database. */
  let b: TestApp;
  let jobA: MessageDigestJob;
  let jobB: MessageDigestJob;
  let catcher: DevMailCatcher;
  let worker: MailOutboxWorker;
  const sockets: ChatClientSocket[] = [];

  /** Digest mails caught for an address, oldest first (told apart by their outbox rows). */
  const digestsTo = async (address: string): Promise<CaughtMail[]> => {
    await worker.drain();
    const rows = await a.db.query<{ message_id: string }[]>(
      `SELECT message_id FROM mail_outbox WHERE template = 'unread-messages' AND to_address = $1`,
      [address],
    );
    const digestIds = new Set(rows.map((row) => row.message_id));
    return catcher
      .list()
      .filter((mail) => mail.to.includes(address) && digestIds.has(mail.messageId))
      .reverse();
  };
  const say = (from: Member, conversationId: string, body: string) =>
    a.http
      .post(`/api/conversations/${conversationId}/messages`)
      .set(bearer(from.token))
      .send({ clientId: randomUUID(), body })
      .expect(201);
  const setLocale = (member: Member, locale: string) =>
    a.http.patch('/api/auth/me').set(bearer(member.token)).send({ locale }).expect(200);
  /** The presence writes of app A's sockets, awaited by goOnline (the marker). */
  const touches: Promise<void>[] = [];
  /** Connects a socket and waits for its user's presence to be written. */
  const goOnline = async (member: Member): Promise<void> => {
    const before = touches.length;
    sockets.push(await connect(a.url, member.token));
    await eventually(() => touches.length > before, 5000, 'the presence write');
    await touches[before];
  };
  const pair = async (): Promise<ConnectedFirms> => createConnectedFirms(a.http, a.db);

  beforeAll(async () => {
    // A database of its own: a sweep looks at every conversation, a drain sends every mail.
    a = await startIsolatedListeningApp({ env: { APP_URL: 'https://b2b.example.test' } });
    const shared = process.env.TEST_DATABASE_URL as string;
    process.env.TEST_DATABASE_URL = withDatabase(shared, a.databaseName);
    try {
      b = await createTestApp({ APP_URL: 'https://b2b.example.test' });
    } finally {
      process.env.TEST_DATABASE_URL = shared;
    }
    jobA = a.app.get(MessageDigestJob);
    jobB = b.app.get(MessageDigestJob);
    catcher = a.app.get(DevMailCatcher);
    worker = a.app.get(MailOutboxWorker);
    const recorder = a.app.get(LastSeenRecorder);
    const connected = recorder.connected.bind(recorder);
    jest.spyOn(recorder, 'connected').mockImplementation((userId: string) => {
      const written = connected(userId);
      touches.push(written);
      return written;
    });
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await b?.close();
    await a?.close();
  });

  it('mails an offline firm one digest in its language, then at most one an hour', async () => {
    const { pk, az, conversation } = await pair();
    await setLocale(az, 'az');
    await say(pk, conversation.id, 'Salam! Shall we talk about cotton?');
    await say(pk, conversation.id, 'We can ship in March.');
    const t0 = Date.now() + 16 * MINUTE;

    await jobA.sweep(new Date(t0));
    const [mail, ...more] = await digestsTo(az.auth.user.email);
    expect(more).toHaveLength(0);
    expect(mail.subject).toBe(`${pk.company.name} şirkətindən oxunmamış mesajlar`);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.html).toContain('lang="az"');
    expect(parsed.text).toContain(`2 oxunmamış mesajınız var`);
    expect(parsed.text).toContain(`https://b2b.example.test/messages/${conversation.id}`);
    expect(parsed.text).toContain('https://b2b.example.test/unsubscribe?token=');
    // The writing firm has nothing unread: no digest for it.
    expect(await digestsTo(pk.auth.user.email)).toHaveLength(0);

    // Nothing new: the next sweep tells of nothing again.
    await jobA.sweep(new Date(t0 + 5 * MINUTE));
    // A new message within the hour waits for the hour to pass…
    await say(pk, conversation.id, 'And the price list?');
    await jobA.sweep(new Date(t0 + 30 * MINUTE));
    expect(await digestsTo(az.auth.user.email)).toHaveLength(1);
    // …then comes in one more digest.
    await jobA.sweep(new Date(t0 + 61 * MINUTE));
    const after = await digestsTo(az.auth.user.email);
    expect(after).toHaveLength(2);
    expect(after[1].text).toContain('3 oxunmamış mesajınız var');
    // Hours later, with no new message, nothing more.
    await jobA.sweep(new Date(t0 + 180 * MINUTE));
    expect(await digestsTo(az.auth.user.email)).toHaveLength(2);
  });

  it('sends none when the firm is online (any colleague) or has read; others still get theirs', async () => {
    const online = await pair();
    const read = await pair();
    const control = await pair();
    const colleague = await addColleague(a.http, a.db, online.az);
    await goOnline(colleague);
    await say(online.pk, online.conversation.id, 'Are you there?');
    const message = await say(read.pk, read.conversation.id, 'Read me');
    await a.http
      .post(`/api/conversations/${read.conversation.id}/read`)
      .set(bearer(read.az.token))
      .send({ seq: message.body.seq })
      .expect(200);
    await say(control.pk, control.conversation.id, 'Nobody is reading this');

    // "Now": the colleague's socket is connected, the others have been away forever.
    await jobA.sweep(new Date());
    // The marker that the sweep ran: the control firm's digest.
    expect(await digestsTo(control.az.auth.user.email)).toHaveLength(1);
    expect(await digestsTo(online.az.auth.user.email)).toHaveLength(0);
    expect(await digestsTo(colleague.auth.user.email)).toHaveLength(0);
    expect(await digestsTo(read.az.auth.user.email)).toHaveLength(0);
  });

  it('respects the preferences: "messages" turned off means no digest', async () => {
    const quiet = await pair();
    const control = await pair();
    await a.http
      .patch('/api/me/notification-preferences')
      .set(bearer(quiet.az.token))
      .send({ preferences: [{ category: 'messages', mail: false }] })
      .expect(200);
    await say(quiet.pk, quiet.conversation.id, 'Hello?');
    await say(control.pk, control.conversation.id, 'Hello!');
    await jobA.sweep(new Date(Date.now() + 16 * MINUTE));
    expect(await digestsTo(control.az.auth.user.email)).toHaveLength(1);
    expect(await digestsTo(quiet.az.auth.user.email)).toHaveLength(0);
  });

  it('two processes sweeping at once send each digest once', async () => {
    const pairs = await Promise.all(Array.from({ length: 6 }, () => pair()));
    for (const { pk, conversation } of pairs) {
      await say(pk, conversation.id, 'Both processes will see this');
    }
    const at = new Date(Date.now() + 20 * MINUTE);
    const [sentA, sentB] = await Promise.all([jobA.sweep(at), jobB.sweep(at)]);
    expect(sentA + sentB).toBe(pairs.length);
    for (const { az, conversation } of pairs) {
      const rows = await a.db.query<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM mail_outbox
         WHERE template = 'unread-messages' AND to_address = $1 AND params->>'conversationId' = $2`,
        [az.auth.user.email, conversation.id],
      );
      expect(rows[0].count).toBe(1);
    }
    // And once more, both again: nothing new to tell.
    const again = await Promise.all([jobA.sweep(at), jobB.sweep(at)]);
    expect(again[0] + again[1]).toBe(0);
  });
});
