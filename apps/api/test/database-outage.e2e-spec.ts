import request from 'supertest';
import { createConnectedFirms } from './support/chat-fixtures';
import { connect, send, type ChatClientSocket } from './support/chat-socket';
import { bearer } from './support/factories';
import {
  startIsolatedListeningApp,
  terminateBackends,
  type IsolatedListeningApp,
} from './support/isolated-listening-app';

/**
 * The database goes away under the API: its connections are ended (a restart, a failover) or it
 * refuses new ones for a while. The process must live on, answer 503 with Retry-After in the
 * error shape (never a bare 500), report itself not ready, and recover by itself.
 */
describe('database outage', () => {
  let app: IsolatedListeningApp;
  const sockets: ChatClientSocket[] = [];

  beforeAll(async () => {
    app = await startIsolatedListeningApp();
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(async () => {
    await app?.close();
  });

  const get = (path: string) => request(app.url).get(path);

  it('connections ended 30 times under parallel requests: only 200s and 503s, then all 200s', async () => {
    const { pk } = await createConnectedFirms(app.http, app.db);
    const statuses = new Map<number, number>();
    const bad: string[] = [];
    let running = true;
    // Requests answered so far; between two blips the loops get 10 more answers (no fixed sleep).
    let answered = 0;
    let wake: () => void = () => undefined;
    const answers = async (count: number) => {
      const target = answered + count;
      while (answered < target) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    };
    const loop = async () => {
      while (running) {
        const response = await get('/api/companies?q=textile').set(bearer(pk.token));
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        answered += 1;
        wake();
        if (response.status === 503) {
          const body = response.body as { statusCode?: number; error?: string; message?: string };
          if (response.headers['retry-after'] === undefined || body.statusCode !== 503) {
            bad.push(`503 without Retry-After or error shape: ${JSON.stringify(body)}`);
          }
        } else if (response.status !== 200) {
          bad.push(`${response.status}: ${JSON.stringify(response.body)}`);
        }
      }
    };
    const loops = Array.from({ length: 10 }, loop);
    for (let round = 0; round < 30; round += 1) {
      await terminateBackends(app);
      await answers(10);
    }
    running = false;
    await Promise.all(loops);
    process.stdout.write(
      `\ndatabase blip: statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`,
    );
    expect(bad).toEqual([]);
    // Recovery without a restart: every request answers again.
    const after = await Promise.all(
      Array.from({ length: 20 }, () => get('/api/companies?q=textile').set(bearer(pk.token))),
    );
    expect(after.map((response) => response.status)).toEqual(after.map(() => 200));
    await get('/api/health/ready').expect(200);
  }, 120_000);

  it('while the database refuses connections: 503 + Retry-After, not ready but alive, chat sends refused as retryable', async () => {
    const { pk, conversation } = await createConnectedFirms(app.http, app.db);
    const socket = await connect(app.url, pk.token);
    sockets.push(socket);
    await app.admin(`ALTER DATABASE ${app.databaseName} ALLOW_CONNECTIONS false`);
    await terminateBackends(app);
    try {
      const directory = await get('/api/companies').set(bearer(pk.token));
      expect(directory.status).toBe(503);
      expect(Number(directory.headers['retry-after'])).toBeGreaterThan(0);
      expect(directory.body).toMatchObject({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'database_unavailable',
      });
      const ready = await get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ status: 'degraded', database: 'down' });
      const health = await get('/api/health');
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({ status: 'degraded', database: 'down' });
      await get('/api/health/live').expect(200);

      const ack = await send(socket, conversation.id, 'while the database is away');
      expect(ack).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    } finally {
      await app.admin(`ALTER DATABASE ${app.databaseName} ALLOW_CONNECTIONS true`);
    }
    const ready = await get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', database: 'up' });
    const ack = await send(socket, conversation.id, 'the database is back');
    expect(ack.ok).toBe(true);
    const history = await get(`/api/conversations/${conversation.id}/messages`).set(
      bearer(pk.token),
    );
    const bodies = (history.body as { items: { body: string }[] }).items.map((item) => item.body);
    // Nothing was stored for the refused send: the client retries with the same clientId.
    expect(bodies).toEqual(['the database is back']);
  }, 60_000);
});
