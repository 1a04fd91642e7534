import { Pool } from 'pg';
import { seedCompanies } from '@jcc/seed';
import { StatsRepository, type Window } from '../../src/modules/stats/stats.repository';
import {
  deadline,
  numberOption,
  percentile,
  since,
  startBenchApp,
  type BenchApp,
} from './bench-app';
import { seedActivity } from './stats-activity';

const USAGE = `Usage: npm run bench:stats -- [--firms N]
  --firms  firms to seed (default 100000, 1000–500000)
Seeds firms and a year of activity into a scratch database (DATABASE_URL's server or an embedded
PostgreSQL), then times each dashboard query and GET /api/stats(.csv); loopback only.`;

const ROUNDS = 15;
const DAY = 24 * 60 * 60 * 1000;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function time(
  rounds: number,
  work: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  await work(); // warm the caches and the plans once
  const samples: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await work();
    samples.push(since(start));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function seed(bench: BenchApp, firms: number): Promise<void> {
  const pool = new Pool({ connectionString: bench.database.url, max: 2 });
  try {
    const start = performance.now();
    await seedCompanies(pool, firms, { now: new Date() });
    log(`Seeded ${firms} firms in ${since(start)} ms`);
  } finally {
    await pool.end();
  }
  const start = performance.now();
  await seedActivity(bench.dataSource, {
    requests: Math.round(firms / 5),
    messagesPerConversation: 10,
    delegations: 40,
  });
  log(`Seeded activity in ${since(start)} ms`);
}

async function main(): Promise<void> {
  const firms = numberOption(process.argv.slice(2), 'firms', 100_000, [1_000, 500_000], USAGE);
  deadline(15);
  const bench = await startBenchApp(log);
  try {
    log(`Database: ${bench.database.description}`);
    await seed(bench, firms);
    const [counts] = await bench.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM companies)::int AS firms, (SELECT count(*) FROM contact_requests)::int AS requests,
         (SELECT count(*) FROM messages)::int AS messages, (SELECT count(*) FROM delegation_members)::int AS members`,
    );
    const stats = bench.app.get(StatsRepository);
    const now = new Date();
    const halfYear: Window = { from: new Date(now.getTime() - 182 * DAY), to: now };
    const year: Window = { from: new Date(now.getTime() - 364 * DAY), to: now };
    const sources = await stats.availableSources();
    const rows: [string, { p50: number; p95: number }][] = [
      [
        'firms by country × sector (SQL)',
        await time(ROUNDS, () => stats.firmsByCountrySector(halfYear)),
      ],
      ['verification funnel (SQL)', await time(ROUNDS, () => stats.verificationFunnel(halfYear))],
      [
        'weekly activity, 26 weeks (SQL)',
        await time(ROUNDS, () => stats.weekly(halfYear, sources)),
      ],
      ['weekly activity, 52 weeks (SQL)', await time(ROUNDS, () => stats.weekly(year, sources))],
      ['delegation fill rates (SQL)', await time(ROUNDS, () => stats.delegationFill(year))],
      ['GET /api/stats (default 26 weeks)', await time(ROUNDS, () => fetchOk(bench, '/api/stats'))],
      [
        'GET /api/stats, 52 weeks',
        await time(ROUNDS, () => fetchOk(bench, `/api/stats?from=${year.from.toISOString()}`)),
      ],
      [
        'GET /api/stats.csv, 52 weeks',
        await time(ROUNDS, () => fetchOk(bench, `/api/stats.csv?from=${year.from.toISOString()}`)),
      ],
    ];
    console.log(
      `\nbench:stats — ${counts.firms} firms, ${counts.requests} contact requests, ${counts.messages} messages, ${counts.members} delegation members; ${ROUNDS} rounds after a warm-up`,
    );
    console.log('| query | p50 (ms) | p95 (ms) |');
    console.log('|---|---:|---:|');
    for (const [name, { p50, p95 }] of rows) {
      console.log(`| ${name} | ${p50} | ${p95} |`);
    }
  } finally {
    await bench.close();
  }
}

async function fetchOk(bench: BenchApp, path: string): Promise<void> {
  const response = await fetch(`${bench.url}${path}`, { headers: bench.staff });
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  }
  await response.arrayBuffer();
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
