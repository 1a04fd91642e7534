import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { createToolPool, runWithDatabase } from '@jcc/api/tooling';
import { createDemoAccounts, describeDemoAccounts } from './demo-accounts';
import { createProgressBar } from './progress-bar';
import { seedCompanies } from './seed-companies';
import { seedOpportunities } from './seed-opportunities';

/**
 * npm run seed -- --companies N [--opportunities M] [--seed S]: adds N believable firms and the
 * demo logins, then M opportunities posted by verified firms (`--companies 0` adds only those).
 */
const { values } = parseArgs({
  options: {
    companies: { type: 'string', default: '1000' },
    opportunities: { type: 'string', default: '0' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
  },
});
const count = Number(values.companies);
const opportunities = Number(values.opportunities);
const seed = Number(values.seed);
if (!Number.isInteger(count) || count < 0 || count > 2_000_000) {
  process.stderr.write('--companies must be a whole number between 0 and 2,000,000\n');
  process.exit(2);
}
if (!Number.isInteger(opportunities) || opportunities < 0 || opportunities > 1_000_000) {
  process.stderr.write('--opportunities must be a whole number between 0 and 1,000,000\n');
  process.exit(2);
}

void runWithDatabase(async (databaseUrl) => {
  const pool = createToolPool(databaseUrl, 4);
  try {
    if (count > 0) {
      const started = Date.now();
      await seedCompanies(pool, count, {
        seed,
        onProgress: createProgressBar({ label: 'Seeding firms' }),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Seeded ${count} firms in ${seconds} s\n`);
      process.stdout.write(`${describeDemoAccounts(await createDemoAccounts(pool))}\n`);
    }
    if (opportunities > 0) {
      const started = Date.now();
      await seedOpportunities(pool, opportunities, {
        seed,
        onProgress: createProgressBar({ label: 'Seeding opportunities' }),
      });
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`Seeded ${opportunities} opportunities in ${seconds} s\n`);
    }
  } finally {
    await pool.end();
  }
});
