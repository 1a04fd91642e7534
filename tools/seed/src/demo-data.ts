import { Pool } from 'pg';
import { createDemoAccounts, describeDemoAccounts } from './demo-accounts';
import { createDemoOpportunities } from './demo-opportunities';
import { createProgressBar } from './progress-bar';
import { seedCompanies } from './seed-companies';

export const DEMO_COMPANY_COUNT = 200;

/** `npm start` on an empty database: 200 firms and the demo logins, so there is something to see. */
export async function seedDemoDataIfEmpty(databaseUrl: string, log: (line: string) => void) {
  const pool = new Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const { rows } = await pool.query<{ any: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM companies) AS any',
    );
    if (rows[0].any) {
      return;
    }
    log(`Empty database: adding ${DEMO_COMPANY_COUNT} demo firms`);
    await seedCompanies(pool, DEMO_COMPANY_COUNT, {
      onProgress: createProgressBar({ label: 'Demo firms' }),
    });
    log(describeDemoAccounts(await createDemoAccounts(pool)));
    log(
      `Demo opportunities on the board and in staff's review queue: ${await createDemoOpportunities(pool)}`,
    );
  } finally {
    await pool.end();
  }
}
