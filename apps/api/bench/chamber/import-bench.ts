import type { ImportStatusResponse } from '@jcc/contracts';
import { generateCompanies, NameRegistry } from '@jcc/seed';
import { deadline, numberOption, since, startBenchApp, type BenchApp } from './bench-app';
import { memberListCsv } from './member-list';

const USAGE = `Usage: npm run bench:import -- [--rows N]
  --rows  rows in the member list (default 20000, 100–100000)
Imports a CSV of generated firms through POST /api/imports (dry run, real run, and the same file
again), on a scratch database on DATABASE_URL's server or an embedded PostgreSQL; loopback only.`;

const log = (line: string) => process.stderr.write(`${line}\n`);

async function upload(
  bench: BenchApp,
  csv: string,
  dryRun: boolean,
): Promise<{ accepted: number; status: ImportStatusResponse; total: number; polls: number }> {
  const start = performance.now();
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'members.csv');
  const response = await fetch(`${bench.url}/api/imports?dryRun=${dryRun}`, {
    method: 'POST',
    headers: bench.staff,
    body: form,
  });
  if (response.status !== 202) {
    throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  }
  const accepted = since(start);
  const { id } = (await response.json()) as { id: string };
  for (let polls = 1; ; polls += 1) {
    const status = (await (
      await fetch(`${bench.url}/api/imports/${id}`, { headers: bench.staff })
    ).json()) as ImportStatusResponse;
    if (status.status === 'done' || status.status === 'failed') {
      return { accepted, status, total: since(start), polls };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function main(): Promise<void> {
  const rows = numberOption(process.argv.slice(2), 'rows', 20_000, [100, 100_000], USAGE);
  deadline(10);
  const generated = performance.now();
  const csv = memberListCsv(generateCompanies(rows, { names: new NameRegistry() }));
  log(
    `Generated ${rows} firms as CSV (${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB) in ${since(generated)} ms`,
  );
  const bench = await startBenchApp(log);
  try {
    log(`Database: ${bench.database.description}`);
    const results: [string, Awaited<ReturnType<typeof upload>>][] = [];
    const firmsBefore = await countFirms(bench);
    for (const [name, dryRun] of [
      ['dry run', true],
      ['import', false],
      ['same file again', false],
    ] as const) {
      const result = await upload(bench, csv, dryRun);
      results.push([name, result]);
      log(`${name}: ${result.status.status} in ${result.total} ms`);
    }
    const added = (await countFirms(bench)) - firmsBefore;
    const createdByImports = results
      .filter(([name]) => name !== 'dry run')
      .reduce((sum, [, result]) => sum + result.status.created, 0);
    console.log(
      `\nbench:import — ${rows} rows, CSV ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(1)} MB, batches of 1000`,
    );
    console.log(
      '| run | status | accepted (ms) | total (ms) | rows/s | created | matched | failed |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|');
    for (const [name, { accepted, status, total }] of results) {
      const perSecond = Math.round(rows / (total / 1000));
      console.log(
        `| ${name} | ${status.status} | ${accepted} | ${total} | ${perSecond} | ${status.created} | ${status.matched} | ${status.failedCount} |`,
      );
    }
    // Measured, not assumed: every firm added to the table must be one an import reported as
    // created; anything more is a duplicate the second run made.
    const duplicates = added - createdByImports;
    console.log(
      `\nFirms added to the database: ${added}; reported created: ${createdByImports}; duplicates: ${duplicates}.`,
    );
    if (duplicates !== 0) {
      process.exitCode = 1;
    }
    const failures = results.flatMap(([, result]) => result.status.failed.slice(0, 3));
    if (failures.length > 0) {
      console.log(`First refused rows: ${JSON.stringify(failures)}`);
    }
    if (results.some(([, result]) => result.status.status !== 'done')) {
      process.exitCode = 1;
    }
  } finally {
    await bench.close();
  }
}

async function countFirms(bench: BenchApp): Promise<number> {
  const [{ count }] = await bench.dataSource.query<{ count: number }[]>(
    'SELECT count(*)::int AS count FROM companies',
  );
  return count;
}

main().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
