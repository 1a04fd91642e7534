import { Pool } from 'pg';
import { seedCompanies, seedOpportunities } from '@jcc/seed';
import { AgreementsDashboardRepository } from '../../src/modules/agreements/agreements-dashboard.repository';
import { StatsRepository } from '../../src/modules/stats/stats.repository';
import {
  deadline,
  numberOption,
  percentile,
  since,
  startBenchApp,
  type BenchApp,
} from './bench-app';
import { seedAgreements } from './agreements-activity';
import { seedActivity } from './stats-activity';

const USAGE = `Usage: npm run bench:agreements -- [--firms N] [--agreements N]
  --firms       firms to seed (default 100000, 1000–500000)
  --agreements  agreements to seed, three commitments each (default 20000, 100–200000)
Seeds firms, a year of activity and the agreements register into a scratch database
(DATABASE_URL's server or an embedded PostgreSQL), then times each follow-up dashboard query
and GET /api/agreements/dashboard(.csv); loopback only. Goal: p95 ≤ 300 ms per query.`;

const ROUNDS = 20;
const GOAL_MS = 300;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function time(work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work(); // warm the caches and the plans once
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const start = performance.now();
    await work();
    samples.push(since(start));
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** The size of the opportunities board beside the agreements. */
const OPPORTUNITIES = 50_000;

async function seed(bench: BenchApp, firms: number, agreements: number): Promise<void> {
  const pool = new Pool({ connectionString: bench.database.url, max: 2 });
  try {
    const start = performance.now();
    await seedCompanies(pool, firms, { now: new Date() });
    log(`Seeded ${firms} firms in ${since(start)} ms`);
    const opportunitiesStart = performance.now();
    await seedOpportunities(pool, OPPORTUNITIES, { now: new Date() });
    log(`Seeded ${OPPORTUNITIES} opportunities in ${since(opportunitiesStart)} ms`);
  } finally {
    await pool.end();
  }
  let start = performance.now();
  await seedActivity(bench.dataSource, {
    requests: Math.round(firms / 5),
    messagesPerConversation: 2,
    delegations: 40,
  });
  log(`Seeded contact requests, conversations and delegations in ${since(start)} ms`);
  start = performance.now();
  await seedAgreements(bench.dataSource, {
    agreements,
    savedMatches: Math.round(firms / 2),
    meetings: Math.round(firms / 20),
  });
  log(`Seeded saved matches, meetings and ${agreements} agreements in ${since(start)} ms`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const known = ['--firms', '--agreements'];
  const unknown = args.find((arg, i) => {
    const flag = arg.split('=')[0];
    return !known.includes(flag) && !(i > 0 && known.includes(args[i - 1]));
  });
  if (unknown) {
    throw new Error(`Unknown option ${unknown}\n${USAGE}`);
  }
  /** The `--name N` (or `--name=N`) part of the arguments, for numberOption. */
  const part = (name: string) => {
    const i = args.findIndex((arg) => arg.split('=')[0] === `--${name}`);
    return i < 0 ? [] : args[i].includes('=') ? [args[i]] : args.slice(i, i + 2);
  };
  const firms = numberOption(part('firms'), 'firms', 100_000, [1_000, 500_000], USAGE);
  const agreements = numberOption(part('agreements'), 'agreements', 20_000, [100, 200_000], USAGE);
  deadline(20);
  // The reminder sweep stays off: the bench times reads, not the thousands of reminders it would raise.
  const bench = await startBenchApp(log, { AGREEMENT_REMINDER_INTERVAL_SECONDS: '0' });
  try {
    log(`Database: ${bench.database.description}`);
    await seed(bench, firms, agreements);
    const [counts] = await bench.dataSource.query<Record<string, number>[]>(
      `SELECT (SELECT count(*) FROM companies)::int AS firms, (SELECT count(*) FROM agreements)::int AS agreements,
         (SELECT count(*) FROM agreement_commitments)::int AS commitments,
         (SELECT count(*) FROM contact_requests)::int AS requests, (SELECT count(*) FROM match_feedback)::int AS saved,
         (SELECT count(*) FROM meeting_requests)::int AS meetings,
         (SELECT count(*) FROM opportunities)::int AS opportunities`,
    );
    const dashboard = bench.app.get(AgreementsDashboardRepository);
    const stats = bench.app.get(StatsRepository);
    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000);
    const rows: [string, { p50: number; p95: number }][] = [
      ['funnel, all time (SQL)', await time(() => stats.funnel(null, null))],
      ['funnel, last 12 months (SQL)', await time(() => stats.funnel(yearAgo, new Date()))],
      [
        'implementation + overdue list, by sector, by country (one SQL)',
        await time(() => dashboard.figures(today)),
      ],
      [
        'GET /api/agreements/dashboard',
        await time(() => fetchOk(bench, '/api/agreements/dashboard')),
      ],
      [
        'GET /api/agreements/dashboard.csv',
        await time(() => fetchOk(bench, '/api/agreements/dashboard.csv')),
      ],
      [
        'GET /api/agreements (staff, first page)',
        await time(() => fetchOk(bench, '/api/agreements')),
      ],
    ];
    console.log(
      `\nbench:agreements — ${counts.firms} firms, ${counts.agreements} agreements, ${counts.commitments} commitments, ${counts.requests} contact requests, ${counts.saved} saved matches, ${counts.meetings} meetings, ${counts.opportunities} opportunities; ${ROUNDS} rounds after a warm-up`,
    );
    console.log('| query | p50 (ms) | p95 (ms) | ≤ 300 ms |');
    console.log('|---|---:|---:|:---:|');
    for (const [name, { p50, p95 }] of rows) {
      console.log(`| ${name} | ${p50} | ${p95} | ${p95 <= GOAL_MS ? 'yes' : 'NO'} |`);
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
