import { createToolApp } from '@jcc/api/tool-app';
import { createToolPool } from '@jcc/api/tooling';
import { createDemoActivity, type DemoActivitySummary } from './demo-activity';
import { createDemoAccounts, describeDemoAccounts } from './demo-accounts';
import { createDemoOpportunities } from './demo-opportunities';
import { createProgressBar } from './progress-bar';
import { seedCompanies } from './seed-companies';

export const DEMO_COMPANY_COUNT = 200;

/**
 * `npm start` on an empty database: 200 firms, the demo logins and their first weeks' activity,
 * so there is something to see.
 */
export async function seedDemoDataIfEmpty(databaseUrl: string, log: (line: string) => void) {
  const pool = createToolPool(databaseUrl, 2);
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
    log('Demo activity: contact requests, conversations, saved matches, delegations');
    const app = await createToolApp(databaseUrl);
    try {
      log(describeDemoActivity(await createDemoActivity(app, pool)));
    } catch (error) {
      // The firms and logins are there; a demo without activity is still a working platform.
      log(`Demo activity incomplete: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await app.close();
    }
  } finally {
    await pool.end();
  }
}

function describeDemoActivity(summary: DemoActivitySummary): string {
  const { pending, accepted, declined } = summary.requests;
  return (
    `  contact requests: ${pending} pending, ${accepted} accepted, ${declined} declined; ` +
    `${summary.conversations} conversations, ${summary.messages} messages; ` +
    `${summary.savedMatches} saved matches; ${summary.delegations} delegations`
  );
}
