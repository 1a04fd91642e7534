import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SendMessageAck } from '@jcc/contracts';
import { Pool } from 'pg';
import { io } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { seedCompanies } from '@jcc/seed';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createScratchDatabase } from '../../src/database/scratch-database';
import { firmsPairKey } from '../../src/modules/chat/conversations/conversations.service';
import { createMembers, pickFirms, signIn } from '../matching/bench-world';
import { startApi, stopChild, type ApiProcess } from '../support/child-processes';
import type { ProcessMetrics } from './metrics-probe';
import { BENCH_ENV } from '../bench-environment';

const USAGE = `Usage: npm run bench:soak -- [--minutes N] [--rps R] [--pairs P] [--firms N] [--seed S]
  --minutes  how long the load runs (default 10, 1–240)
  --rps      REST reads a second: directory, search, company pages, matches (default 10, 1–500)
  --pairs    chatting pairs of firms, each member sending a message every 2 s (default 10, 1–200)
  --firms    firms to seed (default 5000, 1000–100000)
  --seed     seed of the firms (default 42)
Seeds a scratch database, starts the built API (NODE_ENV=production) on 127.0.0.1 with a probe
that reports its memory (after a full GC), database pool and open handles, runs a moderate mixed
load (REST reads + chat over socket.io), prints those figures at the start, every minute and at
the end, and whether they stayed flat. Drops the database.`;

const log = (line: string) => process.stdout.write(`${line}\n`);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Over the run, growth beyond these (end against the first minute) is not flat. */
const FLAT = { heapMb: 16, heapShare: 0.25, rssShare: 0.3, handles: 10 };
const CHAT_INTERVAL_MS = 2000;
const MAX_IN_FLIGHT = 100;

interface Settings {
  minutes: number;
  rps: number;
  pairs: number;
  firms: number;
  seed: number;
}

function options(): Settings {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string' },
      rps: { type: 'string' },
      pairs: { type: 'string' },
      firms: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  const number = (raw: string | undefined, fallback: number, min: number, max: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      process.stderr.write(`${USAGE}\n`);
      process.exit(2);
    }
    return value;
  };
  return {
    minutes: number(values.minutes, 10, 1, 240),
    rps: number(values.rps, 10, 1, 500),
    pairs: number(values.pairs, 10, 1, 200),
    firms: number(values.firms, 5000, 1000, 100_000),
    seed: number(values.seed, 42, 0, 2 ** 31),
  };
}

function metricsOf(api: ApiProcess): Promise<ProcessMetrics> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      api.child.off('message', listener);
      reject(new Error('the API did not report its metrics within 10 s'));
    }, 10_000);
    const listener = (message: { type?: string; metrics?: ProcessMetrics }) => {
      if (message.type === 'bench:metrics' && message.metrics) {
        clearTimeout(timer);
        api.child.off('message', listener);
        resolve(message.metrics);
      }
    };
    api.child.on('message', listener);
    api.child.send({ type: 'bench:metrics' });
  });
}

/** What the load did since the last report. */
interface Tally {
  rest: number;
  restFailed: number;
  restMs: number[];
  sent: number;
  acked: number;
  refused: number;
  /** Why sends were refused: error code (or `timeout`) → count. */
  reasons: Map<string, number>;
  received: number;
  skipped: number;
}

const emptyTally = (): Tally => ({
  rest: 0,
  restFailed: 0,
  restMs: [],
  sent: 0,
  acked: 0,
  refused: 0,
  reasons: new Map(),
  received: 0,
  skipped: 0,
});

const reasons = (tally: Tally) =>
  [...tally.reasons].map(([code, count]) => `, ${count} ${code}`).join('');

function line(label: string, metrics: ProcessMetrics, tally: Tally | null): string {
  const sorted = tally ? [...tally.restMs].sort((a, b) => a - b) : [];
  const p95 = sorted.length > 0 ? sorted[Math.ceil(sorted.length * 0.95) - 1] : 0;
  const load = tally
    ? `; REST ${tally.rest} (${tally.restFailed} failed, p95 ${p95.toFixed(0)} ms), chat ${tally.acked}/${tally.sent} acked (${tally.refused} refused${reasons(tally)}), ${tally.received} delivered, ${tally.skipped} skipped (in flight)`
    : '';
  return (
    `${label.padEnd(8)} rss ${metrics.rssMb} MB, heap ${metrics.heapUsedMb}/${metrics.heapTotalMb} MB, ` +
    `external ${metrics.externalMb} MB, pool ${metrics.pool.total} (idle ${metrics.pool.idle}, ` +
    `waiting ${metrics.pool.waiting}), handles ${metrics.handles}${load}`
  );
}

function verdict(first: ProcessMetrics, last: ProcessMetrics): boolean {
  const heapGrowth = last.heapUsedMb - first.heapUsedMb;
  const checks = [
    {
      what: 'heap',
      ok: heapGrowth <= Math.max(FLAT.heapMb, first.heapUsedMb * FLAT.heapShare),
      detail: `${first.heapUsedMb} → ${last.heapUsedMb} MB`,
    },
    {
      what: 'rss',
      ok: last.rssMb <= first.rssMb * (1 + FLAT.rssShare),
      detail: `${first.rssMb} → ${last.rssMb} MB`,
    },
    {
      what: 'handles',
      ok: last.handles <= first.handles + FLAT.handles,
      detail: `${first.handles} → ${last.handles}`,
    },
    {
      what: 'pool',
      ok: last.pool.total <= 20 && last.pool.waiting === 0,
      detail: `${first.pool.total} → ${last.pool.total} connections, ${last.pool.waiting} waiting`,
    },
  ];
  for (const check of checks) {
    log(`  ${check.what.padEnd(8)} ${check.ok ? 'flat' : 'GREW'} (${check.detail})`);
  }
  return checks.every((check) => check.ok);
}

async function run(settings: Settings): Promise<boolean> {
  const database = await createScratchDatabase('jcc_bench_soak', log);
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined);
  let api: ApiProcess | null = null;
  const sockets: ReturnType<typeof io>[] = [];
  try {
    log(`Database: ${database.description}`);
    await (await new DataSource(dataSourceOptions(database.url)).initialize()).destroy();
    let reported = 0;
    await seedCompanies(pool, settings.firms, {
      seed: settings.seed,
      onProgress: (done, total) => {
        if (done === total || done - reported >= total / 5) {
          reported = done;
          log(`  seeded ${done} / ${total} firms`);
        }
      },
    });
    await pool.query('VACUUM ANALYZE');

    // Members for the chatting pairs and for the matches readers, each firm its own member.
    const firms = await pickFirms(pool, settings.pairs * 2 + 20, settings.seed);
    const password = randomBytes(12).toString('base64url');
    const emails = await createMembers(pool, firms, password);
    const pairs = Array.from({ length: settings.pairs }, (_, k) => [2 * k, 2 * k + 1]);
    const { rows: conversations } = await pool.query<{ id: string; pair_key: string }>(
      `INSERT INTO conversations (kind, pair_key) SELECT 'firms', key FROM unnest($1::text[]) AS key
       RETURNING id, pair_key`,
      [pairs.map(([a, b]) => firmsPairKey(firms[a].id, firms[b].id))],
    );
    const conversationOf = new Map(conversations.map((row) => [row.pair_key, row.id]));
    const talkers = pairs.flatMap(([a, b]) => {
      const conversationId = conversationOf.get(firmsPairKey(firms[a].id, firms[b].id)) ?? '';
      return [a, b].map((index) => ({ index, conversationId }));
    });
    await pool.query(
      `INSERT INTO conversation_companies (conversation_id, company_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
      [talkers.map((t) => t.conversationId), talkers.map((t) => firms[t.index].id)],
    );
    const { rows: pages } = await pool.query<{ id: string; word: string }>(
      `SELECT id, split_part(name, ' ', 1) AS word FROM companies WHERE listed
       ORDER BY md5(id::text || $1) LIMIT 200`,
      [String(settings.seed)],
    );

    const secret = randomBytes(32).toString('base64url');
    api = await startApi(
      {
        ...BENCH_ENV,
        DATABASE_URL: database.url,
        JWT_SECRET: secret,
        JWT_ACCESS_TTL_SECONDS: String(24 * 3600),
        SEED_DEMO_DATA: 'false',
        REDIS_URL: '',
        LOGIN_ATTEMPTS_PER_MINUTE: '100000',
        WRITES_PER_MINUTE: '100000',
      },
      ['--expose-gc', '--require', join(__dirname, 'metrics-probe.js')],
    );
    const url = `http://127.0.0.1:${api.port}`;
    const tokens = await signIn(url, emails, password);
    log(`API on ${url}: ${settings.pairs} chatting pairs, ${settings.rps} REST reads a second`);
    const started = await metricsOf(api);
    log(line('start', started, null));

    let tally = emptyTally();
    for (const talker of talkers) {
      const socket = io(url, {
        transports: ['websocket'],
        auth: { token: tokens[talker.index] },
        reconnection: true,
        reconnectionDelay: 500,
        forceNew: true,
      });
      socket.on('message:new', () => {
        tally.received += 1;
      });
      sockets.push(socket);
    }
    const readers = tokens.slice(settings.pairs * 2);
    const paths: ((i: number) => { path: string; token?: string })[] = [
      () => ({ path: '/api/companies?country=AZ' }),
      (i: number) => ({
        path: `/api/companies?q=${encodeURIComponent(pages[i % pages.length].word)}`,
      }),
      (i: number) => ({ path: `/api/companies/${pages[i % pages.length].id}` }),
      (i: number) => ({ path: '/api/matches', token: readers[i % readers.length] }),
    ];
    let inFlight = 0;
    let i = 0;
    const restTimer = setInterval(() => {
      if (inFlight >= MAX_IN_FLIGHT) {
        tally.skipped += 1;
        return;
      }
      const n = i++;
      const target = paths[n % paths.length](n);
      const counted = tally;
      const begun = performance.now();
      inFlight += 1;
      fetch(`${url}${target.path}`, {
        headers: target.token ? { Authorization: `Bearer ${target.token}` } : {},
      })
        .then(async (response) => {
          await response.arrayBuffer();
          counted.rest += 1;
          counted.restMs.push(performance.now() - begun);
          if (!response.ok) {
            counted.restFailed += 1;
          }
        })
        .catch(() => {
          counted.rest += 1;
          counted.restFailed += 1;
        })
        .finally(() => {
          inFlight -= 1;
        });
    }, 1000 / settings.rps);
    const chatTimer = setInterval(() => {
      talkers.forEach((talker, index) => {
        const socket = sockets[index];
        if (!socket.connected) {
          return;
        }
        const counted = tally;
        counted.sent += 1;
        socket
          .timeout(10_000)
          .emitWithAck('message:send', {
            conversationId: talker.conversationId,
            clientId: randomUUID(),
            body: `soak ${Date.now()}`,
          })
          .then((ack: SendMessageAck) => {
            if (ack.ok) {
              counted.acked += 1;
            } else {
              counted.refused += 1;
              counted.reasons.set(ack.error.code, (counted.reasons.get(ack.error.code) ?? 0) + 1);
            }
          })
          .catch(() => {
            counted.refused += 1;
            counted.reasons.set('timeout', (counted.reasons.get('timeout') ?? 0) + 1);
          });
      });
    }, CHAT_INTERVAL_MS);

    const samples: ProcessMetrics[] = [];
    try {
      for (let minute = 1; minute <= settings.minutes; minute += 1) {
        await pause(60_000);
        const metrics = await metricsOf(api);
        samples.push(metrics);
        log(line(`${minute} min`, metrics, tally));
        tally = emptyTally();
      }
    } finally {
      clearInterval(restTimer);
      clearInterval(chatTimer);
    }
    sockets.forEach((socket) => socket.close());
    await pause(3000);
    const after = await metricsOf(api);
    log(line('idle', after, null));
    // The first minute is the baseline: caches, plans and Node's JIT have warmed by then.
    const baseline = samples[0];
    const last = samples[samples.length - 1];
    log(`\nOver ${settings.minutes} min (end against the first minute; heap after a full GC):`);
    const flat = samples.length > 1 ? verdict(baseline, last) : verdict(started, last);
    log(flat ? 'Stayed flat.' : 'NOT FLAT: see above.');
    return flat;
  } finally {
    sockets.forEach((socket) => socket.close());
    if (api) {
      await stopChild(api.child);
    }
    await pool.end();
    await database.drop();
    log('Scratch database dropped');
  }
}

const settings = options();
const deadlineMs = (settings.minutes + 15) * 60_000;
const deadline = setTimeout(() => {
  process.stderr.write(`bench:soak gave up after ${deadlineMs / 60_000} minutes\n`);
  process.exit(1);
}, deadlineMs);
run(settings).then(
  (flat) => {
    clearTimeout(deadline);
    process.exit(flat ? 0 : 1);
  },
  (error: unknown) => {
    process.stderr.write(
      `bench:soak failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
