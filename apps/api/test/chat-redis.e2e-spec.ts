import { randomUUID } from 'node:crypto';
import type { ConversationResponse } from '@jcc/contracts';
import { createClient } from 'redis';
import { createConnectedFirms, createFirms, requestContact } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, next, sendOk, type ChatClientSocket } from './support/chat-socket';
import { bearer } from './support/factories';

const REDIS_URL = process.env.REDIS_URL;

if (!REDIS_URL) {
  process.stdout.write(
    '\nchat-redis: REDIS_URL is not set, so the two-process test is skipped ' +
      '(CI sets it; locally: REDIS_URL=redis://127.0.0.1:6379)\n',
  );
}

(REDIS_URL ? describe : describe.skip)('chat: two API processes sharing Redis', () => {
  let one: ListeningApp;
  let two: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  // A prefix of their own, so parallel runs on the same Redis do not hear each other.
  const prefix = `jcc-test-${randomUUID()}`;
  beforeAll(async () => {
    const env = { REDIS_URL: REDIS_URL ?? '', REDIS_KEY_PREFIX: prefix };
    [one, two] = await Promise.all([startListeningApp({ env }), startListeningApp({ env })]);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    await redis.del(`${prefix}:socket.io`);
    await redis.close();
  });

  const open = async (app: ListeningApp, token: string) => {
    const socket = await connect(app.url, token);
    sockets.push(socket);
    return socket;
  };

  it('a message sent through one process reaches a client of the other, both ways', async () => {
    const { pk, az, conversation } = await createConnectedFirms(one.http, one.db);
    const pkOnOne = await open(one, pk.token);
    const azOnTwo = await open(two, az.token);
    // The second process may still be starting to read the stream: retry the first message.
    let delivered = false;
    for (let attempt = 0; attempt < 20 && !delivered; attempt += 1) {
      const incoming = next(azOnTwo, 'message:new', () => true, 250);
      await sendOk(pkOnOne, conversation.id, `from one, attempt ${attempt}`);
      delivered = await incoming.then(
        () => true,
        () => false,
      );
    }
    expect(delivered).toBe(true);
    const back = next(pkOnOne, 'message:new', (event) => event.message.body === 'from two');
    await sendOk(azOnTwo, conversation.id, 'from two');
    expect((await back).message.senderCompanyId).toBe(az.company.id);
  });

  it('an accept on one process puts the other process’s sockets into the new room', async () => {
    const { pk, az } = await createFirms(one.http, one.db);
    const pkOnTwo = await open(two, pk.token);
    const azOnOne = await open(one, az.token);
    const request = await requestContact(one.http, pk, az);
    const told = next(pkOnTwo, 'conversation:new');
    const accepted = await one.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(az.token))
      .expect(200);
    const conversation = accepted.body.conversation as ConversationResponse;
    expect((await told).conversation.id).toBe(conversation.id);
    const incoming = next(pkOnTwo, 'message:new');
    await sendOk(azOnOne, conversation.id, 'across processes');
    expect((await incoming).message.body).toBe('across processes');
  });

  it('a REST send on one process reaches sockets on the other', async () => {
    const { pk, az, conversation } = await createConnectedFirms(two.http, two.db);
    await open(one, pk.token);
    const azOnOne = await open(one, az.token);
    const incoming = next(azOnOne, 'message:new');
    await two.http
      .post(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(pk.token))
      .send({ clientId: randomUUID(), body: 'over REST' })
      .expect(201);
    expect((await incoming).message.body).toBe('over REST');
  });
});
