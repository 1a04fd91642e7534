import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import type { ChatMessage } from '@jcc/contracts';
import { Pool } from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { adminQuery, withDatabase } from '../../src/database/scratch-database';
import {
  startApi,
  startRedisServer,
  type ApiProcess,
  type RedisServer,
} from '../../bench/support/child-processes';
import { createConnectedFirms } from '../support/chat-fixtures';
import { connect, send, type ChatClientSocket } from '../support/chat-socket';

/**
 * Redis stopped (SIGKILL) and started again while two API processes carry chat traffic. Redis is
 * a redis-server of this suite's own on a free port, never the machine's shared one. While it is
 * away each process still delivers to its own clients and acknowledges what it stored; once it is
 * back, delivery to the other process's clients resumes by itself. Runs the built server
 * (`npm run test:faults` builds it).
 */
const PAIRS = Number(process.env.REDIS_OUTAGE_PAIRS ?? 20);
const OUTAGE_TICKS = 5;
const RECOVERY_TICKS = 3;
const TICK_MS = 1000;
/** How long cross-process delivery may take to come back once Redis answers again. */
const RESUME_DEADLINE_MS = 30_000;
/** Same-process delivery during the outage: this soon after the sender's ack, at the latest. */
const LOCAL_LAG_GOAL_MS = 1000;

const HAS_REDIS_SERVER = !spawnSync('redis-server', ['--version']).error;
if (!HAS_REDIS_SERVER) {
  process.stdout.write(
    '\nredis-outage: no redis-server on PATH, so the Redis outage test is skipped (CI has one)\n',
  );
}

interface Pair {
  conversationId: string;
  /** pk's socket on process one: the sender. */
  sender: ChatClientSocket;
  /** az's socket on process one (same process as the sender). */
  local: ChatClientSocket;
  /** az's socket on process two (reached only through Redis). */
  remote: ChatClientSocket;
  /** message:new received, by message id, per receiving socket. */
  localSeen: Map<string, number>;
  /** When the local socket first heard each message (ms since the epoch). */
  localAt: Map<string, number>;
  remoteSeen: Map<string, number>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 50 ms until it holds or `ms` have passed; says which. */
async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) {
      return false;
    }
    await pause(50);
  }
  return true;
}

(HAS_REDIS_SERVER ? describe : describe.skip)(
  'Redis stopped and restarted under chat load (two API processes)',
  () => {
    const sharedUrl = process.env.TEST_DATABASE_URL ?? '';
    const databaseName = `jcc_redis_out_${process.pid}_${randomBytes(4).toString('hex')}`;
    const databaseUrl = withDatabase(sharedUrl, databaseName);
    let redis: RedisServer | undefined;
    let one: ApiProcess | undefined;
    let two: ApiProcess | undefined;
    let pg: Pool | undefined;
    const sockets: ChatClientSocket[] = [];
    const disconnects = { count: 0 };

    beforeAll(async () => {
      redis = await startRedisServer();
      await adminQuery(sharedUrl, `CREATE DATABASE ${databaseName}`);
      const env = {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        REDIS_KEY_PREFIX: `jcc-redis-out-${randomUUID()}`,
        JWT_SECRET: 'redis-outage-test-secret-that-is-long-enough',
        SEED_DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
        WRITES_PER_MINUTE: '100000',
        LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      };
      one = await startApi(env); // runs the migrations first
      two = await startApi(env);
      pg = new Pool({ connectionString: databaseUrl, max: 4 });
    }, 240_000);

    afterAll(async () => {
      sockets.forEach((socket) => socket.close());
      await Promise.all([one?.stop(), two?.stop()]);
      await redis?.kill();
      await pg?.end();
      await adminQuery(sharedUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    }, 60_000);

    it('same-process delivery and acks continue while Redis is away; cross-process resumes after', async () => {
      if (!one || !two || !pg || !redis) {
        throw new Error('setup failed');
      }
      const pool = pg;
      const db = {
        query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows,
      } as unknown as DataSource;
      const http = request(`http://127.0.0.1:${one.port}`);
      const open = async (port: number, token: string) => {
        const socket = await connect(`http://127.0.0.1:${port}`, token);
        sockets.push(socket);
        socket.on('disconnect', () => {
          disconnects.count += 1;
        });
        return socket;
      };
      const pairs: Pair[] = [];
      for (let made = 0; made < PAIRS; made += 5) {
        const firms = await Promise.all(
          Array.from({ length: Math.min(5, PAIRS - made) }, () => createConnectedFirms(http, db)),
        );
        for (const { pk, az, conversation } of firms) {
          const pair: Pair = {
            conversationId: conversation.id,
            sender: await open(one.port, pk.token),
            local: await open(one.port, az.token),
            remote: await open(two.port, az.token),
            localSeen: new Map(),
            localAt: new Map(),
            remoteSeen: new Map(),
          };
          pair.local.on('message:new', ({ message }) => {
            pair.localSeen.set(message.id, (pair.localSeen.get(message.id) ?? 0) + 1);
            if (!pair.localAt.has(message.id)) {
              pair.localAt.set(message.id, Date.now());
            }
          });
          pair.remote.on('message:new', ({ message }) => {
            pair.remoteSeen.set(message.id, (pair.remoteSeen.get(message.id) ?? 0) + 1);
          });
          pairs.push(pair);
        }
      }

      const acknowledged = new Map<string, ChatMessage>();
      /** When each message's ack arrived, by message id. */
      const ackedAt = new Map<string, number>();
      let refused = 0;
      /** One message from every pair's sender; resolves with the messages acknowledged. */
      const tick = async (label: string): Promise<ChatMessage[]> => {
        const acks = await Promise.all(
          pairs.map(async (pair) => {
            const clientId = randomUUID();
            try {
              const ack = await send(pair.sender, pair.conversationId, label, clientId);
              if (ack.ok) {
                acknowledged.set(clientId, ack.message);
                ackedAt.set(ack.message.id, Date.now());
                return ack.message;
              }
            } catch {
              // timed out: counted as refused below
            }
            refused += 1;
            return null;
          }),
        );
        return acks.filter((message): message is ChatMessage => message !== null);
      };
      const seenBy = (side: 'localSeen' | 'remoteSeen', messages: ChatMessage[]) =>
        messages.filter((message) =>
          pairs.some(
            (pair) => pair.conversationId === message.conversationId && pair[side].has(message.id),
          ),
        ).length;
      /** Ticks until every pair's remote socket has heard one message sent after `since`. */
      const untilCrossDelivery = async (label: string, deadlineMs: number) => {
        const started = Date.now();
        const probes: ChatMessage[] = [];
        const heard = new Set<string>();
        while (heard.size < pairs.length && Date.now() - started < deadlineMs) {
          probes.push(...(await tick(label)));
          await pause(250);
          for (const pair of pairs) {
            if (
              probes.some(
                (m) => m.conversationId === pair.conversationId && pair.remoteSeen.has(m.id),
              )
            ) {
              heard.add(pair.conversationId);
            }
          }
        }
        return { ms: Date.now() - started, complete: heard.size === pairs.length };
      };

      // Before: both processes read the stream (the second may still be starting to).
      const warm = await untilCrossDelivery('before', 20_000);
      expect(warm.complete).toBe(true);

      // Outage: Redis killed; process one keeps storing, acknowledging and delivering locally.
      await redis.kill();
      const outage: ChatMessage[] = [];
      for (let round = 0; round < OUTAGE_TICKS; round += 1) {
        outage.push(...(await tick(`outage ${round}`)));
        await pause(TICK_MS);
      }
      await waitFor(() => seenBy('localSeen', outage) === outage.length, 5000);
      const outageLocal = seenBy('localSeen', outage);
      const outageRemote = seenBy('remoteSeen', outage);
      // Late is not delivered: a process waiting on Redis before telling its own clients would
      // pass a count but leave its users seconds behind.
      const outageLag = Math.max(
        0,
        ...outage.map((message) => {
          const pair = pairs.find(
            (candidate) => candidate.conversationId === message.conversationId,
          );
          const heardAt = pair?.localAt.get(message.id) ?? Number.POSITIVE_INFINITY;
          return heardAt - (ackedAt.get(message.id) ?? 0);
        }),
      );

      // Back: Redis started again (empty); cross-process delivery comes back by itself.
      await redis.start();
      const resumed = await untilCrossDelivery('resuming', RESUME_DEADLINE_MS);
      const after: ChatMessage[] = [];
      for (let round = 0; round < RECOVERY_TICKS; round += 1) {
        after.push(...(await tick(`after ${round}`)));
        await pause(TICK_MS);
      }
      await waitFor(
        () =>
          seenBy('remoteSeen', after) === after.length &&
          seenBy('localSeen', after) === after.length,
        5000,
      );
      const afterRemote = seenBy('remoteSeen', after);
      const afterLocal = seenBy('localSeen', after);

      const ids = [...acknowledged.keys()];
      const { rows: stored } = await pool.query<{ client_id: string; copies: number }>(
        'SELECT client_id, count(*)::int AS copies FROM messages WHERE client_id = ANY($1::uuid[]) GROUP BY client_id',
        [ids],
      );
      const lost = ids.length - stored.length;
      const storedTwice = stored.filter((row) => row.copies > 1).length;
      const deliveredTwice = pairs.reduce(
        (sum, pair) =>
          sum +
          [...pair.localSeen.values(), ...pair.remoteSeen.values()].filter((count) => count > 1)
            .length,
        0,
      );
      const sentDuringOutage = PAIRS * OUTAGE_TICKS;
      const sentAfter = PAIRS * RECOVERY_TICKS;
      process.stdout.write(
        `\nredis outage: ${PAIRS} conversations, ${acknowledged.size} messages acknowledged ` +
          `(${refused} refused or timed out); during the outage ${outage.length}/${sentDuringOutage} ` +
          `acknowledged, ${outageLocal} delivered on the same process (at most ${outageLag} ms after ` +
          `the ack), ${outageRemote} across; ` +
          `cross-process delivery back ${(resumed.ms / 1000).toFixed(1)} s after the restart; ` +
          `after it ${afterRemote}/${sentAfter} delivered across, ${afterLocal}/${sentAfter} on the ` +
          `same process; ${lost} lost, ${storedTwice} stored twice, ${deliveredTwice} delivered ` +
          `twice, ${disconnects.count} sockets dropped, API processes alive: ` +
          `${[one.alive(), two.alive()].join('/')}\n`,
      );
      expect(outage).toHaveLength(sentDuringOutage);
      expect(outageLocal).toBe(sentDuringOutage);
      expect(outageLag).toBeLessThan(LOCAL_LAG_GOAL_MS);
      expect(resumed.complete).toBe(true);
      expect(after).toHaveLength(sentAfter);
      expect(afterRemote).toBe(sentAfter);
      expect(afterLocal).toBe(sentAfter);
      expect(lost).toBe(0);
      expect(storedTwice).toBe(0);
      expect(deliveredTwice).toBe(0);
      expect(disconnects.count).toBe(0);
      expect(one.alive() && two.alive()).toBe(true);
    }, 180_000);
  },
);
