import { createScratchDatabase, type ScratchDatabase } from '../../src/database/scratch-database';

/**
 * A fresh database for one test run: on DATABASE_URL's server when it is set (CI), else on an
 * embedded Postgres in a throw-away folder (a new machine). Either way a real PostgreSQL.
 */
export type TestDatabase = ScratchDatabase;

export async function createTestDatabase(log: (line: string) => void): Promise<TestDatabase> {
  const database = await createScratchDatabase('jcc_test', log);
  log(`Tests run on ${database.description}`);
  return database;
}
