import { randomUUID } from 'node:crypto';
import type { AuthResponse, SessionRevokedEvent } from '@jcc/contracts';
import { createClient } from 'redis';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { createConnectedFirms, type ConnectedFirms } from './support/chat-fixtures';
import { connect, next, refusalOf, sendOk, type ChatClientSocket } from './support/chat-socket';
import { bearer, PASSWORD } from './support/factories';

const REDIS_URL = process.env.REDIS_URL;

/** Resolves with the reason once the server revoked the session and the socket is disconnected. */
function revoked(socket: ChatClientSocket): Promise<{ reason: string; disconnect: string }> {
  // No timer of its own: a socket that is never disconnected fails the test at jest's timeout.
  return new Promise((resolve) => {
    let reason: string | null = null;
    socket.once('session:revoked', (event: SessionRevokedEvent) => {
      reason = event.reason;
    });
    socket.once('disconnect', (disconnect) => {
      resolve({ reason: reason ?? '(no session:revoked event)', disconnect });
    });
  });
}

async function signInAgain(app: ListeningApp, email: string): Promise<AuthResponse> {
  const response = await app.http
    .post('/api/auth/login')
    .send({ email, password: PASSWORD })
    .expect(200);
  return response.body as AuthResponse;
}

describe('sockets obey the session', () => {
  let app: ListeningApp;
  let firms: ConnectedFirms;
  const sockets: ChatClientSocket[] = [];

  beforeAll(async () => {
    app = await startListeningApp();
    firms = await createConnectedFirms(app.http, app.db);
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(async () => {
    await app?.close();
  });

  const open = async (token: string) => {
    const socket = await connect(app.url, token);
    sockets.push(socket);
    return socket;
  };

  it('logout disconnects that login’s sockets with a reason; its token no longer connects or sends', async () => {
    const login = await signInAgain(app, firms.pk.auth.user.email);
    const socket = await open(login.accessToken);
    // Another login of the same user (another device) is not signed out.
    const otherDevice = await open(firms.pk.token);
    await sendOk(socket, firms.conversation.id, 'before logout');
    const ended = revoked(socket);
    await app.http
      .post('/api/auth/logout')
      .set(bearer(login.accessToken))
      .send({ refreshToken: login.refreshToken })
      .expect(204);
    expect(await ended).toEqual({ reason: 'logout', disconnect: 'io server disconnect' });
    expect(socket.connected).toBe(false);
    const refusal = await refusalOf(app.url, login.accessToken);
    expect(refusal.data?.code).toBe('unauthorized');
    expect(otherDevice.connected).toBe(true);
    await sendOk(otherDevice, firms.conversation.id, 'the other device still sends');
  });

  it('a reused refresh token revokes the login and disconnects its sockets', async () => {
    const login = await signInAgain(app, firms.az.auth.user.email);
    const socket = await open(login.accessToken);
    const ended = revoked(socket);
    await app.http.post('/api/auth/refresh').send({ refreshToken: login.refreshToken }).expect(200);
    const reuse = await app.http
      .post('/api/auth/refresh')
      .send({ refreshToken: login.refreshToken });
    expect(reuse.status).toBe(401);
    expect(await ended).toEqual({ reason: 'login_revoked', disconnect: 'io server disconnect' });
  });
});

if (!REDIS_URL) {
  process.stdout.write(
    '\nsession-sockets: REDIS_URL is not set, so the two-process revocation test is skipped ' +
      '(CI sets it; locally: REDIS_URL=redis://127.0.0.1:6379)\n',
  );
}

(REDIS_URL ? describe : describe.skip)('sockets obey the session across two processes', () => {
  let one: ListeningApp;
  let two: ListeningApp;
  const sockets: ChatClientSocket[] = [];
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

  it('logout through one process disconnects the socket held by the other', async () => {
    const { pk, conversation } = await createConnectedFirms(one.http, one.db);
    const socket = await connect(two.url, pk.token);
    sockets.push(socket);
    // The second process reads the stream from its start: wait until a broadcast crosses.
    const colleague = await connect(one.url, pk.token);
    sockets.push(colleague);
    let crossed = false;
    for (let attempt = 0; attempt < 20 && !crossed; attempt += 1) {
      const incoming = next(socket, 'message:new', () => true, 250);
      await sendOk(colleague, conversation.id, `warm-up ${attempt}`);
      crossed = await incoming.then(
        () => true,
        () => false,
      );
    }
    expect(crossed).toBe(true);
    const ended = revoked(socket);
    await one.http
      .post('/api/auth/logout')
      .set(bearer(pk.token))
      .send({ refreshToken: pk.auth.refreshToken })
      .expect(204);
    expect(await ended).toEqual({ reason: 'logout', disconnect: 'io server disconnect' });
  });
});
