import {
  createScratchDatabase as createServerScratchDatabase,
  migrateDatabase,
} from '@jcc/api/tooling';
import { Pool } from 'pg';

export interface ScratchDatabase {
  /** Where it lives, for logs. */
  description: string;
  pool: Pool;
  /** Closes the pool and drops the database. */
  drop: () => Promise<void>;
}

/**
 * A throw-away database with the API's current schema (every migration), on DATABASE_URL's server
 * or an embedded one, so that specs never touch a real database's rows.
 */
export async function createScratchDatabase(prefix = 'seed_spec'): Promise<ScratchDatabase> {
  const database = await createServerScratchDatabase(prefix, () => undefined);
  const pool = new Pool({ connectionString: database.url, max: 2 });
  const drop = async (): Promise<void> => {
    await pool.end();
    await database.drop();
  };
  try {
    await migrateDatabase(database.url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { description: database.description, pool, drop };
}
