import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client, Pool } from 'pg';
import { DataSource } from 'typeorm';
import { seedCompanies } from '@jcc/seed';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { createScratchDatabase } from '../../src/database/scratch-database';
import { summarize, type LatencySummary } from '../chat/latency-stats';
import { createMembers, pickFirms, signIn, startApp, type BenchViewer } from './bench-world';
import { singleSectorStagePlan, timeStagedSearch } from './candidate-sql';
import { timeFallback } from './fallback-path';

const USAGE = `Usage: npm run bench:matching -- [--firms N] [--viewers N] [--fallback N] [--seed S] [--compare-plans]
  --firms     firms to seed (default 100000, 1000–500000)
  --viewers   random firms whose GET /api/matches is timed (default 200, 1–1000)
  --fallback  of those, how many the brute-force fallback path is timed for (default 20, 0–1000)
  --seed      seed of the firms and of the sample (default 42)
  --compare-plans  also time the earlier plan (one sector stage) on the same firms, interleaved
Seeds a scratch database (on DATABASE_URL's server, or an embedded PostgreSQL), starts the API on
127.0.0.1, times GET /api/matches for each sampled firm, the staged search without HTTP (its SQL
and the library's rescoring, and the SQL alone) for the same firms, and the API's brute-force
fallback (every partner read and scored) for some of them; prints p50/p95/p99, the ratio of the
API to the search, then drops the database. Loopback only.`;

const TARGET_P95_MS = 50;
const TARGET_RATIO = 3;
const DEADLINE_MS = 20 * 60_000;
const log = (line: string) => process.stdout.write(`${line}\n`);

interface Settings {
  firms: number;
  viewers: number;
  fallback: number;
  seed: number;
  comparePlans: boolean;
}

function options(): Settings {
  const { values } = parseArgs({
    options: {
      firms: { type: 'string' },
      viewers: { type: 'string' },
      fallback: { type: 'string' },
      seed: { type: 'string' },
      'compare-plans': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const number = (raw: string | undefined, fallback: number, min: number, max: number) => {
    const value = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      process.stderr.write(`${USAGE}\n`);
      process.exit(2);
    }
    return value;
  };
  if (values.help) {
    log(USAGE);
    process.exit(0);
  }
  return {
    firms: number(values.firms, 100_000, 1_000, 500_000),
    viewers: number(values.viewers, 200, 1, 1_000),
    fallback: number(values.fallback, 20, 0, 1_000),
    seed: number(values.seed, 42, 0, 2 ** 31),
    comparePlans: values['compare-plans'] === true,
  };
}

async function timeApi(url: string, viewer: BenchViewer): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${url}/api/matches`, {
    headers: { Authorization: `Bearer ${viewer.token}` },
  });
  const body = (await response.json()) as { items?: unknown[] };
  const ms = performance.now() - start;
  if (!response.ok || !Array.isArray(body.items)) {
    throw new Error(`GET /api/matches answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return ms;
}

const format = (ms: number) => `${ms.toFixed(1)} ms`.padStart(10);

interface Column {
  title: string;
  summary: LatencySummary;
}

function report(
  api: LatencySummary,
  search: LatencySummary,
  sql: LatencySummary,
  stages: number[],
): void {
  const columns: Column[] = [
    { title: 'GET /api/matches', summary: api },
    { title: 'search (SQL + scoring)', summary: search },
    { title: 'SQL alone', summary: sql },
  ];
  log(
    `\n${''.padEnd(8)}${columns.map((column) => column.title.padStart(24)).join('')}${'API / search'.padStart(14)}`,
  );
  for (const label of ['p50', 'p95', 'p99', 'max'] as const) {
    log(
      `${label.padEnd(8)}${columns.map((column) => format(column.summary[label]).padStart(24)).join('')}${(api[label] / search[label]).toFixed(2).padStart(14)}`,
    );
  }
  const counts = [1, 2, 3].map((n) => stages.filter((count) => count === n).length);
  log(
    `\nStage queries per search: ${counts.map((count, index) => `${index + 1}: ${count}`).join(', ')}`,
  );
  const p95ok = api.p95 <= TARGET_P95_MS;
  const ratioOk = api.p95 / search.p95 <= TARGET_RATIO && api.p50 / search.p50 <= TARGET_RATIO;
  log(
    `Targets: API p95 ≤ ${TARGET_P95_MS} ms ${p95ok ? 'met' : 'MISSED'}; API/search ≤ ${TARGET_RATIO} ${ratioOk ? 'met' : 'MISSED'}`,
  );
}

function reportPlans(now: LatencySummary, before: LatencySummary, stages: number[]): void {
  log('\nThe same searches with the earlier plan (one stage for sectors and joint ventures):');
  log(
    `${''.padEnd(8)}${'this plan'.padStart(12)}${'earlier'.padStart(12)}${'earlier / this'.padStart(16)}`,
  );
  for (const label of ['p50', 'p95', 'p99', 'max'] as const) {
    log(
      `${label.padEnd(8)}${format(now[label]).padStart(12)}${format(before[label]).padStart(12)}${(before[label] / now[label]).toFixed(2).padStart(16)}`,
    );
  }
  const counts = [1, 2].map((n) => stages.filter((count) => count === n).length);
  log(`Earlier plan, stage queries per search: 1: ${counts[0]}, 2: ${counts[1]}`);
}

function reportFallback(
  total: LatencySummary,
  read: LatencySummary,
  scoring: LatencySummary,
  scored: number[],
): void {
  const firms =
    scored.length > 0 ? Math.round(scored.reduce((a, b) => a + b, 0) / scored.length) : 0;
  log(
    `\nFallback path (every partner read and scored by libs/matching, as for an irregular profile), ${scored.length} firms, ${firms} partners each on average:`,
  );
  log(`${''.padEnd(8)}${'total'.padStart(12)}${'reading'.padStart(12)}${'scoring'.padStart(12)}`);
  for (const label of ['p50', 'p95', 'max'] as const) {
    log(
      `${label.padEnd(8)}${format(total[label]).padStart(12)}${format(read[label]).padStart(12)}${format(scoring[label]).padStart(12)}`,
    );
  }
}

async function run(settings: Settings): Promise<void> {
  const database = await createScratchDatabase('jcc_bench', log);
  let app: NestFastifyApplication | null = null;
  const pool = new Pool({ connectionString: database.url, max: 4 });
  const client = new Client({ connectionString: database.url });
  // pool.end() resolves before its sockets close; dropping the database right after then ends
  // them from the server side, which an idle client reports as an error. Expected, not fatal.
  pool.on('error', () => undefined);
  client.on('error', () => undefined);
  try {
    log(`Database: ${database.description}`);
    await (await new DataSource(dataSourceOptions(database.url)).initialize()).destroy();
    let start = performance.now();
    let reported = 0;
    await seedCompanies(pool, settings.firms, {
      seed: settings.seed,
      onProgress: (done, total) => {
        if (done === total || done - reported >= total / 10) {
          reported = done;
          log(`  seeded ${done} / ${total} firms`);
        }
      },
    });
    await pool.query('VACUUM ANALYZE'); // the steady state autovacuum would bring
    log(`Seeded ${settings.firms} firms in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const firms = await pickFirms(pool, settings.viewers, settings.seed);
    const password = randomBytes(12).toString('base64url');
    const emails = await createMembers(pool, firms, password);
    const started = await startApp(database.url);
    app = started.app;
    start = performance.now();
    const tokens = await signIn(started.url, emails, password);
    log(
      `API on ${started.url}; ${tokens.length} members signed in in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
    const viewers = firms.map((profile, index) => ({ profile, token: tokens[index] }));

    await client.connect();
    await client.query('SET jit = off'); // as the API's search session does
    for (const viewer of viewers.slice(0, 20)) {
      await timeApi(started.url, viewer); // warm the caches, the plans and the JIT of Node
      await timeStagedSearch(client, viewer.profile);
    }
    const api: number[] = [];
    const search: number[] = [];
    const sql: number[] = [];
    const stages: number[] = [];
    const earlier: number[] = [];
    const earlierStages: number[] = [];
    // Interleaved, so that any load on the machine weighs on both alike.
    for (const viewer of viewers) {
      api.push(await timeApi(started.url, viewer));
      const timing = await timeStagedSearch(client, viewer.profile);
      search.push(timing.ms);
      sql.push(timing.sqlMs);
      stages.push(timing.queries);
      if (settings.comparePlans) {
        const before = await timeStagedSearch(
          client,
          viewer.profile,
          singleSectorStagePlan(viewer.profile),
        );
        earlier.push(before.ms);
        earlierStages.push(before.queries);
      }
    }
    log(
      `\nGET /api/matches (default page of 20) for ${viewers.length} random firms of ${settings.firms}, one at a time:`,
    );
    report(summarize(api), summarize(search), summarize(sql), stages);
    if (settings.comparePlans) {
      reportPlans(summarize(search), summarize(earlier), earlierStages);
    }

    const fallback = {
      total: [] as number[],
      read: [] as number[],
      scoring: [] as number[],
      scored: [] as number[],
    };
    for (const viewer of viewers.slice(0, settings.fallback)) {
      const timing = await timeFallback(app, viewer.profile);
      fallback.total.push(timing.ms);
      fallback.read.push(timing.readMs);
      fallback.scoring.push(timing.ms - timing.readMs);
      fallback.scored.push(timing.scored);
    }
    if (settings.fallback > 0) {
      reportFallback(
        summarize(fallback.total),
        summarize(fallback.read),
        summarize(fallback.scoring),
        fallback.scored,
      );
    }
  } finally {
    await client.end().catch(() => undefined);
    await app?.close();
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
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench:matching failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
