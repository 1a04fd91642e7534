import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import { createConnectedFirms } from './support/chat-fixtures';
import { bearer, companyInput, PASSWORD, registerUser, uniqueEmail } from './support/factories';
import { createTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env.REDIS_URL;

describe('limits in one process', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3', WRITES_PER_MINUTE: '1000' });
  });
  afterAll(() => t?.close());

  it('counts only failed sign-ins per address: 6 colleagues behind one IP all get in', async () => {
    const colleagues = await Promise.all(
      Array.from({ length: 6 }, () => registerUser(t.http, { email: uniqueEmail('colleague') })),
    );
    for (const colleague of colleagues) {
      await t.http
        .post('/api/auth/login')
        .send({ email: colleague.user.email, password: PASSWORD })
        .expect(200);
    }
  });

  it('behind a proxy without TRUST_PROXY every client shares the proxy’s counter', async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', `203.0.113.${i}`)
        .send({ email: uniqueEmail(), password: 'wrong-password' })
        .expect(401);
    }
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '203.0.113.99')
      .send({ email: uniqueEmail(), password: 'wrong-password' })
      .expect(429);
  });
});

describe('TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3', TRUST_PROXY: '1' });
  });
  afterAll(() => t?.close());

  it('counts failures per forwarded client address', async () => {
    for (let i = 0; i < 3; i += 1) {
      await t.http
        .post('/api/auth/login')
        .set('X-Forwarded-For', '198.51.100.7')
        .send({ email: uniqueEmail(), password: 'wrong-password' })
        .expect(401);
    }
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ email: uniqueEmail(), password: 'wrong-password' })
      .expect(429);
    await t.http
      .post('/api/auth/login')
      .set('X-Forwarded-For', '198.51.100.8')
      .send({ email: uniqueEmail(), password: 'wrong-password' })
      .expect(401);
  });
});

describe('the write limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WRITES_PER_MINUTE: '3' });
  });
  afterAll(() => t?.close());

  it('refuses the 4th registration a minute from one address with 429 + Retry-After', async () => {
    for (let i = 0; i < 3; i += 1) {
      await registerUser(t.http);
    }
    const refused = await t.http
      .post('/api/auth/register')
      .send({ email: uniqueEmail(), password: PASSWORD, fullName: 'Fourth Person' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the write limit of a signed-in user', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ WRITES_PER_MINUTE: '2' });
  });
  afterAll(() => t?.close());

  // The limit is bound to each write route (bindWriteLimit), not to every route: a POST and a
  // PATCH count, the reads in between do not.
  it('counts POST and PATCH against the budget, and no read', async () => {
    const { accessToken } = await registerUser(t.http);
    const created = await t.http
      .post('/api/companies')
      .set(bearer(accessToken))
      .send(companyInput('AZ'))
      .expect(201);
    const id = (created.body as { id: string }).id;
    for (let i = 0; i < 5; i += 1) {
      await t.http.get(`/api/companies/${id}`).set(bearer(accessToken)).expect(200);
      await t.http.get('/api/companies?country=AZ').set(bearer(accessToken)).expect(200);
    }
    await t.http
      .patch(`/api/companies/${id}`)
      .set(bearer(accessToken))
      .send({ description: 'Second write' })
      .expect(200);
    const refused = await t.http
      .patch(`/api/companies/${id}`)
      .set(bearer(accessToken))
      .send({ description: 'Third write' });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
  });
});

if (!REDIS_URL) {
  process.stdout.write(
    '\nshared-limits: REDIS_URL is not set, so the two-process limit tests are skipped ' +
      '(CI sets it; locally: REDIS_URL=redis://127.0.0.1:6379)\n',
  );
}

(REDIS_URL ? describe : describe.skip)('limits shared by two processes through Redis', () => {
  let one: ListeningApp;
  let two: ListeningApp;
  const prefix = `jcc-test-${randomUUID()}`;

  beforeAll(async () => {
    const env = {
      REDIS_URL: REDIS_URL ?? '',
      REDIS_KEY_PREFIX: prefix,
      LOGIN_ATTEMPTS_PER_MINUTE: '10',
    };
    [one, two] = await Promise.all([startListeningApp({ env }), startListeningApp({ env })]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) {
      await redis.del(keys);
    }
    await redis.close();
  });

  it('10 failed sign-ins spread over both: the 11th through either answers 429', async () => {
    const email = uniqueEmail();
    await registerUser(one.http, { email });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await (attempt % 2 === 0 ? one : two).http
        .post('/api/auth/login')
        .send({ email, password: 'wrong-password' })
        .expect(401);
    }
    const blocked = await two.http.post('/api/auth/login').send({ email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('too_many_attempts');
  });

  it('20 chat messages spread over both: the 21st through either answers 429', async () => {
    const { pk, conversation } = await createConnectedFirms(one.http, one.db);
    for (let i = 0; i < 20; i += 1) {
      await (i % 2 === 0 ? one : two).http
        .post(`/api/conversations/${conversation.id}/messages`)
        .set(bearer(pk.token))
        .send({ clientId: randomUUID(), body: `message ${i}` })
        .expect(201);
    }
    const refused = await one.http
      .post(`/api/conversations/${conversation.id}/messages`)
      .set(bearer(pk.token))
      .send({ clientId: randomUUID(), body: 'one too many' });
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
  });
});
