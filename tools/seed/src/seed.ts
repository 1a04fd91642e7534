import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runWithDatabase } from '@jcc/api/tooling';
import { Pool } from 'pg';
import { createDemoAccounts, describeDemoAccounts } from './demo-accounts';
import { createProgressBar } from './progress-bar';
import { seedCompanies } from './seed-companies';

/** npm run seed -- --companies N [--seed S]: adds N believable firms and the demo logins. */
const { values } = parseArgs({
  options: {
    companies: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const count = Number(values.companies);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 1 || count > 2_000_000) {
  process.stderr.write('--companies must be a whole number between 1 and 2,000,000\n');
  process.exit(2);
}

void runWithDatabase(async (databaseUrl) => {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const started = Date.now();
    await seedCompanies(pool, count, {
      seed,
      onProgress: createProgressBar({ label: 'Seeding firms' }),
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Seeded ${count} firms in ${seconds} s\n`);
    process.stdout.write(`${describeDemoAccounts(await createDemoAccounts(pool))}\n`);
  } finally {
    await pool.end();
  }
});
