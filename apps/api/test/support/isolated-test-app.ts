import { randomBytes } from 'node:crypto';
import { adminQuery, withDatabase } from '../../src/database/scratch-database';
import { createTestApp, type TestApp } from './test-app';

/**
 * The real application on a database of its own, on the same server as the run's database.
 *
 * Test files run in parallel on the shared database, so table-wide facts ("no row was added to
 * users") only hold on a database nobody else writes to. The database is created empty, migrated
 * when the app starts, and dropped by `close()`.
 */
export async function createIsolatedTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const sharedUrl = process.env.TEST_DATABASE_URL;
  if (!sharedUrl) {
    throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (global setup)');
  }
  const name = `jcc_isolated_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(sharedUrl, `CREATE DATABASE ${name}`);
  const drop = () => adminQuery(sharedUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  let app: TestApp;
  try {
    process.env.TEST_DATABASE_URL = withDatabase(sharedUrl, name);
    app = await createTestApp(env);
  } catch (error) {
    await drop();
    throw error;
  } finally {
    process.env.TEST_DATABASE_URL = sharedUrl;
  }
  return {
    ...app,
    close: async () => {
      try {
        await app.close();
      } finally {
        await drop();
      }
    },
  };
}
