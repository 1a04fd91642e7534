import { JwtService } from '@nestjs/jwt';
import { createConnectedFirms, createFirms } from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { connect, next, refusalOf, sendOk, type ChatClientSocket } from './support/chat-socket';
import { bearer, type Member } from './support/factories';
import { TEST_JWT_SECRET } from './support/test-app';

const ALLOWED_ORIGIN = 'https://chamber.example';

describe('chat: socket handshake and session', () => {
  let t: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  beforeAll(async () => {
    t = await startListeningApp({ allowedOrigins: [ALLOWED_ORIGIN] });
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t.close());

  const open = async (member: Member | string, options = {}) => {
    const socket = await connect(
      t.url,
      typeof member === 'string' ? member : member.token,
      options,
    );
    sockets.push(socket);
    return socket;
  };
  /** The claims of a real access token, without its iat and exp. */
  const claimsOf = (token: string) => {
    const { sub, role, fam } = JSON.parse(
      Buffer.from(token.split('.')[1], 'base64url').toString(),
    ) as {
      sub: string;
      role: string;
      fam: string;
    };
    return { sub, role, fam };
  };

  it('refuses no token, a malformed or forged one, another algorithm, and an expired one', async () => {
    const { pk } = await createFirms(t.http, t.db);
    const claims = claimsOf(pk.token);
    const now = Math.floor(Date.now() / 1000);
    const forged = new JwtService({ secret: 'another-secret-that-is-long-enough-to-sign' }).sign(
      claims,
    );
    const hs512 = new JwtService({ secret: TEST_JWT_SECRET }).sign(claims, {
      algorithm: 'HS512',
    });
    const expired = new JwtService({ secret: TEST_JWT_SECRET }).sign({ ...claims, exp: now - 5 });
    const noExpiry = new JwtService({ secret: TEST_JWT_SECRET }).sign(claims);
    for (const token of [undefined, '', 'garbage', forged, hs512, noExpiry]) {
      expect(await refusalOf(t.url, token)).toMatchObject({
        message: 'unauthorized',
        data: { code: 'unauthorized' },
      });
    }
    expect(await refusalOf(t.url, expired)).toMatchObject({
      message: 'unauthorized',
      data: { code: 'token_expired' },
    });
    expect(await refusalOf(t.url, undefined, { auth: { token: 42 } })).toMatchObject({
      message: 'unauthorized',
    });
  });

  it('refuses the token of a login that was signed out', async () => {
    const { pk } = await createFirms(t.http, t.db);
    await t.http
      .post('/api/auth/logout')
      .set(bearer(pk.token))
      .send({ refreshToken: pk.auth.refreshToken })
      .expect(204);
    expect(await refusalOf(t.url, pk.token)).toMatchObject({ message: 'unauthorized' });
  });

  it('refuses an Origin outside the allowlist; accepts the allowed one, the own one, and none', async () => {
    const { pk } = await createFirms(t.http, t.db);
    const withOrigin = (origin: string) => ({ extraHeaders: { origin } });
    expect(await refusalOf(t.url, pk.token, withOrigin('https://evil.example'))).toMatchObject({
      message: 'unauthorized',
      data: { code: 'origin_not_allowed' },
    });
    await open(pk, withOrigin(ALLOWED_ORIGIN));
    await open(pk, withOrigin(t.url));
    await open(pk);
  });

  it('works over HTTP long-polling too', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const polling = await open(pk, {
      transports: ['polling'],
      extraHeaders: { origin: ALLOWED_ORIGIN },
    });
    const receiver = await open(az);
    const incoming = next(receiver, 'message:new');
    await sendOk(polling, conversation.id, 'over polling');
    expect((await incoming).message.body).toBe('over polling');
  });

  it('tells a socket whose token expires and disconnects it; a fresh token connects again', async () => {
    const { pk } = await createFirms(t.http, t.db);
    const claims = claimsOf(pk.token);
    const shortLived = new JwtService({ secret: TEST_JWT_SECRET }).sign({
      ...claims,
      exp: Math.floor(Date.now() / 1000) + 2,
    });
    const socket = await open(shortLived);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect(await next(socket, 'session:expired', () => true, 5000)).toEqual({
      code: 'token_expired',
    });
    expect(await disconnected).toBe('io server disconnect');
    await open(pk);
  });
});
