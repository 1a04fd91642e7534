import 'reflect-metadata';
import { cpus } from 'node:os';
import { parseBenchOptions, type BenchOptions } from './bench-options';
import { createScratchDatabase } from '../../src/database/scratch-database';
import type { LoadResult } from './load-run';
import { runLoad } from './load-run';
import { startServer } from './server-process';

/**
 * `npm run bench:chat`: the same paired traffic through the real app (Postgres, services,
 * gateway) and through a bare socket.io relay, each in its own process, clients in this one.
 * Prints throughput, send-to-receive latency, lost and duplicated counts, and the app/bare ratio.
 */
const P99_TARGET_MS = 50;
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    log((error as Error).message);
    return 2;
  }
  const { clients, duration, rate } = options;
  log(
    `chat bench: ${clients} clients in ${clients / 2} conversations, ${rate} msg/s each, ${duration} s per server, ${cpus().length} CPUs`,
  );
  const database = await createScratchDatabase('jcc_bench', log);
  log(`database: ${database.description}`);
  try {
    // The per-user limit (20 per 10 s) stays on unless the chosen rate would trip it.
    const messagesPerWindow = Math.max(20, Math.ceil(rate * 10 * 1.5));
    const app = await startServer('app-server', {
      type: 'start',
      clients,
      databaseUrl: database.url,
      messagesPerWindow,
    });
    log(`app: ${app.ready.url}, ${clients} members seeded; sending…`);
    const appResult = await runLoad(app.ready.url, app.ready.sessions, {
      durationS: duration,
      rate,
    }).finally(() => app.stop());
    const bare = await startServer('bare-server', { type: 'start', clients });
    log(`bare socket.io: ${bare.ready.url}; sending…`);
    const bareResult = await runLoad(bare.ready.url, bare.ready.sessions, {
      durationS: duration,
      rate,
    }).finally(() => bare.stop());
    report(appResult, bareResult);
    return appResult.lost +
      appResult.duplicated +
      appResult.misdelivered +
      bareResult.lost +
      bareResult.duplicated +
      bareResult.misdelivered >
      0
      ? 1
      : 0;
  } finally {
    await database.drop();
  }
}

function report(app: LoadResult, bare: LoadResult): void {
  const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(1)} ms`);
  const failures = (result: LoadResult) =>
    Object.entries(result.failures)
      .map(([code, count]) => `${code} ${count}`)
      .join(', ') || '0';
  const rows: [string, string, string][] = [
    ['sent', String(app.sent), String(bare.sent)],
    ['acknowledged', String(app.acked), String(bare.acked)],
    ['failed sends', failures(app), failures(bare)],
    ['delivered', String(app.delivered), String(bare.delivered)],
    ['delivered msg/s', app.throughput.toFixed(1), bare.throughput.toFixed(1)],
    ['latency p50', ms(app.latency.p50), ms(bare.latency.p50)],
    ['latency p95', ms(app.latency.p95), ms(bare.latency.p95)],
    ['latency p99', ms(app.latency.p99), ms(bare.latency.p99)],
    ['latency max', ms(app.latency.max), ms(bare.latency.max)],
    [
      'ack p50 / p99',
      `${ms(app.ackLatency.p50)} / ${ms(app.ackLatency.p99)}`,
      `${ms(bare.ackLatency.p50)} / ${ms(bare.ackLatency.p99)}`,
    ],
    ['lost', String(app.lost), String(bare.lost)],
    ['duplicated', String(app.duplicated), String(bare.duplicated)],
    ['misdelivered', String(app.misdelivered), String(bare.misdelivered)],
    [
      'convs complete',
      `${app.conversationsComplete} of ${app.conversations}`,
      `${bare.conversationsComplete} of ${bare.conversations}`,
    ],
  ];
  log('');
  log(`${''.padEnd(18)}${'app (Postgres)'.padEnd(22)}bare socket.io`);
  rows.forEach(([name, a, b]) => log(`${name.padEnd(18)}${a.padEnd(22)}${b}`));
  log('');
  log(`app/bare throughput ratio: ${(app.throughput / bare.throughput).toFixed(3)}`);
  const met = app.latency.p99 <= P99_TARGET_MS;
  log(
    `p99 send-to-receive ≤ ${P99_TARGET_MS} ms: ${met ? 'met' : 'NOT met'} (${ms(app.latency.p99)})`,
  );
  log(
    `lost ${app.lost}, duplicated ${app.duplicated}, misdelivered ${app.misdelivered} (must be 0)`,
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
