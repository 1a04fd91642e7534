import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { seedCompanies } from '@jcc/seed';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createScratchDatabase } from '../../src/database/scratch-database';
import { createMembers, pickFirms, signIn } from '../matching/bench-world';
import { startApi, stopChild, type ApiProcess } from '../support/child-processes';
import { BARE_SQL } from './bare-sql';
import { startBareServer, type BareServer } from './bare-server-process';
import { BENCH_ENV } from '../bench-environment';

const USAGE = `Usage: npm run bench:api -- [--firms N] [--seconds S] [--connections C] [--viewers N] [--seed S]
  --firms        firms to seed (default 20000, 1000–200000)
  --seconds      autocannon duration per endpoint and server (default 10, 1–120)
  --connections  concurrent connections (default 10, 1–200)
  --viewers      signed-in members whose GET /api/matches is asked in turn (default 50, 1–500)
  --seed         seed of the firms and of the samples (default 42)
  --cpu-prof DIR write a V8 CPU profile of the API process into DIR (open it in Chrome DevTools)
Seeds a scratch database (on DATABASE_URL's server, or an embedded PostgreSQL), starts the built
API (dist/main.js, NODE_ENV=production) and a bare Fastify server running the same SQL on the same
database, each in a process of its own on 127.0.0.1, and runs autocannon against both for the main
read endpoints: the directory, a directory search, a company page and the signed-in matches.
Prints req/s and p50/p97.5/p99 latency of each, and the API's share of the bare server's req/s
(goal ≥ 60 %). Checks that the bare server's SQL is what the API sent. Drops the database.`;

const GOAL_RATIO = 0.6;
const DEADLINE_MS = 30 * 60_000;
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Settings {
  firms: number;
  seconds: number;
  connections: number;
  viewers: number;
  seed: number;
  cpuProfileDir: string | null;
}

function options(): Settings {
  const { values } = parseArgs({
    options: {
      firms: { type: 'string' },
      seconds: { type: 'string' },
      connections: { type: 'string' },
      viewers: { type: 'string' },
      seed: { type: 'string' },
      'cpu-prof': { type: 'string' },
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
    firms: number(values.firms, 20_000, 1_000, 200_000),
    seconds: number(values.seconds, 10, 1, 120),
    connections: number(values.connections, 10, 1, 200),
    viewers: number(values.viewers, 50, 1, 500),
    seed: number(values.seed, 42, 0, 2 ** 31),
    cpuProfileDir: values['cpu-prof'] ?? null,
  };
}

/** One endpoint as both servers are asked it: a rotation of paths and headers. */
interface Endpoint {
  name: string;
  example: string;
  /** The i-th request's path and headers. */
  request(i: number): { path: string; headers?: Record<string, string> };
}

function rotating(endpoint: Endpoint): AutocannonRequest[] {
  let i = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request) => {
        const next = endpoint.request(i++);
        return { ...request, path: next.path, headers: { ...request.headers, ...next.headers } };
      },
    },
  ];
}

async function cannon(url: string, endpoint: Endpoint, settings: Settings, seconds: number) {
  const result: AutocannonResult = await autocannon({
    url,
    connections: settings.connections,
    duration: seconds,
    requests: rotating(endpoint),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${endpoint.name} on ${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`,
    );
  }
  return result;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function report(rows: { endpoint: Endpoint; api: AutocannonResult; bare: AutocannonResult }[]) {
  const header = [
    'endpoint'.padEnd(20),
    'API req/s'.padStart(10),
    'bare req/s'.padStart(11),
    'ratio'.padStart(7),
    'API p50 / p97.5 / p99'.padStart(34),
    'bare p50 / p97.5 / p99'.padStart(34),
  ].join('');
  log(`\n${header}`);
  let allMet = true;
  for (const { endpoint, api, bare } of rows) {
    const ratio = api.requests.average / bare.requests.average;
    allMet &&= ratio >= GOAL_RATIO;
    const latency = (r: AutocannonResult) =>
      `${ms(r.latency.p50)} / ${ms(r.latency.p97_5)} / ${ms(r.latency.p99)}`;
    log(
      [
        endpoint.name.padEnd(20),
        api.requests.average.toFixed(0).padStart(10),
        bare.requests.average.toFixed(0).padStart(11),
        `${(ratio * 100).toFixed(0)} %`.padStart(7),
        latency(api).padStart(34),
        latency(bare).padStart(34),
      ].join(''),
    );
  }
  for (const { endpoint } of rows) {
    log(`  ${endpoint.name}: ${endpoint.example}`);
  }
  log(`Goal: API ≥ ${GOAL_RATIO * 100} % of the bare server's req/s: ${allMet ? 'met' : 'MISSED'}`);
}

/** Whether every statement of the bare server is one the API sent (whitespace aside). */
function checkSameSql(recordedFile: string): void {
  const squash = (sql: string) => sql.replace(/\s+/g, ' ').trim();
  const recorded = new Set(
    (JSON.parse(readFileSync(recordedFile, 'utf8')) as string[]).map(squash),
  );
  const missing = Object.entries(BARE_SQL).filter(([, sql]) => !recorded.has(squash(sql)));
  if (missing.length === 0) {
    log(
      `Same SQL: each of the bare server's ${Object.keys(BARE_SQL).length} statements is one the API sent`,
    );
    return;
  }
  log(`SQL DRIFT: the API no longer sends ${missing.map(([name]) => name).join(', ')}; it sent:`);
  for (const sql of recorded) {
    log(`  ${sql}`);
  }
  process.exitCode = 1;
}

async function run(settings: Settings): Promise<void> {
  const database = await createScratchDatabase('jcc_bench_api', log);
  const pool = new Pool({ connectionString: database.url, max: 4 });
  pool.on('error', () => undefined);
  const sqlFile = join(tmpdir(), `jcc-bench-api-sql-${process.pid}.json`);
  let api: ApiProcess | null = null;
  let bare: BareServer | null = null;
  try {
    log(`Database: ${database.description}`);
    await (await new DataSource(dataSourceOptions(database.url)).initialize()).destroy();
    let start = performance.now();
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
    log(`Seeded ${settings.firms} firms in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const viewers = await pickFirms(pool, settings.viewers, settings.seed);
    const password = randomBytes(12).toString('base64url');
    const emails = await createMembers(pool, viewers, password);
    const { rows: pages } = await pool.query<{ id: string; word: string }>(
      `SELECT id, split_part(name, ' ', 1) AS word FROM companies WHERE listed
       ORDER BY md5(id::text || $1) LIMIT 200`,
      [String(settings.seed)],
    );
    const words = [...new Set(pages.map((page) => page.word.toLowerCase()))].slice(0, 20);

    const secret = randomBytes(32).toString('base64url');
    api = await startApi(
      {
        ...BENCH_ENV,
        DATABASE_URL: database.url,
        JWT_SECRET: secret,
        JWT_ACCESS_TTL_SECONDS: '3600',
        SEED_DEMO_DATA: 'false',
        REDIS_URL: '',
        LOGIN_ATTEMPTS_PER_MINUTE: '100000',
        WRITES_PER_MINUTE: '100000',
        BENCH_SQL_FILE: sqlFile,
      },
      [
        '--require',
        join(__dirname, 'sql-recorder.js'),
        ...(settings.cpuProfileDir
          ? ['--cpu-prof', `--cpu-prof-dir=${settings.cpuProfileDir}`]
          : []),
      ],
    );
    const apiUrl = `http://127.0.0.1:${api.port}`;
    start = performance.now();
    const tokens = await signIn(apiUrl, emails, password);
    log(
      `API on ${apiUrl}; ${tokens.length} members signed in in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    bare = await startBareServer(database.url, secret);
    log(`Bare Fastify server on ${bare.url}`);

    const endpoints: Endpoint[] = [
      {
        name: 'directory',
        example: 'GET /api/companies?country=AZ (first page, anonymous)',
        request: () => ({ path: '/api/companies?country=AZ' }),
      },
      {
        name: 'directory search',
        example: `GET /api/companies?q=<one of ${words.length} words of firm names> (anonymous)`,
        request: (i) => ({
          path: `/api/companies?q=${encodeURIComponent(words[i % words.length])}`,
        }),
      },
      {
        name: 'company page',
        example: `GET /api/companies/:id (${pages.length} firms in turn, anonymous)`,
        request: (i) => ({ path: `/api/companies/${pages[i % pages.length].id}` }),
      },
      {
        name: 'matches',
        example: `GET /api/matches (${tokens.length} signed-in members in turn)`,
        request: (i) => ({
          path: '/api/matches',
          headers: { authorization: `Bearer ${tokens[i % tokens.length]}` },
        }),
      },
    ];
    const rows = [];
    for (const endpoint of endpoints) {
      // A short warm-up of each (plans, caches, Node's JIT), then the measured runs.
      await cannon(apiUrl, endpoint, settings, 1);
      await cannon(bare.url, endpoint, settings, 1);
      log(`  ${endpoint.name}: ${settings.seconds} s on the API, then ${settings.seconds} s bare`);
      const apiResult = await cannon(apiUrl, endpoint, settings, settings.seconds);
      const bareResult = await cannon(bare.url, endpoint, settings, settings.seconds);
      rows.push({ endpoint, api: apiResult, bare: bareResult });
    }
    log(
      `\n${settings.firms} firms, ${settings.connections} connections, ${settings.seconds} s each; ` +
        `API and bare server each in a process of its own, one pool of 20 connections each:`,
    );
    report(rows);
    await api.stop();
    checkSameSql(sqlFile);
  } finally {
    await bare?.stop();
    if (api) {
      await stopChild(api.child);
    }
    rmSync(sqlFile, { force: true });
    await pool.end();
    await database.drop();
    log('Scratch database dropped');
  }
}

async function main(): Promise<void> {
  const settings = options();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`gave up after ${DEADLINE_MS / 60_000} minutes`)),
      DEADLINE_MS,
    );
  });
  try {
    await Promise.race([run(settings), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    process.stderr.write(
      `bench:api failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
